#include "app/drawn_parcels_document.h"

#include "core/check_errors.h"
#include "core/drawn_parcels_file.h"
#include "gis/error.h"
#include "gis/geometry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pearlzone::app {

namespace {

std::vector<core::DrawnParcelRecord> recordsOf(const std::vector<DrawnParcel>& parcels)
{
    std::vector<core::DrawnParcelRecord> records;
    for (const auto& parcel : parcels)
        records.push_back({parcel.id.toStdString(), parcel.industry.toStdString(), parcel.wkb, parcel.result.verdict,
                           parcel.result.reason});
    return records;
}

}  // namespace

DrawnParcelsDocument::DrawnParcelsDocument(std::shared_ptr<const core::PilotZoneData> data, core::Language language,
                                           QObject* parent)
    : QObject(parent), data_(std::move(data)), language_(language)
{
    afterChange(false);
}

DrawnParcelsDocument::~DrawnParcelsDocument() = default;

core::ParcelResult DrawnParcelsDocument::check(const std::vector<unsigned char>& wkb, const QString& id, const QString& industry)
{
    try {
        if (!checker_) {
            core::CheckSettings settings;
            settings.language = language_;
            checker_ = std::make_unique<core::ParcelChecker>(*data_, settings, constraints_.get());
        }
        return checker_->check(id.toStdString(), gis::Geometry::fromWkb(wkb), industry.toStdString());
    } catch (const gis::Error& error) {
        // A GEOS failure on one outline: the parcel stays, with the reason, never a crash.
        core::ParcelResult result;
        result.parcelId = id.toStdString();
        result.industry = industry.toStdString();
        result.verdict = core::Verdict::Error;
        result.location = core::Location::Error;
        result.reason = error.what();
        return result;
    }
}

DrawnParcel DrawnParcelsDocument::makeParcel(const std::vector<unsigned char>& wkb, const QString& industry)
{
    DrawnParcel parcel;
    // The next free number, also past parcels restored from an earlier session.
    parcel.id = tr("Drawn-%1").arg(++counter_);
    parcel.industry = industry;
    parcel.wkb = wkb;
    parcel.result = check(parcel.wkb, parcel.id, industry);
    return parcel;
}

void DrawnParcelsDocument::insert(std::size_t index, DrawnParcel parcel)
{
    index = std::min(index, parcels_.size());
    parcels_.insert(parcels_.begin() + static_cast<std::ptrdiff_t>(index), std::move(parcel));
    afterChange(true);
}

DrawnParcel DrawnParcelsDocument::take(std::size_t index)
{
    DrawnParcel parcel = std::move(parcels_.at(index));
    parcels_.erase(parcels_.begin() + static_cast<std::ptrdiff_t>(index));
    afterChange(true);
    return parcel;
}

void DrawnParcelsDocument::setIndustry(std::size_t index, const QString& industry)
{
    DrawnParcel& parcel = parcels_.at(index);
    parcel.industry = industry;
    parcel.result = check(parcel.wkb, parcel.id, industry);
    afterChange(true);
}

void DrawnParcelsDocument::setOutline(std::size_t index, const std::vector<unsigned char>& wkb)
{
    DrawnParcel& parcel = parcels_.at(index);
    parcel.wkb = wkb;
    parcel.result = check(parcel.wkb, parcel.id, parcel.industry);
    afterChange(true);
}

void DrawnParcelsDocument::setData(std::shared_ptr<const core::PilotZoneData> data)
{
    data_ = std::move(data);
    recheckAll();
}

void DrawnParcelsDocument::setLanguage(core::Language language)
{
    if (language == language_)
        return;
    language_ = language;
    recheckAll();
}

void DrawnParcelsDocument::setConstraints(std::shared_ptr<const core::ConstraintSet> constraints)
{
    checker_.reset();  // before the set it points into goes
    constraints_ = std::move(constraints);
    recheckAll();
}

void DrawnParcelsDocument::recheckAll()
{
    checker_.reset();
    for (auto& parcel : parcels_)
        parcel.result = check(parcel.wkb, parcel.id, parcel.industry);
    afterChange(false);
}

void DrawnParcelsDocument::afterChange(bool modifies)
{
    modified_ = modified_ || modifies;
    auto layer = std::make_shared<CheckedLayer>();
    layer->name = tr("Drawn parcels");
    layer->drawn = true;
    layer->checkedAt = QDateTime::currentDateTime();
    for (const auto& parcel : parcels_) {
        layer->append({parcel.result, std::nullopt, parcel.wkb});
        layer->summary.count(parcel.result);
    }
    layer->finish();
    layer_ = std::move(layer);
    if (modifies && !autosavePath_.isEmpty()) {
        try {
            QDir().mkpath(QFileInfo(autosavePath_).absolutePath());
            core::writeDrawnParcels(autosavePath_.toStdString(), recordsOf(parcels_));
        } catch (const gis::Error& error) {
            emit autosaveFailed(QString::fromUtf8(error.what()));
        }
    }
    emit changed();
}

void DrawnParcelsDocument::saveTo(const QString& path)
{
    core::writeDrawnParcels(path.toStdString(), recordsOf(parcels_));
    modified_ = false;
}

bool DrawnParcelsDocument::restore()
{
    if (autosavePath_.isEmpty() || !QFileInfo::exists(autosavePath_))
        return false;
    std::vector<core::DrawnParcelRecord> records;
    try {
        records = core::readDrawnParcels(autosavePath_.toStdString());
    } catch (const gis::Error& error) {
        emit autosaveFailed(QString::fromUtf8(error.what()));
        return false;
    }
    static const QRegularExpression number(QStringLiteral("(\\d+)$"));
    for (auto& record : records) {
        DrawnParcel parcel;
        parcel.id = QString::fromStdString(record.id);
        parcel.industry = QString::fromStdString(record.industry);
        parcel.wkb = std::move(record.wkb);
        parcel.result = check(parcel.wkb, parcel.id, parcel.industry);
        if (const auto match = number.match(parcel.id); match.hasMatch())
            counter_ = std::max(counter_, match.captured(1).toInt());
        parcels_.push_back(std::move(parcel));
    }
    // Restored work is as unsaved as it was when the app ended.
    modified_ = !parcels_.empty();
    afterChange(false);
    return !parcels_.empty();
}

}  // namespace pearlzone::app
