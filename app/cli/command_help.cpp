#include "app/cli/command_help.h"

#include <algorithm>
#include <vector>

namespace pearlzone::cli {

namespace {

// check and map take the same basemap sources.
constexpr const char* kBasemapHelp =
    "Streets or imagery under the map: osm, tianditu-vec, tianditu-img (key in PEARLZONE_TIANDITU_KEY), an XYZ URL "
    "template with {z}/{x}/{y} (gcj02:URL for GCJ-02 tiles), wmts:CAPABILITIES-URL[,layer=ID] for a WMTS service, or "
    "a .mbtiles / .gpkg file. A source that cannot be reached leaves the PDF without it, with a warning.";

// Hidden: for our own programs (the app's worker process), left out of the help.
enum class Presence { Optional, Required, Repeatable, Hidden };

struct OptionEntry {
    const char* command;
    const char* name;
    const char* value;      // nullptr for a flag
    const char* help;       // one line: what it does
    const char* byDefault;  // what happens without it; nullptr when nothing needs saying
    Presence presence = Presence::Optional;
};

struct ArgumentEntry {
    const char* name;
    const char* help;
};

struct CommandEntry {
    const char* name;
    const char* arguments;  // positional arguments in the synopsis, "" for none
    const char* purpose;
    std::vector<ArgumentEntry> argumentHelp;
    std::vector<const char*> notes;     // paragraphs after the options
    std::vector<const char*> examples;  // command lines after "pearlzone-cli "
};

const char* const kParcelsHelp =
    "The parcels: a GeoPackage, Shapefile, GeoJSON, FlatGeobuf, KML, DXF drawing, CSV or spreadsheet (.xlsx, "
    ".xls, .ods), or a PostGIS connection \"PG:dbname=... \".";

const char* const kZoneFieldHelp =
    "The field of the zones layer that names each zone (ids, Chinese or English names, short names such as 琶洲).";
const char* const kZoneFieldDefault = "zone_id, else detected (片区, 片区名称, 名称, name)";

const char* const kMinInsideHelp = "The share of a parcel's area that must lie in one zone for it to count as inside.";
const char* const kCrsDefault = "the file's own; required for files that carry none (CSV, spreadsheets, DXF)";

const std::vector<CommandEntry>& commands()
{
    static const std::vector<CommandEntry> entries = {
        {"check", "PARCELS",
         "Checks whether each parcel lies in a zone of the pilot zone and whether its industry is designated there, "
         "and writes a report with a verdict and a reason for every parcel.",
         {{"PARCELS", kParcelsHelp}},
         {"Tables (CSV, spreadsheets) take their positions from a WKT column or from longitude / latitude columns named "
          "lon, lng, longitude, 经度, x / lat, latitude, 纬度, y; the first row is the header.",
          "In a DXF drawing the closed outlines are the parcels and the text labels inside each are its attributes: a "
          "label that names catalogue industries is its industry, a label that is a land-use class (B2, 0902, 商务用地) "
          "its land use, another label its id. Labels outside every outline "
          "are noted, never guessed.",
          "Exit status: 0 the report was written (whatever the verdicts), 1 bad usage, 2 unusable input, 3 the output "
          "could not be written."},
         {"check parcels.gpkg", "check 项目清单.xlsx --crs EPSG:4326 --out 项目核查.csv",
          "check 规划.dxf --crs EPSG:4547 --pdf 核查报告.pdf", "check 地块.shp --encoding GBK --lang en --out report.gpkg",
          "check parcels.gpkg --near 2 --out 核查.xlsx",
          "check PG:dbname=gis --layer parcels --engine postgis --out PG:dbname=gis --out-layer checked --overwrite"}},
        {"compare", "PARCELS",
         "Checks the parcels against two zone sets (old and new boundaries) and lists only the parcels whose zone, "
         "location or verdict differs, with a sentence saying what changed.",
         {{"PARCELS", kParcelsHelp}},
         {},
         {"compare parcels.gpkg --from zones-2020.gpkg --to zones-2025.gpkg",
          "compare 地块.shp --from 旧边界.shp --to 新边界.shp --zone-field 片区名称 --out 变化.csv"}},
        {"zones", "",
         "Lists the zones and sub-areas of the pilot zone with their areas (computed from the geometry) and the "
         "industries designated in each.",
         {},
         {},
         {"zones", "zones --json", "zones --zones 官方边界.gpkg"}},
        {"industries", "",
         "Lists the industry catalogue as a tree: codes, names in Chinese and English, GB/T 4754-2017 classes, and "
         "where each industry is designated.",
         {},
         {"Any of these names, codes and aliases may be written in a parcel's industry field."},
         {"industries", "industries --json"}},
        {"map", "",
         "Draws the pilot zone, the river and optionally checked parcels as a vector PDF map with legend, scale bar, "
         "north arrow and the data-source note.",
         {},
         {},
         {"map --out 试验区.pdf", "map --out map.pdf --parcels parcels.gpkg --paper A3 --landscape --lang en",
          "map --out 项目分布.pdf --parcels 项目清单.xlsx --crs EPSG:4326"}},

        {"land-uses", "",
         "Lists the planned land-use classes (用地性质) as trees: the national scheme (0902, ...), GB 50137-2011 "
         "(B2, M1, ...) with the national class each corresponds to, and Guangzhou's M0.",
         {},
         {"Any of these codes, names and aliases may be written in a parcel's land-use field; mixed uses are written "
          "0902/0901 or B2+M0."},
         {"land-uses", "land-uses --json"}},
    };
    return entries;
}

const std::vector<OptionEntry>& options()
{
    static const std::vector<OptionEntry> entries = {
        {"check", "layer", "NAME", "The layer to read, or the sheet of a spreadsheet.", "the first"},
        {"check", "zones", "ZONES", "A zones layer to check against, with the fields zone_id, subarea_id, name_zh, name_en.",
         "the bundled zones"},
        {"check", "zone-field", "F", kZoneFieldHelp, kZoneFieldDefault},
        {"check", "id-field", "F", "The field holding each parcel's id.",
         "detected (parcel_id, id, 地块编号, DKBH, 编号, 项目名称); else the feature id or row number"},
        {"check", "industry-field", "F",
         "The field holding each parcel's industries; several may be separated by ; 、 , or /.",
         "detected (industry, 产业, 行业, 产业类型, ...); with none, every industry is 'missing' and a warning says so"},
        {"check", "land-use-field", "F", "The field holding each parcel's planned land use (用地性质), e.g. 0902 or B2.",
         "detected (land_use, 用地性质, 用地类型, 用地代码, YDXZ, YDDM, DLBM, 地类编码); with none, land use is not checked"},
        {"check", "no-land-use", nullptr, "Do not check land use, even when a land-use field is detected.", nullptr},
        {"check", "constraints", "SOURCE",
         "A layer of constraint lines (生态保护红线, 永久基本农田, 河道蓝线, ...) with fields name, kind, rule "
         "(prohibited or restricted); give it once per layer.",
         "none", Presence::Repeatable},
        {"check", "constraint-layer", "NAME",
         "The layer of a --constraints source: the first --constraint-layer is for the first --constraints, and so on "
         "(give one for each, \"\" for the first layer).",
         "the first layer of each", Presence::Repeatable},
        {"check", "constraint-rule", "prohibited|restricted|field",
         "The rule for every line of a --constraints source, matched like --constraint-layer; field: each line's rule "
         "field.",
         "field (prohibited where a line has none)", Presence::Repeatable},
        {"check", "crs", "CRS",
         "The CRS of the parcels' coordinates: EPSG:4547, EPSG:4326, any CRS PROJ knows, or GCJ02 / BD09 for "
         "coordinates taken from AMap / Baidu maps.",
         kCrsDefault},
        {"check", "encoding", "ENC", "The text encoding of a file that does not say its own, e.g. GBK.",
         "the .cpg, the .dbf's language byte or the DXF's code page; else UTF-8, or GB18030 for Chinese text "
         "(the summary says so)"},
        {"check", "min-inside", "R", kMinInsideHelp, "0.99"},
        {"check", "lang", "zh|en", "The language of the reasons and of the PDF.", "zh"},
        {"check", "out", "REPORT",
         "The report to write: .csv (UTF-8 for Excel), .geojson, .gpkg, .xlsx (a results and a summary sheet), or a "
         "PostGIS connection \"PG:dbname=... \" (a table, and the run in pearlzone_runs).",
         "<PARCELS name>.check.csv in the current folder"},
        {"check", "out-layer", "TABLE", "The table of a PG: report (schema.table allowed).", "pearlzone_report"},
        {"check", "overwrite", nullptr, "Replace an existing table of a PG: report.", "an existing table is an error"},
        {"check", "near", "KM",
         "Read only the parcels whose extent lies within KM of the zones (the source's spatial index serves it); the "
         "summary says how many were left out.",
         "every parcel"},
        {"check", "engine", "local|postgis",
         "Where the location check runs: here, or in the database next to the parcels of a PG: source (constraint "
         "lines are still checked here).",
         "local"},
        {"check", "pdf", "REPORT.pdf", "Also write the report as a PDF: summary, map and the table of parcels.", nullptr},
        {"check", "pdf-rows", "attention|all|none",
         "Which parcels the PDF's table lists, grouped by zone and sub-area with a bookmark each: attention, those that "
         "need a planner (in or partly in a zone and not pass, and every error); all; or none (summary and map only). "
         "The cover says how many are not listed.",
         "attention"},
        {"check", "basemap", "SOURCE",
         kBasemapHelp,
         "none"},
        {"check", "tile-cache", "DIR", "The folder for downloaded tiles, reused offline.",
         "pearlzone/tiles in the user's cache folder"},
        {"check", "threads", "N", "The number of worker threads.", "one per processor core"},
        {"check", "quiet", nullptr, "No progress bar and no summary (warnings are still printed).", nullptr},
        {"check", "verbose", nullptr, "Also print what GDAL and GEOS said, in their own words, for a problem's details.",
         nullptr},
        {"check", "app-results", "FILE",
         "For the desktop app's worker process: write the check stream to FILE instead of a report, with progress and "
         "failures as lines on stdout.",
         nullptr, Presence::Hidden},

        {"zones", "zones", "ZONES", "A zones layer to list instead of the bundled one.", "the bundled zones"},
        {"compare", "from", "ZONES_A", "The old zones layer (the boundaries compared from).", nullptr, Presence::Required},
        {"compare", "to", "ZONES_B", "The new zones layer (the boundaries compared to).", nullptr, Presence::Required},
        {"compare", "zone-field", "F",
         "The field of the zones layers that names each zone; it applies to whichever of the two layers has it.",
         kZoneFieldDefault},
        {"compare", "layer", "NAME", "The layer of PARCELS to read, or the sheet of a spreadsheet.", "the first"},
        {"compare", "id-field", "F", "The field holding each parcel's id, as for check.", "detected, as for check"},
        {"compare", "industry-field", "F", "The field holding each parcel's industries, as for check.",
         "detected, as for check"},
        {"compare", "land-use-field", "F", "The field holding each parcel's planned land use, as for check.",
         "detected, as for check"},
        {"compare", "no-land-use", nullptr, "Do not check land use, as for check.", nullptr},
        {"compare", "constraints", "SOURCE", "A layer of constraint lines, as for check; give it once per layer.", "none",
         Presence::Repeatable},
        {"compare", "constraint-layer", "NAME", "The layer of a --constraints source, as for check.", "the first layer of each",
         Presence::Repeatable},
        {"compare", "constraint-rule", "prohibited|restricted|field", "The rule for a --constraints source, as for check.",
         "field", Presence::Repeatable},
        {"compare", "crs", "CRS", "The CRS of the parcels' coordinates, as for check.",
         kCrsDefault},
        {"compare", "encoding", "ENC", "The text encoding of a parcel file that does not say its own, e.g. GBK.",
         "as for check"},
        {"compare", "min-inside", "R", kMinInsideHelp, "0.99"},
        {"compare", "lang", "zh|en", "The language of the sentences and of the PDF.", "zh"},
        {"compare", "out", "CHANGES", "The list of changed parcels to write: .csv, .geojson, .gpkg or .xlsx.",
         "<PARCELS name>.compare.csv in the current folder"},
        {"compare", "pdf", "CHANGES.pdf", "Also write the changes as a PDF: the zone sets, the counts, a map and the table.",
         nullptr},
        {"compare", "threads", "N", "The number of worker threads.", "one per processor core"},
        {"compare", "quiet", nullptr, "No progress bar and no summary (warnings are still printed).", nullptr},
        {"compare", "verbose", nullptr, "Also print what GDAL and GEOS said, in their own words, for a problem's details.",
         nullptr},

        {"zones", "zone-field", "F", kZoneFieldHelp, kZoneFieldDefault},
        {"zones", "json", nullptr, "Print JSON: zone_id, names, area_km2, sub-areas, industries.", "text"},

        {"industries", "json", nullptr, "Print JSON: code, names, aliases, parent, gbt4754.", "text"},

        {"map", "out", "MAP.pdf", "The PDF to write.", nullptr, Presence::Required},
        {"map", "parcels", "PARCELS", "Parcels to check and draw, coloured by verdict (any input check reads).",
         "no parcels"},
        {"map", "layer", "NAME", "The layer of PARCELS to read, or the sheet of a spreadsheet.", "the first"},
        {"map", "crs", "CRS", "The CRS of the parcels' coordinates, as for check.",
         kCrsDefault},
        {"map", "encoding", "ENC", "The text encoding of a parcel file that does not say its own, e.g. GBK.",
         "as for check"},
        {"map", "zones", "ZONES", "A zones layer to draw instead of the bundled one.", "the bundled zones"},
        {"map", "zone-field", "F", kZoneFieldHelp, kZoneFieldDefault},
        {"map", "title", "T", "The map's title.", "the pilot zone's name"},
        {"map", "paper", "A4|A3", "The paper size.", "A4"},
        {"map", "landscape", nullptr, "Landscape instead of portrait.", "portrait"},
        {"map", "lang", "zh|en", "The language of the title, legend and notes.", "zh"},
        {"map", "basemap", "SOURCE",
         kBasemapHelp,
         "none"},
        {"map", "tile-cache", "DIR", "The folder for downloaded tiles, reused offline.",
         "pearlzone/tiles in the user's cache folder"},

        {"land-uses", "json", nullptr, "Print JSON: code, scheme, names, aliases, parent, crosswalk, source.", "text"},

    };
    return entries;
}

const CommandEntry* findCommand(const QString& name)
{
    for (const auto& entry : commands()) {
        if (name == QString::fromUtf8(entry.name))
            return &entry;
    }
    return nullptr;
}

QString optionSpelling(const OptionEntry& option)
{
    QString text = QStringLiteral("--") + QString::fromUtf8(option.name);
    if (option.value)
        text += QStringLiteral(" ") + QString::fromUtf8(option.value);
    return text;
}

// Words wrapped at width columns, starting at column start; later lines indented by indent.
QString wrapped(const QString& text, int indent, int start, int width = 100)
{
    QString out;
    int column = start;
    bool first = true;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!first && column + 1 + word.size() > width) {
            out += QStringLiteral("\n") + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (!first) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += static_cast<int>(word.size());
        first = false;
    }
    return out;
}

// "name  help", the help starting at a fixed column and wrapped under itself.
QString helpLine(const QString& name, const QString& help)
{
    constexpr int kHelpColumn = 28;
    QString line = QStringLiteral("  ") + name;
    if (line.size() + 2 > kHelpColumn)
        line += QStringLiteral("\n") + QString(kHelpColumn, QLatin1Char(' '));
    else
        line += QString(kHelpColumn - line.size(), QLatin1Char(' '));
    return line + wrapped(help, kHelpColumn, kHelpColumn) + QStringLiteral("\n");
}

}  // namespace

