<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>pearlzone::app::AboutDialogs</name>
    <message>
        <location filename="../../app/about_dialogs.cpp" line="17" />
        <source>About Pearlzone</source>
        <translation>关于 Pearlzone</translation>
    </message>
    <message>
        <location filename="../../app/about_dialogs.cpp" line="18" />
        <source>&lt;h3&gt;Pearlzone %1&lt;/h3&gt;&lt;p&gt;Checks candidate parcels against the Guangzhou AI and Digital Economy Pilot Zone and its industry guideline.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL, GEOS and PROJ.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pearlzone %1&lt;/h3&gt;&lt;p&gt;对照广州人工智能与数字经济试验区及其产业导则检查候选地块。&lt;/p&gt;&lt;p&gt;基于 Qt、GDAL、GEOS 和 PROJ 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/about_dialogs.cpp" line="26" />
        <source>Data sources and disclaimer</source>
        <translation>数据来源与免责声明</translation>
    </message>
    <message>
        <location filename="../../app/about_dialogs.cpp" line="27" />
        <source>The zone boundaries bundled with Pearlzone are approximations digitised from public descriptions (areas of the 2020 master plan, street boundaries, the roads that bound the Finance City, river centre lines). They are not official boundaries and must not be used as such. Load official boundaries with the same fields (zone_id, subarea_id, name_zh, name_en) to check against them.

Designated industries and targets follow 《广州人工智能与数字经济试验区产业导则》 as reported in the press; each designation quotes the sentence it rests on.</source>
        <translation>Pearlzone 自带的片区边界是根据公开资料（2020 年总体方案的面积、街道边界、金融城四至道路、河道中心线）数字化的近似范围，并非官方边界，不得作为官方边界使用。请加载带有相同字段（zone_id、subarea_id、name_zh、name_en）的官方边界进行检查。

指定产业与目标依据媒体报道的《广州人工智能与数字经济试验区产业导则》，每项指定均引用其依据的原句。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::AddDrawnParcel</name>
    <message>
        <location filename="../../app/drawn_parcel_commands.cpp" line="22" />
        <source>Draw parcel %1</source>
        <translation>绘制地块 %1</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::BasemapMenu</name>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="67" />
        <source>Basemap: the tile server cannot be reached (%1); showing cached tiles</source>
        <translation>底图：无法连接瓦片服务（%1），显示已缓存的瓦片</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="68" />
        <source>Basemap: no tiles could be had (%1); the map is shown without it</source>
        <translation>底图：无法获取瓦片（%1），地图不显示底图</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="72" />
        <source>Basemap: tiles are arriving again</source>
        <translation>底图：瓦片已恢复加载</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="91" />
        <location filename="../../app/basemap_menu.cpp" line="99" />
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="91" />
        <location filename="../../app/basemap_menu.cpp" line="99" />
        <source>This basemap cannot be used: %1</source>
        <translation>无法使用此底图：%1</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="145" />
        <source>Tile server</source>
        <translation>瓦片服务</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="146" />
        <source>URL template with {z}, {x} and {y}, e.g. https://tiles.example.gov.cn/{z}/{x}/{y}.png
