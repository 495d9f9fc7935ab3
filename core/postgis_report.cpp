#include "core/postgis_report.h"

#include "core/check_errors.h"
#include "core/report_words.h"
#include "core/report_writer.h"

#include <QString>
#include <QUuid>

namespace pearlzone::core {

namespace {

// Serialises only the creation of pearlzone_runs between concurrent runs (any fixed number).
constexpr const char* kRunsLockKey = "734512091";

const char* const kCreateRunsTable =
    "CREATE TABLE IF NOT EXISTS pearlzone_runs ("
    " run_id text PRIMARY KEY, started_at timestamptz NOT NULL, finished_at timestamptz NOT NULL,"
    " db_user text NOT NULL, input text NOT NULL, checksum text, query text, zone_set text, rules text NOT NULL,"
    " engine text NOT NULL, parcels bigint NOT NULL, pass bigint NOT NULL, review bigint NOT NULL,"
    " fail bigint NOT NULL, error bigint NOT NULL, by_zone jsonb NOT NULL, report_table text NOT NULL)";


std::string jsonString(const std::string& text)
{
    std::string json = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            json += '\\';
        json += c;
    }
    return json + "\"";
}

std::int64_t countOf(const BatchSummary& summary, Verdict verdict)
{
    const auto it = summary.byVerdict.find(verdict);
    return it == summary.byVerdict.end() ? 0 : it->second;
}

std::string rulesText(const ReportRun& run)
{
    return "min_inside=" + QString::number(run.minInside).toStdString() + ";lang=" + (run.language == Language::Chinese ? "zh" : "en");
}

}  // namespace

std::string sqlLiteral(const std::string& text)
{
    std::string literal = "'";
    for (char c : text)
        literal += c == '\'' ? std::string("''") : std::string(1, c);
    return literal + "'";
}

std::string sqlIdentifier(const std::string& name)
{
    std::string quoted = "\"";
    for (char c : name)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string sqlTableName(const std::string& name)
{
    const auto dot = name.find('.');
    if (dot == std::string::npos)
        return sqlIdentifier(name);
    return sqlIdentifier(name.substr(0, dot)) + "." + sqlIdentifier(name.substr(dot + 1));
}

void requirePostgis(TableOutput& table)
{
    try {
        table.execute("DO $$BEGIN PERFORM postgis_version(); END$$");
    } catch (const OutputError&) {
        throw NoPostgisError(table.destination() + ": the database has no PostGIS (CREATE EXTENSION postgis)");
    }
}

std::string recordPostgisRun(TableOutput& writer, const ReportOptions& options, const BatchSummary& summary)
{
    const ReportRun& run = options.run;
    const std::string runId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    const std::string table = sqlTableName(options.outLayer);
    writer.execute("COMMENT ON TABLE " + table + " IS " +
                   sqlLiteral("Pearlzone check report, run " + runId + " (pearlzone_runs)"));
    for (const auto& field : reportFields())
        writer.execute("COMMENT ON COLUMN " + table + "." + sqlIdentifier(field.name) + " IS " +
                       sqlLiteral(columnHeading(field.name, run.language)));
    writer.execute("COMMENT ON COLUMN " + table + ".geom IS " + sqlLiteral("EPSG:4547"));

    writer.execute(std::string("DO $$BEGIN PERFORM pg_advisory_xact_lock(") + kRunsLockKey + "); " +
                   kCreateRunsTable + "; END$$");
    std::string byZone = "{";
    for (const auto& [zone, count] : summary.byZone)
        byZone += (byZone.size() > 1 ? "," : "") + jsonString(zone) + ":" + std::to_string(count);
    byZone += "}";
    writer.execute(
        "INSERT INTO pearlzone_runs (run_id, started_at, finished_at, db_user, input, checksum, query, zone_set,"
        " rules, engine, parcels, pass, review, fail, error, by_zone, report_table) VALUES (" +
        sqlLiteral(runId) + ", " + sqlLiteral(run.checkedAt) + "::timestamptz, clock_timestamp(), current_user, " +
        sqlLiteral(withoutPassword(run.input)) + ", " + (run.checksum.empty() ? "NULL" : sqlLiteral(run.checksum)) +
        ", " + (run.query.empty() ? "NULL" : sqlLiteral(run.query)) + ", " +
        (run.zoneSet.empty() ? "NULL" : sqlLiteral(run.zoneSet)) + ", " + sqlLiteral(rulesText(run)) + ", " +
        sqlLiteral(run.engine) + ", " + std::to_string(summary.total) + ", " +
        std::to_string(countOf(summary, Verdict::Pass)) + ", " + std::to_string(countOf(summary, Verdict::Review)) +
        ", " + std::to_string(countOf(summary, Verdict::Fail)) + ", " +
        std::to_string(countOf(summary, Verdict::Error)) + ", " + sqlLiteral(byZone) + "::jsonb, " +
        sqlLiteral(options.outLayer) + ")");
    return runId;
}

}  // namespace pearlzone::core
