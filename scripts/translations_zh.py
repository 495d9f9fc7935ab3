#!/usr/bin/env python3
"""Fills resources/translations/pearlzone_zh_CN.ts with the Simplified Chinese texts below.
Run after `cmake --build build --target update_translations` has added new source texts;
a source without an entry here is left unfinished, and the script says which."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    "Parcels that need a planner (in or partly in a zone and not passed, and every error)":
        "需规划人员处理的地块（位于或部分位于片区内且未通过，以及所有错误）",
    "Every parcel": "全部地块", "None (summary and map only)": "不列出（仅统计与地图）",
    "The table groups the parcels by zone and sub-area, with a bookmark for each; the cover says how many are not listed.":
        "明细表按片区和子片区分组，每组一个书签；封面注明未列出的地块数。",
    "Parcels in the table:": "明细表列出：",
    "The table lists every parcel (%L1), by zone and sub-area.": "明细表按片区和子片区列出全部地块（%L1 宗）。",
    "No table of parcels (--pdf-rows none): %L1 parcels are not listed.": "不含地块明细表（--pdf-rows none）：%L1 宗地块未列出。",
    "The table lists the %L1 parcels that need a planner (in or partly in a zone and not passed, and every error), by zone "
    "and sub-area; %L2 parcels are not listed (passed, or outside every zone).":
        "明细表按片区和子片区列出需规划人员处理的 %L1 宗地块（位于或部分位于片区内且未通过，以及所有错误）；"
        "%L2 宗地块未列出（已通过，或不在任何片区内）。",
    "Outside every zone, by nearest zone": "片区外地块（按最近片区）", "Errors (no zone)": "错误（无片区）",
    "Summary": "概要", "Contents": "目录", "Contents: the parcels listed, by zone and sub-area": "目录：按片区和子片区列出的地块",
    "Guideline text for the industries designated here": "本片区指定产业（导则原文）",
    "Notes on the land use (marked in the reasons)": "用地性质说明（见理由中的注）",
    "Parcels checked: ": "检查地块：", "page %1 of %2 of this group, %L3 parcels": "本组第 %1 / %2 页，共 %L3 宗地块",
    "Draw parcel %1": "绘制地块 %1", "Delete parcel %1": "删除地块 %1", "Change industry": "修改产业",
    "Batch check parcels": "批量检查地块", "Add files…": "添加文件…", "Remove": "移除", "As the file says": "按文件所述",
    "Layer": "图层", "Id field": "编号字段", "Industry field": "产业字段", "Coordinates": "坐标系",
    "Minimum share inside": "最低区内比例", "Check": "检查", "Parcel files": "地块文件",
    "Add at least one parcel file.": "请至少添加一个地块文件。",
    "Choose the field that holds the industries.": "请选择存放产业的字段。", "(feature id)": "（要素编号）",
    "(choose)": "（请选择）",
    "This layer does not say which coordinates it uses: choose them under Coordinates.":
        "该图层未注明坐标系，请在“坐标系”中选择。",
    "Checking %1: %L2 parcels": "正在检查 %1：%L2 个地块", "The check could not run": "无法运行检查",
    "Check cancelled": "检查已取消",
    "Stop": "停止",
    "No progress on %1 for %2 s: the file may have stopped its reader. Stop ends this check; your other work is not affected.":
        "%1 已 %2 秒没有进展：该文件可能使读取程序停住了。“停止”将结束本次检查，不影响您的其他工作。",
    "pearlzone-cli was not found beside the app: files are checked in the app's own process.":
        "在程序旁未找到 pearlzone-cli：文件将在本程序自身的进程中检查。",
    "Ended abnormally (code %1)": "异常结束（代码 %1）", "Ended by signal %1 (%2)": "因信号 %1（%2）结束",
    "Exit code %1": "退出码 %1", "What it said:": "程序输出：",
    "The check of %1 could not start: no temporary folder can be made.": "无法开始检查 %1：无法创建临时文件夹。",
    "The check of %1 could not start its worker program.": "检查 %1 时无法启动检查进程。",
    "%1 could not be read: the check made no progress and was stopped. The file may be damaged or use a form the reader "
    "cannot handle.":
        "无法读取 %1：检查没有进展，已被停止。该文件可能已损坏，或采用了读取程序无法处理的形式。",
    "%1 could not be read: the program reading it stopped unexpectedly. The file may be damaged or use a form the reader "
    "cannot handle. Nothing else was affected.":
        "无法读取 %1：读取它的程序意外终止。该文件可能已损坏，或采用了读取程序无法处理的形式。其他内容均未受影响。",
    "%1 could not be checked: the checking program ended with an error.": "无法检查 %1：检查程序出错结束。",
    "&File": "文件(&F)", "&Open parcels…": "打开地块(&O)…", "Open &zones layer…": "打开片区图层(&Z)…",
    "Recent files": "最近的文件", "&Export results…": "导出结果(&E)…", "Save drawn parcels…": "保存绘制的地块…",
    "&Quit": "退出(&Q)", "&Edit": "编辑(&E)", "&Undo": "撤销(&U)", "&Redo": "重做(&R)",
    "Change industry of drawn parcel…": "修改绘制地块的产业…", "Delete drawn parcel": "删除绘制的地块",
    "&Check": "检查(&C)", "&Batch check parcels…": "批量检查地块(&B)…", "&Draw candidate parcel": "绘制候选地块(&D)",
    "&View": "视图(&V)", "Zoom to &full extent": "缩放至全图(&F)", "Zoom &in": "放大(&I)", "Zoom &out": "缩小(&O)",
    "Zoom to zone": "缩放至片区", "Zoom to &selection": "缩放至所选(&S)", "&Language": "语言(&L)", "&Help": "帮助(&H)",
    "&About Pearlzone": "关于 Pearlzone(&A)", "&Data sources and disclaimer": "数据来源与免责声明(&D)",
    "Layers": "图层", "Identify": "查询", "Check results": "检查结果", "Cancel": "取消", "Verdict:": "结论：",
    "Zone:": "片区：", "Move the mouse over the map": "将鼠标移到地图上", "All": "全部", "pass": "通过",
    "review": "待复核", "fail": "不通过", "error": "错误", "Outside every zone": "不在任何片区内",
    "Drawn parcels": "绘制的地块", "Labels": "标注", "Sub-areas": "子片区", "Zones": "片区", "Pearl River": "珠江",
    "No check yet: Check → Batch check parcels…": "尚未检查：检查 → 批量检查地块…",
    "%1: %L2 shown of %L3 — pass %L4, review %L5, fail %L6, error %L7":
        "%1：显示 %L2 / 共 %L3 — 通过 %L4，待复核 %L5，不通过 %L6，错误 %L7",
    "Open parcels": "打开地块", "Zone set:": "片区边界：",
    "Pearlzone — AI and Digital Economy Pilot Zone — %1": "Pearlzone — 人工智能与数字经济试验区 — %1",
    "Parcel files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;All files (*)":
        "地块文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;所有文件 (*)",
    "Open zones layer": "打开片区图层", "Zones layer": "片区图层",
    "To check against your own zones, start Pearlzone with them:\npearlzone --zones \"%1\"\n\nOr use pearlzone-cli check --zones.":
        "要按您自己的片区检查，请用该片区启动 Pearlzone：\npearlzone --zones \"%1\"\n\n或使用 pearlzone-cli check --zones。",
    "Checked %L1 parcels of %2 in %3 s": "已检查 %2 的 %L1 个地块，用时 %3 秒", "Coordinates look wrong": "坐标似乎有误",
    "Export results": "导出结果", "CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)": "CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)",
    "Results written to %1": "结果已写入 %1", "Export failed": "导出失败",
    "<p>Nothing here: outside every zone.</p>": "<p>此处没有对象：不在任何片区内。</p>",
    "Parcel": "地块", "Industry": "产业", "Catalogue codes": "目录代码", "Zone": "片区", "Inside": "区内比例",
    "Location": "位置", "Industry status": "产业状态", "Designated in": "指定片区", "Geometry": "几何", "Sub-area:": "子片区：",
    "Designated industries": "指定产业", "The guideline's targets (whole pilot zone)": "导则目标（整个试验区）",
    "Candidate parcel": "候选地块", "Proposed industry (one or more, separated by ；):": "拟引入产业（可填多个，用“；”分隔）：",
    "Drawn-%1": "草图-%1", "Proposed industry:": "拟引入产业：", "Save drawn parcels": "保存绘制的地块",
    "Draw a parcel first: Check → Draw candidate parcel.": "请先绘制地块：检查 → 绘制候选地块。",
    "GeoPackage (*.gpkg)": "GeoPackage (*.gpkg)", "Save failed": "保存失败", "About Pearlzone": "关于 Pearlzone",
    "<h3>Pearlzone %1</h3><p>Checks candidate parcels against the Guangzhou AI and Digital Economy Pilot Zone and its industry guideline.</p><p>Built on Qt, GDAL, GEOS and PROJ.</p>":
        "<h3>Pearlzone %1</h3><p>对照广州人工智能与数字经济试验区及其产业导则检查候选地块。</p><p>基于 Qt、GDAL、GEOS 和 PROJ 构建。</p>",
    "Data sources and disclaimer": "数据来源与免责声明",
    "The zone boundaries bundled with Pearlzone are approximations digitised from public descriptions (areas of the 2020 master plan, street boundaries, the roads that bound the Finance City, river centre lines). They are not official boundaries and must not be used as such. Load official boundaries with the same fields (zone_id, subarea_id, name_zh, name_en) to check against them.\n\nDesignated industries and targets follow 《广州人工智能与数字经济试验区产业导则》 as reported in the press; each designation quotes the sentence it rests on.":
        "Pearlzone 自带的片区边界是根据公开资料（2020 年总体方案的面积、街道边界、金融城四至道路、河道中心线）数字化的近似范围，并非官方边界，不得作为官方边界使用。请加载带有相同字段（zone_id、subarea_id、name_zh、name_en）的官方边界进行检查。\n\n指定产业与目标依据媒体报道的《广州人工智能与数字经济试验区产业导则》，每项指定均引用其依据的原句。",
    "Sub-area": "子片区", "Verdict": "结论", "Reason": "理由",
    "Move up (draw on top)": "上移（绘制在上层）", "Move down": "下移",
    "Click a drawn parcel first": "请先点击一个绘制的地块",
    "This layer cannot be used as zones:\n%1\n\nA zones layer needs the fields zone_id, subarea_id, name_zh and name_en, with the zone ids the designations use.":
        "该图层不能用作片区：\n%1\n\n片区图层需要 zone_id、subarea_id、name_zh 和 name_en 字段，且片区编号须与指定产业表一致。",
    "Zones loaded from %1: check the parcels again": "已从 %1 加载片区：请重新检查地块",
    "Export map to &PDF…": "导出地图为 PDF(&P)…", "Export check &report to PDF…": "导出检查报告为 PDF(&R)…",
    "Writing %1…": "正在写入 %1…", "PDF written to %1": "PDF 已写入 %1",
    "PDF export cancelled: no file was written": "PDF 导出已取消：未写入任何文件",
    "Export map to PDF": "导出地图为 PDF", "Export check report to PDF": "导出检查报告为 PDF", "PDF (*.pdf)": "PDF (*.pdf)",
    "Redraw outline of drawn parcel": "重绘所选地块的边界", "Redraw outline": "重绘边界",
    "Click the new outline's corners; double-click to finish": "点击新边界的各个拐点，双击结束",
    "inside": "区内", "partial": "部分在区内", "outside": "区外", "designated": "指定产业", "partly_designated": "部分指定",
    "not_designated": "非指定产业", "unknown": "未知产业", "missing": "未填写", "n/a": "不适用",
    "Change industry of %1": "修改 %1 的产业", "Redraw outline of %1": "重绘 %1 的边界",
    "The outline crosses itself": "边界自相交",
    "The outline crosses itself (a bow tie). It will be checked as repaired: each loop becomes a part of the parcel.\n\nKeep it?":
        "边界自相交（呈“蝴蝶结”形）。将按修复后的形状检查：每个环各成为地块的一部分。\n\n保留该边界吗？",
    "The outline cannot be used": "无法使用该边界", "Draw candidate parcel": "绘制候选地块",
    "An outline needs at least 3 corners; this one has %n.": "边界至少需要 3 个拐点，当前只有 %n 个。",
    "The parcel cannot be checked": "无法检查该地块", "Drawn parcels saved to %1": "绘制的地块已保存到 %1",
    "Unsaved drawn parcels": "绘制的地块尚未保存",
    "%n drawn parcel(s) are not saved to a file. Save them before quitting?\n\nIf you quit without saving, they are kept for the next start but not in a file of yours.":
        "有 %n 个绘制的地块尚未保存到文件。退出前保存吗？\n\n若不保存就退出，它们会保留到下次启动，但不会存入您自己的文件。",
    "Quit without saving": "不保存并退出", "Drawn parcels (%L1)": "绘制的地块（%L1）", "Rename…": "重命名…",
    "Rename layer": "重命名图层", "Name:": "名称：", "&Undo %1": "撤销 %1(&U)", "&Redo %1": "重做 %1(&R)",
    "&Find parcel by id…": "按编号查找地块(&F)…", "&Measure distance and area": "量测距离和面积(&M)", "&Panels": "面板(&P)",
    "Restored %n drawn parcel(s) from the last session": "已恢复上次绘制的 %n 个地块",
    "Drawn parcels could not be autosaved: %1": "绘制的地块无法自动保存：%1",
    "Zones loaded from %1; the parcels are checked again": "已从 %1 加载片区，正在重新检查地块",
    "Landscape": "横向", "Portrait": "纵向", "Fit what the map shows": "适合当前地图范围",
    "AI and Digital Economy Pilot Zone": "人工智能与数字经济试验区", "Paper:": "纸张：", "Orientation:": "方向：",
    "Scale:": "比例尺：", "Title:": "标题：", "Sorting and filtering…": "正在排序和筛选…", "Find parcel id…": "查找地块编号…",
    "No parcel \"%1\" among those shown": "所显示的地块中没有“%1”", "Distance %L1 m": "距离 %L1 米",
    ", area %L1 m² (%L2 ha)": "，面积 %L1 平方米（%L2 公顷）",
    "Drawing: click the corners; click the first corner or double-click to finish. Backspace removes the last corner, Esc starts again.":
        "绘制：依次点击各拐点；点击第一个拐点或双击结束。退格键删除上一个拐点，Esc 键重新开始。",
    "Measuring: click points along a line; three or more also give the area. Double-click ends.":
        "量测：沿线依次点击；三个点以上同时给出面积。双击结束。",
    "a ring of the outline touches itself": "边界的一个环自身相接", "the outline crosses itself": "边界自相交",
    "the outline has too few corners": "边界拐点太少", "a hole lies outside the outline": "有洞位于边界之外",
    "a hole lies inside another hole": "有洞位于另一个洞内", "holes cut the parcel in pieces": "洞把地块分割成几块",
    "one part lies inside another": "一部分位于另一部分之内", "a ring is repeated": "有重复的环",
    "the shape is stored in a form that cannot be read (type %1)": "图形的存储形式无法读取（类型 %1）",
    "a ring of the outline has too few corners": "边界的某个环拐点过少",
    "a ring of the outline is not closed": "边界的某个环未闭合",
    "the outline's lines cross in a way that cannot be measured": "边界线的交叉方式无法计算",
    "the file is damaged near line %1": "文件在第 %1 行附近已损坏",
    "another program holds the file locked; close it there and try again": "文件被另一个程序锁定；请在该程序中关闭后重试",
    "the file is damaged or not the kind its name says": "文件已损坏，或与其名称所示的类型不符",
    "its contents are not in a format Pearlzone reads": "其内容不是 Pearlzone 可读取的格式",
    "the file does not exist": "文件不存在",
    "you have no permission to read it": "您没有读取该文件的权限",
    "the file is damaged": "文件已损坏",
    "the file is damaged or incomplete": "文件已损坏或不完整",
    "the file is incomplete (cut short)": "文件不完整（被截断）",
    "the file's text is not valid JSON": "文件内容不是有效的 JSON",
    "the file's text cannot be read as its format says": "文件内容无法按其格式读取",
    "the file cannot be opened": "无法打开文件",
    "the outline cannot be used: %1": "边界无法使用：%1",
    "the outline is not closed": "边界未闭合", "a corner has no valid coordinates": "有拐点坐标无效",
    "partly inside": "部分在区内", "cannot be checked": "无法检查", "partly designated": "部分指定",
    "not designated": "非指定产业", "not in the catalogue": "不在产业目录中", "no industry given": "未填写产业",
    "not applicable": "不适用", "outside every zone": "不在任何片区内", "%1% (%2 of %3 m²)": "%1%（%3 平方米中的 %2 平方米）",
    " near E %1, N %2": "（约在 E %1，N %2 处）", "%1%2; checked as repaired": "%1%2，已按修复后的形状检查",
    "a closed line was taken as the parcel's outline": "闭合线已作为地块边界",
    "only the areas of a mixed geometry were used": "混合几何中只使用了面部分",
    "Export check report to PDF…": "导出检查报告为 PDF…",
    "Sources: zone boundaries are approximations digitised from public descriptions, not official boundaries; designations follow the Guangzhou AI and Digital Economy Pilot Zone industry guideline.": "数据来源：片区边界为依据公开资料数字化的近似范围，非官方边界；指定产业依据《广州人工智能与数字经济试验区产业导则》。",
    "Legend": "图例",
    "Sub-area boundary": "子片区界线",
    "Pass": "通过",
    "Review": "待复核",
    "Fail": "不通过",
    "Error": "错误",
    "Parcels: ": "地块：",
    "Scale ": "比例尺 ",
    "CRS: CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547)": "坐标系：CGCS2000 / 3度高斯-克吕格 中央经线114°E（EPSG:4547）",
    "Made on ": "制图日期：",
    "Guangzhou AI and Digital Economy Pilot Zone: one river, two banks, three zones": "广州人工智能与数字经济试验区 · 一江两岸三片区",
    "Parcel check report": "地块检查报告",
    "Page %1 of %2": "第 %1 / %2 页",
    "Guangzhou AI and Digital Economy Pilot Zone": "广州人工智能与数字经济试验区",
    "Input:": "输入文件：",
    "Layer:": "图层：",
    "Coordinates:": "坐标系：",
    "Rules:": "规则：",
    "inside when at least %1 of the parcel lies in the zone; the industry must be designated there": "区内比例不低于 %1 视为位于片区内；产业须为该片区（及子片区）的指定产业",
    "Checked at:": "检查时间：",
    "Input checksum (SHA-256):": "输入文件校验和（SHA-256）：",
    "n/a (a database)": "无（数据库连接）",
    "Parcels:": "地块数：",
    "Verdicts": "结论统计",
    "Map of the checked parcels": "检查地块分布图", "Maps": "地图",
    "Parcels checked": "地块检查明细",
    "<p><i>Click a zone or a parcel on the map to see what the guideline says about it.</i></p>":
        "<p><i>点击地图上的片区或地块，查看导则对它的规定。</i></p>",
}

# Results into PostGIS and Excel, PG: tables checked inside PostGIS (issue 14).
ZH.update({
    "Export results to a PostGIS table": "将结果导出到 PostGIS 表",
    "Remember the password in the system keychain": "在系统钥匙串中记住密码",
    "A table name, or schema.table": "表名，或 模式.表名", "Replace the table if it exists": "如表已存在则替换",
    "Host": "主机", "Port": "端口", "Database": "数据库", "User": "用户", "Password": "密码", "Table": "表",
    "Export": "导出",
    "The results go into a new table with their outlines (EPSG:4547), and the run is recorded in the table pearlzone_runs.":
        "结果连同地块轮廓（EPSG:4547）写入一张新表，本次运行记录在 pearlzone_runs 表中。",
    "Fill in the host, the database and the user.": "请填写主机、数据库和用户。",
    "The table is a name without spaces, or schema.table.": "表名不能含空格，也可写作 模式.表名。",
    "No system keychain is available: the password is asked for each time and never saved.":
        "没有可用的系统钥匙串：每次都会询问密码，且从不保存。",
    "The password comes from the system keychain.": "密码取自系统钥匙串。",
    "CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel workbook (*.xlsx)":
        "CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel 工作簿 (*.xlsx)",
    "The password could not be saved in the system keychain; it will be asked for next time.":
        "密码未能保存到系统钥匙串，下次将再次询问。",
    "table %1 in %2": "数据库 %2 中的表 %1",
    "Export cancelled: %1 was left as it was": "导出已取消：%1 保持原样",
    "Could not connect to the database. Check the host, port, database, user and password.\n\n%1":
        "无法连接数据库。请检查主机、端口、数据库、用户和密码。\n\n%1",
    "The %1 exists already and was left as it is. Choose another table name, or tick \"Replace the table if it exists\".":
        "%1 已存在，未作改动。请换一个表名，或勾选“如表已存在则替换”。",
    "The database has no PostGIS. Ask its administrator to run CREATE EXTENSION postgis, or choose another database.":
        "该数据库未安装 PostGIS。请让管理员执行 CREATE EXTENSION postgis，或选择其他数据库。",
    "The results could not be written to %1; nothing was left behind.\n\n%2": "结果未能写入 %1，未留下任何内容。\n\n%2",
    "&Export results": "导出结果(&E)",
    "To a &file (CSV, GeoJSON, GeoPackage, Excel)…": "导出到文件(&F)（CSV、GeoJSON、GeoPackage、Excel）…",
    "To a &PostGIS table…": "导出到 PostGIS 表(&P)…",
    "Add PostGIS table…": "添加 PostGIS 表…", "Add PostGIS table": "添加 PostGIS 表",
    "On this computer": "在本机", "Inside PostGIS (only the results come back)": "在 PostGIS 中（只传回结果）",
    "For PostGIS tables: where the location part of the check runs": "对 PostGIS 表：检查中位置判断部分在哪里运行",
    "Check PostGIS tables": "PostGIS 表的检查方式",
    "A PostgreSQL/PostGIS connection, e.g. PG:host=db.example dbname=plan user=planner\n(then choose the table under Layer)":
        "PostgreSQL/PostGIS 连接，例如 PG:host=db.example dbname=plan user=planner\n（然后在“图层”中选择表）",
    "A PostGIS connection starts with PG:": "PostGIS 连接以 PG: 开头",
})

# Constraint layers, land use in the app and the report's cover (issue 11).
ZH.update({
    "Land-use field": "用地性质字段", "(none: land use not checked)": "（无：不检查用地性质）",
    "“%1” cannot be used as a constraint layer:\n%2\n\nA constraint layer holds polygons in a known coordinate system, "
    "with the fields name (名称), kind (类型) and rule (规则: prohibited 禁止 or restricted 限制) where it has them.":
        "“%1”不能用作管控线图层：\n%2\n\n管控线图层应为坐标系明确的面图层，可带字段 name（名称）、kind（类型）"
        "和 rule（规则：prohibited 禁止 或 restricted 限制）。",
    "Constraint layers": "管控线图层", "Polygons": "面数", "Fields found": "识别的字段", "Rule": "管控规则", "Add…": "添加…",
    "Polygon layers that planning law forbids or restricts building on (生态保护红线, 永久基本农田, 河道蓝线, …). Every check "
    "uses them: a parcel overlapping a prohibited line by 1 m² or more fails, a restricted one needs review.":
        "规划法规禁止或限制建设的面图层（生态保护红线、永久基本农田、河道蓝线等）。每次检查都会使用：地块与禁止建设的管控线"
        "重叠 1 平方米及以上即不通过，与限制建设的重叠则待复核。",
    "Add constraint layers": "添加管控线图层",
    "Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.tab *.mif *.dxf *.sqlite);;All files (*)":
        "矢量文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.tab *.mif *.dxf *.sqlite);;所有文件 (*)",
    "“%1” holds several layers. Which one are the constraint lines?": "“%1”包含多个图层，哪一个是管控线？",
    "name: %1, kind: %2, rule: %3": "名称：%1，类型：%2，规则：%3", "cannot be read now": "目前无法读取",
    "each polygon's %1 field": "按各面的 %1 字段", "prohibited (禁止建设)": "禁止建设", "restricted (限制建设)": "限制建设",
    "A parcel overlapping this line by 1 m² or more fails the check.": "地块与此线重叠 1 平方米及以上即不通过。",
    "A parcel overlapping this line by 1 m² or more needs review.": "地块与此线重叠 1 平方米及以上需复核。",
    "Kind": "类型", "not given": "未注明", "Constraint layer": "管控线图层", "Area": "面积",
    "%L1 m² (%L2 ha)": "%L1 平方米（%L2 公顷）", "File": "文件", "Constraint &layers…": "管控线图层(&L)…",
    "Land use:": "用地性质：", "Constraint conflicts only": "仅显示触碰管控线的地块",
    "restricted": "限制建设", "prohibited": "禁止建设",
    "parcels hitting a constraint line": "触碰管控线的地块", "parcels clear of every line": "未触碰管控线的地块",
})

# Where one English text needs different Chinese in one context.
ZH_IN_CONTEXT = {
    ("pearlzone::render::PdfText", "Parcel"): "地块编号",
    ("pearlzone::render::PdfText", "Zones"): "片区统计",
}

# View → Basemap (app/basemap_menu.cpp).
ZH.update({
    "&Basemap": "底图(&B)", "None": "无", "OpenStreetMap": "OpenStreetMap", "天地图 streets": "天地图矢量",
    "天地图 imagery": "天地图影像", "Tile server URL…": "瓦片服务地址…", "Tile file (MBTiles, GeoPackage)…": "瓦片文件（MBTiles、GeoPackage）…",
    "Strength": "底图浓淡", "天地图 key…": "天地图密钥…", "Basemap": "底图",
    "This basemap cannot be used: %1": "无法使用此底图：%1", "Tile server": "瓦片服务",
    "URL template with {z}, {x} and {y}, e.g. https://tiles.example.gov.cn/{z}/{x}/{y}.png\n"
    "(write gcj02: before it for GCJ-02 tiles such as AMap's),\n"
    "or a WMTS service's capabilities URL, e.g. wmts:https://maps.example.gov.cn/wmts/WMTSCapabilities.xml,layer=img":
        "含 {z}、{x}、{y} 的地址模板，例如 https://tiles.example.gov.cn/{z}/{x}/{y}.png\n"
        "（高德等 GCJ-02 瓦片请在前面加 gcj02:），\n"
        "或 WMTS 服务的能力文档地址，例如 wmts:https://maps.example.gov.cn/wmts/WMTSCapabilities.xml,layer=img",
    "Basemap tile file": "底图瓦片文件", "Tile files (*.mbtiles *.gpkg)": "瓦片文件 (*.mbtiles *.gpkg)",
    "天地图 key": "天地图密钥", "Your 天地图 (www.tianditu.gov.cn) key for web services:": "您的天地图（www.tianditu.gov.cn）Web 服务密钥：",
    "Basemap: the tile server cannot be reached (%1); showing cached tiles": "底图：无法连接瓦片服务（%1），显示已缓存的瓦片",
    "Basemap: no tiles could be had (%1); the map is shown without it": "底图：无法获取瓦片（%1），地图不显示底图",
    "Basemap: tiles are arriving again": "底图：瓦片已恢复加载",
})

# Land use and constraint lines (issue 11) in the report PDF and the app.
ZH.update({
    "Land use": "用地性质", "Constraints": "管控线", "compatible": "相容", "compatible on condition": "有条件相容",
    "incompatible": "不相容", "land use not recognised": "无法识别", "no land use given": "未填写",
    "Land-use status": "用地相容性", "Constraint lines": "管控线", "no conflict": "无冲突", "%1 (%2)": "%1（%2）",
})

# The zone set comparison PDF (issue 12, render/change_pdf_export.cpp).
ZH.update({
    "Changed parcels": "变化地块", "Old boundary: ": "原边界：", "New boundary: ": "新边界：",
    "Changed parcel (new verdict): ": "变化地块（新结论）：", "Zone set comparison": "片区边界变化对比",
    "Zone (old → new)": "片区（原 → 新）", "What changed": "变化", "Input: ": "输入文件：", "Old zone set: ": "原边界：",
    "New zone set: ": "新边界：", "Rules: inside when at least %1 of the parcel lies in the zone": "规则：区内比例不低于 %1 视为位于片区内",
    "Compared at: ": "对比时间：", "Input checksum (SHA-256): ": "输入文件校验和（SHA-256）：",
    "%1 parcels compared, %2 changed.": "对比地块 %1 宗，其中 %2 宗有变化。", "Changes by kind": "变化类型", "zone": "片区",
    "sub-area": "子片区", "location": "位置", "verdict": "结论", "Zone moves": "片区变化", "Verdict moves": "结论变化",
    "Map of the changed parcels": "变化地块分布图", "The changed parcels": "变化地块明细", "none": "无",
})

# Zones in the app: open a zones layer, save a zone set, compare zone sets (issue 12, app/).
ZH.update({
    "Which field names the zones?": "哪个字段标明片区？",
    "Choose the layer of %1 that holds the zone boundaries, and the field whose values name the zones or sub-areas "
    "(琶洲, 大学城, 金融城, 鱼珠 or their ids).":
        "请选择 %1 中存放片区边界的图层，以及其值为片区或子片区名称（琶洲、大学城、金融城、鱼珠或其编号）的字段。",
    "Field": "字段", "Sample values": "示例值", "Use this field": "使用此字段",
    "No field has a name Pearlzone knows for zones: choose it.": "没有 Pearlzone 认识的片区字段名，请选择。",
    "This layer cannot be read: %1": "无法读取此图层：%1",
    "Zones read from %1": "从 %1 读取的片区",
    "Layer %1, zones named by the field %2. Check what each value was matched to before the zones in use are replaced.":
        "图层 %1，片区由字段 %2 标明。替换当前片区前，请核对每个值匹配到的片区。",
    "Value in the file": "文件中的值", "Features": "要素数", "Matched to": "匹配到", "(empty)": "（空）",
    "Not a zone or sub-area Pearlzone knows": "不是 Pearlzone 认识的片区或子片区",
    "%1: %2 km², %n sub-area(s)": "%1：%2 km²，%n 个子片区",
    "These zones cannot be used; the zones in use stay as they are.": "无法使用这些片区；当前片区保持不变。",
    "The names Pearlzone knows (any script, full-width or not, any case):":
        "Pearlzone 认识的名称（简体、繁体、英文均可，不分全角半角和大小写）：",
    "%n value(s) of the field %1 name no zone or sub-area Pearlzone knows (marked in red above): choose another field, "
    "or correct these names in the file.":
        "字段 %1 中有 %n 个值不是 Pearlzone 认识的片区或子片区名称（上表中红色标出）：请选择其他字段，或在文件中更正这些名称。",
    "Replace zones": "替换片区", "Choose another field…": "选择其他字段…",
    "The file has no %1: what it is designated for is not used.": "文件中没有%1：其指定产业不再使用。",
    "%1 has no sub-areas in this file: what %2 are designated for counts for the whole zone.":
        "%1在此文件中没有子片区：%2的指定产业适用于整个片区。",
    ", ": "、",
    "Save zones as zone set": "将片区保存为边界版本", "Save zones as zone &set…": "将片区保存为边界版本(&S)…",
    "e.g. 2022-06-30": "例如 2022-06-30", "the plan or guideline the boundaries come from": "边界所依据的规划或导则",
    "Every report made against these zones names where they come from.": "按这些片区做出的每份报告都会注明其来源。",
    "Name": "名称", "Version": "版本", "Date": "日期", "Source document": "来源文件", "Issued by": "发布单位",
    "Note": "备注", "Save…": "保存…",
    "Zones layers (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.sqlite *.tab *.mif);;All files (*)":
        "片区图层 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.sqlite *.tab *.mif);;所有文件 (*)",
    "%1 cannot be opened as zones.\n\n%2": "无法将 %1 作为片区打开。\n\n%2",
    "Reading the zones of %1…": "正在读取 %1 的片区…", "GeoPackage (*.gpkg)": "GeoPackage (*.gpkg)",
    "The zone set could not be saved to %1. Nothing was written.\n\n%2": "无法将边界版本保存到 %1，未写入任何文件。\n\n%2",
    "Filled: %1": "填色：%1", "Dashed: %1": "虚线：%1",
    "Zone sets compared: %1 → %2": "片区边界对比：%1 → %2",
    "%1: %L2 parcels checked against both zone sets, %L3 changed — zone %L4, sub-area %L5, inside or not %L6, verdict %L7.":
        "%1：%L2 宗地块按两版边界检查，%L3 宗有变化 — 片区 %L4，子片区 %L5，是否在区内 %L6，结论 %L7。",
    "Zone: from → to": "片区：原 → 新", "Verdict: from → to": "结论：原 → 新",
    "Export changes…": "导出变化…", "Close": "关闭", "Export changes": "导出变化",
    "CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel workbook (*.xlsx);;PDF report of changes (*.pdf)":
        "CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel 工作簿 (*.xlsx);;变化报告 PDF (*.pdf)",
    "The changes could not be written to %1. Nothing was written.\n\n%2": "无法将变化写入 %1，未写入任何文件。\n\n%2",
    "Compare zone sets": "对比片区边界", "Compare zone &sets…": "对比片区边界(&S)…",
    "Each parcel is checked against both zone sets; the parcels whose zone, sub-area, inside or not, or verdict differs "
    "are listed and shown on a map.":
        "每宗地块按两版边界分别检查；片区、子片区、是否在区内或结论有变化的地块将列出并显示在地图上。",
    "The zones in use: %1": "当前片区：%1", "A zones file, e.g. the newer plan's boundaries": "片区文件，例如新版规划的边界",
    "Browse…": "浏览…",
    "Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.xlsx);;All files (*)":
        "矢量文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.xlsx);;所有文件 (*)",
    "Parcels": "地块", "Parcels to compare": "要对比的地块", "From zones": "原片区", "Zones to compare from": "原片区文件",
    "To zones": "新片区", "Zones to compare to": "新片区文件", "Compare": "对比",
    "Choose the parcels to compare.": "请选择要对比的地块。", "Choose the zones file to compare to.": "请选择要对比的新片区文件。",
    "Comparing: %L1 parcels checked against both zone sets": "正在对比：已按两版边界检查 %L1 宗地块",
    "The comparison could not run": "无法运行对比", "Reading the zone sets…": "正在读取片区边界…",
})

def main(path):
    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            text = ZH_IN_CONTEXT.get((name, source), ZH.get(source))
            if text is None:
                missing.append(source)
                continue
            if message.get("numerus") == "yes":
                # Chinese has one plural form.
                forms = translation.findall("numerusform")
                for form in forms[1:]:
                    translation.remove(form)
                form = forms[0] if forms else ET.SubElement(translation, "numerusform")
                form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("untranslated:", source)
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/pearlzone_zh_CN.ts"))
