#pragma once
// The "Batch check parcels" dialog: files, layer, id, industry and land-use fields (detected,
// and changeable; land use may be left unchecked), CRS (with GCJ-02 and BD-09) and min-inside.
// PostGIS tables ("PG:..." sources) too, with the choice of where their check runs (here, or
// pushed down into PostGIS).

#include "core/batch_check.h"
#include "core/parcel_source.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;

namespace pearlzone::app {

class BatchCheckDialog : public QDialog {
    Q_OBJECT
public:
    explicit BatchCheckDialog(const QString& startFolder, QWidget* parent = nullptr);

    void addFiles(const QStringList& paths);
    std::vector<core::ParcelInputOptions> inputs() const;
    double minInside() const;
    // Whether the PG: sources are checked inside PostGIS (--engine postgis).
    bool pushDown() const;
    static bool isDatabase(const std::string& source);

    // For tests and scripted use: the widgets by role.
    QListWidget* fileList() const { return files_; }
    QComboBox* layerBox() const { return layer_; }
    QComboBox* idFieldBox() const { return idField_; }
    QComboBox* industryFieldBox() const { return industryField_; }
    QComboBox* landUseFieldBox() const { return landUseField_; }
    QComboBox* crsBox() const { return crs_; }
    QComboBox* engineBox() const { return engine_; }

private:
    void chooseFiles();
    void addConnection();
    void updateEngine();
    void fileChanged();
    void layerChanged();

    QString folder_;
    QListWidget* files_;
    QComboBox* layer_;
    QComboBox* idField_;
    QComboBox* industryField_;
    QComboBox* landUseField_;
    QComboBox* crs_;
    QDoubleSpinBox* minInside_;
    QComboBox* engine_;
    QLabel* message_;
};

}  // namespace pearlzone::app
