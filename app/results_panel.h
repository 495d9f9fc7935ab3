#pragma once
// ResultsPanel: the results table of the selected parcel layer, with filters by verdict,
// zone, land-use status and constraint conflicts (the last two for layers checked for them),
// a search by parcel id, and a summary line. It says which parcels are selected and
// asks the map to zoom to them; the map's selection comes back through selectParcel().

#include "app/results_model.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pearlzone::app {

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget* parent = nullptr);

    void setLayer(std::shared_ptr<const CheckedLayer> layer);
    const std::shared_ptr<const CheckedLayer>& layer() const { return model_->layer(); }
    void setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language);
    void retranslate();

    // Selects the parcel's row (if shown) and scrolls to it.
    void selectParcel(std::size_t parcel);
    std::vector<std::size_t> selectedParcels() const;
    // Jumps to and selects the parcel with this id; false (and a message) when none.
    bool findParcel(const QString& id);
    // Edit → Find parcel: the search box, its text selected.
    void focusSearch();

    QTableView* table() const { return table_; }
    ResultsModel* model() const { return model_; }
    QLineEdit* searchBox() const { return search_; }
    QComboBox* verdictFilter() const { return verdictFilter_; }
    QComboBox* landUseFilter() const { return landUseFilter_; }
    QCheckBox* conflictFilter() const { return conflictFilter_; }

signals:
    void selectionChanged();
    void zoomRequested();

private:
    void fillFilters();
    void updateSummary();

    std::shared_ptr<const core::PilotZoneData> data_;
    core::Language language_ = core::Language::Chinese;
    ResultsModel* model_;
    QTableView* table_;
    QComboBox* verdictFilter_;
    QComboBox* zoneFilter_;
    QComboBox* landUseFilter_;
    QCheckBox* conflictFilter_;
    QLabel* landUseLabel_;
    QLabel* verdictLabel_;
    QLabel* zoneLabel_;
    QLineEdit* search_;
    QLabel* summary_;
};

}  // namespace pearlzone::app
