#include "core/table_workbook.h"

#include "core/check_errors.h"
#include "core/spreadsheet_text.h"

#include <xlsxwriter.h>

#include <type_traits>

namespace pearlzone::core {

namespace {

constexpr std::uint32_t kHeaderFill = 0xD9E1F2;

std::string decimalsFormat(int decimals, bool percent)
{
    std::string format = "0";
    if (decimals > 0)
        format += "." + std::string(static_cast<std::size_t>(decimals), '0');
    return percent ? format + "%" : format;
}

}  // namespace

struct TableWorkbook::State {
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* table = nullptr;  // the table sheet being filled
    std::vector<WorkbookColumn> columns;
    std::vector<lxw_format*> columnFormats;
    std::vector<std::map<std::string, lxw_format*>> fillFormats;
    lxw_row_t nextRow = 0;
    lxw_format* header = nullptr;
    lxw_format* bold = nullptr;
    lxw_error firstError = LXW_NO_ERROR;

    void note(lxw_error error)
    {
        if (firstError == LXW_NO_ERROR)
            firstError = error;
    }

    lxw_format* formatFor(WorkbookCellStyle style, int decimals)
    {
        lxw_format* format = workbook_add_format(workbook);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        if (style == WorkbookCellStyle::WrappedText)
            format_set_text_wrap(format);
        if (style == WorkbookCellStyle::Number || style == WorkbookCellStyle::Percent)
            format_set_num_format(format, decimalsFormat(decimals, style == WorkbookCellStyle::Percent).c_str());
        return format;
    }

    void finishTable()
    {
        if (table && !columns.empty())
            note(worksheet_autofilter(table, 0, 0, nextRow == 0 ? 0 : nextRow - 1,
                                      static_cast<lxw_col_t>(columns.size() - 1)));
        table = nullptr;
    }

    lxw_worksheet* addSheet(const std::string& name, const std::string& path)
    {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
        if (!sheet)
            throw OutputError(path + ": cannot add the sheet \"" + name + "\"");
        return sheet;
    }

    void writeValue(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const gis::FieldValue& value,
                    lxw_format* format)
    {
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::string>)
                    note(worksheet_write_string(sheet, row, column, neutralisedCellText(v).c_str(), format));
                else if constexpr (std::is_same_v<T, std::monostate>)
                    note(worksheet_write_blank(sheet, row, column, format));
                else
                    note(worksheet_write_number(sheet, row, column, static_cast<double>(v), format));
            },
            value);
    }
};

TableWorkbook::TableWorkbook(const std::string& path) : state_(std::make_unique<State>()), path_(path)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows stream to a temporary file
    options.use_zip64 = LXW_TRUE;        // big tables exceed 4 GB of XML before compression
    state_->workbook = workbook_new_opt(path.c_str(), &options);
    if (!state_->workbook)
        throw OutputError(path + ": cannot create the workbook");
    state_->header = workbook_add_format(state_->workbook);
    format_set_bold(state_->header);
    format_set_bg_color(state_->header, kHeaderFill);
    format_set_text_wrap(state_->header);
    format_set_align(state_->header, LXW_ALIGN_VERTICAL_TOP);
    state_->bold = workbook_add_format(state_->workbook);
    format_set_bold(state_->bold);
}

TableWorkbook::~TableWorkbook()
{
    if (state_ && state_->workbook)
        workbook_close(state_->workbook);  // the caller discards the file
}

void TableWorkbook::beginTable(const std::string& sheetName, std::vector<WorkbookColumn> columns)
{
    State& s = *state_;
    s.finishTable();
    s.table = s.addSheet(sheetName, path_);
    s.columns = std::move(columns);
    s.columnFormats.clear();
    s.fillFormats.clear();
    s.nextRow = 0;
    for (std::size_t i = 0; i < s.columns.size(); ++i) {
        const WorkbookColumn& column = s.columns[i];
        lxw_format* format = s.formatFor(column.style, column.decimals);
        s.columnFormats.push_back(format);
        std::map<std::string, lxw_format*> fills;
        for (const auto& [value, colour] : column.fills) {
            lxw_format* filled = s.formatFor(column.style, column.decimals);
            format_set_bg_color(filled, colour);
            fills[value] = filled;
        }
        s.fillFormats.push_back(std::move(fills));
        const auto col = static_cast<lxw_col_t>(i);
        s.note(worksheet_set_column(s.table, col, col, column.width, nullptr));
        s.note(worksheet_write_string(s.table, 0, col, column.heading.c_str(), s.header));
    }
    worksheet_freeze_panes(s.table, 1, 0);
    s.nextRow = 1;
}

void TableWorkbook::addRow(const std::vector<gis::FieldValue>& values)
{
    State& s = *state_;
    if (!s.table)
        throw OutputError(path_ + ": a row before its table");
    if (static_cast<std::int64_t>(s.nextRow) > kWorkbookMaxDataRows)
        throw OutputError(path_ + ": a workbook sheet holds at most " + std::to_string(kWorkbookMaxDataRows) +
                          " rows; write .csv or .gpkg for more");
    for (std::size_t i = 0; i < values.size() && i < s.columns.size(); ++i) {
        lxw_format* format = s.columnFormats[i];
        if (const auto* text = std::get_if<std::string>(&values[i])) {
            const auto fill = s.fillFormats[i].find(*text);
            if (fill != s.fillFormats[i].end())
                format = fill->second;
        }
        s.writeValue(s.table, s.nextRow, static_cast<lxw_col_t>(i), values[i], format);
    }
    ++s.nextRow;
}

void TableWorkbook::addListSheet(const std::string& sheetName, const std::vector<std::vector<gis::FieldValue>>& rows)
{
    State& s = *state_;
    s.finishTable();
    lxw_worksheet* sheet = s.addSheet(sheetName, path_);
    s.note(worksheet_set_column(sheet, 0, 0, 28.0, nullptr));
    s.note(worksheet_set_column(sheet, 1, 1, 70.0, nullptr));
    lxw_row_t row = 0;
    for (const auto& values : rows) {
        for (std::size_t i = 0; i < values.size(); ++i)
            s.writeValue(sheet, row, static_cast<lxw_col_t>(i), values[i], values.size() == 1 ? s.bold : nullptr);
        ++row;
    }
}

void TableWorkbook::close()
{
    State& s = *state_;
    s.finishTable();
    lxw_workbook* workbook = s.workbook;
    s.workbook = nullptr;
    const lxw_error closed = workbook_close(workbook);
    if (s.firstError != LXW_NO_ERROR)
        throw OutputError(path_ + ": writing the workbook failed (" + lxw_strerror(s.firstError) + ")");
    if (closed != LXW_NO_ERROR)
        throw OutputError(path_ + ": writing the workbook failed (" + lxw_strerror(closed) + ")");
}

}  // namespace pearlzone::core
