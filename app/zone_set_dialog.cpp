#include "app/zone_set_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pearlzone::app {

ZoneSetDialog::ZoneSetDialog(const core::ZoneSetInfo& current, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Save zones as zone set"));
    auto edit = [this](const std::string& text) {
        auto* created = new QLineEdit(QString::fromStdString(text), this);
        created->setMinimumWidth(360);
        return created;
    };
    name_ = edit(current.name);
    version_ = edit(current.version);
    date_ = edit(current.date);
    date_->setPlaceholderText(tr("e.g. 2022-06-30"));
    sourceDocument_ = edit(current.sourceDocument);
    sourceDocument_->setPlaceholderText(tr("the plan or guideline the boundaries come from"));
    issuer_ = edit(current.issuer);
    note_ = new QPlainTextEdit(QString::fromStdString(current.note), this);
    note_->setMaximumHeight(90);
    auto* intro = new QLabel(tr("Every report made against these zones names where they come from."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Version"), version_);
    form->addRow(tr("Date"), date_);
    form->addRow(tr("Source document"), sourceDocument_);
    form->addRow(tr("Issued by"), issuer_);
    form->addRow(tr("Note"), note_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A zone set without a name would be told apart from no other.
    connect(name_, &QLineEdit::textChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!name_->text().trimmed().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

core::ZoneSetInfo ZoneSetDialog::info() const
{
    core::ZoneSetInfo info;
    info.name = name_->text().trimmed().toStdString();
    info.version = version_->text().trimmed().toStdString();
    info.date = date_->text().trimmed().toStdString();
    info.sourceDocument = sourceDocument_->text().trimmed().toStdString();
    info.issuer = issuer_->text().trimmed().toStdString();
    info.note = note_->toPlainText().trimmed().toStdString();
    return info;
}

}  // namespace pearlzone::app
