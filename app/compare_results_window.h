#pragma once
// The result of Check → Compare zone sets: what changed, counted; the changed parcels in a
// table (parcel, zone and verdict from → to, the sentence of what changed) beside a map of
// them over both boundaries; and export of the change report (CSV, GeoJSON, GeoPackage, Excel
// workbook, or the PDF of changes).

#include "app/compare_runner.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pearlzone::app {

class CompareMap;

class CompareResultsWindow : public QDialog {
    Q_OBJECT
public:
    CompareResultsWindow(std::shared_ptr<const CompareResult> result, QWidget* parent = nullptr);

    // Writes the change report; the format by the extension (.pdf: the PDF of changes).
    // Returns "" when written, else why not, in a planner's words.
    QString exportTo(const QString& path) const;

    // For tests: the widgets by role.
    QTableWidget* table() const { return table_; }
    CompareMap* map() const { return map_; }
    QLabel* summaryLabel() const { return summary_; }
    QPushButton* exportButton() const { return export_; }

private:
    void chooseExport();

    std::shared_ptr<const CompareResult> result_;
    QLabel* summary_;
    QTableWidget* table_;
    CompareMap* map_;
    QPushButton* export_;
};

}  // namespace pearlzone::app
