<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>Grade</name>
    <message>
        <location filename="../app/core/model/Grade.cpp" line="+13"/>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inadequate</source>
        <translation>Annigonol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adequate</source>
        <translation>Digonol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Rhagorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extracted</source>
        <translation>Wedi’i echdynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Wedi’i gadarnhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Wedi’i gywiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand</source>
        <translation>Wedi’i ychwanegu â llaw</translation>
    </message>
</context>
<context>
    <name>JudgementCommands</name>
    <message>
        <location filename="../ui/review/JudgementCommands.cpp" line="+32"/>
        <source>Add judgement %1</source>
        <translation>Ychwanegu barn %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove judgement %1</source>
        <translation>Tynnu barn %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit report fields</source>
        <translation>Golygu meysydd yr adroddiad</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../app/core/model/ReportKind.cpp" line="+14"/>
        <source>Annual performance assessment</source>
        <translation>Asesiad perfformiad blynyddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint area review</source>
        <translation>Adolygiad ardal ar y cyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children&apos;s services assessment</source>
        <translation>Asesiad gwasanaethau plant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguarding and looked after children inspection</source>
        <translation>Arolygiad diogelu a phlant sy’n derbyn gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single inspection framework</source>
        <translation>Fframwaith arolygu sengl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILACS inspection</source>
        <translation>Arolygiad ILACS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other report</source>
        <translation>Adroddiad arall</translation>
    </message>
</context>
<context>
    <name>inspectdesk::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="+13"/>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
