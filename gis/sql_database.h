#pragma once
// SqlDatabase: a database GDAL opens (PostgreSQL/PostGIS through "PG:..."), for statements
// and queries in its own SQL, on one connection (temporary tables live as long as it does).
// Query rows stream in batches as VectorFeatures: every selected column as text, the first
// geometry column as WKB.

#include "gis/vector_source.h"

#include <memory>
#include <string>
#include <vector>

namespace pearlzone::gis {

class SqlRows;

class SqlDatabase {
public:
    // Throws gis::Error naming the connection (without its password) and GDAL's reason.
    static SqlDatabase open(const std::string& connection);

    // A statement that returns no rows; throws gis::Error when it fails.
    void execute(const std::string& statement);
    SqlRows query(const std::string& select);

    // A table's geometry column and key column as GDAL sees them ("" when it has none).
    std::pair<std::string, std::string> geometryAndKeyColumns(const std::string& table) const;

private:
    SqlDatabase() = default;
    std::string label_;
    std::shared_ptr<void> dataset_;
};

class SqlRows {
public:
    SqlRows(SqlRows&&) noexcept;
    SqlRows& operator=(SqlRows&&) noexcept;
    ~SqlRows();
    // Up to maxCount rows into batch (storage reused); 0 at the end.
    std::size_t readBatch(std::vector<VectorFeature>& batch, std::size_t maxCount);

private:
    friend class SqlDatabase;
    SqlRows() = default;
    std::shared_ptr<void> dataset_;
    void* layer_ = nullptr;  // OGRLayerH result set, released with the dataset's ReleaseResultSet
};

}  // namespace pearlzone::gis
