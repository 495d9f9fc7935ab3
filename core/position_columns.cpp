#include "core/position_columns.h"

#include <QRegularExpression>
#include <QString>

namespace pearlzone::core {

namespace {

// A header as compared: trimmed, case-folded, without a trailing "(unit)" or "（单位）".
QString comparable(const std::string& header)
{
    static const QRegularExpression unit(QStringLiteral("\\s*[(（][^()（）]*[)）]\\s*$"));
    QString text = QString::fromStdString(header).trimmed();
    text.remove(unit);
    return text.trimmed().toCaseFolded();
}

}  // namespace

const std::vector<std::string>& wktColumnNames()
{
    static const std::vector<std::string> names = {"wkt", "geometry", "geom", "the_geom", "shape", "几何"};
    return names;
}

const std::vector<std::string>& xColumnNames()
{
    static const std::vector<std::string> names = {"lon", "lng", "longitude", "long", "经度", "x"};
    return names;
}

const std::vector<std::string>& yColumnNames()
{
    static const std::vector<std::string> names = {"lat", "latitude", "纬度", "y"};
    return names;
}

std::string detectColumn(const std::vector<std::string>& fields, const std::vector<std::string>& candidates)
{
    for (const auto& candidate : candidates) {
        const QString wanted = comparable(candidate);
        for (const auto& field : fields) {
            if (comparable(field) == wanted)
                return field;
        }
    }
    return {};
}

gis::ColumnGeometry detectPositionColumns(const std::vector<std::string>& fields)
{
    gis::ColumnGeometry columns;
    columns.wktField = detectColumn(fields, wktColumnNames());
    if (!columns.wktField.empty())
        return columns;
    columns.xField = detectColumn(fields, xColumnNames());
    columns.yField = detectColumn(fields, yColumnNames());
    if (columns.xField.empty() || columns.yField.empty())
        return {};
    return columns;
}

}  // namespace pearlzone::core
