#include "app/constraint_layers_dialog.h"

#include "app/constraint_layers.h"
#include "gis/error.h"
#include "gis/vector_source.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pearlzone::app {

namespace {

enum Column { LayerColumn, FeaturesColumn, FieldsColumn, RuleColumn, ColumnCount };
// The rule combo's choices, by their data: each feature's rule field, or one rule for all.
const QString kByField;
const QString kProhibited = QStringLiteral("prohibited");
const QString kRestricted = QStringLiteral("restricted");

QString fieldOrNone(const std::string& field) { return field.empty() ? QStringLiteral("—") : QString::fromStdString(field); }

}  // namespace

ConstraintLayersDialog::ConstraintLayersDialog(ConstraintLayers* layers, const QString& startFolder, QWidget* parent)
    : QDialog(parent), layers_(layers), folder_(startFolder)
{
    setWindowTitle(tr("Constraint layers"));
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setHorizontalHeaderLabels({tr("Layer"), tr("Polygons"), tr("Fields found"), tr("Rule")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("Add…"), this);
    remove_ = new QPushButton(tr("Remove"), this);
    hint_ = new QLabel(tr("Polygon layers that planning law forbids or restricts building on (生态保护红线, 永久基本农田, "
                          "河道蓝线, …). Every check uses them: a parcel overlapping a prohibited line by 1 m² or more "
                          "fails, a restricted one needs review."),
                       this);
    hint_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(remove_);
    side->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(table_, 1);
    row->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint_);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &ConstraintLayersDialog::chooseFiles);
    connect(remove_, &QPushButton::clicked, this, [this] {
        const int current = table_->currentRow();
        if (current >= 0)
            layers_->remove(static_cast<std::size_t>(current));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(layers_, &ConstraintLayers::changed, this, &ConstraintLayersDialog::fill, Qt::QueuedConnection);  // not inside a combo's signal
    fill();
    resize(760, 340);
}

QComboBox* ConstraintLayersDialog::ruleBox(int row) const
{
    return qobject_cast<QComboBox*>(table_->cellWidget(row, RuleColumn));
}

void ConstraintLayersDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add constraint layers"), folder_,
        tr("Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.tab *.mif *.dxf *.sqlite);;All files (*)"));
    for (const QString& path : paths) {
        folder_ = QFileInfo(path).absolutePath();
        addFile(path);
    }
}

bool ConstraintLayersDialog::addFile(const QString& path)
{
    QString layer;
    try {
        const auto source = gis::VectorSource::open(path.toStdString());
        QStringList names;
        for (const auto& name : source.layerNames())
            names << QString::fromStdString(name);
        if (names.size() > 1) {
            bool ok = false;
            layer = QInputDialog::getItem(this, tr("Constraint layers"),
                                          tr("“%1” holds several layers. Which one are the constraint lines?")
                                              .arg(QFileInfo(path).fileName()),
                                          names, 0, false, &ok);
            if (!ok)
                return false;
        }
    } catch (const gis::Error&) {
        // The loader says what is wrong with the file, below.
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);  // thousands of polygons take a moment to read
    const auto error = layers_->add(path, layer);
    QGuiApplication::restoreOverrideCursor();
    if (error) {
        QMessageBox::warning(this, tr("Constraint layers"), *error);
        return false;
    }
    return true;
}

void ConstraintLayersDialog::ruleChosen(int row, int choice)
{
    const QComboBox* box = ruleBox(row);
    if (!box || choice < 0)
        return;
    const QString code = box->itemData(choice).toString();
    const std::optional<core::ConstraintRule> rule =
        code.isEmpty() ? std::nullopt : std::optional<core::ConstraintRule>(core::parseConstraintRule(code.toStdString()));
    if (const auto error = layers_->setRule(static_cast<std::size_t>(row), rule)) {
        QMessageBox::warning(this, tr("Constraint layers"), *error);
        fill();  // back to the rule it has
    }
}

void ConstraintLayersDialog::fill()
{
    const int current = table_->currentRow();
    const auto& entries = layers_->entries();
    table_->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const ConstraintLayerEntry& entry = entries[static_cast<std::size_t>(row)];
        const core::ConstraintLayerInfo* info = entry.info();
        const QString source = QString::fromStdString(entry.options.source);
        auto* name = new QTableWidgetItem(info ? QString::fromStdString(info->label) : QFileInfo(source).completeBaseName());
        name->setToolTip(source);
        table_->setItem(row, LayerColumn, name);
        table_->setItem(row, FeaturesColumn, new QTableWidgetItem(info ? QStringLiteral("%L1").arg(info->featureCount) : QString()));
        auto* fields = new QTableWidgetItem(info ? tr("name: %1, kind: %2, rule: %3")
                                                       .arg(fieldOrNone(info->nameField), fieldOrNone(info->kindField),
                                                            fieldOrNone(info->ruleField))
                                                 : tr("cannot be read now"));
        fields->setToolTip(info ? QString() : entry.error);
        table_->setItem(row, FieldsColumn, fields);

        auto* rule = new QComboBox(table_);
        if (info && !info->ruleField.empty())
            rule->addItem(tr("each polygon's %1 field").arg(QString::fromStdString(info->ruleField)), kByField);
        rule->addItem(tr("prohibited (禁止建设)"), kProhibited);
        rule->addItem(tr("restricted (限制建设)"), kRestricted);
        const QString chosen = entry.options.rule ? QString::fromLatin1(core::toString(*entry.options.rule))
                                                  : (info && !info->ruleField.empty() ? kByField : kProhibited);
        rule->setCurrentIndex(std::max(0, rule->findData(chosen)));
        rule->setEnabled(info != nullptr);
        connect(rule, &QComboBox::activated, this, [this, row](int choice) { ruleChosen(row, choice); });
        table_->setCellWidget(row, RuleColumn, rule);
    }
    table_->resizeColumnsToContents();
    if (current >= 0 && current < table_->rowCount())
        table_->selectRow(current);
    remove_->setEnabled(!entries.empty());
}

}  // namespace pearlzone::app