QList<QCommandLineOption> commandOptions(const QString& command)
{
    QList<QCommandLineOption> list;
    for (const auto& option : options()) {
        if (command != QString::fromUtf8(option.command))
            continue;
        const QString name = QString::fromUtf8(option.name);
        const QString help = QString::fromUtf8(option.help);
        list << (option.value ? QCommandLineOption(name, help, QString::fromUtf8(option.value)) : QCommandLineOption(name, help));
        if (option.presence == Presence::Hidden)
            list.back().setFlags(QCommandLineOption::HiddenFromHelp);
    }
    return list;
}

QString commandSynopsis(const QString& command)
{
    const CommandEntry* entry = findCommand(command);
    if (!entry)
        return {};
    QString text = QStringLiteral("pearlzone-cli ") + command;
    if (*entry->arguments)
        text += QStringLiteral(" ") + QString::fromUtf8(entry->arguments);
    // An option and its value never part at the end of a line: spaces in it are non-breaking
    // while the line is wrapped.
    const QChar keepTogether(0x00A0);
    QStringList parts;
    for (const auto& option : options()) {
        if (command != QString::fromUtf8(option.command) || option.presence == Presence::Hidden)
            continue;
        if (option.presence == Presence::Required)
            parts << optionSpelling(option).replace(QLatin1Char(' '), keepTogether);
        else
            parts << QStringLiteral("[") + optionSpelling(option).replace(QLatin1Char(' '), keepTogether) +
                         QStringLiteral("]") + (option.presence == Presence::Repeatable ? QStringLiteral("...") : QString());
    }
    // Required options first, as a planner must type them.
    std::stable_partition(parts.begin(), parts.end(), [](const QString& part) { return !part.startsWith(QLatin1Char('[')); });
    const int indent = static_cast<int>(text.size()) + 1;
    return text + QStringLiteral(" ") + wrapped(parts.join(QLatin1Char(' ')), indent, indent).replace(keepTogether, QLatin1Char(' '));
}

