<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/drawn_parcel_commands.cpp" line="8" />
        <source>Draw parcel %1</source>
        <translation>绘制地块 %1</translation>
    </message>
    <message>
        <location filename="../../app/drawn_parcel_commands.cpp" line="16" />
        <source>Delete parcel %1</source>
        <translation>删除地块 %1</translation>
    </message>
    <message>
        <location filename="../../app/drawn_parcel_commands.cpp" line="25" />
        <source>Change industry</source>
        <translation>修改产业</translation>
    </message>
    <message>
        <location filename="../../app/drawn_parcel_commands.cpp" line="35" />
        <source>Redraw outline</source>
        <translation>重绘边界</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::BatchCheckDialog</name>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="38" />
        <source>Batch check parcels</source>
        <translation>批量检查地块</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="41" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="42" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="48" />
        <source>As the file says</source>
        <translation>按文件所述</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="73" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="74" />
        <source>Id field</source>
        <translation>编号字段</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="75" />
        <source>Industry field</source>
        <translation>产业字段</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="76" />
        <source>Coordinates</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="77" />
        <source>Minimum share inside</source>
        <translation>最低区内比例</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="79" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="81" />
        <location filename="../../app/batch_check_dialog.cpp" line="108" />
        <source>Parcel files</source>
        <translation>地块文件</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="93" />
        <source>Add at least one parcel file.</source>
        <translation>请至少添加一个地块文件。</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="97" />
        <source>Choose the field that holds the industries.</source>
        <translation>请选择存放产业的字段。</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="150" />
        <source>(feature id)</source>
        <translation>（要素编号）</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="151" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../app/batch_check_dialog.cpp" line="160" />
        <source>This layer does not say which coordinates it uses: choose them under Coordinates.</source>
        <translation>该图层未注明坐标系，请在“坐标系”中选择。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::MainWindow</name>
    <message>
        <location filename="../../app/main_window.cpp" line="57" />
        <source>inside</source>
        <translation>区内</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="58" />
        <source>partial</source>
        <translation>部分在区内</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="59" />
        <source>outside</source>
        <translation>区外</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="60" />
        <source>designated</source>
        <translation>指定产业</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="61" />
        <source>partly_designated</source>
        <translation>部分指定</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="62" />
        <source>not_designated</source>
        <translation>非指定产业</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="63" />
        <source>unknown</source>
        <translation>未知产业</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="64" />
        <source>missing</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="65" />
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="124" />
        <source>Checking %1: %L2 parcels</source>
        <translation>正在检查 %1：%L2 个地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="128" />
        <source>The check could not run</source>
        <translation>无法运行检查</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="130" />
        <source>Check cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="276" />
        <source>Move up (draw on top)</source>
        <translation>上移（绘制在上层）</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="277" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="347" />
        <source>Pearlzone — AI and Digital Economy Pilot Zone</source>
        <translation>Pearlzone — 人工智能与数字经济试验区</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="348" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="349" />
        <source>&amp;Open parcels…</source>
        <translation>打开地块(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="350" />
        <source>Open &amp;zones layer…</source>
        <translation>打开片区图层(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="351" />
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="352" />
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="353" />
        <source>Export map to &amp;PDF…</source>
        <translation>导出地图为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="354" />
        <source>Export check &amp;report to PDF…</source>
        <translation>导出检查报告为 PDF(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="355" />
        <source>Save drawn parcels…</source>
        <translation>保存绘制的地块…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="356" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="357" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="358" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="359" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="360" />
        <source>Change industry of drawn parcel…</source>
        <translation>修改绘制地块的产业…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="361" />
        <source>Redraw outline of drawn parcel</source>
        <translation>重绘所选地块的边界</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="362" />
        <source>Delete drawn parcel</source>
        <translation>删除绘制的地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="363" />
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="364" />
        <source>&amp;Batch check parcels…</source>
        <translation>批量检查地块(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="365" />
        <source>&amp;Draw candidate parcel</source>
        <translation>绘制候选地块(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="366" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="367" />
        <source>Zoom to &amp;full extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="368" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="369" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="370" />
        <source>Zoom to zone</source>
        <translation>缩放至片区</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="371" />
        <source>Zoom to &amp;selection</source>
        <translation>缩放至所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="372" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="373" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="374" />
        <source>&amp;About Pearlzone</source>
        <translation>关于 Pearlzone(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="375" />
        <source>&amp;Data sources and disclaimer</source>
        <translation>数据来源与免责声明(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="376" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="377" />
        <source>Identify</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="378" />
        <source>Check results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="379" />
        <location filename="../../app/main_window.cpp" line="778" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="380" />
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="381" />
        <source>Zone:</source>
        <translation>片区：</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="382" />
        <source>Move the mouse over the map</source>
        <translation>将鼠标移到地图上</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="393" />
        <location filename="../../app/main_window.cpp" line="403" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="394" />
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="395" />
        <source>review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="396" />
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="397" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="406" />
        <source>Outside every zone</source>
        <translation>不在任何片区内</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="477" />
        <location filename="../../app/main_window.cpp" line="504" />
        <source>Drawn parcels</source>
        <translation>绘制的地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="513" />
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="514" />
        <source>Sub-areas</source>
        <translation>子片区</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="515" />
        <source>Zones</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="523" />
        <source>Pearl River</source>
        <translation>珠江</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="576" />
        <source>No check yet: Check → Batch check parcels…</source>
        <translation>尚未检查：检查 → 批量检查地块…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="584" />
        <source>%1: %L2 shown of %L3 — pass %L4, review %L5, fail %L6, error %L7</source>
        <translation>%1：显示 %L2 / 共 %L3 — 通过 %L4，待复核 %L5，不通过 %L6，错误 %L7</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="625" />
        <source>Open parcels</source>
        <translation>打开地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="626" />
        <source>Parcel files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>地块文件 (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="643" />
        <source>Open zones layer</source>
        <translation>打开片区图层</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="656" />
        <source>Zones layer</source>
        <translation>片区图层</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="657" />
        <source>This layer cannot be used as zones:
%1

A zones layer needs the fields zone_id, subarea_id, name_zh and name_en, with the zone ids the designations use.</source>
        <translation>该图层不能用作片区：
%1

片区图层需要 zone_id、subarea_id、name_zh 和 name_en 字段，且片区编号须与指定产业表一致。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="670" />
        <source>Zones loaded from %1: check the parcels again</source>
        <translation>已从 %1 加载片区：请重新检查地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="718" />
        <source>Checked %L1 parcels of %2 in %3 s</source>
        <translation>已检查 %2 的 %L1 个地块，用时 %3 秒</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="721" />
        <source>Coordinates look wrong</source>
        <translation>坐标似乎有误</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="759" />
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="761" />
        <source>CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)</source>
        <translation>CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="768" />
        <source>Results written to %1</source>
        <translation>结果已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="770" />
        <location filename="../../app/main_window.cpp" line="793" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="778" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="789" />
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="791" />
        <source>PDF export cancelled: no file was written</source>
        <translation>PDF 导出已取消：未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="810" />
        <source>Export map to PDF</source>
        <translation>导出地图为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="813" />
        <location filename="../../app/main_window.cpp" line="839" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="836" />
        <source>Export check report to PDF</source>
        <translation>导出检查报告为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="927" />
        <source>&lt;p&gt;Nothing here: outside every zone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此处没有对象：不在任何片区内。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="933" />
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="940" />
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="941" />
        <source>Catalogue codes</source>
        <translation>目录代码</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="942" />
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="943" />
        <source>Inside</source>
        <translation>区内比例</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="944" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="945" />
        <source>Industry status</source>
        <translation>产业状态</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="947" />
        <source>Designated in</source>
        <translation>指定片区</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="949" />
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="965" />
        <source>Sub-area:</source>
        <translation>子片区：</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="968" />
        <source>Designated industries</source>
        <translation>指定产业</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="979" />
        <source>The guideline's targets (whole pilot zone)</source>
        <translation>导则目标（整个试验区）</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1007" />
        <source>Click the new outline's corners; double-click to finish</source>
        <translation>点击新边界的各个拐点，双击结束</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1036" />
        <location filename="../../app/main_window.cpp" line="1097" />
        <source>Candidate parcel</source>
        <translation>候选地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1036" />
        <source>Proposed industry (one or more, separated by ；):</source>
        <translation>拟引入产业（可填多个，用“；”分隔）：</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1050" />
        <source>Drawn-%1</source>
        <translation>草图-%1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1002" />
        <location filename="../../app/main_window.cpp" line="1082" />
        <location filename="../../app/main_window.cpp" line="1092" />
        <source>Click a drawn parcel first</source>
        <translation>请先点击一个绘制的地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1097" />
        <source>Proposed industry:</source>
        <translation>拟引入产业：</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1106" />
        <location filename="../../app/main_window.cpp" line="1109" />
        <source>Save drawn parcels</source>
        <translation>保存绘制的地块</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1106" />
        <source>Draw a parcel first: Check → Draw candidate parcel.</source>
        <translation>请先绘制地块：检查 → 绘制候选地块。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1111" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1128" />
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1134" />
        <source>About Pearlzone</source>
        <translation>关于 Pearlzone</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1135" />
        <source>&lt;h3&gt;Pearlzone %1&lt;/h3&gt;&lt;p&gt;Checks candidate parcels against the Guangzhou AI and Digital Economy Pilot Zone and its industry guideline.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL, GEOS and PROJ.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pearlzone %1&lt;/h3&gt;&lt;p&gt;对照广州人工智能与数字经济试验区及其产业导则检查候选地块。&lt;/p&gt;&lt;p&gt;基于 Qt、GDAL、GEOS 和 PROJ 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1143" />
        <source>Data sources and disclaimer</source>
        <translation>数据来源与免责声明</translation>
    </message>
    <message>
        <location filename="../../app/main_window.cpp" line="1144" />
        <source>The zone boundaries bundled with Pearlzone are approximations digitised from public descriptions (areas of the 2020 master plan, street boundaries, the roads that bound the Finance City, river centre lines). They are not official boundaries and must not be used as such. Load official boundaries with the same fields (zone_id, subarea_id, name_zh, name_en) to check against them.

Designated industries and targets follow 《广州人工智能与数字经济试验区产业导则》 as reported in the press; each designation quotes the sentence it rests on.</source>
        <translation>Pearlzone 自带的片区边界是根据公开资料（2020 年总体方案的面积、街道边界、金融城四至道路、河道中心线）数字化的近似范围，并非官方边界，不得作为官方边界使用。请加载带有相同字段（zone_id、subarea_id、name_zh、name_en）的官方边界进行检查。

指定产业与目标依据媒体报道的《广州人工智能与数字经济试验区产业导则》，每项指定均引用其依据的原句。</translation>
    </message>
</context>
<context>
    <name>pearlzone::app::ResultsModel</name>
    <message>
        <location filename="../../app/results_model.cpp" line="64" />
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="65" />
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="66" />
        <source>Zone</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="67" />
        <source>Sub-area</source>
        <translation>子片区</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="68" />
        <source>Inside</source>
        <translation>区内比例</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="69" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="70" />
        <source>Industry status</source>
        <translation>产业状态</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="71" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/results_model.cpp" line="72" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
</TS>