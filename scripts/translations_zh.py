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
    "Map of the checked parcels": "检查地块分布图",
    "Parcels checked": "地块检查明细",
    "<p><i>Click a zone or a parcel on the map to see what the guideline says about it.</i></p>":
        "<p><i>点击地图上的片区或地块，查看导则对它的规定。</i></p>",
}

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
    "(write gcj02: before it for GCJ-02 tiles such as AMap's)":
        "含 {z}、{x}、{y} 的地址模板，例如 https://tiles.example.gov.cn/{z}/{x}/{y}.png\n"
        "（高德等 GCJ-02 瓦片请在前面加 gcj02:）",
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