(write gcj02: before it for GCJ-02 tiles such as AMap's),
or a WMTS service's capabilities URL, e.g. wmts:https://maps.example.gov.cn/wmts/WMTSCapabilities.xml,layer=img</source>
        <translation>含 {z}、{x}、{y} 的地址模板，例如 https://tiles.example.gov.cn/{z}/{x}/{y}.png
（高德等 GCJ-02 瓦片请在前面加 gcj02:），
或 WMTS 服务的能力文档地址，例如 wmts:https://maps.example.gov.cn/wmts/WMTSCapabilities.xml,layer=img</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="157" />
        <source>Basemap tile file</source>
        <translation>底图瓦片文件</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="158" />
        <source>Tile files (*.mbtiles *.gpkg)</source>
        <translation>瓦片文件 (*.mbtiles *.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="167" />
        <source>天地图 key</source>
        <translation>天地图密钥</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="168" />
        <source>Your 天地图 (www.tianditu.gov.cn) key for web services:</source>
        <translation>您的天地图（www.tianditu.gov.cn）Web 服务密钥：</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="193" />
        <source>&amp;Basemap</source>
        <translation>底图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="194" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="195" />
        <source>OpenStreetMap</source>
        <translation>OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="196" />
        <source>天地图 streets</source>
        <translation>天地图矢量</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="197" />
        <source>天地图 imagery</source>
        <translation>天地图影像</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="198" />
        <source>Tile server URL…</source>
        <translation>瓦片服务地址…</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="199" />
        <source>Tile file (MBTiles, GeoPackage)…</source>
        <translation>瓦片文件（MBTiles、GeoPackage）…</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="200" />
        <source>Strength</source>
        <translation>底图浓淡</translation>
    </message>
    <message>
        <location filename="../../app/basemap_menu.cpp" line="201" />
        <source>天地图 key…</source>
        <translation>天地图密钥…</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::BatchCheckDialog</name>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="48" />
        <source>Batch check parcels</source>
        <translation>批量检查地块</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="51" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="52" />
        <source>Add PostGIS table…</source>
        <translation>添加 PostGIS 表…</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="53" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="60" />
        <source>As the file says</source>
        <translation>按文件所述</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="74" />
        <source>On this computer</source>
        <translation>在本机</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="75" />
        <source>Inside PostGIS (only the results come back)</source>
        <translation>在 PostGIS 中（只传回结果）</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="76" />
        <source>For PostGIS tables: where the location part of the check runs</source>
        <translation>对 PostGIS 表：检查中位置判断部分在哪里运行</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="90" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="91" />
        <source>Id field</source>
        <translation>编号字段</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="92" />
        <source>Industry field</source>
        <translation>产业字段</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="93" />
        <source>Land-use field</source>
        <translation>用地性质字段</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="94" />
        <source>Coordinates</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="95" />
        <source>Minimum share inside</source>
        <translation>最低区内比例</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="96" />
        <source>Check PostGIS tables</source>
        <translation>PostGIS 表的检查方式</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="98" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="100" />
        <location filename="../../app/batch_check_dialog.cpp" line="168" />
        <source>Parcel files</source>
        <translation>地块文件</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="117" />
        <source>Add at least one parcel file.</source>
        <translation>请至少添加一个地块文件。</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="121" />
        <source>Choose the field that holds the industries.</source>
        <translation>请选择存放产业的字段。</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="140" />
        <source>Add PostGIS table</source>
        <translation>添加 PostGIS 表</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="141" />
        <source>A PostgreSQL/PostGIS connection, e.g. PG:host=db.example dbname=plan user=planner
(then choose the table under Layer)</source>
        <translation>PostgreSQL/PostGIS 连接，例如 PG:host=db.example dbname=plan user=planner
（然后在“图层”中选择表）</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="147" />
        <source>A PostGIS connection starts with PG:</source>
        <translation>PostGIS 连接以 PG: 开头</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="215" />
        <source>(feature id)</source>
        <translation>（要素编号）</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="216" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="217" />
        <source>(none: land use not checked)</source>
        <translation>（无：不检查用地性质）</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="228" />
        <source>This layer does not say which coordinates it uses: choose them under Coordinates.</source>
        <translation>该图层未注明坐标系，请在“坐标系”中选择。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ChangeDrawnIndustry</name>
    <message>
        <location filename="../../app/drawn_parcel_commands.cpp" line="44" />
        <source>Change industry of %1</source>
        <translation>修改 %1 的产业</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ChangeDrawnOutline</name>
    <message>
        <location filename="../../app/drawn_parcel_commands.cpp" line="55" />
        <source>Redraw outline of %1</source>
        <translation>重绘 %1 的边界</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::CheckController</name>
    <message>
        <location filename="../../app/check_controller.cpp" line="65" />
        <source>Open parcels</source>
        <translation>打开地块</translation>
    </message>
    <message>
        <location filename="../../app/check_controller.cpp" line="65" />
        <source>Parcel files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>地块文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::CheckRunner</name>
    <message>
        <location filename="../../app/check_runner.cpp" line="114" />
        <source>pearlzone-cli was not found beside the app: files are checked in the app's own process.</source>
        <translation>在程序旁未找到 pearlzone-cli：文件将在本程序自身的进程中检查。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::CheckWorker</name>
    <message>
        <location filename="../../app/check_worker.cpp" line="69" />
        <source>Ended abnormally (code %1)</source>
        <translation>异常结束（代码 %1）</translation>
    </message>
    <message>
        <location filename="../../app/check_worker.cpp" line="71" />
        <source>Ended by signal %1 (%2)</source>
        <translation>因信号 %1（%2）结束</translation>
    </message>
    <message>
        <location filename="../../app/check_worker.cpp" line="76" />
        <source>Exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location filename="../../app/check_worker.cpp" line="79" />
        <source>What it said:</source>
        <translation>程序输出：</translation>
    </message>
    <message>
        <location filename="../../app/check_worker.cpp" line="153" />
        <source>The check of %1 could not start: no temporary folder can be made.</source>
        <translation>无法开始检查 %1：无法创建临时文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/check_worker.cpp" line="175" />
        <source>The check of %1 could not start its worker program.</source>
        <translation>检查 %1 时无法启动检查进程。</translation>
    </message>
    <message>
        <location filename="../../app/check_worker.cpp" line="223" />
        <source>%1 could not be read: the check made no progress and was stopped. The file may be damaged or use a form the reader cannot handle.</source>
        <translation>无法读取 %1：检查没有进展，已被停止。该文件可能已损坏，或采用了读取程序无法处理的形式。</translation>
    </message>
    <message>
        <location filename="../../app/check_worker.cpp" line="231" />
        <source>%1 could not be read: the program reading it stopped unexpectedly. The file may be damaged or use a form the reader cannot handle. Nothing else was affected.</source>
        <translation>无法读取 %1：读取它的程序意外终止。该文件可能已损坏，或采用了读取程序无法处理的形式。其他内容均未受影响。</translation>
    </message>
    <message>
        <location filename="../../app/check_worker.cpp" line="260" />
        <source>%1 could not be checked: the checking program ended with an error.</source>
        <translation>无法检查 %1：检查程序出错结束。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::CompareController</name>
    <message>
        <location filename="../../app/compare_controller.cpp" line="22" />
        <source>Comparing: %L1 parcels checked against both zone sets</source>
        <translation>正在对比：已按两版边界检查 %L1 宗地块</translation>
    </message>
    <message>
        <location filename="../../app/compare_controller.cpp" line="26" />
        <source>The comparison could not run</source>
        <translation>无法运行对比</translation>
    </message>
    <message>
        <location filename="../../app/compare_controller.cpp" line="60" />
        <location filename="../../app/compare_controller.cpp" line="83" />
        <source>Compare zone sets</source>
        <translation>对比片区边界</translation>
    </message>
    <message>
        <location filename="../../app/compare_controller.cpp" line="61" />
        <source>%1 cannot be opened as zones.

%2</source>
        <translation>无法将 %1 作为片区打开。

%2</translation>
    </message>
    <message>
        <location filename="../../app/compare_controller.cpp" line="82" />
        <source>Reading the zone sets…</source>
        <translation>正在读取片区边界…</translation>
    </message>
    <message>
        <location filename="../../app/compare_controller.cpp" line="82" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::CompareDialog</name>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="20" />
        <source>Compare zone sets</source>
        <translation>对比片区边界</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="21" />
        <source>Each parcel is checked against both zone sets; the parcels whose zone, sub-area, inside or not, or verdict differs are listed and shown on a map.</source>
        <translation>每宗地块按两版边界分别检查；片区、子片区、是否在区内或结论有变化的地块将列出并显示在地图上。</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="27" />
        <source>The zones in use: %1</source>
        <translation>当前片区：%1</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="29" />
        <source>A zones file, e.g. the newer plan's boundaries</source>
        <translation>片区文件，例如新版规划的边界</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="31" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="42" />
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.xlsx);;All files (*)</source>
        <translation>矢量文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="44" />
        <source>Parcels</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="44" />
        <source>Parcels to compare</source>
        <translation>要对比的地块</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="45" />
        <source>From zones</source>
        <translation>原片区</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="45" />
        <source>Zones to compare from</source>
        <translation>原片区文件</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="46" />
        <source>To zones</source>
        <translation>新片区</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="46" />
        <source>Zones to compare to</source>
        <translation>新片区文件</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="51" />
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="52" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="70" />
        <source>Choose the parcels to compare.</source>
        <translation>请选择要对比的地块。</translation>
    </message>
    <message>
        <location filename="../../app/compare_dialog.cpp" line="72" />
        <source>Choose the zones file to compare to.</source>
        <translation>请选择要对比的新片区文件。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::CompareMap</name>
    <message>
        <location filename="../../app/compare_map.cpp" line="25" />
        <source>Changed parcels</source>
        <translation>变化地块</translation>
    </message>
    <message>
        <location filename="../../app/compare_map.cpp" line="29" />
        <source>Filled: %1</source>
        <translation>填色：%1</translation>
    </message>
    <message>
        <location filename="../../app/compare_map.cpp" line="30" />
        <source>Dashed: %1</source>
        <translation>虚线：%1</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::CompareResultsWindow</name>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="36" />
        <source>Zone sets compared: %1 → %2</source>
        <translation>片区边界对比：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="44" />
        <source>%1: %L2 parcels checked against both zone sets, %L3 changed — zone %L4, sub-area %L5, inside or not %L6, verdict %L7.</source>
        <translation>%1：%L2 宗地块按两版边界检查，%L3 宗有变化 — 片区 %L4，子片区 %L5，是否在区内 %L6，结论 %L7。</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="57" />
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="57" />
        <source>Zone: from → to</source>
        <translation>片区：原 → 新</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="57" />
        <source>Verdict: from → to</source>
        <translation>结论：原 → 新</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="57" />
        <source>What changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="64" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="99" />
        <source>Export changes…</source>
        <translation>导出变化…</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="100" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="147" />
        <location filename="../../app/compare_results_window.cpp" line="157" />
        <source>Export changes</source>
        <translation>导出变化</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="148" />
        <source>CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel workbook (*.xlsx);;PDF report of changes (*.pdf)</source>
        <translation>CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel 工作簿 (*.xlsx);;变化报告 PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/compare_results_window.cpp" line="158" />
        <source>The changes could not be written to %1. Nothing was written.

%2</source>
        <translation>无法将变化写入 %1，未写入任何文件。

%2</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ConstraintLayers</name>
    <message>
        <location filename="../../app/constraint_layers.cpp" line="32" />
        <source>“%1” cannot be used as a constraint layer:
%2

A constraint layer holds polygons in a known coordinate system, with the fields name (名称), kind (类型) and rule (规则: prohibited 禁止 or restricted 限制) where it has them.</source>
        <translation>“%1”不能用作管控线图层：
%2

管控线图层应为坐标系明确的面图层，可带字段 name（名称）、kind（类型）和 rule（规则：prohibited 禁止 或 restricted 限制）。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ConstraintLayersDialog</name>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="38" />
        <location filename="../../app/constraint_layers_dialog.cpp" line="103" />
        <location filename="../../app/constraint_layers_dialog.cpp" line="117" />
        <location filename="../../app/constraint_layers_dialog.cpp" line="132" />
        <source>Constraint layers</source>
        <translation>管控线图层</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="40" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="40" />
        <source>Polygons</source>
        <translation>面数</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="40" />
        <source>Fields found</source>
        <translation>识别的字段</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="40" />
        <source>Rule</source>
        <translation>管控规则</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="46" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="47" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="48" />
        <source>Polygon layers that planning law forbids or restricts building on (生态保护红线, 永久基本农田, 河道蓝线, …). Every check uses them: a parcel overlapping a prohibited line by 1 m² or more fails, a restricted one needs review.</source>
        <translation>规划法规禁止或限制建设的面图层（生态保护红线、永久基本农田、河道蓝线等）。每次检查都会使用：地块与禁止建设的管控线重叠 1 平方米及以上即不通过，与限制建设的重叠则待复核。</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="85" />
        <source>Add constraint layers</source>
        <translation>添加管控线图层</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="86" />
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.tab *.mif *.dxf *.sqlite);;All files (*)</source>
        <translation>矢量文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.tab *.mif *.dxf *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="104" />
        <source>“%1” holds several layers. Which one are the constraint lines?</source>
        <translation>“%1”包含多个图层，哪一个是管控线？</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="150" />
        <source>name: %1, kind: %2, rule: %3</source>
        <translation>名称：%1，类型：%2，规则：%3</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="153" />
        <source>cannot be read now</source>
        <translation>目前无法读取</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="159" />
        <source>each polygon's %1 field</source>
        <translation>按各面的 %1 字段</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="160" />
        <source>prohibited (禁止建设)</source>
        <translation>禁止建设</translation>
    </message>
    <message>
        <location filename="../../app/constraint_layers_dialog.cpp" line="161" />
        <source>restricted (限制建设)</source>
        <translation>限制建设</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::DrawingController</name>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="47" />
        <source>The outline crosses itself</source>
        <translation>边界自相交</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="48" />
        <source>The outline crosses itself (a bow tie). It will be checked as repaired: each loop becomes a part of the parcel.

