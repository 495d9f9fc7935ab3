#include "app/zone_field_dialog.h"

#include "gis/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pearlzone::app {

ZoneFieldDialog::ZoneFieldDialog(const QString& source, ZoneLayerPreview preview,
                                 std::function<ZoneLayerPreview(const std::string&)> previewLayer, QWidget* parent)
    : QDialog(parent), preview_(std::move(preview)), previewLayer_(std::move(previewLayer))
{
    setWindowTitle(tr("Which field names the zones?"));
    auto* intro = new QLabel(tr("Choose the layer of %1 that holds the zone boundaries, and the field whose values name "
                                "the zones or sub-areas (琶洲, 大学城, 金融城, 鱼珠 or their ids).")
                                 .arg(QFileInfo(source).fileName()),
                             this);
    intro->setWordWrap(true);
    layerBox_ = new QComboBox(this);
    for (const auto& layer : preview_.layers)
        layerBox_->addItem(QString::fromStdString(layer));
    layerBox_->setCurrentText(QString::fromStdString(preview_.layer));
    layerBox_->setEnabled(preview_.layers.size() > 1);
    fields_ = new QTableWidget(0, 2, this);
    fields_->setHorizontalHeaderLabels({tr("Field"), tr("Sample values")});
    fields_->setSelectionBehavior(QAbstractItemView::SelectRows);
    fields_->setSelectionMode(QAbstractItemView::SingleSelection);
    fields_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fields_->verticalHeader()->hide();
    fields_->horizontalHeader()->setStretchLastSection(true);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Use this field"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Layer"), layerBox_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(fields_);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    resize(560, 380);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(layerBox_, &QComboBox::currentTextChanged, this, &ZoneFieldDialog::layerChosen);
    connect(fields_, &QTableWidget::itemSelectionChanged, this, [this] { ok_->setEnabled(!field().empty()); });
    connect(fields_, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    showPreview();
}

std::string ZoneFieldDialog::field() const
{
    const auto rows = fields_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return preview_.fields[static_cast<std::size_t>(rows.front().row())].field;
}

bool ZoneFieldDialog::selectField(const QString& field)
{
    for (int row = 0; row < fields_->rowCount(); ++row) {
        if (fields_->item(row, 0)->text() == field) {
            fields_->selectRow(row);
            return true;
        }
    }
    return false;
}

void ZoneFieldDialog::showPreview()
{
    fields_->clearContents();
    fields_->setRowCount(static_cast<int>(preview_.fields.size()));
    for (std::size_t i = 0; i < preview_.fields.size(); ++i) {
        const auto& sample = preview_.fields[i];
        QStringList values;
        for (const auto& value : sample.values)
            values << QString::fromStdString(value);
        fields_->setItem(static_cast<int>(i), 0, new QTableWidgetItem(QString::fromStdString(sample.field)));
        fields_->setItem(static_cast<int>(i), 1, new QTableWidgetItem(values.join(QStringLiteral(", "))));
    }
    fields_->resizeColumnToContents(0);
    message_->setText(preview_.detectedField.empty() ? tr("No field has a name Pearlzone knows for zones: choose it.")
                                                     : QString());
    if (!preview_.detectedField.empty())
        selectField(QString::fromStdString(preview_.detectedField));
    ok_->setEnabled(!field().empty());
}

void ZoneFieldDialog::layerChosen()
{
    const std::string layer = layerBox_->currentText().toStdString();
    if (layer == preview_.layer)
        return;
    try {
        preview_ = previewLayer_(layer);
    } catch (const gis::Error& error) {
        preview_.layer = layer;
        preview_.fields.clear();
        preview_.detectedField.clear();
        showPreview();
        message_->setText(tr("This layer cannot be read: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    showPreview();
}

std::optional<core::ZoneLoadOptions> chooseZoneLayer(const QString& path, QWidget* parent)
{
    ZoneLayerPreview preview = previewZoneLayer(path.toStdString());
    if (!preview.detectedField.empty() && preview.layers.size() <= 1)
        return core::ZoneLoadOptions{preview.layer, preview.detectedField, nullptr};
    ZoneFieldDialog choose(path, std::move(preview), [path](const std::string& layer) { return previewZoneLayer(path.toStdString(), layer); },
                           parent);
    if (choose.exec() != QDialog::Accepted)
        return std::nullopt;
    return core::ZoneLoadOptions{choose.layer(), choose.field(), nullptr};
}

}  // namespace pearlzone::app
