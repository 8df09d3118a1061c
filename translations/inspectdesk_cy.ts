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
        <translation>&amp;Gadael</translation>
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
    <name>inspectdesk::ReviewWorkspace</name>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="+13"/>
        <source>Review workspace</source>
        <translation>Man gwaith adolygu</translation>
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
</TS>
