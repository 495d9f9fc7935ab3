#include "app/zone_match_dialog.h"

#include "core/wording.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pearlzone::app {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString nameOf(const core::PlaceName& place, core::Language language)
{
    return qs(language == core::Language::Chinese ? place.nameZh : place.nameEn);
}

// "琶洲核心片区（含广州大学城） › 琶洲": a sub-area with its zone.
QString placeLabel(const core::PlaceName& place, const core::ZoneNameTable& names, core::Language language)
{
    if (place.subareaId.empty())
        return nameOf(place, language);
    const core::PlaceName* zone = names.find(place.zoneId);
    return (zone ? nameOf(*zone, language) + QStringLiteral(" › ") : QString()) + nameOf(place, language);
}

// The names each place goes by, one place a line (no ids: a planner reads names).
QString knownNames(const core::ZoneNameTable& names, core::Language language)
{
    QStringList lines;
    for (const auto& place : names.places()) {
        QStringList aliases = {qs(place.nameZh), qs(place.nameZhHant), qs(place.nameEn)};
        for (const auto& shortName : place.shortNames)
            aliases << qs(shortName);
        aliases.removeAll(QString());
        aliases.removeDuplicates();
        lines << QStringLiteral("<li><b>%1</b>: %2</li>")
                     .arg(placeLabel(place, names, language).toHtmlEscaped(), aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    return QStringLiteral("<ul>") + lines.join(QString()) + QStringLiteral("</ul>");
}

}  // namespace

// How the designations fit a file that lacks places (core's warnings, as names in the language).
QStringList ZoneMatchDialog::zoneLevelWarnings(const core::ZoneSet& zones, const core::ZoneNameTable& names,
                                               core::Language language)
{
    QStringList warnings;
    for (const auto& place : names.places()) {
        const core::Zone* zone = zones.zone(place.zoneId);
        if (place.subareaId.empty() && !zone)
            warnings << tr("The file has no %1: what it is designated for is not used.").arg(nameOf(place, language));
        if (!place.subareaId.empty() || !zone || !zone->subareas.empty())
            continue;
        QStringList subareas;
        for (const auto& subarea : names.places()) {
            if (subarea.zoneId == place.zoneId && !subarea.subareaId.empty())
                subareas << nameOf(subarea, language);
        }
        if (!subareas.isEmpty())
            warnings << tr("%1 has no sub-areas in this file: what %2 are designated for counts for the whole zone.")
                            .arg(nameOf(place, language), subareas.join(tr(", ")));
    }
    return warnings;
}

ZoneMatchDialog::ZoneMatchDialog(const ZoneMatchPreview& preview, const core::ZoneNameTable& names,
                                 core::Language language, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Zones read from %1").arg(QFileInfo(preview.source).fileName()));
    auto* intro = new QLabel(tr("Layer %1, zones named by the field %2. Check what each value was matched to before "
                                "the zones in use are replaced.")
                                 .arg(qs(preview.layer), qs(preview.field)),
                             this);
    intro->setWordWrap(true);
    table_ = new QTableWidget(static_cast<int>(preview.values.size()), 3, this);
    table_->setHorizontalHeaderLabels({tr("Value in the file"), tr("Features"), tr("Matched to")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    int unknown = 0;
    for (std::size_t i = 0; i < preview.values.size(); ++i) {
        const ZoneValueMatch& match = preview.values[i];
        const int row = static_cast<int>(i);
        table_->setItem(row, 0, new QTableWidgetItem(match.value.empty() ? tr("(empty)") : qs(match.value)));
        auto* count = new QTableWidgetItem(QString::number(match.features));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, 1, count);
        auto* place = new QTableWidgetItem(match.place ? placeLabel(*match.place, names, language)
                                                       : tr("Not a zone or sub-area Pearlzone knows"));
        if (!match.place) {
            ++unknown;
            place->setForeground(QColor(180, 20, 20));
            place->setBackground(QColor(255, 228, 225));
        }
        table_->setItem(row, 2, place);
    }
    table_->resizeColumnsToContents();

    // What would be loaded, how it was read, or why it cannot be.
    QString notes;
    if (preview.loaded) {
        const core::Wording words(language);
        const core::ZoneSet& zones = preview.loaded->zones;
        notes += QStringLiteral("<p><b>%1</b> %2</p><ul>").arg(tr("Zone set:"), qs(zones.info().label()).toHtmlEscaped());
        for (const auto& zone : zones.zones()) {
            notes += QStringLiteral("<li>") + tr("%1: %2 km², %n sub-area(s)", nullptr, static_cast<int>(zone.subareas.size()))
                                                  .arg(words.zoneName(zones, zone.id).toHtmlEscaped())
                                                  .arg(zone.areaM2 / 1e6, 0, 'f', 2) +
                     QStringLiteral("</li>");
        }
        notes += QStringLiteral("</ul>");
        for (const QString& warning : zoneLevelWarnings(zones, names, language))
            notes += QStringLiteral("<p style='color:#8a5a00'>⚠ %1</p>").arg(warning.toHtmlEscaped());
    } else {
        // Unknown names are in the table already: say what to do rather than repeat them.
        const QString why = unknown > 0 && preview.field != "zone_id"
                                ? tr("%n value(s) of the field %1 name no zone or sub-area Pearlzone knows (marked in red "
                                     "above): choose another field, or correct these names in the file.",
                                     nullptr, unknown)
                                      .arg(qs(preview.field))
                                : preview.error;
        notes += QStringLiteral("<p style='color:#b41414'><b>%1</b><br>%2</p>")
                     .arg(tr("These zones cannot be used; the zones in use stay as they are."), why.toHtmlEscaped());
    }
    if (unknown)
        notes += QStringLiteral("<p>%1</p>").arg(tr("The names Pearlzone knows (any script, full-width or not, any case):")) +
                 knownNames(names, language);
    notes_ = new QTextBrowser(this);
    notes_->setHtml(notes);

    auto* buttons = new QDialogButtonBox(this);
    replace_ = buttons->addButton(tr("Replace zones"), QDialogButtonBox::AcceptRole);
    replace_->setEnabled(preview.loaded != nullptr);
    chooseField_ = buttons->addButton(tr("Choose another field…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(chooseField_, &QPushButton::clicked, this, [this] { done(kChooseField); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table_, 2);
    layout->addWidget(notes_, 2);
    layout->addWidget(buttons);
    resize(640, 560);
}

}  // namespace pearlzone::app