Keep it?</source>
        <translation>边界自相交（呈“蝴蝶结”形）。将按修复后的形状检查：每个环各成为地块的一部分。

保留该边界吗？</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="56" />
        <source>The outline cannot be used</source>
        <translation>无法使用该边界</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="63" />
        <source>Draw candidate parcel</source>
        <translation>绘制候选地块</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/drawing_controller.cpp" line="64" />
        <source>An outline needs at least 3 corners; this one has %n.</source>
        <translation>
            <numerusform>边界至少需要 3 个拐点，当前只有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="75" />
        <source>The parcel cannot be checked</source>
        <translation>无法检查该地块</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="103" />
        <location filename="../../app/drawing_controller.cpp" line="140" />
        <source>Candidate parcel</source>
        <translation>候选地块</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="104" />
        <source>Proposed industry (one or more, separated by ；):</source>
        <translation>拟引入产业（可填多个，用“；”分隔）：</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="113" />
        <source>Click a drawn parcel first</source>
        <translation>请先点击一个绘制的地块</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="123" />
        <source>Click the new outline's corners; double-click to finish</source>
        <translation>点击新边界的各个拐点，双击结束</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="140" />
        <source>Proposed industry:</source>
        <translation>拟引入产业：</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="149" />
        <location filename="../../app/drawing_controller.cpp" line="152" />
        <source>Save drawn parcels</source>
        <translation>保存绘制的地块</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="149" />
        <source>Draw a parcel first: Check → Draw candidate parcel.</source>
        <translation>请先绘制地块：检查 → 绘制候选地块。</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="154" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="162" />
        <source>Drawn parcels saved to %1</source>
        <translation>绘制的地块已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="165" />
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="174" />
        <source>Unsaved drawn parcels</source>
        <translation>绘制的地块尚未保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/drawing_controller.cpp" line="175" />
        <source>%n drawn parcel(s) are not saved to a file. Save them before quitting?

If you quit without saving, they are kept for the next start but not in a file of yours.</source>
        <translation>
            <numerusform>有 %n 个绘制的地块尚未保存到文件。退出前保存吗？

