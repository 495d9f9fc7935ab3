#include "core/check_report_contents.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>
#include <vector>

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
    // OpenSSL's SHA-256 uses the CPU's SHA instructions where it has them: several times
    // faster than QCryptographicHash on a report's input of hundreds of MB. QFile opens the
    // path as Unicode on every platform; the bytes are read a chunk at a time.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    std::vector<char> chunk(std::size_t{1} << 20);
    for (;;) {
        const qint64 read = file.read(chunk.data(), static_cast<qint64>(chunk.size()));
        if (read < 0)
            return {};
        if (read == 0)
            break;
        if (EVP_DigestUpdate(context.get(), chunk.data(), static_cast<std::size_t>(read)) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), static_cast<int>(length)).toHex());
}

}  // namespace pearlzone::core