QString commandHelp(const QString& command)
{
    const CommandEntry* entry = findCommand(command);
    if (!entry)
        return {};
    QString text = QStringLiteral("Usage: ") + commandSynopsis(command) + QStringLiteral("\n\n");
    text += wrapped(QString::fromUtf8(entry->purpose), 0, 0) + QStringLiteral("\n");
    if (!entry->argumentHelp.empty()) {
        text += QStringLiteral("\nArguments:\n");
        for (const auto& argument : entry->argumentHelp)
            text += helpLine(QString::fromUtf8(argument.name), QString::fromUtf8(argument.help));
    }
    text += QStringLiteral("\nOptions:\n");
    for (const auto& option : options()) {
        if (command != QString::fromUtf8(option.command) || option.presence == Presence::Hidden)
            continue;
        QString help = QString::fromUtf8(option.help);
        if (option.presence == Presence::Required)
            help += QStringLiteral(" Required.");
        if (option.presence == Presence::Repeatable)
            help += QStringLiteral(" May be given several times.");
        if (option.byDefault)
            help += QStringLiteral(" Default: ") + QString::fromUtf8(option.byDefault) + QStringLiteral(".");
        text += helpLine(optionSpelling(option), help);
    }
    text += helpLine(QStringLiteral("-h, --help"), QStringLiteral("Show this help and exit (anywhere on the line)."));
    for (const char* note : entry->notes)
        text += QStringLiteral("\n") + wrapped(QString::fromUtf8(note), 0, 0) + QStringLiteral("\n");
    text += QStringLiteral("\nExamples:\n");
    for (const char* example : entry->examples)
        text += QStringLiteral("  pearlzone-cli ") + QString::fromUtf8(example) + QStringLiteral("\n");
    return text;
}

QString programUsage()
{
    QString text = QStringLiteral("Usage:\n");
    for (const auto& entry : commands())
        text += QStringLiteral("  ") + commandSynopsis(QString::fromUtf8(entry.name)).replace(QStringLiteral("\n"), QStringLiteral("\n  ")) +
                QStringLiteral("\n");
    text += QStringLiteral("  pearlzone-cli COMMAND --help\n  pearlzone-cli --version | --help\n\nCommands:\n");
    for (const auto& entry : commands())
        text += helpLine(QString::fromUtf8(entry.name), QString::fromUtf8(entry.purpose));
    return text;
}

bool asksForHelp(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
}

}  // namespace pearlzone::cli
