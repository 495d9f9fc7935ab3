#pragma once
// Check → Constraint layers…: the planner's list of constraint lines (SPEC 4.2). Add any
// vector file GDAL opens (its name, kind and rule fields are found by the core loader, Chinese
// names too), remove one, and choose the rule of a layer (prohibited, restricted, or each
// feature's rule field where the layer has one). Changes apply at once and are remembered.

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pearlzone::app {

class ConstraintLayers;

class ConstraintLayersDialog : public QDialog {
    Q_OBJECT
public:
    ConstraintLayersDialog(ConstraintLayers* layers, const QString& startFolder, QWidget* parent = nullptr);

    // Adds a file's layer (asking which when it has several); a dialog says why when it
    // cannot be used. True when it was added.
    bool addFile(const QString& path);

    // For tests and scripted use.
    QTableWidget* table() const { return table_; }
    QComboBox* ruleBox(int row) const;
    QPushButton* removeButton() const { return remove_; }

private:
    void chooseFiles();
    void fill();
    void ruleChosen(int row, int choice);

    ConstraintLayers* layers_;
    QString folder_;
    QTableWidget* table_;
    QPushButton* remove_;
    QLabel* hint_;
};

}  // namespace pearlzone::app