若不保存就退出，它们会保留到下次启动，但不会存入您自己的文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/drawing_controller.cpp" line="180" />
        <source>Quit without saving</source>
        <translation>不保存并退出</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::DrawnParcelsDocument</name>
    <message>
        <location filename="../../app/drawn_parcels_document.cpp" line="62" />
        <source>Drawn-%1</source>
        <translation>草图-%1</translation>
    </message>
    <message>
        <location filename="../../app/drawn_parcels_document.cpp" line="133" />
        <source>Drawn parcels</source>
        <translation>绘制的地块</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ExportController</name>
    <message>
        <location filename="../../app/export_controller.cpp" line="35" />
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="88" />
        <source>Results written to %1</source>
        <translation>结果已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="192" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="116" />
        <source>Export map to PDF</source>
        <translation>导出地图为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="36" />
        <source>CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="63" />
        <source>The password could not be saved in the system keychain; it will be asked for next time.</source>
        <translation>密码未能保存到系统钥匙串，下次将再次询问。</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="68" />
        <source>table %1 in %2</source>
        <translation>数据库 %2 中的表 %1</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="88" />
        <source>Export cancelled: %1 was left as it was</source>
        <translation>导出已取消：%1 保持原样</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="96" />
        <source>Could not connect to the database. Check the host, port, database, user and password.

%1</source>
        <translation>无法连接数据库。请检查主机、端口、数据库、用户和密码。

%1</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="98" />
        <source>The %1 exists already and was left as it is. Choose another table name, or tick "Replace the table if it exists".</source>
        <translation>%1 已存在，未作改动。请换一个表名，或勾选“如表已存在则替换”。</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="101" />
        <source>The database has no PostGIS. Ask its administrator to run CREATE EXTENSION postgis, or choose another database.</source>
        <translation>该数据库未安装 PostGIS。请让管理员执行 CREATE EXTENSION postgis，或选择其他数据库。</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="103" />
        <source>The results could not be written to %1; nothing was left behind.

%2</source>
        <translation>结果未能写入 %1，未留下任何内容。

