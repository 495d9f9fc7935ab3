#pragma once
// File → Open zones layer, when Pearlzone cannot tell which field names the zones or the file
// has several layers: the planner picks the layer and the field, each field shown with a few
// of its values.

#include "app/zone_layer_preview.h"

#include "core/zone_set.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pearlzone::app {

class ZoneFieldDialog : public QDialog {
    Q_OBJECT
public:
    // preview: of the layer shown first; previewLayer reads another layer's (throws gis::Error).
    ZoneFieldDialog(const QString& source, ZoneLayerPreview preview,
                    std::function<ZoneLayerPreview(const std::string& layer)> previewLayer, QWidget* parent = nullptr);

    std::string layer() const { return preview_.layer; }
    const ZoneLayerPreview& preview() const { return preview_; }
    std::string field() const;

    // For tests: the widgets by role.
    QComboBox* layerBox() const { return layerBox_; }
    QTableWidget* fieldTable() const { return fields_; }
    // Selects the row of this field; false when the layer has no such field.
    bool selectField(const QString& field);

private:
    void showPreview();
    void layerChosen();

    ZoneLayerPreview preview_;
    std::function<ZoneLayerPreview(const std::string&)> previewLayer_;
    QComboBox* layerBox_;
    QTableWidget* fields_;
    QLabel* message_;
    QPushButton* ok_ = nullptr;
};

// The layer and field naming a zones file's zones: as detected when that can be told (one layer,
// a field Pearlzone knows), else asked with a ZoneFieldDialog. nullopt when the planner cancels;
// throws gis::Error when the file cannot be opened.
std::optional<core::ZoneLoadOptions> chooseZoneLayer(const QString& path, QWidget* parent);

}  // namespace pearlzone::app
