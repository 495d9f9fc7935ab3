#include "app/identify_panel.h"

#include "core/designation_scope.h"
#include "core/wording.h"
#include "render/map_style.h"

namespace pearlzone::app {

namespace {

QString html(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

}  // namespace

IdentifyPanel::IdentifyPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
}

void IdentifyPanel::setContext(std::shared_ptr<const core::PilotZoneData> pilotData, core::Language language)
{
    data_ = std::move(pilotData);
    language_ = language;
}

void IdentifyPanel::showParcel(std::shared_ptr<const CheckedLayer> layer, std::size_t index)
{
    subject_ = Subject::Parcel;
    layer_ = std::move(layer);
    parcel_ = index;
    refresh();
}

void IdentifyPanel::showZone(const std::string& zoneId, const std::string& subareaId)
{
    subject_ = Subject::Zone;
    zoneId_ = zoneId;
    subareaId_ = subareaId;
    refresh();
}

void IdentifyPanel::showConstraint(std::shared_ptr<const render::ConstraintLayer> layer, std::size_t shape)
{
    subject_ = Subject::Constraint;
    constraintLayer_ = std::move(layer);
    parcel_ = shape;
    refresh();
}

void IdentifyPanel::showNothing()
{
    subject_ = Subject::Nothing;
    refresh();
}

void IdentifyPanel::refresh()
{
    switch (subject_) {
    case Subject::None: setHtml(tr("<p><i>Click a zone or a parcel on the map to see what the guideline says about it.</i></p>")); return;
    case Subject::Nothing: setHtml(tr("<p>Nothing here: outside every zone.</p>")); return;
    case Subject::Zone: setHtml(zoneHtml(zoneId_, subareaId_)); return;
    case Subject::Constraint: setHtml(constraintHtml()); return;
    case Subject::Parcel:
        if (layer_ && findLayer_) {
            if (auto current = findLayer_(*layer_))
                layer_ = std::move(current);
        }
        if (layer_ && parcel_ < layer_->size())
            setHtml(parcelHtml(layer_->result(parcel_)));
        else
            clear();  // the parcel is gone (undone, removed)
        return;
    }
}

QString IdentifyPanel::parcelHtml(const core::ParcelResult& r) const
{
    const core::Wording words(language_);
    QString out = QStringLiteral("<h3>%1 %2</h3>").arg(tr("Parcel"), html(r.parcelId));
    out += QStringLiteral("<p style='font-size:large'><b style='color:%1'>%2</b></p>")
               .arg(render::verdictColour(r.verdict).name(), words.verdict(r.verdict).toUpper());
    out += QStringLiteral("<p>%1</p><table cellspacing=4>").arg(html(r.reason));
    auto row = [&out](const QString& label, const QString& value) {
        out += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Industry"), html(r.industry));
    row(tr("Catalogue codes"), html(r.industryCodes));
    if (data_) {
        row(tr("Zone"), words.placeName(data_->zones, r.zoneId, r.subareaId).toHtmlEscaped());
        if (!r.suggestedZones.empty())
            row(tr("Designated in"), words.placeNames(data_->zones, r.suggestedZones).toHtmlEscaped());
    }
    row(tr("Inside"), words.insideShare(r.insideRatio, r.insideM2, r.areaM2).toHtmlEscaped());
    row(tr("Location"), words.location(r.location));
    row(tr("Industry status"), words.industryStatus(r.industryStatus));
    if (r.landUseStatus != core::LandUseStatus::NotApplicable)
        row(tr("Land use"), (r.landUse.empty() ? words.landUseStatus(r.landUseStatus)
                                               : tr("%1 (%2)").arg(QString::fromStdString(r.landUse), words.landUseStatus(r.landUseStatus)))
                                .toHtmlEscaped());
    if (r.constraintsChecked)
        row(tr("Constraint lines"),
            r.constraintHits.empty() ? tr("no conflict") : words.constraintHits(r.constraintHits).toHtmlEscaped());
    if (!r.geometryNote.empty())
        row(tr("Geometry"), words.geometryNote(r.geometryNote).toHtmlEscaped());
    return out + QStringLiteral("</table>");
}

QString IdentifyPanel::constraintHtml() const
{
    if (!constraintLayer_ || parcel_ >= constraintLayer_->shapes().size())
        return {};
    const core::Wording words(language_);
    const render::ConstraintShape& shape = constraintLayer_->shapes()[parcel_];
    const render::ConstraintClass& style = constraintLayer_->classes()[shape.styleClass];
    const bool prohibited = style.rule == core::ConstraintRule::Prohibited;
    QString out = QStringLiteral("<h3>%1</h3>").arg(shape.name.toHtmlEscaped());
    out += QStringLiteral("<p style='font-size:large'><b style='color:%1'>%2</b></p><p>%3</p><table cellspacing=4>")
               .arg(style.colour.name(), words.constraintRule(style.rule).toUpper(),
                    prohibited ? tr("A parcel overlapping this line by 1 m² or more fails the check.")
                               : tr("A parcel overlapping this line by 1 m² or more needs review."));
    auto row = [&out](const QString& label, const QString& value) {
        out += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
    };
    row(tr("Kind"), style.kind.isEmpty() ? tr("not given") : style.kind);
    row(tr("Constraint layer"), constraintLayer_->label());
    row(tr("Area"), tr("%L1 m² (%L2 ha)").arg(shape.areaM2, 0, 'f', 0).arg(shape.areaM2 / 1e4, 0, 'f', 2));
    row(tr("File"), constraintLayer_->source());
    return out + QStringLiteral("</table>");
}

QString IdentifyPanel::zoneHtml(const std::string& zoneId, const std::string& subareaId) const
{
    const core::Zone* zone = data_ ? data_->zones.zone(zoneId) : nullptr;
    if (!zone)
        return {};
    const core::Wording words(language_);
    const bool zh = words.chinese();
    QString out = QStringLiteral("<h3>%1</h3><p>%2 — %L3 km²</p>")
                      .arg(html(zh ? zone->nameZh : zone->nameEn), html(zh ? zone->nameEn : zone->nameZh))
                      .arg(zone->areaM2 / 1e6, 0, 'f', 2);
    out += QStringLiteral("<p>%1 %2</p>").arg(tr("Zone set:"), html(data_->zones.info().label()));
    if (const core::ZoneRegion* subarea = zone->subarea(subareaId)) {
        out += QStringLiteral("<p><b>%1</b> %2 — %L3 km²</p>")
                   .arg(tr("Sub-area:"), html(zh ? subarea->nameZh : subarea->nameEn))
                   .arg(subarea->areaM2 / 1e6, 0, 'f', 2);
    }
    out += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Designated industries"));
    for (const core::Designation* d :
         core::designationsIn(data_->designations, zoneId, core::DesignationScope::ZoneWideAndSubarea, subareaId)) {
        const core::Industry* industry = data_->catalogue.find(d->industryCode);
        const QString name = industry ? QString::fromStdString(zh ? industry->nameZh : industry->nameEn)
                                      : QString::fromStdString(d->industryCode);
        const QString where = d->subareaId.empty() ? QString()
                                                   : QStringLiteral(" (%1)").arg(words.subareaName(data_->zones, zoneId, d->subareaId));
        out += QStringLiteral("<li><b>%1</b>%2<br><small>“%3”<br><i>%4</i></small></li>")
                   .arg(name.toHtmlEscaped(), where.toHtmlEscaped(), html(d->provenanceZh), html(d->provenanceEn));
    }
    out += QStringLiteral("</ul><h4>%1</h4><table cellspacing=4><tr><th></th><th>2022</th><th>2025</th></tr>")
               .arg(tr("The guideline's targets (whole pilot zone)"));
    for (const auto& t : data_->targets) {
        const QString unit = QString::fromStdString(zh ? t.unitZh : t.unitEn);
        out += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4 %3</td></tr>")
                   .arg(html(zh ? t.nameZh : t.nameEn), html(t.target2022), unit.toHtmlEscaped(), html(t.target2025));
    }
    return out + QStringLiteral("</table>");
}

}  // namespace pearlzone::app
