#include "core/check_report_contents.h"

#include <QCryptographicHash>
#include <QFile>

namespace pearlzone::core {

CheckReportContents checkReportContents(const QString& source, const QString& layer, const QString& crs, double minInside,
                                        const QDateTime& checkedAt, const BatchSummary& summary,
                                        const std::vector<CheckedParcel>* parcels, const ZoneSet* zones,
                                        const std::optional<QString>& checksum)
{
    CheckReportContents contents;
    contents.source = source;
    contents.layer = layer;
    contents.crs = crs;
    contents.minInside = minInside;
    contents.checkedAt = checkedAt;
    contents.checksum = checksum ? *checksum : fileChecksum(source);
    contents.summary = summary;
    contents.parcels = parcels;
    contents.zones = zones;
    return contents;
}

QString fileChecksum(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

}  // namespace pearlzone::core
