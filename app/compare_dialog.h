#pragma once
// Check → Compare zone sets: the parcels (by default the layer checked last) and the two zone
// sets: "from" the zones in use unless a file is chosen, "to" a zones file.

#include "core/parcel_source.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pearlzone::app {

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    // parcels: the checked layer's input, if any; loadedLabel: the zone set in use.
    CompareDialog(const core::ParcelInputOptions& parcels, const QString& loadedLabel, QWidget* parent = nullptr);

    // The parcels as chosen: the checked layer's input when its file was kept, else the file.
    core::ParcelInputOptions parcels() const;
    QString fromPath() const;  // "": the zones in use
    QString toPath() const;

    // For tests: the fields by role.
    QLineEdit* parcelsEdit() const { return parcels_; }
    QLineEdit* fromEdit() const { return from_; }
    QLineEdit* toEdit() const { return to_; }
    QPushButton* compareButton() const { return ok_; }

private:
    void updateState();

    core::ParcelInputOptions checked_;
    QLineEdit* parcels_;
    QLineEdit* from_;
    QLineEdit* to_;
    QLabel* message_;
    QPushButton* ok_;
};

}  // namespace pearlzone::app
