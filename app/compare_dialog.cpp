#include "app/compare_dialog.h"

#include "app/recent_files.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pearlzone::app {

CompareDialog::CompareDialog(const core::ParcelInputOptions& parcels, const QString& loadedLabel, QWidget* parent)
    : QDialog(parent), checked_(parcels)
{
    setWindowTitle(tr("Compare zone sets"));
    auto* intro = new QLabel(tr("Each parcel is checked against both zone sets; the parcels whose zone, sub-area, inside or "
                                "not, or verdict differs are listed and shown on a map."),
                             this);
    intro->setWordWrap(true);
    parcels_ = new QLineEdit(QString::fromStdString(parcels.source), this);
    from_ = new QLineEdit(this);
    from_->setPlaceholderText(tr("The zones in use: %1").arg(loadedLabel));
    to_ = new QLineEdit(this);
    to_->setPlaceholderText(tr("A zones file, e.g. the newer plan's boundaries"));
    auto row = [this](QLineEdit* edit, const QString& title, const QString& filter) {
        auto* browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
            const QString path = QFileDialog::getOpenFileName(this, title, lastFolder(), filter);
            if (!path.isEmpty())
                edit->setText(path);
        });
        auto* layout = new QHBoxLayout;
        layout->addWidget(edit, 1);
        layout->addWidget(browse);
        return layout;
    };
    const QString vectors = tr("Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.xlsx);;All files (*)");
    auto* form = new QFormLayout;
    form->addRow(tr("Parcels"), row(parcels_, tr("Parcels to compare"), vectors));
    form->addRow(tr("From zones"), row(from_, tr("Zones to compare from"), vectors));
    form->addRow(tr("To zones"), row(to_, tr("Zones to compare to"), vectors));
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Compare"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {parcels_, from_, to_})
        connect(edit, &QLineEdit::textChanged, this, &CompareDialog::updateState);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    resize(620, 260);
    updateState();
}

void CompareDialog::updateState()
{
    QString missing;
    if (parcels_->text().trimmed().isEmpty())
        missing = tr("Choose the parcels to compare.");
    else if (to_->text().trimmed().isEmpty())
        missing = tr("Choose the zones file to compare to.");
    message_->setText(missing);
    ok_->setEnabled(missing.isEmpty());
}

core::ParcelInputOptions CompareDialog::parcels() const
{
    const std::string chosen = parcels_->text().trimmed().toStdString();
    if (chosen == checked_.source)
        return checked_;  // read as it was checked: its layer, fields and coordinates
    core::ParcelInputOptions input;
    input.source = chosen;
    return input;
}

QString CompareDialog::fromPath() const { return from_->text().trimmed(); }
QString CompareDialog::toPath() const { return to_->text().trimmed(); }

}  // namespace pearlzone::app
