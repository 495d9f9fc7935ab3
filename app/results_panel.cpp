#include "app/results_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pearlzone::app {

ResultsPanel::ResultsPanel(QWidget* parent)
    : QWidget(parent), model_(new ResultsModel(this)), table_(new QTableView(this)), verdictFilter_(new QComboBox(this)),
      zoneFilter_(new QComboBox(this)), landUseFilter_(new QComboBox(this)), conflictFilter_(new QCheckBox(this)),
      landUseLabel_(new QLabel(this)), verdictLabel_(new QLabel(this)), zoneLabel_(new QLabel(this)),
      search_(new QLineEdit(this)), summary_(new QLabel(this))
{
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);  // the Reason takes what is left
    table_->horizontalHeader()->setSortIndicatorShown(true);
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResultsPanel::selectionChanged);
    connect(table_, &QTableView::doubleClicked, this, &ResultsPanel::zoomRequested);
    connect(model_, &ResultsModel::rowsRecomputed, this, &ResultsPanel::updateSummary);
    connect(model_, &ResultsModel::busyChanged, this, [this](bool busy) {
        if (busy)
            summary_->setText(tr("Sorting and filtering…"));
    });
    connect(verdictFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const int v = verdictFilter_->currentData().toInt();
        model_->setVerdictFilter(v < 0 ? std::nullopt : std::optional<core::Verdict>(static_cast<core::Verdict>(v)));
    });
    connect(zoneFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant zone = zoneFilter_->currentData();
        model_->setZoneFilter(zone.isNull() ? std::nullopt : std::optional<std::string>(zone.toString().toStdString()));
    });
    connect(landUseFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const int status = landUseFilter_->currentData().toInt();
        model_->setLandUseFilter(status < 0 ? std::nullopt : std::optional(static_cast<core::LandUseStatus>(status)));
    });
    connect(conflictFilter_, &QCheckBox::toggled, model_, &ResultsModel::setConflictFilter);
    connect(search_, &QLineEdit::returnPressed, this, [this] { findParcel(search_->text()); });
    search_->setClearButtonEnabled(true);
    search_->setMaximumWidth(220);
    search_->setMinimumWidth(150);
    for (QComboBox* filter : {zoneFilter_, landUseFilter_}) {  // long names elide; the list shows them whole
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(12);
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(verdictLabel_);
    bar->addWidget(verdictFilter_);
    bar->addWidget(zoneLabel_);
    bar->addWidget(zoneFilter_);
    bar->addWidget(landUseLabel_);
    bar->addWidget(landUseFilter_);
    bar->addWidget(conflictFilter_);
    bar->addWidget(search_);
    // The summary takes what is left, never the filters' room, and wraps onto a second line
    // rather than losing its counts when the window is narrow (full text in a tooltip too).
    summary_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    summary_->setMinimumWidth(1);
    summary_->setWordWrap(true);
    bar->addWidget(summary_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(table_);
}

void ResultsPanel::setLayer(std::shared_ptr<const CheckedLayer> layer)
{
    model_->setLayer(std::move(layer));
    // The land-use and constraint columns only for layers checked for them (SPEC 4.1, 4.2).
    const auto any = [this](auto has) {
        const auto& shown = model_->layer();
        if (!shown)
            return false;
        for (std::size_t i = 0; i < shown->size(); ++i) {
            if (has(shown->results(), i))
                return true;
        }
        return false;
    };
    const bool landUse = any([](const ParcelResults& r, std::size_t i) { return r.landUseStatus(i) != core::LandUseStatus::NotApplicable; });
    table_->setColumnHidden(ResultsModel::LandUse, !landUse);
    table_->setColumnHidden(ResultsModel::LandUseStatus, !landUse);
    const bool constraints = any([](const ParcelResults& r, std::size_t i) { return r.constraintsChecked(i); });
    table_->setColumnHidden(ResultsModel::Constraints, !constraints);
    // Their filters likewise; a filter the layer cannot use is reset, so that no row hides behind it.
    for (QWidget* widget : {static_cast<QWidget*>(landUseLabel_), static_cast<QWidget*>(landUseFilter_)})
        widget->setVisible(landUse);
    conflictFilter_->setVisible(constraints);
    if (!landUse)
        landUseFilter_->setCurrentIndex(0);
    if (!constraints)
        conflictFilter_->setChecked(false);
    // Every column readable, the Reason gets the rest (and a wrapping tooltip).
    // With the land-use columns shown, a fixed cap pushed the Reason off screen: the parcel id keeps
    // up to 150 px, the other columns before the Reason share about half the width (70 to 150 px each).
    table_->resizeColumnsToContents();
    table_->setColumnWidth(ResultsModel::Id, std::min(table_->columnWidth(ResultsModel::Id), 150));
    int shared = 0;
    for (int column = ResultsModel::Id + 1; column < ResultsModel::Reason; ++column)
        shared += table_->isColumnHidden(column) ? 0 : 1;
    const int viewportWidth = std::max(table_->viewport()->width(), table_->width());
    const int cap = std::clamp(viewportWidth / 2 / std::max(shared, 1), 70, 150);
    // Cells elide (with a tooltip); a header does not (Qt's header clips both ends), so a column
    // is never narrower than its name.
    for (int column = ResultsModel::Id + 1; column < ResultsModel::Reason; ++column)
        table_->setColumnWidth(column, std::min(table_->columnWidth(column),
                                                std::max(cap, table_->horizontalHeader()->sectionSizeHint(column))));
    updateSummary();
}

void ResultsPanel::setContext(std::shared_ptr<const core::PilotZoneData> pilotData, core::Language language)
{
    data_ = std::move(pilotData);
    language_ = language;
    model_->setContext(data_, language_);
    fillFilters();
    updateSummary();
}

void ResultsPanel::retranslate()
{
    verdictLabel_->setText(tr("Verdict:"));
    zoneLabel_->setText(tr("Zone:"));
    landUseLabel_->setText(tr("Land use:"));
    conflictFilter_->setText(tr("Constraint conflicts only"));
    search_->setPlaceholderText(tr("Find parcel id…"));
    fillFilters();
    updateSummary();
}

void ResultsPanel::fillFilters()
{
    if (!data_)
        return;
    const core::Wording words(language_);
    const int verdict = verdictFilter_->currentIndex();
    verdictFilter_->blockSignals(true);
    verdictFilter_->clear();
    verdictFilter_->addItem(tr("All"), -1);
    for (core::Verdict v : {core::Verdict::Pass, core::Verdict::Review, core::Verdict::Fail, core::Verdict::Error})
        verdictFilter_->addItem(words.verdict(v), static_cast<int>(v));
    verdictFilter_->setCurrentIndex(std::max(0, verdict));
    verdictFilter_->blockSignals(false);
    const int landUse = landUseFilter_->currentIndex();
    landUseFilter_->blockSignals(true);
    landUseFilter_->clear();
    landUseFilter_->addItem(tr("All"), -1);
    for (core::LandUseStatus status : {core::LandUseStatus::Compatible, core::LandUseStatus::Conditional, core::LandUseStatus::Incompatible,
                                       core::LandUseStatus::Unknown, core::LandUseStatus::Missing})
        landUseFilter_->addItem(words.landUseStatus(status), static_cast<int>(status));
    landUseFilter_->setCurrentIndex(std::max(0, landUse));
    landUseFilter_->blockSignals(false);
    const int zone = zoneFilter_->currentIndex();
    zoneFilter_->blockSignals(true);
    zoneFilter_->clear();
    zoneFilter_->addItem(tr("All"), QVariant());
    for (const auto& z : data_->zones.zones())
        zoneFilter_->addItem(words.zoneName(data_->zones, z.id), QString::fromStdString(z.id));
    zoneFilter_->addItem(words.zoneName(data_->zones, {}), QString());
    zoneFilter_->setCurrentIndex(zone < zoneFilter_->count() ? std::max(0, zone) : 0);
    zoneFilter_->blockSignals(false);
}

void ResultsPanel::updateSummary()
{
    const auto& layer = model_->layer();
    if (!layer) {
        summary_->setText(tr("No check yet: Check → Batch check parcels…"));
        return;
    }
    summary_->setText(tr("%1: %L2 shown of %L3 — pass %L4, review %L5, fail %L6, error %L7")
                          .arg(layer->name)
                          .arg(model_->rowCount())
                          .arg(layer->size())
                          .arg(model_->shownWith(core::Verdict::Pass))
                          .arg(model_->shownWith(core::Verdict::Review))
                          .arg(model_->shownWith(core::Verdict::Fail))
                          .arg(model_->shownWith(core::Verdict::Error)));
    summary_->setToolTip(summary_->text());
}

void ResultsPanel::selectParcel(std::size_t parcel)
{
    const int row = model_->rowOf(parcel);
    if (row < 0) {
        table_->clearSelection();
        return;
    }
    table_->selectRow(row);
    table_->scrollTo(model_->index(row, 0));
}

std::vector<std::size_t> ResultsPanel::selectedParcels() const
{
    std::vector<std::size_t> parcels;
    for (const QModelIndex& row : table_->selectionModel()->selectedRows())
        parcels.push_back(model_->parcelAt(row.row()));
    return parcels;
}

void ResultsPanel::focusSearch()
{
    search_->setFocus();
    search_->selectAll();
}

bool ResultsPanel::findParcel(const QString& id)
{
    const int row = model_->findParcelId(id);
    if (row < 0) {
        summary_->setText(tr("No parcel \"%1\" among those shown").arg(id.trimmed()));
        return false;
    }
    table_->selectRow(row);
    table_->scrollTo(model_->index(row, 0), QAbstractItemView::PositionAtCenter);
    emit zoomRequested();
    return true;
}

}  // namespace pearlzone::app
