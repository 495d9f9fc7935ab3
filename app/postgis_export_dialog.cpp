#include "app/postgis_export_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pearlzone::app {

namespace {

const QString kGroup = QStringLiteral("postgisExport");

// A libpq connection value: quoted, with ' and \ escaped, so spaces and quotes survive.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(QStringLiteral("'"), QStringLiteral("\\'"));
    return QStringLiteral("'") + escaped + QStringLiteral("'");
}

}  // namespace

QString PostgisTarget::connection() const
{
    QString text = QStringLiteral("PG:host=") + quoted(host) + QStringLiteral(" port=") + QString::number(port) +
                   QStringLiteral(" dbname=") + quoted(database) + QStringLiteral(" user=") + quoted(user);
    if (!password.isEmpty())
        text += QStringLiteral(" password=") + quoted(password);
    return text;
}

QString PostgisTarget::account() const
{
    return user + QStringLiteral("@") + host + QStringLiteral(":") + QString::number(port) + QStringLiteral("/") + database;
}

PostgisExportDialog::PostgisExportDialog(std::shared_ptr<PasswordStore> passwords, QWidget* parent)
    : QDialog(parent), passwords_(std::move(passwords))
{
    setWindowTitle(tr("Export results to a PostGIS table"));
    QSettings settings;
    settings.beginGroup(kGroup);
    host_ = new QLineEdit(settings.value(QStringLiteral("host"), QStringLiteral("localhost")).toString(), this);
    port_ = new QSpinBox(this);
    port_->setRange(1, 65535);
    port_->setValue(settings.value(QStringLiteral("port"), 5432).toInt());
    database_ = new QLineEdit(settings.value(QStringLiteral("database")).toString(), this);
    user_ = new QLineEdit(settings.value(QStringLiteral("user")).toString(), this);
    password_ = new QLineEdit(this);
    password_->setEchoMode(QLineEdit::Password);
    remember_ = new QCheckBox(tr("Remember the password in the system keychain"), this);
    remember_->setChecked(settings.value(QStringLiteral("keepInKeychain"), false).toBool());
    table_ = new QLineEdit(settings.value(QStringLiteral("table"), QStringLiteral("pearlzone_report")).toString(), this);
    table_->setToolTip(tr("A table name, or schema.table"));
    overwrite_ = new QCheckBox(tr("Replace the table if it exists"), this);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(tr("Host"), host_);
    form->addRow(tr("Port"), port_);
    form->addRow(tr("Database"), database_);
    form->addRow(tr("User"), user_);
    form->addRow(tr("Password"), password_);
    form->addRow(QString(), remember_);
    form->addRow(tr("Table"), table_);
    form->addRow(QString(), overwrite_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The results go into a new table with their outlines (EPSG:4547), and the run "
                                "is recorded in the table pearlzone_runs."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note_);
    layout->addWidget(message_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        static const QRegularExpression tableName(QStringLiteral(R"(^[^.\s]+(\.[^.\s]+)?$)"));
        if (host_->text().trimmed().isEmpty() || database_->text().trimmed().isEmpty() || user_->text().trimmed().isEmpty()) {
            message_->setText(tr("Fill in the host, the database and the user."));
            return;
        }
        if (!tableName.match(table_->text().trimmed()).hasMatch()) {
            message_->setText(tr("The table is a name without spaces, or schema.table."));
            return;
        }
        saveConnection();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Another connection: its password, if the store has one.
    for (QLineEdit* edit : {host_, database_, user_})
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (password_->text().isEmpty())
                lookUpPassword();
        });
    setMinimumWidth(460);
    lookUpPassword();
}

void PostgisExportDialog::lookUpPassword()
{
    // Asked even before the connection is filled in: the answer also says whether there is a
    // secret store at all.
    if (!passwords_ || !storeAvailable_) {
        lookupDone_ = true;
        return;
    }
    lookupDone_ = false;
    passwords_->read(target().account(), this, [this](const PasswordLookup& lookup) {
        lookupDone_ = true;
        if (lookup.status == PasswordLookup::Status::Unavailable) {
            storeAvailable_ = false;
            remember_->setChecked(false);
            remember_->setEnabled(false);
            note_->setText(tr("No system keychain is available: the password is asked for each time and never saved."));
        } else if (lookup.status == PasswordLookup::Status::Found && password_->text().isEmpty()) {
            password_->setText(lookup.password);
            note_->setText(tr("The password comes from the system keychain."));
        }
    });
}

void PostgisExportDialog::saveConnection() const
{
    // Everything but the password, which only the secret store keeps.
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("host"), host_->text().trimmed());
    settings.setValue(QStringLiteral("port"), port_->value());
    settings.setValue(QStringLiteral("database"), database_->text().trimmed());
    settings.setValue(QStringLiteral("user"), user_->text().trimmed());
    settings.setValue(QStringLiteral("table"), table_->text().trimmed());
    settings.setValue(QStringLiteral("keepInKeychain"), remember_->isChecked());
}

PostgisTarget PostgisExportDialog::target() const
{
    PostgisTarget target;
    target.host = host_->text().trimmed();
    target.port = port_->value();
    target.database = database_->text().trimmed();
    target.user = user_->text().trimmed();
    target.password = password_->text();
    target.table = table_->text().trimmed();
    target.overwrite = overwrite_->isChecked();
    return target;
}

bool PostgisExportDialog::rememberPassword() const
{
    return storeAvailable_ && remember_->isChecked() && !password_->text().isEmpty();
}

}  // namespace pearlzone::app