%2</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="116" />
        <location filename="../../app/export_controller.cpp" line="137" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="137" />
        <source>Export check report to PDF</source>
        <translation>导出检查报告为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="167" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="167" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="126" />
        <location filename="../../app/export_controller.cpp" line="161" />
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/export_controller.cpp" line="126" />
        <location filename="../../app/export_controller.cpp" line="161" />
        <source>PDF export cancelled: no file was written</source>
        <translation>PDF 导出已取消：未写入任何文件</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::IdentifyPanel</name>
    <message>
        <location filename="../../app/identify_panel.cpp" line="59" />
        <source>&lt;p&gt;&lt;i&gt;Click a zone or a parcel on the map to see what the guideline says about it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;点击地图上的片区或地块，查看导则对它的规定。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="60" />
        <source>&lt;p&gt;Nothing here: outside every zone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此处没有对象：不在任何片区内。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="79" />
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="86" />
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="87" />
        <source>Catalogue codes</source>
        <translation>目录代码</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="89" />
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="91" />
        <source>Designated in</source>
        <translation>指定片区</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="93" />
        <source>Inside</source>
        <translation>区内比例</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="94" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="95" />
        <source>Industry status</source>
        <translation>产业状态</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="97" />
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="98" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="101" />
        <source>Constraint lines</source>
        <translation>管控线</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="102" />
        <source>no conflict</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="104" />
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="119" />
        <source>A parcel overlapping this line by 1 m² or more fails the check.</source>
        <translation>地块与此线重叠 1 平方米及以上即不通过。</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="120" />
        <source>A parcel overlapping this line by 1 m² or more needs review.</source>
        <translation>地块与此线重叠 1 平方米及以上需复核。</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="124" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="124" />
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="125" />
        <source>Constraint layer</source>
        <translation>管控线图层</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="126" />
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="126" />
        <source>%L1 m² (%L2 ha)</source>
        <translation>%L1 平方米（%L2 公顷）</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="127" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="141" />
        <source>Zone set:</source>
        <translation>片区边界：</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="144" />
        <source>Sub-area:</source>
        <translation>子片区：</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="147" />
        <source>Designated industries</source>
        <translation>指定产业</translation>
    </message>
    <message>
        <location filename="../../app/identify_panel.cpp" line="159" />
        <source>The guideline's targets (whole pilot zone)</source>
        <translation>导则目标（整个试验区）</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::LayersPanel</name>
    <message>
        <location filename="../../app/layers_panel.cpp" line="241" />
        <source>Drawn parcels (%L1)</source>
        <translation>绘制的地块（%L1）</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="265" />
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="266" />
        <source>Sub-areas</source>
        <translation>子片区</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="267" />
        <source>Zones</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="275" />
        <source>Pearl River</source>
        <translation>珠江</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="295" />
        <source>Move up (draw on top)</source>
        <translation>上移（绘制在上层）</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="296" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="297" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="298" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="310" />
        <source>Rename layer</source>
        <translation>重命名图层</translation>
    </message>
    <message>
        <location filename="../../app/layers_panel.cpp" line="310" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::MainActions</name>
    <message>
        <location filename="../../app/main_actions.cpp" line="106" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="106" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="107" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="107" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="112" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="113" />
        <source>&amp;Open parcels…</source>
        <translation>打开地块(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="114" />
        <source>Open &amp;zones layer…</source>
        <translation>打开片区图层(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="115" />
        <source>Save zones as zone &amp;set…</source>
        <translation>将片区保存为边界版本(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="116" />
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="117" />
        <source>&amp;Export results</source>
        <translation>导出结果(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="118" />
        <source>To a &amp;file (CSV, GeoJSON, GeoPackage, Excel)…</source>
        <translation>导出到文件(&amp;F)（CSV、GeoJSON、GeoPackage、Excel）…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="119" />
        <source>To a &amp;PostGIS table…</source>
        <translation>导出到 PostGIS 表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="120" />
        <source>Export map to &amp;PDF…</source>
        <translation>导出地图为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="121" />
        <source>Export check &amp;report to PDF…</source>
        <translation>导出检查报告为 PDF(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="122" />
        <source>Save drawn parcels…</source>
        <translation>保存绘制的地块…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="123" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="124" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="126" />
        <source>Change industry of drawn parcel…</source>
        <translation>修改绘制地块的产业…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="127" />
        <source>Redraw outline of drawn parcel</source>
        <translation>重绘所选地块的边界</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="128" />
        <source>Delete drawn parcel</source>
        <translation>删除绘制的地块</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="129" />
        <source>&amp;Find parcel by id…</source>
        <translation>按编号查找地块(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="130" />
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="131" />
        <source>&amp;Batch check parcels…</source>
        <translation>批量检查地块(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="132" />
        <source>Compare zone &amp;sets…</source>
        <translation>对比片区边界(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="133" />
        <source>Constraint &amp;layers…</source>
        <translation>管控线图层(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="134" />
        <source>&amp;Draw candidate parcel</source>
        <translation>绘制候选地块(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="135" />
        <source>&amp;Measure distance and area</source>
        <translation>量测距离和面积(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="136" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="137" />
        <source>Zoom to &amp;full extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="138" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="139" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="140" />
        <source>Zoom to zone</source>
        <translation>缩放至片区</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="141" />
        <source>Zoom to &amp;selection</source>
        <translation>缩放至所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="142" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="143" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="144" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="145" />
        <source>&amp;About Pearlzone</source>
        <translation>关于 Pearlzone(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_actions.cpp" line="146" />
        <source>&amp;Data sources and disclaimer</source>
        <translation>数据来源与免责声明(&amp;D)</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/main_window.cpp" line="79" />
        <source>Restored %n drawn parcel(s) from the last session</source>
        <translation>
            <numerusform>已恢复上次绘制的 %n 个地块</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="162" />
        <source>Drawn parcels could not be autosaved: %1</source>
        <translation>绘制的地块无法自动保存：%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="181" />
        <source>Checking %1: %L2 parcels</source>
        <translation>正在检查 %1：%L2 个地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="185" />
        <source>The check could not run</source>
        <translation>无法运行检查</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="187" />
        <source>Check cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="222" />
        <source>Pearlzone — AI and Digital Economy Pilot Zone — %1</source>
        <translation>Pearlzone — 人工智能与数字经济试验区 — %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="318" />
        <source>Zones loaded from %1; the parcels are checked again</source>
        <translation>已从 %1 加载片区，正在重新检查地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="225" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="226" />
        <source>Identify</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="227" />
        <source>Check results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="324" />
        <source>Checked %L1 parcels of %2 in %3 s</source>
        <translation>已检查 %2 的 %L1 个地块，用时 %3 秒</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="326" />
        <source>Coordinates look wrong</source>
        <translation>坐标似乎有误</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::PdfExportDialog</name>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="17" />
        <source>Export map to PDF</source>
        <translation>导出地图为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="21" />
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="22" />
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="24" />
        <source>Fit what the map shows</source>
        <translation>适合当前地图范围</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="28" />
        <source>AI and Digital Economy Pilot Zone</source>
        <translation>人工智能与数字经济试验区</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="34" />
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="35" />
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="36" />
        <source>Scale:</source>
        <translation>比例尺：</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="37" />
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::PostgisExportDialog</name>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="47" />
        <source>Export results to a PostGIS table</source>
        <translation>将结果导出到 PostGIS 表</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="58" />
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="61" />
        <source>A table name, or schema.table</source>
        <translation>表名，或 模式.表名</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="62" />
        <source>Replace the table if it exists</source>
        <translation>如表已存在则替换</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="70" />
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="71" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="72" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="73" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="74" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="76" />
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="79" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="81" />
        <source>The results go into a new table with their outlines (EPSG:4547), and the run is recorded in the table pearlzone_runs.</source>
        <translation>结果连同地块轮廓（EPSG:4547）写入一张新表，本次运行记录在 pearlzone_runs 表中。</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="93" />
        <source>Fill in the host, the database and the user.</source>
        <translation>请填写主机、数据库和用户。</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="97" />
        <source>The table is a name without spaces, or schema.table.</source>
        <translation>表名不能含空格，也可写作 模式.表名。</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="129" />
        <source>No system keychain is available: the password is asked for each time and never saved.</source>
        <translation>没有可用的系统钥匙串：每次都会询问密码，且从不保存。</translation>
    </message>
    <message>
        <location filename="../../app/postgis_export_dialog.cpp" line="132" />
        <source>The password comes from the system keychain.</source>
        <translation>密码取自系统钥匙串。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::RemoveDrawnParcel</name>
    <message>
        <location filename="../../app/drawn_parcel_commands.cpp" line="33" />
        <source>Delete parcel %1</source>
        <translation>删除地块 %1</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ReportPdfDialog</name>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="74" />
        <source>Export check report to PDF</source>
        <translation>导出检查报告为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="75" />
        <source>Parcels that need a planner (in or partly in a zone and not passed, and every error)</source>
        <translation>需规划人员处理的地块（位于或部分位于片区内且未通过，以及所有错误）</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="77" />
        <source>Every parcel</source>
        <translation>全部地块</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="78" />
        <source>None (summary and map only)</source>
        <translation>不列出（仅统计与地图）</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="81" />
        <source>The table groups the parcels by zone and sub-area, with a bookmark for each; the cover says how many are not listed.</source>
        <translation>明细表按片区和子片区分组，每组一个书签；封面注明未列出的地块数。</translation>
    </message>
    <message>
        <location filename="../../app/pdf_export_dialog.cpp" line="84" />
        <source>Parcels in the table:</source>
        <translation>明细表列出：</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ResultsModel</name>
    <message>
        <location filename="../../app/results_model.cpp" line="33" />
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="39" />
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="42" />
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="45" />
        <source>Sub-area</source>
        <translation>子片区</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="51" />
        <source>Inside</source>
        <translation>区内比例</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="56" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="58" />
        <source>Industry status</source>
        <translation>产业状态</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="61" />
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="64" />
        <source>Land-use status</source>
        <translation>用地相容性</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="69" />
        <source>Constraints</source>
        <translation>管控线</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="72" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="75" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ResultsPanel</name>
    <message>
        <location filename="../../app/results_panel.cpp" line="37" />
        <source>Sorting and filtering…</source>
        <translation>正在排序和筛选…</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="138" />
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="139" />
        <source>Zone:</source>
        <translation>片区：</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="140" />
        <source>Land use:</source>
        <translation>用地性质：</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="141" />
        <source>Constraint conflicts only</source>
        <translation>仅显示触碰管控线的地块</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="142" />
        <source>Find parcel id…</source>
        <translation>查找地块编号…</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="155" />
        <location filename="../../app/results_panel.cpp" line="163" />
        <location filename="../../app/results_panel.cpp" line="172" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="184" />
        <source>No check yet: Check → Batch check parcels…</source>
        <translation>尚未检查：检查 → 批量检查地块…</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="187" />
        <source>%1: %L2 shown of %L3 — pass %L4, review %L5, fail %L6, error %L7</source>
        <translation>%1：显示 %L2 / 共 %L3 — 通过 %L4，待复核 %L5，不通过 %L6，错误 %L7</translation>
    </message>
    <message>
        <location filename="../../app/results_panel.cpp" line="227" />
        <source>No parcel "%1" among those shown</source>
        <translation>所显示的地块中没有“%1”</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::StatusWidgets</name>
    <message>
        <location filename="../../app/status_widgets.cpp" line="49" />
        <location filename="../../app/status_widgets.cpp" line="121" />
        <location filename="../../app/status_widgets.cpp" line="130" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/status_widgets.cpp" line="50" />
        <source>Move the mouse over the map</source>
        <translation>将鼠标移到地图上</translation>
    </message>
    <message>
        <location filename="../../app/status_widgets.cpp" line="74" />
        <source>Distance %L1 m</source>
        <translation>距离 %L1 米</translation>
    </message>
    <message>
        <location filename="../../app/status_widgets.cpp" line="76" />
        <source>, area %L1 m² (%L2 ha)</source>
        <translation>，面积 %L1 平方米（%L2 公顷）</translation>
    </message>
    <message>
        <location filename="../../app/status_widgets.cpp" line="85" />
        <source>Drawing: click the corners; click the first corner or double-click to finish. Backspace removes the last corner, Esc starts again.</source>
        <translation>绘制：依次点击各拐点；点击第一个拐点或双击结束。退格键删除上一个拐点，Esc 键重新开始。</translation>
    </message>
    <message>
        <location filename="../../app/status_widgets.cpp" line="95" />
        <source>Measuring: click points along a line; three or more also give the area. Double-click ends.</source>
        <translation>量测：沿线依次点击；三个点以上同时给出面积。双击结束。</translation>
    </message>
    <message>
        <location filename="../../app/status_widgets.cpp" line="106" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/status_widgets.cpp" line="107" />
        <source>No progress on %1 for %2 s: the file may have stopped its reader. Stop ends this check; your other work is not affected.</source>
        <translation>%1 已 %2 秒没有进展：该文件可能使读取程序停住了。“停止”将结束本次检查，不影响您的其他工作。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ZoneFieldDialog</name>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="21" />
        <source>Which field names the zones?</source>
        <translation>哪个字段标明片区？</translation>
    </message>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="22" />
        <source>Choose the layer of %1 that holds the zone boundaries, and the field whose values name the zones or sub-areas (琶洲, 大学城, 金融城, 鱼珠 or their ids).</source>
        <translation>请选择 %1 中存放片区边界的图层，以及其值为片区或子片区名称（琶洲、大学城、金融城、鱼珠或其编号）的字段。</translation>
    </message>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="33" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="33" />
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="43" />
        <source>Use this field</source>
        <translation>使用此字段</translation>
    </message>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="44" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="47" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="96" />
        <source>No field has a name Pearlzone knows for zones: choose it.</source>
        <translation>没有 Pearlzone 认识的片区字段名，请选择。</translation>
    </message>
    <message>
        <location filename="../../app/zone_field_dialog.cpp" line="115" />
        <source>This layer cannot be read: %1</source>
        <translation>无法读取此图层：%1</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ZoneMatchDialog</name>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="60" />
        <source>The file has no %1: what it is designated for is not used.</source>
        <translation>文件中没有%1：其指定产业不再使用。</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="69" />
        <source>%1 has no sub-areas in this file: what %2 are designated for counts for the whole zone.</source>
        <translation>%1在此文件中没有子片区：%2的指定产业适用于整个片区。</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="70" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="79" />
        <source>Zones read from %1</source>
        <translation>从 %1 读取的片区</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="80" />
        <source>Layer %1, zones named by the field %2. Check what each value was matched to before the zones in use are replaced.</source>
        <translation>图层 %1，片区由字段 %2 标明。替换当前片区前，请核对每个值匹配到的片区。</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="86" />
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="86" />
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="86" />
        <source>Matched to</source>
        <translation>匹配到</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="94" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="99" />
        <source>Not a zone or sub-area Pearlzone knows</source>
        <translation>不是 Pearlzone 认识的片区或子片区</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="114" />
        <source>Zone set:</source>
        <translation>片区边界：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/zone_match_dialog.cpp" line="116" />
        <source>%1: %2 km², %n sub-area(s)</source>
        <translation>
            <numerusform>%1：%2 km²，%n 个子片区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/zone_match_dialog.cpp" line="127" />
        <source>%n value(s) of the field %1 name no zone or sub-area Pearlzone knows (marked in red above): choose another field, or correct these names in the file.</source>
        <translation>
            <numerusform>字段 %1 中有 %n 个值不是 Pearlzone 认识的片区或子片区名称（上表中红色标出）：请选择其他字段，或在文件中更正这些名称。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="133" />
        <source>These zones cannot be used; the zones in use stay as they are.</source>
        <translation>无法使用这些片区；当前片区保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="136" />
        <source>The names Pearlzone knows (any script, full-width or not, any case):</source>
        <translation>Pearlzone 认识的名称（简体、繁体、英文均可，不分全角半角和大小写）：</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="142" />
        <source>Replace zones</source>
        <translation>替换片区</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="144" />
        <source>Choose another field…</source>
        <translation>选择其他字段…</translation>
    </message>
    <message>
        <location filename="../../app/zone_match_dialog.cpp" line="145" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ZoneSetDialog</name>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="15" />
        <source>Save zones as zone set</source>
        <translation>将片区保存为边界版本</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="24" />
        <source>e.g. 2022-06-30</source>
        <translation>例如 2022-06-30</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="26" />
        <source>the plan or guideline the boundaries come from</source>
        <translation>边界所依据的规划或导则</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="30" />
        <source>Every report made against these zones names where they come from.</source>
        <translation>按这些片区做出的每份报告都会注明其来源。</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="33" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="34" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="35" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="36" />
        <source>Source document</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="37" />
        <source>Issued by</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="38" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="40" />
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../app/zone_set_dialog.cpp" line="41" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ZonesController</name>
    <message>
        <location filename="../../app/zones_controller.cpp" line="31" />
        <location filename="../../app/zones_controller.cpp" line="39" />
        <source>Open zones layer</source>
        <translation>打开片区图层</translation>
    </message>
    <message>
        <location filename="../../app/zones_controller.cpp" line="32" />
        <source>Zones layers (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.sqlite *.tab *.mif);;All files (*)</source>
        <translation>片区图层 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.sqlite *.tab *.mif);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/zones_controller.cpp" line="40" />
        <source>%1 cannot be opened as zones.

%2</source>
        <translation>无法将 %1 作为片区打开。

%2</translation>
    </message>
    <message>
        <location filename="../../app/zones_controller.cpp" line="63" />
        <source>Reading the zones of %1…</source>
        <translation>正在读取 %1 的片区…</translation>
    </message>
    <message>
        <location filename="../../app/zones_controller.cpp" line="134" />
        <location filename="../../app/zones_controller.cpp" line="152" />
        <source>Save zones as zone set</source>
        <translation>将片区保存为边界版本</translation>
    </message>
    <message>
        <location filename="../../app/zones_controller.cpp" line="137" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/zones_controller.cpp" line="153" />
        <source>The zone set could not be saved to %1. Nothing was written.

%2</source>
        <translation>无法将边界版本保存到 %1，未写入任何文件。

%2</translation>
    </message>
</context>
<context>
    <name>pearlzone::core::Wording</name>
    <message>
        <location filename="../../core/wording.cpp" line="31" />
        <source>a ring of the outline touches itself</source>
        <translation>边界的一个环自身相接</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="32" />
        <source>the outline crosses itself</source>
        <translation>边界自相交</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="33" />
        <source>the outline has too few corners</source>
        <translation>边界拐点太少</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="34" />
        <source>a hole lies outside the outline</source>
        <translation>有洞位于边界之外</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="35" />
        <source>a hole lies inside another hole</source>
        <translation>有洞位于另一个洞内</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="36" />
        <source>holes cut the parcel in pieces</source>
        <translation>洞把地块分割成几块</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="37" />
        <source>one part lies inside another</source>
        <translation>一部分位于另一部分之内</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="38" />
        <source>a ring is repeated</source>
        <translation>有重复的环</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="39" />
        <source>the outline is not closed</source>
        <translation>边界未闭合</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="40" />
        <source>a corner has no valid coordinates</source>
        <translation>有拐点坐标无效</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="66" />
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="67" />
        <source>review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="68" />
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="71" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="77" />
        <source>inside</source>
        <translation>区内</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="78" />
        <source>partly inside</source>
        <translation>部分在区内</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="79" />
        <source>outside</source>
        <translation>区外</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="82" />
        <source>cannot be checked</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="88" />
        <source>designated</source>
        <translation>指定产业</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="90" />
        <source>partly designated</source>
        <translation>部分指定</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="91" />
        <source>not designated</source>
        <translation>非指定产业</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="92" />
        <source>not in the catalogue</source>
        <translation>不在产业目录中</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="93" />
        <source>no industry given</source>
        <translation>未填写产业</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="96" />
        <location filename="../../core/wording.cpp" line="116" />
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="101" />
        <source>restricted</source>
        <translation>限制建设</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="102" />
        <source>prohibited</source>
        <translation>禁止建设</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="108" />
        <source>compatible</source>
        <translation>相容</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="110" />
        <source>compatible on condition</source>
        <translation>有条件相容</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="111" />
        <source>incompatible</source>
        <translation>不相容</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="112" />
        <source>land use not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="113" />
        <source>no land use given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="130" />
        <source>outside every zone</source>
        <translation>不在任何片区内</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="169" />
        <source>%1% (%2 of %3 m²)</source>
        <translation>%1%（%3 平方米中的 %2 平方米）</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="185" />
        <source> near E %1, N %2</source>
        <translation>（约在 E %1，N %2 处）</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="197" />
        <source>%1%2; checked as repaired</source>
        <translation>%1%2，已按修复后的形状检查</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="200" />
        <source>the outline cannot be used: %1</source>
        <translation>边界无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="203" />
        <source>a closed line was taken as the parcel's outline</source>
        <translation>闭合线已作为地块边界</translation>
    </message>
    <message>
        <location filename="../../core/wording.cpp" line="205" />
        <source>only the areas of a mixed geometry were used</source>
        <translation>混合几何中只使用了面部分</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="16" />
        <source>the shape is stored in a form that cannot be read (type %1)</source>
        <translation>图形的存储形式无法读取（类型 %1）</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="17" />
        <source>a ring of the outline has too few corners</source>
        <translation>边界的某个环拐点过少</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="18" />
        <source>a ring of the outline is not closed</source>
        <translation>边界的某个环未闭合</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="19" />
        <source>the outline's lines cross in a way that cannot be measured</source>
        <translation>边界线的交叉方式无法计算</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="20" />
        <source>the file is damaged near line %1</source>
        <translation>文件在第 %1 行附近已损坏</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="21" />
        <source>another program holds the file locked; close it there and try again</source>
        <translation>文件被另一个程序锁定；请在该程序中关闭后重试</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="22" />
        <location filename="../../core/library_wording.cpp" line="23" />
        <source>the file is damaged or not the kind its name says</source>
        <translation>文件已损坏，或与其名称所示的类型不符</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="24" />
        <source>its contents are not in a format Pearlzone reads</source>
        <translation>其内容不是 Pearlzone 可读取的格式</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="25" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="26" />
        <source>you have no permission to read it</source>
        <translation>您没有读取该文件的权限</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="27" />
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="28" />
        <source>the file is incomplete (cut short)</source>
        <translation>文件不完整（被截断）</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="29" />
        <source>the file's text is not valid JSON</source>
        <translation>文件内容不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="30" />
        <source>the file is damaged or incomplete</source>
        <translation>文件已损坏或不完整</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="31" />
        <source>the file's text cannot be read as its format says</source>
        <translation>文件内容无法按其格式读取</translation>
    </message>
    <message>
        <location filename="../../core/library_wording.cpp" line="32" />
        <location filename="../../core/library_wording.cpp" line="33" />
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
</context>
<context>
    <name>pearlzone::render::PdfText</name>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="103" />
        <source>Sources: zone boundaries are approximations digitised from public descriptions, not official boundaries; designations follow the Guangzhou AI and Digital Economy Pilot Zone industry guideline.</source>
        <translation>数据来源：片区边界为依据公开资料数字化的近似范围，非官方边界；指定产业依据《广州人工智能与数字经济试验区产业导则》。</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="118" />
        <location filename="../../render/pdf_pages.cpp" line="192" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="202" />
        <source>Sub-area boundary</source>
        <translation>子片区界线</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="204" />
        <source>Pearl River</source>
        <translation>珠江</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="226" />
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="227" />
        <source>Review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="228" />
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="229" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="236" />
        <source>Parcels: </source>
        <translation>地块：</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="241" />
        <source>Scale </source>
        <translation>比例尺 </translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="242" />
        <source>CRS: CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547)</source>
        <translation>坐标系：CGCS2000 / 3度高斯-克吕格 中央经线114°E（EPSG:4547）</translation>
    </message>
    <message>
        <location filename="../../render/pdf_pages.cpp" line="243" />
        <source>Made on </source>
        <translation>制图日期：</translation>
    </message>
    <message>
        <location filename="../../render/pdf_export.cpp" line="35" />
        <source>AI and Digital Economy Pilot Zone</source>
        <translation>人工智能与数字经济试验区</translation>
    </message>
    <message>
        <location filename="../../render/pdf_export.cpp" line="48" />
        <source>Guangzhou AI and Digital Economy Pilot Zone: one river, two banks, three zones</source>
        <translation>广州人工智能与数字经济试验区 · 一江两岸三片区</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="329" />
        <source>Parcel check report</source>
        <translation>地块检查报告</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="151" />
        <location filename="../../render/report_table.cpp" line="57" />
        <source>Parcel</source>
        <translation>地块编号</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="151" />
        <location filename="../../render/report_table.cpp" line="57" />
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="152" />
        <location filename="../../render/report_table.cpp" line="58" />
        <source>Inside</source>
        <translation>区内比例</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="153" />
        <location filename="../../render/report_table.cpp" line="58" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="310" />
        <location filename="../../render/report_table.cpp" line="59" />
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <location filename="../../render/report_table.cpp" line="60" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../render/report_table.cpp" line="221" />
        <source>Guideline text for the industries designated here</source>
        <translation>本片区指定产业（导则原文）</translation>
    </message>
    <message>
        <location filename="../../render/report_table.cpp" line="227" />
        <source>Notes on the land use (marked in the reasons)</source>
        <translation>用地性质说明（见理由中的注）</translation>
    </message>
    <message>
        <location filename="../../render/report_table.cpp" line="59" />
        <source>Constraints</source>
        <translation>管控线</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="60" />
        <location filename="../../render/report_pdf.cpp" line="355" />
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="100" />
        <source>Outside every zone</source>
        <translation>不在任何片区内</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="102" />
        <source>Errors (no zone)</source>
        <translation>错误（无片区）</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="250" />
        <source>The table lists every parcel (%L1), by zone and sub-area.</source>
        <translation>明细表按片区和子片区列出全部地块（%L1 宗）。</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="252" />
        <source>No table of parcels (--pdf-rows none): %L1 parcels are not listed.</source>
        <translation>不含地块明细表（--pdf-rows none）：%L1 宗地块未列出。</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="256" />
        <source>The table lists the %L1 parcels that need a planner (in or partly in a zone and not passed, and every error), by zone and sub-area; %L2 parcels are not listed (passed, or outside every zone).</source>
        <translation>明细表按片区和子片区列出需规划人员处理的 %L1 宗地块（位于或部分位于片区内且未通过，以及所有错误）；%L2 宗地块未列出（已通过，或不在任何片区内）。</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="269" />
        <source>Guangzhou AI and Digital Economy Pilot Zone</source>
        <translation>广州人工智能与数字经济试验区</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="274" />
        <source>Input:</source>
        <translation>输入文件：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="275" />
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="276" />
        <source>Coordinates:</source>
        <translation>坐标系：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="278" />
        <source>Zone set:</source>
        <translation>片区边界：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="279" />
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="280" />
        <source>inside when at least %1 of the parcel lies in the zone; the industry must be designated there</source>
        <translation>区内比例不低于 %1 视为位于片区内；产业须为该片区（及子片区）的指定产业</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="282" />
        <source>Checked at:</source>
        <translation>检查时间：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="283" />
        <source>Input checksum (SHA-256):</source>
        <translation>输入文件校验和（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="313" />
        <source>Constraint lines</source>
        <translation>管控线</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="404" />
        <source>Maps</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="441" />
        <source>Parcels checked: </source>
        <translation>检查地块：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="444" />
        <source>page %1 of %2 of this group, %L3 parcels</source>
        <translation>本组第 %1 / %2 页，共 %L3 宗地块</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="199" />
        <location filename="../../render/report_pdf.cpp" line="284" />
        <source>n/a (a database)</source>
        <translation>无（数据库连接）</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="285" />
        <source>Parcels:</source>
        <translation>地块数：</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="303" />
        <source>outside every zone</source>
        <translation>不在任何片区内</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="306" />
        <source>Verdicts</source>
        <translation>结论统计</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="315" />
        <source>Zones</source>
        <translation>片区统计</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="319" />
        <source>Outside every zone, by nearest zone</source>
        <translation>片区外地块（按最近片区）</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="360" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="369" />
        <source>Contents: the parcels listed, by zone and sub-area</source>
        <translation>目录：按片区和子片区列出的地块</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="383" />
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../render/report_pdf.cpp" line="399" />
        <source>Map of the checked parcels</source>
        <translation>检查地块分布图</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="34" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="75" />
        <source>Changed parcels</source>
        <translation>变化地块</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="122" />
        <source>Old boundary: </source>
        <translation>原边界：</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="125" />
        <source>New boundary: </source>
        <translation>新边界：</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="131" />
        <source>Changed parcel (new verdict): </source>
        <translation>变化地块（新结论）：</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="145" />
        <source>Zone set comparison</source>
        <translation>片区边界变化对比</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="152" />
        <source>Zone (old → new)</source>
        <translation>片区（原 → 新）</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="153" />
        <source>What changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="191" />
        <source>Input: </source>
        <translation>输入文件：</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="193" />
        <source>Old zone set: </source>
        <translation>原边界：</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="194" />
        <source>New zone set: </source>
        <translation>新边界：</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="195" />
        <source>Rules: inside when at least %1 of the parcel lies in the zone</source>
        <translation>规则：区内比例不低于 %1 视为位于片区内</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="197" />
        <source>Compared at: </source>
        <translation>对比时间：</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="198" />
        <source>Input checksum (SHA-256): </source>
        <translation>输入文件校验和（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="200" />
        <source>%1 parcels compared, %2 changed.</source>
        <translation>对比地块 %1 宗，其中 %2 宗有变化。</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="203" />
        <source>Changes by kind</source>
        <translation>变化类型</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="205" />
        <source>zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="206" />
        <source>sub-area</source>
        <translation>子片区</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="207" />
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="208" />
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="213" />
        <source>Zone moves</source>
        <translation>片区变化</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="216" />
        <source>Verdict moves</source>
        <translation>结论变化</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="225" />
        <source>Map of the changed parcels</source>
        <translation>变化地块分布图</translation>
    </message>
    <message>
        <location filename="../../render/change_pdf_export.cpp" line="239" />
        <source>The changed parcels</source>
        <translation>变化地块明细</translation>
    </message>
    <message>
        <location filename="../../render/report_counts.cpp" line="45" />
        <source>parcels hitting a constraint line</source>
        <translation>触碰管控线的地块</translation>
    </message>
    <message>
        <location filename="../../render/report_counts.cpp" line="47" />
        <source>parcels clear of every line</source>
        <translation>未触碰管控线的地块</translation>
    </message>
</context>
</TS>