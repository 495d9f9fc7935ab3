#include "core/report_words.h"

#include <map>
#include <utility>

namespace pearlzone::core {

std::string columnHeading(const std::string& column, Language language)
{
    // {Chinese, English}
    static const std::map<std::string, std::pair<const char*, const char*>> headings = {
        {"parcel_id", {"地块编号", "Parcel"}},
        {"industry", {"产业", "Industry"}},
        {"industry_codes", {"产业代码", "Industry codes"}},
        {"zone_id", {"片区", "Zone"}},
        {"subarea_id", {"子片区", "Sub-area"}},
        {"inside_ratio", {"区内比例", "Share inside"}},
        {"area_m2", {"面积（m²）", "Area (m²)"}},
        {"inside_m2", {"区内面积（m²）", "Area inside (m²)"}},
        {"location", {"位置", "Location"}},
        {"industry_status", {"产业符合性", "Industry status"}},
        {"verdict", {"结论", "Verdict"}},
        {"reason", {"理由", "Reason"}},
        {"suggested_zones", {"建议片区", "Suggested zones"}},
        {"geometry_note", {"几何说明", "Geometry note"}},
        {"land_use", {"用地性质", "Land use"}},
        {"land_use_status", {"用地符合性", "Land-use status"}},
        {"constraints", {"管控线冲突", "Constraint conflicts"}},
        {"constraint_m2", {"冲突面积（m²）", "Conflict area (m²)"}},
    };
    const auto it = headings.find(column);
    if (it == headings.end())
        return column;
    return language == Language::Chinese ? it->second.first : it->second.second;
}

std::string reportLabel(ReportLabel label, Language language)
{
    const bool zh = language == Language::Chinese;
    switch (label) {
    case ReportLabel::ResultsSheet: return zh ? "检查结果" : "Results";
    case ReportLabel::SummarySheet: return zh ? "摘要" : "Summary";
    case ReportLabel::Input: return zh ? "输入" : "Input";
    case ReportLabel::Layer: return zh ? "图层" : "Layer";
    case ReportLabel::Checksum: return zh ? "输入文件校验和（SHA-256）" : "Input checksum (SHA-256)";
    case ReportLabel::Query: return zh ? "数据库查询" : "Database query";
    case ReportLabel::ZoneSet: return zh ? "片区数据集" : "Zone set";
    case ReportLabel::Rules: return zh ? "检查规则" : "Rules";
    case ReportLabel::MinInside: return zh ? "区内比例下限" : "Minimum share inside";
    case ReportLabel::Language: return zh ? "报告语言" : "Report language";
    case ReportLabel::Engine: return zh ? "计算引擎" : "Engine";
    case ReportLabel::CheckedAt: return zh ? "检查时间" : "Checked at";
    case ReportLabel::Seconds: return zh ? "用时（秒）" : "Time taken (s)";
    case ReportLabel::Parcels: return zh ? "地块数" : "Parcels";
    case ReportLabel::Verdicts: return zh ? "结论统计" : "Verdicts";
    case ReportLabel::Zones: return zh ? "片区统计" : "Zones";
    case ReportLabel::NoZone: return zh ? "（不在任何片区）" : "(in no zone)";
    case ReportLabel::RunId: return zh ? "运行编号" : "Run id";
    }
    return {};
}

}  // namespace pearlzone::core
