#pragma once
// File → Save zones as zone set: where the boundaries come from (name, version, date, source
// document, issuer, note), prefilled from the zone set in use, written beside the GeoPackage
// as its sidecar.

#include "core/zone_set_info.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace pearlzone::app {

class ZoneSetDialog : public QDialog {
    Q_OBJECT
public:
    explicit ZoneSetDialog(const core::ZoneSetInfo& current, QWidget* parent = nullptr);
    core::ZoneSetInfo info() const;

    // For tests: the fields by role.
    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* versionEdit() const { return version_; }
    QLineEdit* dateEdit() const { return date_; }
    QLineEdit* sourceDocumentEdit() const { return sourceDocument_; }
    QLineEdit* issuerEdit() const { return issuer_; }
    QPlainTextEdit* noteEdit() const { return note_; }

private:
    QLineEdit* name_;
    QLineEdit* version_;
    QLineEdit* date_;
    QLineEdit* sourceDocument_;
    QLineEdit* issuer_;
    QPlainTextEdit* note_;
};

}  // namespace pearlzone::app
