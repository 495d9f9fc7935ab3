#include "app/batch_check_dialog.h"

#include "core/report_run.h"
#include "gis/error.h"
#include "gis/vector_source.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pearlzone::app {

namespace {

const char* const kFileFilter =
    "Parcel files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;All files (*)";

// A list entry's source: a connection is shown without its password and kept whole.
QString sourceOf(const QListWidgetItem* item)
{
    const QString kept = item->data(Qt::UserRole).toString();
    return kept.isEmpty() ? item->text() : kept;
}

QStringList qstrings(const std::vector<std::string>& list)
{
    QStringList out;
    for (const auto& s : list)
        out << QString::fromStdString(s);
    return out;
}

}  // namespace

BatchCheckDialog::BatchCheckDialog(const QString& startFolder, QWidget* parent)
    : QDialog(parent), folder_(startFolder)
{
    setWindowTitle(tr("Batch check parcels"));
    files_ = new QListWidget(this);
    files_->setMinimumHeight(90);
    auto* add = new QPushButton(tr("Add files…"), this);
    auto* addDatabase = new QPushButton(tr("Add PostGIS table…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    layer_ = new QComboBox(this);
    idField_ = new QComboBox(this);
    industryField_ = new QComboBox(this);
    landUseField_ = new QComboBox(this);
    crs_ = new QComboBox(this);
    crs_->setEditable(true);
    crs_->addItem(tr("As the file says"), QString());
    for (const auto& [code, label] : {std::pair{"EPSG:4547", "CGCS2000 / 3° GK CM 114E (EPSG:4547)"},
                                      {"EPSG:4526", "CGCS2000 / 3° GK zone 38 (EPSG:4526)"},
                                      {"EPSG:4490", "CGCS2000 lon/lat (EPSG:4490)"},
                                      {"EPSG:4326", "WGS 84 lon/lat (EPSG:4326)"},
                                      {"GCJ02", "GCJ-02 (AMap, Tencent maps)"},
                                      {"BD09", "BD-09 (Baidu maps)"}})
        crs_->addItem(QString::fromUtf8(label), QString::fromLatin1(code));
    minInside_ = new QDoubleSpinBox(this);
    minInside_->setRange(0.01, 1.0);
    minInside_->setSingleStep(0.01);
    minInside_->setDecimals(2);
    minInside_->setValue(0.99);
    engine_ = new QComboBox(this);
    engine_->addItem(tr("On this computer"), QStringLiteral("local"));
    engine_->addItem(tr("Inside PostGIS (only the results come back)"), QStringLiteral("postgis"));
    engine_->setToolTip(tr("For PostGIS tables: where the location part of the check runs"));
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(addDatabase);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(files_, 1);
    fileRow->addLayout(fileButtons);
    auto* form = new QFormLayout;
    form->addRow(tr("Layer"), layer_);
    form->addRow(tr("Id field"), idField_);
    form->addRow(tr("Industry field"), industryField_);
    form->addRow(tr("Land-use field"), landUseField_);
    form->addRow(tr("Coordinates"), crs_);
    form->addRow(tr("Minimum share inside"), minInside_);
    form->addRow(tr("Check PostGIS tables"), engine_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Check"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Parcel files"), this));
    layout->addLayout(fileRow);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &BatchCheckDialog::chooseFiles);
    connect(addDatabase, &QPushButton::clicked, this, &BatchCheckDialog::addConnection);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete files_->currentItem();
        fileChanged();
        updateEngine();
    });
    connect(files_, &QListWidget::currentRowChanged, this, &BatchCheckDialog::fileChanged);
    connect(layer_, &QComboBox::currentIndexChanged, this, &BatchCheckDialog::layerChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (files_->count() == 0) {
            message_->setText(tr("Add at least one parcel file."));
            return;
        }
        if (industryField_->currentData().toString().isEmpty()) {
            message_->setText(tr("Choose the field that holds the industries."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEngine();
    resize(560, 420);
}

bool BatchCheckDialog::isDatabase(const std::string& source)
{
    return source.rfind("PG:", 0) == 0;
}

void BatchCheckDialog::addConnection()
{
    bool ok = false;
    const QString connection = QInputDialog::getText(
        this, tr("Add PostGIS table"),
        tr("A PostgreSQL/PostGIS connection, e.g. PG:host=db.example dbname=plan user=planner\n"
           "(then choose the table under Layer)"),
        QLineEdit::Normal, QStringLiteral("PG:host=localhost dbname= user="), &ok);
    if (!ok || connection.trimmed().isEmpty())
        return;
    if (!isDatabase(connection.trimmed().toStdString())) {
        message_->setText(tr("A PostGIS connection starts with PG:"));
        return;
    }
    addFiles({connection.trimmed()});
}

void BatchCheckDialog::updateEngine()
{
    bool anyDatabase = false;
    for (int i = 0; i < files_->count(); ++i)
        anyDatabase = anyDatabase || isDatabase(sourceOf(files_->item(i)).toStdString());
    engine_->setEnabled(anyDatabase);
}

bool BatchCheckDialog::pushDown() const
{
    return engine_->isEnabled() && engine_->currentData().toString() == QStringLiteral("postgis");
}

void BatchCheckDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Parcel files"), folder_, tr(kFileFilter));
    addFiles(paths);
}

void BatchCheckDialog::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString shown = QString::fromStdString(core::withoutPassword(path.toStdString()));
        if (files_->findItems(shown, Qt::MatchExactly).isEmpty()) {
            auto* item = new QListWidgetItem(shown, files_);
            if (shown != path)
                item->setData(Qt::UserRole, path);
        }
        if (!isDatabase(path.toStdString()))
            folder_ = QFileInfo(path).absolutePath();
    }
    updateEngine();
    if (files_->currentRow() < 0 && files_->count() > 0)
        files_->setCurrentRow(0);
}

