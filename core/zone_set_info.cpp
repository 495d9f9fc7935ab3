#include "core/zone_set_info.h"

#include "core/atomic_output.h"
#include "core/check_errors.h"
#include "gis/utf8_path.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <utility>

namespace pearlzone::core {

namespace {

// The sidecar's keys and the members they fill, in the order a sidecar is written.
const std::pair<const char*, std::string ZoneSetInfo::*> kFields[] = {
    {"name", &ZoneSetInfo::name},
    {"version", &ZoneSetInfo::version},
    {"date", &ZoneSetInfo::date},
    {"source_document", &ZoneSetInfo::sourceDocument},
    {"issuer", &ZoneSetInfo::issuer},
    {"note", &ZoneSetInfo::note},
};

}  // namespace

std::string ZoneSetInfo::label() const
{
    return version.empty() ? name : name + " " + version;
}

std::string zoneSetSidecarPath(const std::string& zonesSource)
{
    if (zonesSource.rfind("PG:", 0) == 0 || zonesSource.empty())
        return {};
    return zonesSource + ".zoneset.json";
}

ZoneSetInfo loadZoneSetInfo(const std::string& zonesSource)
{
    ZoneSetInfo info;
    info.name = gis::pathToUtf8(gis::pathFromUtf8(zonesSource).filename());
    const std::string sidecar = zoneSetSidecarPath(zonesSource);
    std::error_code error;
    if (sidecar.empty() || !std::filesystem::is_regular_file(gis::pathFromUtf8(sidecar), error))
        return info;
    QFile file(QString::fromStdString(sidecar));
    if (!file.open(QIODevice::ReadOnly))
        throw gis::Error(sidecar + ": cannot be read (" + file.errorString().toStdString() + ")");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        throw gis::Error(sidecar + ": not a zone set description (a JSON object with name, version, date, "
                                   "source_document, issuer, note): " + parseError.errorString().toStdString());
    const QJsonObject object = document.object();
    for (const auto& [key, member] : kFields) {
        const QJsonValue value = object.value(QString::fromLatin1(key));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            throw gis::Error(sidecar + ": '" + key + "' must be text");
        info.*member = value.toString().trimmed().toStdString();
    }
    info.sidecar = sidecar;
    return info;
}

std::vector<std::pair<std::string, std::string>> zoneSetMetadata(const ZoneSetInfo& info, const std::string& zonesSource,
                                                                 const std::string& suffix)
{
    return {{"PEARLZONE_ZONE_SET" + suffix, info.label()},
            {"PEARLZONE_ZONE_SET_DATE" + suffix, info.date},
            {"PEARLZONE_ZONE_SET_SOURCE_DOCUMENT" + suffix, info.sourceDocument},
            {"PEARLZONE_ZONE_SET_ISSUER" + suffix, info.issuer},
            {"PEARLZONE_ZONES" + suffix, zonesSource}};
}

void saveZoneSetInfo(const ZoneSetInfo& info, const std::string& zonesSource)
{
    const std::string sidecar = zoneSetSidecarPath(zonesSource);
    if (sidecar.empty())
        throw OutputError(zonesSource + ": a zone set description is written beside a file");
    QJsonObject object;
    for (const auto& [key, member] : kFields)
        object.insert(QString::fromLatin1(key), QString::fromStdString(info.*member));
    AtomicOutput output(sidecar);
    QFile file(QString::fromStdString(output.temporaryPath()));
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        throw OutputError(sidecar + ": cannot be written (" + file.errorString().toStdString() + ")");
    file.close();
    output.commit();
}

}  // namespace pearlzone::core
