#pragma once
// File → Export results → PostGIS table…: where the report table goes (host, port, database,
// user, password, schema.table, replace or keep an existing table). The connection is kept
// in QSettings without its password; the password is offered from and saved to the platform's
// secret store (app/password_store.h) when there is one, else asked for each time.

#include "app/password_store.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pearlzone::app {

struct PostgisTarget {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString table;
    bool overwrite = false;

    // A GDAL PostgreSQL connection ("PG:host='…' port=… dbname='…' …", libpq's quoting).
    QString connection() const;
    // The secret store's name for the password: user@host:port/database.
    QString account() const;
};

class PostgisExportDialog : public QDialog {
    Q_OBJECT
public:
    PostgisExportDialog(std::shared_ptr<PasswordStore> passwords, QWidget* parent = nullptr);

    PostgisTarget target() const;
    // Whether the planner asked to keep the password in the secret store (and it has one).
    bool rememberPassword() const;

    // For tests and scripted use: the widgets by role.
    QLineEdit* hostEdit() const { return host_; }
    QSpinBox* portBox() const { return port_; }
    QLineEdit* databaseEdit() const { return database_; }
    QLineEdit* userEdit() const { return user_; }
    QLineEdit* passwordEdit() const { return password_; }
    QLineEdit* tableEdit() const { return table_; }
    QCheckBox* overwriteBox() const { return overwrite_; }
    QCheckBox* rememberBox() const { return remember_; }
    QLabel* keychainNote() const { return note_; }
    // True once the secret store answered the lookup started when the dialog opened.
    bool passwordLookupDone() const { return lookupDone_; }

private:
    void lookUpPassword();
    void saveConnection() const;

    std::shared_ptr<PasswordStore> passwords_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* database_;
    QLineEdit* user_;
    QLineEdit* password_;
    QCheckBox* remember_;
    QLineEdit* table_;
    QCheckBox* overwrite_;
    QLabel* note_;
    QLabel* message_;
    bool lookupDone_ = false;
    bool storeAvailable_ = true;
};

}  // namespace pearlzone::app
