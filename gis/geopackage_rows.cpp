#include "gis/geopackage_rows.h"

#include "gis/error.h"

#include <sqlite3.h>

#include <cstdlib>
#include <cstring>

namespace pearlzone::gis {

namespace {

std::string quoted(const std::string& name)
{
    std::string out = "\"";
    for (const char c : name)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

std::uint32_t littleEndian32(const unsigned char* p)
{
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

constexpr std::uint32_t kPoint = 1, kPolygon = 3, kMultiPolygon = 6;

// Walks a little-endian 2D polygon at p (at most end); the byte past it, or null.
const unsigned char* polygonEnd(const unsigned char* p, const unsigned char* end)
{
    if (end - p < 9 || p[0] != 1 || littleEndian32(p + 1) != kPolygon)
        return nullptr;
    const std::uint32_t rings = littleEndian32(p + 5);
    p += 9;
    if (rings == 0)
        return nullptr;  // empty: OGR's to read
    for (std::uint32_t r = 0; r < rings; ++r) {
        if (end - p < 4)
            return nullptr;
        const std::uint64_t points = littleEndian32(p);
        p += 4;
        if (static_cast<std::uint64_t>(end - p) < 16 * points)
            return nullptr;
        p += 16 * points;
    }
    return p;
}

// Whether wkb (size bytes) is a plain little-endian 2D point, polygon or multipolygon.
bool plainWkb(const unsigned char* wkb, std::size_t size)
{
    const unsigned char* end = wkb + size;
    if (size < 5 || wkb[0] != 1)
        return false;
    switch (littleEndian32(wkb + 1)) {
    case kPoint: return size == 21;
    case kPolygon: return polygonEnd(wkb, end) == end;
    case kMultiPolygon: {
        if (size < 9)
            return false;
        const std::uint32_t parts = littleEndian32(wkb + 5);
        const unsigned char* p = wkb + 9;
        for (std::uint32_t i = 0; i < parts && p; ++i)
            p = polygonEnd(p, end);
        return parts > 0 && p == end;
    }
    default: return false;
    }
}

}  // namespace

struct GeoPackageRows::Handles {
    sqlite3* database = nullptr;
    sqlite3_stmt* rows = nullptr;
    ~Handles()
    {
        sqlite3_finalize(rows);
        sqlite3_close(database);
    }
};

bool ogrOnlyByEnvironment()
{
    const char* value = std::getenv("PEARLZONE_OGR_ONLY");
    return value && *value && std::string(value) != "0";
}

std::unique_ptr<GeoPackageRows> GeoPackageRows::open(const std::string& path, const std::string& table,
                                                     const std::string& fidColumn, const std::string& geometryColumn,
                                                     const std::vector<std::string>& textColumns)
{
    if (fidColumn.empty() || ogrOnlyByEnvironment())
        return nullptr;
    std::unique_ptr<GeoPackageRows> reader(new GeoPackageRows());
    reader->handles_ = std::make_unique<Handles>();
    Handles& h = *reader->handles_;
    // Read-only, no shared cache, no URI tricks: a local file as it is.
    if (sqlite3_open_v2(path.c_str(), &h.database, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return nullptr;
    // A table (not a view) that the GeoPackage lists as features, with this geometry column.
    sqlite3_stmt* check = nullptr;
    const std::string listed =
        "SELECT 1 FROM gpkg_contents c JOIN sqlite_master m ON m.name = c.table_name AND m.type = 'table' "
        "WHERE c.table_name = ?1 AND c.data_type = 'features'" +
        std::string(geometryColumn.empty() ? "" : " AND EXISTS (SELECT 1 FROM gpkg_geometry_columns g WHERE "
                                                  "g.table_name = ?1 AND g.column_name = ?2)");
    bool plain = sqlite3_prepare_v2(h.database, listed.c_str(), -1, &check, nullptr) == SQLITE_OK &&
                 sqlite3_bind_text(check, 1, table.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
                 (geometryColumn.empty() ||
                  sqlite3_bind_text(check, 2, geometryColumn.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK) &&
                 sqlite3_step(check) == SQLITE_ROW;
    sqlite3_finalize(check);
    if (!plain)
        return nullptr;
    std::string select = "SELECT " + quoted(fidColumn) + (geometryColumn.empty() ? "" : ", " + quoted(geometryColumn));
    for (const auto& column : textColumns)
        select += ", " + quoted(column);
    select += " FROM " + quoted(table);  // the order OGR reads in: the table's, by fid
    if (sqlite3_prepare_v2(h.database, select.c_str(), -1, &h.rows, nullptr) != SQLITE_OK)
        return nullptr;
    reader->path_ = path;
    reader->table_ = table;
    reader->geometry_ = !geometryColumn.empty();
    reader->texts_ = textColumns.size();
    return reader;
}

GeoPackageRows::~GeoPackageRows() = default;

GeoPackageRows::Row GeoPackageRows::next(std::int64_t& fid, std::vector<unsigned char>& wkb,
                                         std::vector<std::string>& texts)
{
    sqlite3_stmt* rows = handles_->rows;
    if (done_)
        return Row::End;  // (stepping on would start the statement again)
    const int step = sqlite3_step(rows);
    if (step == SQLITE_DONE) {
        done_ = true;
        return Row::End;
    }
    if (step != SQLITE_ROW || sqlite3_column_type(rows, 0) != SQLITE_INTEGER) {
        const std::string reason = sqlite3_errmsg(handles_->database);
        throw Error(path_ + ": reading table '" + table_ + "' failed: " + reason, reason, reason);
    }
    fid = sqlite3_column_int64(rows, 0);
    int column = 1;
    wkb.clear();
    // Each cell through its value: one call into the statement per cell, not three (each
    // enters the connection's mutex); the values are read on this thread only.
    if (geometry_) {
        sqlite3_value* cell = sqlite3_column_value(rows, column);
        const int type = sqlite3_value_type(cell);
        if (type == SQLITE_BLOB) {
            // The GeoPackage header: "GP", version 0, flags, srs id, then the envelope.
            const auto* blob = static_cast<const unsigned char*>(sqlite3_value_blob(cell));
            const auto size = static_cast<std::size_t>(sqlite3_value_bytes(cell));
            if (size < 8 || blob[0] != 'G' || blob[1] != 'P' || blob[2] != 0)
                return Row::ForOgr;
            const unsigned flags = blob[3];
            static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
            const unsigned envelope = (flags >> 1) & 7;
            if ((flags & 0x30) != 0 || envelope > 4 || size < 8 + kEnvelopeBytes[envelope])
                return Row::ForOgr;  // extended or flagged empty, or a header we do not know
            const std::size_t start = 8 + kEnvelopeBytes[envelope];
            if (!plainWkb(blob + start, size - start))
                return Row::ForOgr;
            wkb.assign(blob + start, blob + size);
        } else if (type != SQLITE_NULL) {
            return Row::ForOgr;
        }
        ++column;
    }
    texts.resize(texts_);
    for (std::size_t i = 0; i < texts_; ++i, ++column) {
        sqlite3_value* cell = sqlite3_column_value(rows, column);
        const int type = sqlite3_value_type(cell);
        if (type == SQLITE_NULL) {
            texts[i].clear();
        } else if (type == SQLITE_TEXT) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(cell));
            const auto bytes = static_cast<std::size_t>(sqlite3_value_bytes(cell));
            if (std::memchr(text, 0, bytes))
                return Row::ForOgr;  // OGR's text ends at the first NUL
            texts[i].assign(text, bytes);
        } else {
            return Row::ForOgr;  // a number or blob in the column: OGR formats it its way
        }
    }
    return Row::Read;
}

}  // namespace pearlzone::gis