</context>
<context>
    <name>inspectdesk::DocumentPane</name>
    <message>
        <location filename="../ui/review/DocumentPane.cpp" line="+24"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Chwyddo allan (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Chwyddo i mewn (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Lled llawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Tudalen gyfan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Page </source>
        <translation> Tud. </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Canfod yn y ddogfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Canlyniad blaenorol (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next hit (F3)</source>
        <translation>Canlyniad nesaf (F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> no hits</source>
        <translation> dim canlyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %1 of %2</source>
        <translation> %1 o %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1</source>
        <translation>Tudalen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> of %1 </source>
        <translation> o %1 </translation>
    </message>
</context>
<context>
    <name>inspectdesk::DocumentView</name>
    <message>
        <location filename="../ui/review/DocumentView.cpp" line="+29"/>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>No report open</source>
        <translation>Dim adroddiad ar agor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rendering page %1…</source>
        <translation>Wrthi’n rendro tudalen %1…</translation>
    </message>
</context>
<context>
    <name>inspectdesk::HistoryView</name>
    <message>
        <location filename="../ui/review/HistoryView.cpp" line="+15"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old</source>
        <translation>Hen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ImportController</name>
    <message>
        <location filename="../ui/review/ImportController.cpp" line="+38"/>
        <source>Importing reports…</source>
        <translation>Wrthi’n mewnforio adroddiadau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling after the current file…</source>
        <translation>Yn diddymu ar ôl y ffeil bresennol…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Imported %1 of %2…</source>
        <translation>Mewnforiwyd %1 o %2…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Imported: %1
Already in the database: %2
Failed: %3</source>
        <translation>Wedi’u mewnforio: %1
Eisoes yn y gronfa ddata: %2
Wedi methu: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
The import was cancelled; the remaining files were not read.</source>
        <translation>
Diddymwyd y mewnforio; ni ddarllenwyd y ffeiliau sy’n weddill.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::JudgementDelegate</name>
    <message>
        <location filename="../ui/review/JudgementDelegate.cpp" line="+16"/>
        <source>Judgement</source>
        <translation>Barn</translation>
    </message>
</context>
<context>
    <name>inspectdesk::JudgementTableModel</name>
    <message>
        <location filename="../ui/review/JudgementTableModel.cpp" line="+38"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Argraffedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgement</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>p. %1</source>
        <translation>t. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no source found</source>
        <translation>dim ffynhonnell</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No source found: the place this grade was read is unknown</source>
        <translation>Dim ffynhonnell: nid yw’n hysbys o ble y darllenwyd y radd hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low confidence (%1%): check against the page</source>
        <translation>Hyder isel (%1%): gwiriwch yn erbyn y dudalen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Confirm %1</source>
        <translation>Cadarnhau %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set %1 to %2</source>
        <translation>Gosod %2 ar gyfer %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-point %1 to page %2</source>
        <translation>Newid ffynhonnell %1 i dudalen %2</translation>
    </message>
</context>
<context>
    <name>inspectdesk::LibraryView</name>
    <message>
        <location filename="../ui/review/LibraryView.cpp" line="+23"/>
        <source>Filter reports (council, kind, year…)</source>
        <translation>Hidlo adroddiadau (cyngor, math, blwyddyn…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter reports</source>
        <translation>Hidlo adroddiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report library</source>
        <translation>Llyfrgell adroddiadau</translation>
    </message>
</context>
<context>
    <name>inspectdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+31"/>
        <source>&amp;Review</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Workspaces</source>
        <translation>Mannau gwaith</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Agor cronfa ddata…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Database…</source>
        <translation>Cronfa ddata &amp;newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;Databases</source>
        <translation>Cronfeydd &amp;data diweddar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review Workspace</source>
        <translation>Man gwaith &amp;adolygu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About InspectDesk</source>
        <translation>&amp;Ynghylch InspectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open database</source>
        <translation>Methu agor y gronfa ddata</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>New database: %n sample report(s) imported</source>
        <translation>
            <numerusform>Cronfa ddata newydd: mewnforiwyd %n adroddiad enghreifftiol</numerusform>
            <numerusform>Cronfa ddata newydd: mewnforiwyd %n adroddiad enghreifftiol</numerusform>
            <numerusform>Cronfa ddata newydd: mewnforiwyd %n adroddiad enghreifftiol</numerusform>
            <numerusform>Cronfa ddata newydd: mewnforiwyd %n adroddiad enghreifftiol</numerusform>
            <numerusform>Cronfa ddata newydd: mewnforiwyd %n adroddiad enghreifftiol</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open Database</source>
        <translation>Agor cronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InspectDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cronfeydd data InspectDesk (*.sqlite *.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Cronfa ddata newydd</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>InspectDesk databases (*.sqlite)</source>
        <translation>Cronfeydd data InspectDesk (*.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; use Open Database to open it.</source>
        <translation>Mae %1 yn bodoli eisoes; defnyddiwch Agor cronfa ddata i’w hagor.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About InspectDesk</source>
        <translation>Ynghylch InspectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;InspectDesk %1&lt;/h3&gt;&lt;p&gt;Reads Ofsted children&apos;s services inspection reports, extracts every grade with the place it was read, and lets inspectors check them and directors chart them.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Report data: Ofsted reports are Crown copyright; Ofsted allows reproduction for non-commercial purposes with the source and date of publication stated.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and poppler.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InspectDesk %1&lt;/h3&gt;&lt;p&gt;Mae’n darllen adroddiadau Ofsted ar arolygu gwasanaethau plant, yn echdynnu pob gradd ynghyd â’r man lle cafodd ei darllen, ac yn gadael i arolygwyr eu gwirio ac i gyfarwyddwyr eu dangos mewn siartiau.&lt;/p&gt;&lt;p&gt;Trwydded: Trwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu unrhyw fersiwn diweddarach.&lt;/p&gt;&lt;p&gt;Data’r adroddiadau: mae adroddiadau Ofsted dan hawlfraint y Goron; mae Ofsted yn caniatáu eu hatgynhyrchu at ddibenion anfasnachol os nodir y ffynhonnell a’r dyddiad cyhoeddi.&lt;/p&gt;&lt;p&gt;Adeiladwyd gyda Qt %2 a poppler.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — InspectDesk</source>
        <translation>%1 — InspectDesk</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ReportForm</name>
    <message>
        <location filename="../ui/review/ReportForm.cpp" line="+35"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report kind</source>
        <translation>Math o adroddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>not printed</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Assessment year</source>
        <translation>Blwyddyn yr asesiad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publication date</source>
        <translation>Dyddiad cyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review status</source>
        <translation>Statws adolygu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document note</source>
        <translation>Nodyn am y ddogfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judgements</source>
        <translation>Barnau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Council:</source>
        <translation>Cy&amp;ngor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment &amp;year:</source>
        <translation>&amp;Blwyddyn asesu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>C&amp;yhoeddwyd:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No report open</source>
        <translation>Dim adroddiad ar agor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No judgements were found in this report; add them from the document.</source>
        <translation>Ni chafwyd hyd i unrhyw farnau yn yr adroddiad hwn; ychwanegwch nhw o’r ddogfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;Reviewed&lt;/b&gt;: all %n judgement(s) confirmed or corrected.</source>
        <translation>
            <numerusform>&lt;b&gt;Adolygwyd&lt;/b&gt;: mae pob un o’r %n barn wedi’i chadarnhau neu ei chywiro.</numerusform>
            <numerusform>&lt;b&gt;Adolygwyd&lt;/b&gt;: mae’r unig farn wedi’i chadarnhau neu ei chywiro.</numerusform>
            <numerusform>&lt;b&gt;Adolygwyd&lt;/b&gt;: mae pob un o’r %n barn wedi’i chadarnhau neu ei chywiro.</numerusform>
            <numerusform>&lt;b&gt;Adolygwyd&lt;/b&gt;: mae pob un o’r %n barn wedi’i chadarnhau neu ei chywiro.</numerusform>
            <numerusform>&lt;b&gt;Adolygwyd&lt;/b&gt;: mae pob un o’r %n barn wedi’i chadarnhau neu ei chywiro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 judgements reviewed</source>
        <translation>%1 o %2 barn wedi’u hadolygu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This PDF has no text layer (scanned?): nothing could be read from it. Add judgements by hand from the page images.</source>
        <translation>Does dim haen testun yn y PDF hwn (wedi’i sganio?): ni ellid darllen dim ohono. Ychwanegwch farnau â llaw o ddelweddau’r tudalennau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text on page(s) %1: grades printed there could not be read.</source>
        <translation>Dim testun ar dudalen(nau) %1: ni ellid darllen y graddau sydd wedi’u hargraffu yno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored PDF could not be opened for display.</source>
        <translation>Ni ellid agor y PDF sydd wedi’i storio i’w ddangos.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ReportLibraryModel</name>
    <message>
        <location filename="../ui/review/ReportLibraryModel.cpp" line="+31"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Wedi’u hadolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2, imported %3 by %4</source>
        <translation>%1 — %2, mewnforiwyd %3 gan %4</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ReviewWorkspace</name>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="+44"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Warnings</source>
        <translation>&amp;Rhybuddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Report %1 is not in this database</source>
        <translation>Nid yw adroddiad %1 yn y gronfa ddata hon</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Report reloaded from the database</source>
        <translation>Ail-lwythwyd yr adroddiad o’r gronfa ddata</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: no source found in the document</source>
        <translation>%1: ni chafwyd hyd i’r ffynhonnell yn y ddogfen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Every judgement in this report is reviewed</source>
        <translation>Mae pob barn yn yr adroddiad hwn wedi’i hadolygu</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New judgement</source>
        <translation>Barn newydd</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Changed elsewhere</source>
        <translation>Newidiwyd mewn man arall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save</source>
        <translation>Methu cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report was changed in another window or program since you opened it, so your change was not saved.

%1</source>
        <translation>Mae’r adroddiad hwn wedi’i newid mewn ffenestr neu raglen arall ers i chi ei agor, felly ni chadwyd eich newid.

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your change was not saved.

%1</source>
        <translation>Ni chadwyd eich newid.

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload Report</source>
        <translation>&amp;Ail-lwytho’r adroddiad</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewWorkspaceMenus.cpp" line="+37"/>
        <source>&amp;Import Reports…</source>
        <translation>&amp;Mewnforio adroddiadau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Reports</source>
        <translation>Mewnforio adroddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF reports (*.pdf)</source>
        <translation>Adroddiadau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent &amp;Reports</source>
        <translation>Ad&amp;roddiadau diweddar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Document Text</source>
        <translation>&amp;Copïo testun y ddogfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find in Document…</source>
        <translation>Ca&amp;nfod yn y ddogfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Canfod y n&amp;esaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Previous</source>
        <translation>Canfod y &amp;blaenorol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Chwyddo a&amp;llan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;Width</source>
        <translation>Ffitio’r ll&amp;ed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;Page</source>
        <translation>Ffitio’r d&amp;udalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter &amp;Library</source>
        <translation>&amp;Hidlo’r llyfrgell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;view</source>
        <translation>Ad&amp;olygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirm and Next</source>
        <translation>&amp;Cadarnhau a mynd i’r nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unreviewed</source>
        <translation>Y &amp;nesaf heb ei hadolygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Unreviewed</source>
        <translation>Y &amp;blaenorol heb ei hadolygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Jump to Document</source>
        <translation>Ne&amp;idio i’r ddogfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;Table</source>
        <translation>Yn ôl i’r t&amp;abl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Judgement from Selection</source>
        <translation>&amp;Ychwanegu barn o’r detholiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Re-point Judgement to Selection</source>
        <translation>Newid &amp;ffynhonnell y farn i’r detholiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move Judgement</source>
        <translation>&amp;Tynnu’r farn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load Report</source>
        <translation>Ail-l&amp;wytho’r adroddiad</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Open a database before importing reports</source>
        <translation>Agorwch gronfa ddata cyn mewnforio adroddiadau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import finished</source>
        <translation>Wedi gorffen mewnforio</translation>
    </message>
</context>
<context>
    <name>inspectdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+20"/>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer name</source>
        <translation>Enw’r adolygydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default database</source>
        <translation>Cronfa ddata ragosodedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Pori…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default Database</source>
        <translation>Cronfa ddata ragosodedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InspectDesk databases (*.sqlite)</source>
        <translation>Cronfeydd data InspectDesk (*.sqlite)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reviewer name:</source>
        <translation>Enw’r &amp;adolygydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;database:</source>
        <translation>Cronfa &amp;ddata ragosodedig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Iaith (ar ôl ailgychwyn):</translation>
    </message>
</context>
<context>
    <name>inspectdesk::WarningsModel</name>
    <message>
        <location filename="../ui/review/WarningsModel.cpp" line="+36"/>
        <source>%1: no source found in the document</source>
        <translation>%1: ni chafwyd hyd i’r ffynhonnell yn y ddogfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: printed grade &quot;%2&quot; does not fit the scale</source>
        <translation>%1: nid yw’r radd argraffedig “%2” yn cyd-fynd â’r raddfa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: low confidence (%2%)</source>
        <translation>%1: hyder isel (%2%)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (p. %2)</source>
        <translation>%1 (t. %2)</translation>
    </message>
</context>
</TS>
