#pragma once
// File → Open zones layer, before anything is replaced: what the file's zone field was matched
// to (each value → the known zone or sub-area, by its name in the chosen language), values no
// known name fits (with the names Pearlzone knows), how the zones were read (a zone-level
// file's warning) and the zones that would be loaded. Replace zones only when it could load.

#include "app/zone_layer_preview.h"
#include "core/pilot_zone_data.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace pearlzone::app {

struct ZoneMatchPreview {
    QString source;
    std::string layer;
    std::string field;
    std::vector<ZoneValueMatch> values;
    std::shared_ptr<const core::PilotZoneData> loaded;  // null when the zones could not be read
    QString error;                                      // why not, in a planner's words
};

class ZoneMatchDialog : public QDialog {
    Q_OBJECT
public:
    // The result when the planner asks to pick the layer and field again.
    static constexpr int kChooseField = 2;

    ZoneMatchDialog(const ZoneMatchPreview& preview, const core::ZoneNameTable& names, core::Language language,
                    QWidget* parent = nullptr);

    // Zones of the name table the file lacks, and zones drawn without their sub-areas, said in
    // the language: what happens to their designations.
    static QStringList zoneLevelWarnings(const core::ZoneSet& zones, const core::ZoneNameTable& names,
                                         core::Language language);

    // For tests: the widgets by role.
    QTableWidget* matchTable() const { return table_; }
    QPushButton* replaceButton() const { return replace_; }
    QPushButton* chooseFieldButton() const { return chooseField_; }
    QTextBrowser* notes() const { return notes_; }

private:
    QTableWidget* table_;
    QTextBrowser* notes_;
    QPushButton* replace_;
    QPushButton* chooseField_;
};

}  // namespace pearlzone::app