void BatchCheckDialog::fileChanged()
{
    layer_->clear();
    message_->clear();
    if (!files_->currentItem())
        return;
    try {
        const auto source = gis::VectorSource::open(sourceOf(files_->currentItem()).toStdString());
        layer_->addItems(qstrings(source.layerNames()));
    } catch (const gis::Error& error) {
        message_->setText(QString::fromUtf8(error.what()));
    }
}

void BatchCheckDialog::layerChanged()
{
    idField_->clear();
    industryField_->clear();
    landUseField_->clear();
    if (!files_->currentItem() || layer_->currentIndex() < 0)
        return;
    try {
        const std::string path = sourceOf(files_->currentItem()).toStdString();
        const auto source = gis::VectorSource::open(path, core::parcelOpenOptions(path));
        const auto reader = source.layer(layer_->currentText().toStdString());
        const auto& fields = reader.fieldNames();
        idField_->addItem(tr("(feature id)"), QString());
        industryField_->addItem(tr("(choose)"), QString());
        landUseField_->addItem(tr("(none: land use not checked)"), QVariant());
        for (const auto& field : fields) {
            for (QComboBox* box : {idField_, industryField_, landUseField_})
                box->addItem(QString::fromStdString(field), QString::fromStdString(field));
        }
        idField_->setCurrentIndex(std::max(0, idField_->findData(QString::fromStdString(core::detectIdField(fields)))));
        industryField_->setCurrentIndex(
            std::max(0, industryField_->findData(QString::fromStdString(core::detectIndustryField(fields)))));
        landUseField_->setCurrentIndex(
            std::max(0, landUseField_->findData(QString::fromStdString(core::detectLandUseField(fields)))));
        if (reader.crsWkt().empty() && crs_->currentIndex() == 0)
            message_->setText(tr("This layer does not say which coordinates it uses: choose them under Coordinates."));
    } catch (const gis::Error& error) {
        message_->setText(QString::fromUtf8(error.what()));
    }
}

std::vector<core::ParcelInputOptions> BatchCheckDialog::inputs() const
{
    std::vector<core::ParcelInputOptions> out;
    const int crsIndex = crs_->currentIndex();
    const QString crs = crsIndex >= 0 && crs_->itemText(crsIndex) == crs_->currentText() ? crs_->currentData().toString()
                                                                                           : crs_->currentText();
    for (int i = 0; i < files_->count(); ++i) {
        core::ParcelInputOptions input;
        input.source = sourceOf(files_->item(i)).toStdString();
        // The layer and fields chosen apply to the file shown; other files use detection.
        if (files_->item(i) == files_->currentItem()) {
            input.layer = layer_->currentText().toStdString();
            input.idField = idField_->currentData().toString().toStdString();
            input.industryField = industryField_->currentData().toString().toStdString();
            input.landUseField = landUseField_->currentData().toString().toStdString();
            input.checkLandUse = !landUseField_->currentData().isNull();
        }
        input.crs = crs.toStdString();
        out.push_back(input);
    }
    return out;
}

double BatchCheckDialog::minInside() const
{
    return minInside_->value();
}

}  // namespace pearlzone::app
