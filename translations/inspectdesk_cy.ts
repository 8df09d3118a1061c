<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>Briefing</name>
    <message>
        <location filename="../app/core/briefing/BriefingData.cpp" line="+16"/>
        <source>first assessment</source>
        <translation>asesiad cyntaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>improved</source>
        <translation>wedi gwella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>dim newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <translation>wedi dirywio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Children&apos;s services judgements: briefing pack</source>
        <translation>Dyfarniadau gwasanaethau plant: pecyn briffio</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>its statistical neighbours (the DfE model in force in each year)</source>
        <translation>ei gymdogion ystadegol (model yr Adran Addysg a oedd mewn grym bob blwyddyn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the councils of its region, %1</source>
        <translation>cynghorau ei ranbarth, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every council of England</source>
        <translation>pob cyngor yn Lloegr</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/briefing/BriefingPages.cpp" line="+143"/>
        <source>%n judgement(s) differ between two reports for the same year; the latest published is used and marked !.</source>
        <translation>
            <numerusform>%n dyfarniad yn wahanol rhwng dau adroddiad ar gyfer yr un flwyddyn; defnyddir yr un a gyhoeddwyd ddiwethaf a’i nodi â !.</numerusform>
            <numerusform>%n dyfarniad yn wahanol rhwng dau adroddiad ar gyfer yr un flwyddyn; defnyddir yr un a gyhoeddwyd ddiwethaf a’i nodi â !.</numerusform>
            <numerusform>%n dyfarniad yn wahanol rhwng dau adroddiad ar gyfer yr un flwyddyn; defnyddir yr un a gyhoeddwyd ddiwethaf a’i nodi â !.</numerusform>
            <numerusform>%n dyfarniad yn wahanol rhwng dau adroddiad ar gyfer yr un flwyddyn; defnyddir yr un a gyhoeddwyd ddiwethaf a’i nodi â !.</numerusform>
            <numerusform>%n dyfarniad yn wahanol rhwng dau adroddiad ar gyfer yr un flwyddyn; defnyddir yr un a gyhoeddwyd ddiwethaf a’i nodi â !.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>— %n judgement(s) not yet reviewed</source>
        <translation>
            <numerusform>— %n dyfarniad heb eu hadolygu eto</numerusform>
            <numerusform>— %n dyfarniad heb eu hadolygu eto</numerusform>
            <numerusform>— %n dyfarniad heb eu hadolygu eto</numerusform>
            <numerusform>— %n dyfarniad heb eu hadolygu eto</numerusform>
            <numerusform>— %n dyfarniad heb eu hadolygu eto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <location filename="../app/core/charts/ChartStyle.cpp" line="+107"/>
        <source>not yet reviewed</source>
        <translation>heb ei adolygu eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewed (%1)</source>
        <translation>wedi’i adolygu (%1)</translation>
    </message>
</context>
<context>
    <name>Families</name>
    <message>
        <location filename="../app/core/charts/Families.cpp" line="+66"/>
        <source>Safeguarding and looked after children inspection: safeguarding</source>
        <translation>Arolygiad diogelu a phlant sy’n derbyn gofal: diogelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Safeguarding/LAC</source>
        <translation>Diogelu/PDG</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Safeguarding and looked after children inspection: looked after children</source>
        <translation>Arolygiad diogelu a phlant sy’n derbyn gofal: plant sy’n derbyn gofal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Annual performance assessment 2005-08: overall effectiveness</source>
        <translation>Asesiad perfformiad blynyddol 2005-08: effeithiolrwydd cyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Children&apos;s services assessment 2009-12: overall performance</source>
        <translation>Asesiad gwasanaethau plant 2009-12: perfformiad cyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSA</source>
        <translation>AGP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single inspection framework 2013-18: overall effectiveness</source>
        <translation>Fframwaith arolygu sengl 2013-18: effeithiolrwydd cyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>SIF</source>
        <translation>SIF</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>ILACS 2018-: overall effectiveness</source>
        <translation>ILACS 2018-: effeithiolrwydd cyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+22"/>
        <source>ILACS</source>
        <translation>ILACS</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>SIF 2013-18: children who need help and protection</source>
        <translation>SIF 2013-18: plant sydd angen cymorth ac amddiffyniad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ILACS 2018-: the experiences and progress of children who need help and protection</source>
        <translation>ILACS 2018-: profiadau a chynnydd plant sydd angen cymorth ac amddiffyniad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SIF 2013-18: children looked after and achieving permanence</source>
        <translation>SIF 2013-18: plant sy’n derbyn gofal a sicrhau sefydlogrwydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ILACS 2018-22: children in care and care leavers (one judgement)</source>
        <translation>ILACS 2018-22: plant mewn gofal a phobl sy’n gadael gofal (un dyfarniad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILACS 2018-22, with care leavers</source>
        <translation>ILACS 2018-22, gyda phobl sy’n gadael gofal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILACS 2023-: children in care</source>
        <translation>ILACS 2023-: plant mewn gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>ILACS 2023-</source>
        <translation>ILACS 2023-</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SIF 2013-18: care leavers</source>
        <translation>SIF 2013-18: pobl sy’n gadael gofal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ILACS 2023-: care leavers</source>
        <translation>ILACS 2023-: pobl sy’n gadael gofal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIF 2013-18: leadership, management and governance</source>
        <translation>SIF 2013-18: arweinyddiaeth, rheolaeth a llywodraethu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ILACS 2018-: the impact of leaders on social work practice</source>
        <translation>ILACS 2018-: effaith arweinwyr ar ymarfer gwaith cymdeithasol</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Annual performance assessment 2005-08</source>
        <translation>Asesiad perfformiad blynyddol 2005-08</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joint area review 2005-09</source>
        <translation>Adolygiad ardal ar y cyd 2005-09</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JAR</source>
        <translation>AAC</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../app/core/model/Grade.cpp" line="+14"/>
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
        <location filename="../app/core/review/ReviewCommands.cpp" line="+31"/>
        <source>Add judgement %1</source>
        <translation>Ychwanegu barn %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove judgement %1</source>
        <translation>Tynnu barn %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit report fields</source>
        <translation>Golygu meysydd yr adroddiad</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../app/core/charts/Families.cpp" line="-124"/>
        <source>Overall effectiveness</source>
        <translation>Effeithiolrwydd cyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help and protection</source>
        <translation>Cymorth ac amddiffyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help/protection</source>
        <translation>Cymorth/amddiffyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children in care</source>
        <translation>Plant mewn gofal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In care</source>
        <translation>Mewn gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care leavers</source>
        <translation>Pobl sy’n gadael gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership</source>
        <translation>Arweinyddiaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being healthy</source>
        <translation>Bod yn iach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Healthy</source>
        <translation>Iach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying safe</source>
        <translation>Aros yn ddiogel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safe</source>
        <translation>Diogel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enjoying and achieving</source>
        <translation>Mwynhau a chyflawni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enjoy/achieve</source>
        <translation>Mwynhau/cyflawni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making a positive contribution</source>
        <translation>Gwneud cyfraniad cadarnhaol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Cyfraniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieving economic well-being</source>
        <translation>Sicrhau llesiant economaidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic</source>
        <translation>Economaidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity to improve</source>
        <translation>Gallu i wella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Gallu</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>All children</source>
        <translation>Pob plentyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safeguarding (safeguarding/LAC inspections)</source>
        <translation>Diogelu (arolygiadau diogelu/PDG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looked after children</source>
        <translation>Plant sy’n derbyn gofal</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/dashboard/ChartBuilder.cpp" line="+75"/>
        <source>Judgement</source>
        <translation>Dyfarniad</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DistributionBuilder.cpp" line="+33"/>
        <source>%1, %2: %3 of %4 councils (%5%)</source>
        <translation>%1, %2: %3 o %4 cyngor (%5%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is one of them</source>
        <translation>Mae %1 yn un ohonynt</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>%1 (outlined)</source>
        <translation>%1 (wedi&apos;i amlinellu)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartBuilder.cpp" line="+143"/>
        <location filename="../ui/dashboard/DistributionBuilder.cpp" line="-80"/>
        <source>Assessment year</source>
        <translation>Blwyddyn asesu</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DistributionBuilder.cpp" line="+1"/>
        <source>Share of councils</source>
        <translation>Cyfran y cynghorau</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../app/core/model/ReportKind.cpp" line="+15"/>
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
    <name>ReportSection</name>
    <message>
        <location line="+53"/>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked after children</source>
        <translation>Plant sy’n derbyn gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth service</source>
        <translation>Gwasanaeth ieuenctid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corporate assessment</source>
        <translation>Asesiad corfforaethol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local Safeguarding Children Board</source>
        <translation>Bwrdd Lleol Diogelu Plant</translation>
    </message>
</context>
<context>
    <name>inspectdesk</name>
    <message>
        <location filename="../app/core/charts/TrendData.cpp" line="+78"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 joins %2 judgements (a dashed rule marks each change of framework): %3</source>
        <translation>Mae %1 yn cyfuno %2 dyfarniad (mae llinell doredig yn nodi pob newid fframwaith): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 joins %2 judgements: %3</source>
        <translation>Mae %1 yn cyfuno %2 dyfarniad: %3</translation>
    </message>
    <message>
        <location filename="../app/core/charts/Wording.cpp" line="+33"/>
        <source>Requires improvement</source>
        <translation>Angen gwella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requires improvement to be good</source>
        <translation>Angen gwella i fod yn dda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Performs excellently (4)</source>
        <translation>Perfformio’n rhagorol (4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performs well (3)</source>
        <translation>Perfformio’n dda (3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performs adequately (2)</source>
        <translation>Perfformio’n ddigonol (2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Performs poorly (1)</source>
        <translation>Perfformio’n wael (1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Requires improvement (to be good)</source>
        <translation>Angen gwella (i fod yn dda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adequate / Requires improvement</source>
        <translation>Digonol / Angen gwella</translation>
    </message>
</context>
<context>
    <name>inspectdesk::BriefingDialog</name>
    <message>
        <location filename="../ui/dashboard/BriefingDialog.cpp" line="+24"/>
        <source>Briefing Pack</source>
        <translation>Pecyn briffio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Councils in the pack:</source>
        <translation>&amp;Cynghorau yn y pecyn:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From &amp;year:</source>
        <translation>O’r flwyddy&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To year:</source>
        <translation>&amp;I’r flwyddyn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children&apos;s services judgements: briefing pack</source>
        <translation>Dyfarniadau gwasanaethau plant: pecyn briffio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare my council with</source>
        <translation>Cymharu fy nghyngor â</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticked councils only</source>
        <translation>Y cynghorau wedi&apos;u ticio yn unig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and its statistical neighbours</source>
        <translation>%1 a&apos;i gymdogion ystadegol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and its region</source>
        <translation>%1 a&apos;i ranbarth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and England</source>
        <translation>%1 a Lloegr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose my council in the dashboard&apos;s filters to compare it with its group.</source>
        <translation>Dewiswch fy nghyngor yn hidlwyr y dangosfwrdd i&apos;w gymharu â&apos;i grŵp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Com&amp;pare:</source>
        <translation>Cy&amp;mharu:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save PDF…</source>
        <translation>C&amp;adw PDF…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick at least one council.</source>
        <translation>Ticiwch o leiaf un cyngor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Briefing Pack</source>
        <translation>Cadw’r pecyn briffio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing %1…</source>
        <translation>Yn ysgrifennu %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1.</source>
        <translation>Wedi cadw %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Briefing pack not written</source>
        <translation>Ni ysgrifennwyd y pecyn briffio</translation>
    </message>
</context>
<context>
    <name>inspectdesk::BriefingPages</name>
    <message>
        <location filename="../app/core/briefing/BriefingPages.cpp" line="-235"/>
        <source>%1 · page %2</source>
        <translation>%1 · tudalen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data as of %1</source>
        <translation>Data fel ar %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Prepared %1</source>
        <translation>Paratowyd %1</translation>
    </message>
    <message>
        <location filename="../app/core/briefing/BriefingDistribution.cpp" line="+42"/>
        <source>its statistical neighbours (the DfE model of %1)</source>
        <translation>ei gymdogion ystadegol (model %1 yr Adran Addysg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2: judgements in force on %3</source>
        <translation>%1 a %2: dyfarniadau mewn grym ar %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements in force on %1</source>
        <translation>Dyfarniadau mewn grym ar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For each judgement, how many councils had each grade at their latest inspection on or before that date (share of those graded)%1.</source>
        <translation>Ar gyfer pob dyfarniad, faint o gynghorau a gafodd bob gradd yn eu harolygiad diweddaraf ar y dyddiad hwnnw neu cyn hynny (cyfran y rhai a raddiwyd)%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1&apos;s own grade, with the year of its inspection, on the left and outlined among the shares</source>
        <translation>; gradd %1 ei hun, gyda blwyddyn ei arolygiad, ar y chwith ac wedi&apos;i hamlinellu ymysg y cyfrannau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Judgement</source>
        <translation>Dyfarniad</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/core/briefing/BriefingPages.cpp" line="+3"/>
        <source>Councils</source>
        <translation>Cynghorau</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not graded</source>
        <translation>heb ei raddio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No judgements in force on that date.</source>
        <translation>Dim dyfarniadau mewn grym ar y dyddiad hwnnw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Councils counted: %1.</source>
        <translation>Cynghorau a gyfrifwyd: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the councils chosen</source>
        <translation>y cynghorau a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../app/core/briefing/BriefingPages.cpp" line="+10"/>
        <source>Assessment years: %1–%2</source>
        <translation>Blynyddoedd asesu: %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements on Ofsted&apos;s four-step scale (Inadequate, Adequate / Requires improvement (to be good), Good, Outstanding), normalised from the scale each report printed and named in the words of its framework; printed grades are quoted in the tables.</source>
        <translation>Dyfarniadau ar raddfa pedwar cam Ofsted (Annigonol, Digonol / Angen gwella (i fod yn dda), Da, Rhagorol), wedi’u normaleiddio o’r raddfa a argraffodd pob adroddiad ac wedi’u henwi yng ngeiriau ei fframwaith; dyfynnir y graddau argraffedig yn y tablau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with %1: %2.</source>
        <translation>O&apos;i gymharu â %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with %1: %2 councils with judgements in these years.</source>
        <translation>O&apos;i gymharu â %1: %2 o gynghorau â dyfarniadau yn y blynyddoedd hyn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No judgements in these years for: %1.</source>
        <translation>Dim dyfarniadau yn y blynyddoedd hyn ar gyfer: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All %1 judgements in this pack have been reviewed against the source reports.</source>
        <translation>Mae pob un o’r %1 dyfarniad yn y pecyn hwn wedi’u hadolygu yn erbyn yr adroddiadau ffynhonnell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet reviewed: %1 of the %2 judgements in this pack were read from the reports automatically and have not been checked by an inspector. They are marked * in tables and with hollow markers in charts, and listed at the end of the pack.</source>
        <translation>Heb eu hadolygu eto: darllenwyd %1 o’r %2 dyfarniad yn y pecyn hwn o’r adroddiadau yn awtomatig, ac nid yw arolygydd wedi’u gwirio. Fe’u nodir â * yn y tablau ac â marcwyr gwag yn y siartiau, a’u rhestru ar ddiwedd y pecyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet reviewed: %1 of the %2 judgements in this pack were read from the reports automatically and have not been checked by an inspector. They are marked * in tables and with hollow markers in charts; the sources give their number in each report.</source>
        <translation>Heb eu hadolygu eto: darllenwyd %1 o’r %2 dyfarniad yn y pecyn hwn o’r adroddiadau yn awtomatig, ac nid yw arolygydd wedi’u gwirio. Fe’u nodir â * yn y tablau ac â marcwyr gwag yn y siartiau; mae’r ffynonellau’n rhoi eu nifer ym mhob adroddiad.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest</source>
        <translation>Diweddaraf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed grade</source>
        <translation>Gradd a argraffwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>* not yet reviewed   ! reports disagree: latest published used   Change compares with the previous assessment in the years chosen.</source>
        <translation>* heb ei adolygu eto   ! adroddiadau’n anghytuno: defnyddiwyd yr un a gyhoeddwyd ddiwethaf   Mae’r newid yn cymharu â’r asesiad blaenorol yn y blynyddoedd a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest judgements and change since the previous assessment</source>
        <translation>Y dyfarniadau diweddaraf a’r newid ers yr asesiad blaenorol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trends: %1</source>
        <translation>Tueddiadau: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trends: %1 and %2</source>
        <translation>Tueddiadau: %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trends: all chosen councils</source>
        <translation>Tueddiadau: pob cyngor a ddewiswyd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Comparison of councils: judgements in force on %1</source>
        <translation>Cymharu cynghorau: dyfarniadau mewn grym ar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison of councils, %1</source>
        <translation>Cymharu cynghorau, %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same judgements as a table</source>
        <translation>Yr un dyfarniadau mewn tabl</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Sources</source>
        <translation>Ffynonellau</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Every judgement in this pack was read from these Ofsted reports. Page numbers refer to the report&apos;s PDF.</source>
        <translation>Darllenwyd pob dyfarniad yn y pecyn hwn o’r adroddiadau Ofsted hyn. Mae rhifau tudalennau’n cyfeirio at PDF yr adroddiad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (continued)</source>
        <translation>%1 (parhad)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2: %3, %4 (%5), page %6</source>
        <translation>%1, %2: %3, %4 (%5), tudalen %6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note on unreviewed data</source>
        <translation>Nodyn am ddata heb ei adolygu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every judgement in this pack has been reviewed against its source report.</source>
        <translation>Mae pob dyfarniad yn y pecyn hwn wedi’i adolygu yn erbyn ei adroddiad ffynhonnell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These judgements were read automatically and not yet checked by an inspector; treat them as provisional:</source>
        <translation>Darllenwyd y dyfarniadau hyn yn awtomatig ac nid yw arolygydd wedi’u gwirio eto; dylid eu trin fel rhai dros dro:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of the %2 judgements in this pack were read automatically and not yet checked by an inspector; treat them as provisional. Too many to list one by one: each source above says how many of its judgements are not yet reviewed.</source>
        <translation>Darllenwyd %1 o’r %2 dyfarniad yn y pecyn hwn yn awtomatig ac nid yw arolygydd wedi’u gwirio eto; dylid eu trin fel rhai dros dro. Mae gormod i’w rhestru fesul un: mae pob ffynhonnell uchod yn dweud faint o’i dyfarniadau sydd heb eu hadolygu eto.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::BriefingWriter</name>
    <message>
        <location filename="../app/core/briefing/BriefingWriter.cpp" line="+18"/>
        <source>No judgements for the chosen councils and years: nothing to brief on.</source>
        <translation>Dim dyfarniadau ar gyfer y cynghorau a’r blynyddoedd a ddewiswyd: dim i friffio arno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Methu ysgrifennu %1: methu dechrau’r PDF</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ChartExport</name>
    <message>
        <location filename="../app/core/charts/ChartExport.cpp" line="+62"/>
        <source>Cannot export to %1: choose a .png, .svg or .pdf file name.</source>
        <translation>Methu allforio i %1: dewiswch enw ffeil .png, .svg neu .pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ChartPage</name>
    <message>
        <location filename="../app/core/charts/ChartPage.cpp" line="+36"/>
        <source>All chosen outcomes</source>
        <translation>Pob canlyniad a ddewiswyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest graded inspection of each council</source>
        <translation>Arolygiad diweddaraf wedi’i raddio pob cyngor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judgements in force on %1</source>
        <translation>Dyfarniadau mewn grym ar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment year %1</source>
        <translation>Blwyddyn asesu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: Ofsted inspection reports in InspectDesk (%1 judgements from %2 reports); data as of %3.</source>
        <translation>Ffynhonnell: adroddiadau arolygu Ofsted yn InspectDesk (%1 dyfarniad o %2 adroddiad); data fel ar %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of them not yet reviewed (marked).</source>
        <translation>%1 ohonynt heb eu hadolygu eto (wedi’u nodi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All reviewed.</source>
        <translation>Pob un wedi’i adolygu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 disagree between reports: latest published shown (!).</source>
        <translation>%1 yn anghytuno rhwng adroddiadau: dangosir yr un a gyhoeddwyd ddiwethaf (!).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No judgements match this selection. Choose other councils, years, outcomes or report kinds.</source>
        <translation>Nid oes dyfarniadau’n cyfateb i’r dewis hwn. Dewiswch gynghorau, blynyddoedd, canlyniadau neu fathau o adroddiad eraill.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>No judgements match this selection.</source>
        <translation>Nid oes dyfarniadau’n cyfateb i’r dewis hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>No judgements for %1.</source>
        <translation>Dim dyfarniadau ar gyfer %1.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ComparatorChooser</name>
    <message>
        <location filename="../ui/dashboard/ComparatorChooser.cpp" line="+20"/>
        <source>&amp;My council:</source>
        <translation>Fy nghyngo&amp;r:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a council&apos;s name</source>
        <translation>Teipiwch enw cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My council</source>
        <translation>Fy nghyngor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare with:</source>
        <translation>Cymharu â:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neigh&amp;bours</source>
        <translation>Cymdogion ys&amp;tadegol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-pic&amp;ked</source>
        <translation>Wedi&apos;&amp;u dewis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its ten statistical neighbours in the DfE model in force in each year</source>
        <translation>Ei ddeg cymydog ystadegol ym model yr Adran Addysg a oedd mewn grym bob blwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every council of its region</source>
        <translation>Pob cyngor yn ei ranbarth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every council of England</source>
        <translation>Pob cyngor yn Lloegr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The councils ticked in the list below</source>
        <translation>Y cynghorau sydd wedi&apos;u ticio yn y rhestr isod</translation>
    </message>
</context>
<context>
    <name>inspectdesk::Comparators</name>
    <message>
        <location filename="../app/core/charts/Comparators.cpp" line="+156"/>
        <source>%1 did not exist in %2: it has no statistical neighbours in those years.</source>
        <translation>Nid oedd %1 yn bodoli yn %2: nid oes ganddo gymdogion ystadegol yn y blynyddoedd hynny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no statistical neighbours in the DfE %2 model (used for %3).</source>
        <translation>Nid oes gan %1 gymdogion ystadegol ym model %2 yr Adran Addysg (a ddefnyddir ar gyfer %3).</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ConnectDatabaseDialog</name>
    <message>
        <location filename="../ui/ConnectDatabaseDialog.cpp" line="+17"/>
        <source>Connect to Team Database</source>
        <translation>Cysylltu â Chronfa Ddata’r Tîm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from ~/.pgpass when empty</source>
        <translation>o ~/.pgpass pan yn wag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PostgreSQL database shared by your team. A new, empty database gets InspectDesk&apos;s tables when you first connect.</source>
        <translation>Cronfa ddata PostgreSQL a rennir gan eich tîm. Mae cronfa ddata newydd, wag yn cael tablau InspectDesk pan fyddwch yn cysylltu am y tro cyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Gwesteiwr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Cronfa ddata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>Cysy&amp;lltu</translation>
    </message>
</context>
<context>
    <name>inspectdesk::DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+39"/>
        <source>Trend over years</source>
        <translation>Tuedd dros y blynyddoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison in one year</source>
        <translation>Cymhariaeth mewn un flwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid (table)</source>
        <translation>Grid (tabl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution of grades</source>
        <translation>Dosbarthiad graddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest judgements (table)</source>
        <translation>Dyfarniadau diweddaraf (tabl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgement</source>
        <translation>Dyfarniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Small multiples (every outcome)</source>
        <translation>&amp;Siartiau bach (pob canlyniad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vie&amp;w:</source>
        <translation>Go&amp;lwg:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;In force on:</source>
        <translation>&amp;Mewn grym ar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each council&apos;s latest judgement published on or before the date, with its year; not only councils inspected in one year.</source>
        <translation>Dyfarniad diweddaraf pob cyngor a gyhoeddwyd ar y dyddiad neu cyn hynny, gyda’i flwyddyn; nid dim ond cynghorau a arolygwyd mewn un flwyddyn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In force on date</source>
        <translation>Mewn grym ar ddyddiad</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Distribution of grades: %1</source>
        <translation>Dosbarthiad graddau: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Latest judgements by council</source>
        <translation>Dyfarniadau diweddaraf fesul cyngor</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Hollow marker or * : not yet reviewed.   ! : reports disagree for that year; the latest published is shown.   Hover for the printed grade and source; click to open it.</source>
        <translation>Marciwr gwag neu * : heb ei adolygu eto.   ! : adroddiadau’n anghytuno am y flwyddyn honno; dangosir yr un a gyhoeddwyd ddiwethaf.   Hofran i weld y radd a argraffwyd a’r ffynhonnell; cliciwch i’w hagor.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Hover for the printed grade and source; double-click or Enter to open it.</source>
        <translation>Hofran i weld y radd a argraffwyd a’r ffynhonnell; cliciwch ddwywaith neu pwyswch Enter i’w hagor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>%1    Hover for the printed grade and source; click to open it.</source>
        <translation>%1    Hofran i weld y radd a argraffwyd a’r ffynhonnell; cliciwch i’w hagor.</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Judgements over time: %1</source>
        <translation>Dyfarniadau dros amser: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judgements over time by outcome</source>
        <translation>Dyfarniadau dros amser fesul canlyniad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Councils compared: judgements in force on %1</source>
        <translation>Cymharu cynghorau: dyfarniadau mewn grym ar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Councils compared, %1</source>
        <translation>Cymharu cynghorau, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judgements in force on %1, by council</source>
        <translation>Dyfarniadau mewn grym ar %1, fesul cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements by council and outcome, %1</source>
        <translation>Dyfarniadau fesul cyngor a chanlyniad, %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Chart; the Grid view shows the same judgements as a table.</source>
        <translation>Siart; mae’r golwg Grid yn dangos yr un dyfarniadau mewn tabl.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No judgements match this selection.
Choose other councils, years, outcomes, population or report kinds.</source>
        <translation>Nid oes dyfarniadau’n cyfateb i’r dewis hwn.
Dewiswch gynghorau, blynyddoedd, canlyniadau, poblogaeth neu fathau o adroddiad eraill.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>No judgements on %1 for this selection.</source>
        <translation>Dim dyfarniadau ar %1 ar gyfer y dewis hwn.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No council in this selection had been inspected by %1.</source>
        <translation>Nid oedd yr un cyngor yn y detholiad hwn wedi’i arolygu erbyn %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No judgements in %1 for this selection.</source>
        <translation>Dim dyfarniadau yn %1 ar gyfer y dewis hwn.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="+38"/>
        <source>Filters</source>
        <translation>Hidlyddion</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Updating judgements…</source>
        <translation>Wrthi’n diweddaru’r dyfarniadau…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Print Dashboard…</source>
        <translation>A&amp;rgraffu’r dangosfwrdd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view of Dashboard…</source>
        <translation>Rhag&amp;olwg argraffu’r dangosfwrdd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Chart (PNG, SVG, PDF)…</source>
        <translation>Allforio s&amp;iart (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Briefing Pack…</source>
        <translation>&amp;Pecyn briffio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export T&amp;able (XLSX, CSV)…</source>
        <translation>Allforio’r tab&amp;l (XLSX, CSV)…</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%n report(s) without an assessment year are not charted. &lt;a href=&quot;%1&quot;&gt;Open one to enter its year&lt;/a&gt;.</source>
        <translation>
            <numerusform>Adroddiadau heb flwyddyn asesu, heb eu siartio: %n. &lt;a href=&quot;%1&quot;&gt;Agorwch un i nodi ei flwyddyn&lt;/a&gt;.</numerusform>
            <numerusform>Adroddiadau heb flwyddyn asesu, heb eu siartio: %n. &lt;a href=&quot;%1&quot;&gt;Agorwch un i nodi ei flwyddyn&lt;/a&gt;.</numerusform>
            <numerusform>Adroddiadau heb flwyddyn asesu, heb eu siartio: %n. &lt;a href=&quot;%1&quot;&gt;Agorwch un i nodi ei flwyddyn&lt;/a&gt;.</numerusform>
            <numerusform>Adroddiadau heb flwyddyn asesu, heb eu siartio: %n. &lt;a href=&quot;%1&quot;&gt;Agorwch un i nodi ei flwyddyn&lt;/a&gt;.</numerusform>
            <numerusform>Adroddiadau heb flwyddyn asesu, heb eu siartio: %n. &lt;a href=&quot;%1&quot;&gt;Agorwch un i nodi ei flwyddyn&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+4"/>
        <source>Export Table</source>
        <translation>Allforio’r tabl</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The view shows no judgements: there is no table to export.</source>
        <translation>Nid yw’r olwg yn dangos unrhyw ddyfarniadau: nid oes tabl i’w allforio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dashboard-table</source>
        <translation>tabl-dangosfwrdd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print Dashboard</source>
        <translation>Argraffu’r dangosfwrdd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print Preview — Dashboard</source>
        <translation>Rhagolwg argraffu — Dangosfwrdd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Chart</source>
        <translation>Allforio siart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Delwedd PNG (*.png);;Llun SVG (*.svg);;Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>Methodd yr allforio</translation>
    </message>
</context>
<context>
    <name>inspectdesk::DataTableModel</name>
    <message>
        <location filename="../ui/dashboard/DataTableModel.cpp" line="+38"/>
        <source>no grade</source>
        <translation>dim gradd</translation>
    </message>
</context>
<context>
    <name>inspectdesk::DataTablePanel</name>
    <message>
        <location filename="../ui/dashboard/DataTablePanel.cpp" line="+19"/>
        <source>Show data tab&amp;le</source>
        <translation>Dangos y ta&amp;bl data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart&apos;s judgements as a table, to read, copy or hear with a screen reader.</source>
        <translation>Dyfarniadau’r siart fel tabl, i’w darllen, eu copïo neu eu clywed gyda darllenydd sgrin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data table shown</source>
        <translation>Y tabl data a ddangosir</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Data table</source>
        <translation>Tabl data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data table: %1</source>
        <translation>Tabl data: %1</translation>
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
        <location line="+50"/>
        <source> no hits</source>
        <translation> dim canlyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %1 of %2</source>
        <translation> %1 o %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> of %1 </source>
        <translation> o %1 </translation>
    </message>
</context>
<context>
    <name>inspectdesk::DocumentView</name>
    <message>
        <location filename="../ui/review/DocumentView.cpp" line="+30"/>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <location line="+180"/>
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
    <name>inspectdesk::FilterPanel</name>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="+80"/>
        <source>&amp;Councils:</source>
        <translation>C&amp;ynghorau:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Search councils</source>
        <translation>Chwilio cynghorau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List region:</source>
        <translation>Rhestru rhanbarth:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All regions</source>
        <translation>Pob rhanbarth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the councils of a region</source>
        <translation>Rhestru cynghorau rhanbarth</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Councils</source>
        <translation>Cynghorau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick my council and its neighbours</source>
        <translation>Ticio fy nghyngor a&apos;i gymdogion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticks my council and its statistical neighbours of the latest model and compares it with the ticked councils</source>
        <translation>Yn ticio fy nghyngor a&apos;i gymdogion ystadegol yn y model diweddaraf ac yn ei gymharu â&apos;r cynghorau wedi&apos;u ticio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear council choice</source>
        <translation>Clirio’r dewis o gynghorau</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>From &amp;year:</source>
        <translation>O’r flwyddy&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To year:</source>
        <translation>&amp;I’r flwyddyn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Population:</source>
        <translation>&amp;Poblogaeth:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Judgements</source>
        <translation>Dyfarniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements (families across frameworks):</source>
        <translation>Dyfarniadau (teuluoedd ar draws fframweithiau):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report kinds</source>
        <translation>Mathau o adroddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report kinds:</source>
        <translation>Mathau o adroddiad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;unreviewed judgements (marked)</source>
        <translation>Dangos dyfarniadau &amp;heb eu hadolygu (wedi’u nodi)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>My council&apos;s group is drawn (ticks: Hand-picked)</source>
        <translation>Dangosir grŵp fy nghyngor (ticiau: Wedi&apos;u dewis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparator group chosen above decides which councils are drawn; the ticked councils are drawn when Hand-picked is chosen.</source>
        <translation>Mae&apos;r grŵp cymharu a ddewiswyd uchod yn penderfynu pa gynghorau a ddangosir; dangosir y cynghorau a diciwyd pan ddewisir Wedi&apos;u dewis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None chosen: every council</source>
        <translation>Dim wedi&apos;u dewis: pob cyngor</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n chosen (listed first)</source>
        <translation>
            <numerusform>%n wedi&apos;u dewis (ar frig y rhestr)</numerusform>
            <numerusform>%n wedi&apos;u dewis (ar frig y rhestr)</numerusform>
            <numerusform>%n wedi&apos;u dewis (ar frig y rhestr)</numerusform>
            <numerusform>%n wedi&apos;u dewis (ar frig y rhestr)</numerusform>
            <numerusform>%n wedi&apos;u dewis (ar frig y rhestr)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose my council first.</source>
        <translation>Dewiswch fy nghyngor yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::FirstStartHint</name>
    <message>
        <location filename="../ui/review/FirstStartHint.cpp" line="+12"/>
        <source>Got i&amp;t</source>
        <translation>Wedi dea&amp;ll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;New here?&lt;/b&gt; Press &lt;b&gt;F8&lt;/b&gt; to go to the next judgement to check: its grade is boxed in orange in the document. If it is right, press &lt;b&gt;Ctrl+Return&lt;/b&gt; to confirm it and move on; if not, press &lt;b&gt;F2&lt;/b&gt;, pick the grade and press Enter. Every shortcut is in the Review menu.</source>
        <translation>&lt;b&gt;Newydd yma?&lt;/b&gt; Pwyswch &lt;b&gt;F8&lt;/b&gt; i fynd i&apos;r farn nesaf i&apos;w gwirio: mae ei gradd mewn blwch oren yn y ddogfen. Os yw&apos;n gywir, pwyswch &lt;b&gt;Ctrl+Return&lt;/b&gt; i&apos;w chadarnhau a symud ymlaen; os nad yw, pwyswch &lt;b&gt;F2&lt;/b&gt;, dewiswch y radd a phwyso Enter. Mae pob llwybr byr yn y ddewislen Adolygu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Getting started</source>
        <translation>Dechrau arni</translation>
    </message>
</context>
<context>
    <name>inspectdesk::GradeCombo</name>
    <message>
        <location filename="../ui/review/GradeCombo.cpp" line="+11"/>
        <source>Judgement</source>
        <translation>Dyfarniad</translation>
    </message>
</context>
<context>
    <name>inspectdesk::GradeDialog</name>
    <message>
        <location filename="../ui/review/GradeDialog.cpp" line="+22"/>
        <source>Add Judgement from Selection</source>
        <translation>Ychwanegu barn o’r detholiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New judgement</source>
        <translation>Barn newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Area:</source>
        <translation>&amp;Maes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct Judgement</source>
        <translation>Cywiro’r farn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Gradd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the correction</source>
        <translation>Rheswm dros y cywiriad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (optional; shown in History)</source>
        <translation>Pam (dewisol; dangosir yn yr Hanes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
</context>
<context>
    <name>inspectdesk::GradeDistribution</name>
    <message>
        <location filename="../app/core/charts/Distribution.cpp" line="+29"/>
        <source>Share of the %1 councils at each grade in each year; %2&apos;s grade outlined and marked</source>
        <translation>Cyfran y %1 cyngor ar bob gradd ym mhob blwyddyn; gradd %2 wedi&apos;i hamlinellu a&apos;i marcio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the %1 councils at each grade in each year</source>
        <translation>Cyfran y %1 cyngor ar bob gradd ym mhob blwyddyn</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: distribution of grades</source>
        <translation>%1: dosbarthiad graddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Councils graded</source>
        <translation>Cynghorau a raddiwyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s grade</source>
        <translation>Gradd %1</translation>
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
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ImportController</name>
    <message>
        <location filename="../ui/review/ImportController.cpp" line="+43"/>
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
        <location line="+14"/>
        <source>Cancelling after the current file…</source>
        <translation>Yn diddymu ar ôl y ffeil bresennol…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Imported %1 of %2…</source>
        <translation>Mewnforiwyd %1 o %2…</translation>
    </message>
    <message>
        <location line="+49"/>
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
The import was cancelled; these files were not read:</source>
        <translation>
Diddymwyd y mewnforio; ni ddarllenwyd y ffeiliau hyn:</translation>
    </message>
</context>
<context>
    <name>inspectdesk::JudgementGrid</name>
    <message>
        <location filename="../ui/dashboard/JudgementGrid.cpp" line="+16"/>
        <source>Judgements by council and outcome</source>
        <translation>Dyfarniadau fesul cyngor a chanlyniad</translation>
    </message>
</context>
<context>
    <name>inspectdesk::JudgementTableModel</name>
    <message>
        <location filename="../ui/review/JudgementTableModel.cpp" line="+57"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>Argraffedig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgement</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>p. %1</source>
        <translation>t. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no source found</source>
        <translation>dim ffynhonnell</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No source found: the place this grade was read is unknown</source>
        <translation>Dim ffynhonnell: nid yw’n hysbys o ble y darllenwyd y radd hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low confidence (%1%): check against the page</source>
        <translation>Hyder isel (%1%): gwiriwch yn erbyn y dudalen</translation>
    </message>
    <message>
        <location filename="../app/core/review/ReviewDocument.cpp" line="+174"/>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Confirm %1</source>
        <translation>Cadarnhau %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set %1 to %2</source>
        <translation>Gosod %2 ar gyfer %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Re-point %1 to page %2</source>
        <translation>Newid ffynhonnell %1 i dudalen %2</translation>
    </message>
</context>
<context>
    <name>inspectdesk::JudgementsTable</name>
    <message>
        <location filename="../app/core/export/JudgementsTable.cpp" line="+14"/>
        <source>Report ID</source>
        <translation>ID yr adroddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report type</source>
        <translation>Math o adroddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment year</source>
        <translation>Blwyddyn asesu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area as printed</source>
        <translation>Maes fel y’i hargraffwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed grade</source>
        <translation>Gradd a argraffwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Graddfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgement</source>
        <translation>Dyfarniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review status</source>
        <translation>Statws adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DfE LA code</source>
        <translation>Cod ALl yr Adran Addysg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgement in the framework&apos;s words</source>
        <translation>Dyfarniad yng ngeiriau’r fframwaith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Judgements</source>
        <translation>Dyfarniadau</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Source: Ofsted inspection reports in InspectDesk (%1 judgements from %2 reports); data as of %3; %4 not yet reviewed.</source>
        <translation>Ffynhonnell: adroddiadau arolygu Ofsted yn InspectDesk (%1 dyfarniad o %2 adroddiad); data fel ar %3; %4 heb eu hadolygu eto.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::LatestJudgements</name>
    <message>
        <location filename="../app/core/charts/LatestJudgements.cpp" line="+61"/>
        <source>ILACS</source>
        <translation>ILACS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIF</source>
        <translation>SIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSA</source>
        <translation>CSA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Latest inspection: the latest published ILACS, single inspection framework (SIF), children&apos;s services assessment (CSA) or annual performance assessment letter (APA) with a judgement in this selection. Monitoring and focused visits grade nothing and joint area reviews and safeguarding/LAC inspections grade only parts of the service: none of them replaces it.</source>
        <translation>Arolygiad diweddaraf: yr arolygiad ILACS, fframwaith arolygu sengl (SIF), asesiad gwasanaethau plant (CSA) neu lythyr asesiad perfformiad blynyddol (APA) diweddaraf a gyhoeddwyd gyda barn yn y detholiad hwn. Nid yw ymweliadau monitro ac ymweliadau â ffocws yn rhoi graddau, ac mae adolygiadau ardal ar y cyd ac arolygiadau diogelu/plant sy’n derbyn gofal yn graddio rhannau o’r gwasanaeth yn unig: nid oes yr un ohonynt yn cymryd ei le.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 has no statistical neighbours in the DfE model of %2.</source>
        <translation>Nid oes gan %1 gymdogion ystadegol ym model %2 yr Adran Addysg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Neighbours: the statistical neighbours of %1 in the DfE model of %2, most similar first.</source>
        <translation>Cymdogion: cymdogion ystadegol %1 ym model %2 yr Adran Addysg, y tebycaf yn gyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown (no graded inspection in this selection or filtered out): %1.</source>
        <translation>Heb eu dangos (dim arolygiad wedi’i raddio yn y detholiad hwn neu wedi’u hidlo allan): %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No inspection in the database: %1.</source>
        <translation>Dim arolygiad yn y gronfa ddata: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No graded inspection in the chosen years, kinds and judgements: %1.</source>
        <translation>Dim arolygiad wedi’i raddio yn y blynyddoedd, y mathau a’r dyfarniadau a ddewiswyd: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no graded inspection in this selection.</source>
        <translation>Nid oes gan %1 arolygiad wedi’i raddio yn y detholiad hwn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overall effectiveness: ILACS inspections from April 2026 give none (%1).</source>
        <translation>Effeithiolrwydd cyffredinol: nid yw arolygiadau ILACS o Ebrill 2026 ymlaen yn rhoi un (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Published: “end of fieldwork” marks a report that prints no publication date (ILACS reports print only their inspection dates): it counts from the last day of its fieldwork.</source>
        <translation>Cyhoeddwyd: mae “diwedd y gwaith maes” yn nodi adroddiad nad yw’n argraffu dyddiad cyhoeddi (dim ond dyddiadau’r arolygiad y mae adroddiadau ILACS yn eu hargraffu): mae’n cyfrif o ddiwrnod olaf ei waith maes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published: a year alone means the report&apos;s publication date was not read; it is the inspection&apos;s year.</source>
        <translation>Cyhoeddwyd: mae blwyddyn ar ei phen ei hun yn golygu na ddarllenwyd dyddiad cyhoeddi’r adroddiad; blwyddyn yr arolygiad yw hi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* not yet reviewed   ! reports disagree: latest published shown</source>
        <translation>* heb ei adolygu eto   ! adroddiadau’n anghytuno: dangosir yr un diweddaraf a gyhoeddwyd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council type</source>
        <translation>Math o gyngor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspection</source>
        <translation>Arolygiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous overall effectiveness</source>
        <translation>Effeithiolrwydd cyffredinol blaenorol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (my council)</source>
        <translation>%1 (fy nghyngor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (neighbour %2)</source>
        <translation>%1 (cymydog %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No graded inspection</source>
        <translation>Dim arolygiad wedi’i raddio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in the database</source>
        <translation>Ddim yn y gronfa ddata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (end of fieldwork)</source>
        <translation>%1 (diwedd y gwaith maes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Declined</source>
        <translation>Wedi dirywio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same</source>
        <translation>Yr un fath</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (“%2”)</source>
        <translation>%1 (“%2”)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No council in this selection has a graded ILACS, SIF, children&apos;s services assessment or APA inspection. Choose other councils, years, region or council type.</source>
        <translation>Nid oes gan yr un cyngor yn y detholiad hwn arolygiad ILACS, SIF, asesiad gwasanaethau plant nac APA wedi’i raddio. Dewiswch gynghorau, blynyddoedd, rhanbarth neu fath o gyngor eraill.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest judgements</source>
        <translation>Dyfarniadau diweddaraf</translation>
    </message>
</context>
<context>
    <name>inspectdesk::LatestJudgementsModel</name>
    <message>
        <location filename="../ui/dashboard/LatestJudgementsModel.cpp" line="+50"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No graded inspection of this council in the selection</source>
        <translation>Dim arolygiad wedi’i raddio o’r cyngor hwn yn y detholiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest inspection: %1, %2</source>
        <translation>Arolygiad diweddaraf: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report: %1</source>
        <translation>Adroddiad: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No judgement of “%1” in this report: its framework does not grade it, or it was not read (open the report to see its warnings).</source>
        <translation>Dim dyfarniad ar “%1” yn yr adroddiad hwn: nid yw ei fframwaith yn ei raddio, neu ni chafodd ei ddarllen (agorwch yr adroddiad i weld ei rybuddion).</translation>
    </message>
</context>
<context>
    <name>inspectdesk::LatestJudgementsPanel</name>
    <message>
        <location filename="../ui/dashboard/LatestJudgementsPanel.cpp" line="+25"/>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All regions</source>
        <translation>Pob rhanbarth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Council type</source>
        <translation>Math o gyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All council types</source>
        <translation>Pob math o gyngor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Rhanbarth:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cou&amp;ncil type:</source>
        <translation>Ma&amp;th o gyngor:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Latest judgements by council</source>
        <translation>Dyfarniadau diweddaraf fesul cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per council: its latest graded inspection and every judgement of it. Click a column heading to sort; Enter opens the judgement.</source>
        <translation>Un rhes i bob cyngor: ei arolygiad diweddaraf wedi’i raddio a phob barn ynddo. Cliciwch bennawd colofn i drefnu; mae Enter yn agor y farn.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::LibraryView</name>
    <message>
        <location filename="../ui/review/LibraryView.cpp" line="+38"/>
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
    <name>inspectdesk::LoadingPanel</name>
    <message>
        <location filename="../ui/dashboard/LoadingPanel.cpp" line="+24"/>
        <source>Loading judgements</source>
        <translation>Llwytho dyfarniadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Rhoi Cynnig Arall</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading judgements…</source>
        <translation>Wrthi’n llwytho’r dyfarniadau…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The judgements could not be read from %1:
%2</source>
        <translation>Nid oedd modd darllen y dyfarniadau o %1:
%2</translation>
    </message>
</context>
<context>
    <name>inspectdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+49"/>
        <source>&amp;Review</source>
        <translation>&amp;Adolygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Workspaces</source>
        <translation>Mannau gwaith</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <source>Connect to &amp;Team Database…</source>
        <translation>Cysylltu â Chronfa Ddata’r &amp;Tîm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Judgements (XLSX, CSV)…</source>
        <translation>Allforio barnau (XLSX, &amp;CSV)…</translation>
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
        <location line="+12"/>
        <source>&amp;Review Workspace</source>
        <translation>Man gwaith &amp;adolygu</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+17"/>
        <source>Cannot open database</source>
        <translation>Methu agor y gronfa ddata</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
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
        <location line="+75"/>
        <source>Import %1 into %2?</source>
        <translation>Mewnforio %1 i %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 report files into %2?</source>
        <translation>Mewnforio %1 ffeil adroddiad i %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Reports</source>
        <translation>Mewnforio adroddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Database</source>
        <translation>Agor cronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InspectDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cronfeydd data InspectDesk (*.sqlite *.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+233"/>
        <source>Export Judgements</source>
        <translation>Allforio barnau</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Judgements exported to %1</source>
        <translation>Allforiwyd y barnau i %1</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Exporting judgements to %1…</source>
        <translation>Wrthi’n allforio’r dyfarniadau i %1…</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+23"/>
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
    <name>inspectdesk::PageThumbnailModel</name>
    <message>
        <location filename="../ui/review/PageThumbnailModel.cpp" line="+81"/>
        <source>Page %1</source>
        <translation>Tudalen %1</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ReportForm</name>
    <message>
        <location filename="../ui/review/ReportForm.cpp" line="+36"/>
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
        <location line="+31"/>
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
        <location line="+69"/>
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
        <location line="+39"/>
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
        <location filename="../ui/review/ReportLibraryModel.cpp" line="+55"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>Wedi’u hadolygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Council not identified: the report prints &quot;%1&quot;, which matches no council in the register (or more than one). Open the report and choose its council in the form&apos;s Council field.</source>
        <translation>Cyngor heb ei adnabod: mae&apos;r adroddiad yn argraffu &quot;%1&quot;, nad yw&apos;n cyfateb i unrhyw gyngor yn y gofrestr (neu&apos;n cyfateb i fwy nag un). Agorwch yr adroddiad a dewiswch ei gyngor ym maes Cyngor y ffurflen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No judgements were found in this report. Open it, check that it is an inspection report, and add its judgements from the document (select the text, then Ctrl+Shift+A).</source>
        <translation>Ni chafwyd hyd i unrhyw farn yn yr adroddiad hwn. Agorwch ef, gwiriwch mai adroddiad arolygu ydyw, ac ychwanegwch ei farnau o&apos;r ddogfen (dewiswch y testun, yna Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, imported %3 by %4</source>
        <translation>%1 — %2, mewnforiwyd %3 gan %4</translation>
    </message>
</context>
<context>
    <name>inspectdesk::ReviewWorkspace</name>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="+47"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings and history</source>
        <translation>Rhybuddion a hanes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warnings</source>
        <translation>&amp;Rhybuddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hi&amp;story</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Report %1 is not in this database</source>
        <translation>Nid yw adroddiad %1 yn y gronfa ddata hon</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+43"/>
        <source>Selected on page %1: &quot;%2&quot;</source>
        <translation>Wedi’i ddewis ar dudalen %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, printed &quot;%2&quot;</source>
        <translation>%1, wedi’i argraffu &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location filename="../ui/review/ReviewWorkspaceMenus.cpp" line="+38"/>
        <source>&amp;Import Reports…</source>
        <translation>&amp;Mewnforio adroddiadau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Reports</source>
        <translation>Mewnforio adroddiadau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF reports (*.pdf)</source>
        <translation>Adroddiadau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;Folder…</source>
        <translation>Mewnforio &amp;ffolder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Folder</source>
        <translation>Mewnforio ffolder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent &amp;Reports</source>
        <translation>Adroddiadau di&amp;weddar</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Fit &amp;Page</source>
        <translation>Ffitio’r d&amp;udalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter &amp;Library</source>
        <translation>&amp;Hidlo’r llyfrgell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rev&amp;iew</source>
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
        <location line="+2"/>
        <source>C&amp;orrect with Reason…</source>
        <translation>Cywiro gyda &amp;rheswm…</translation>
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
        <location line="+51"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a database before importing reports</source>
        <translation>Agorwch gronfa ddata cyn mewnforio adroddiadau</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+2"/>
        <source>Default &amp;database:</source>
        <translation>Cronfa &amp;ddata ragosodedig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language (after restart):</source>
        <translation>&amp;Iaith (ar ôl ailgychwyn):</translation>
    </message>
</context>
<context>
    <name>inspectdesk::SharedLegend</name>
    <message>
        <location filename="../ui/dashboard/SharedLegend.cpp" line="+18"/>
        <source>Legend</source>
        <translation>Allwedd</translation>
    </message>
</context>
<context>
    <name>inspectdesk::TableExportDialog</name>
    <message>
        <location filename="../ui/TableExportDialog.cpp" line="+14"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>inspectdesk::TableWriter</name>
    <message>
        <location filename="../app/core/export/TableWriter.cpp" line="+33"/>
        <source>is a folder, not a file</source>
        <translation>ffolder yw hwn, nid ffeil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such folder</source>
        <translation>nid oes ffolder o’r fath</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sheet %1</source>
        <translation>Dalen %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>cannot replace the file</source>
        <translation>ni ellir disodli’r ffeil</translation>
    </message>
</context>
<context>
    <name>inspectdesk::TrendPanel</name>
    <message>
        <location filename="../app/core/charts/TrendData.cpp" line="+85"/>
        <source>Behind the lines: share of England&apos;s councils at each grade in each year (Inadequate at the foot)</source>
        <translation>Y tu ôl i’r llinellau: cyfran cynghorau Lloegr ar bob gradd bob blwyddyn (Annigonol ar y gwaelod)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behind the lines: share of the councils in the %1 region at each grade in each year (Inadequate at the foot)</source>
        <translation>Y tu ôl i’r llinellau: cyfran y cynghorau yn rhanbarth %1 ar bob gradd bob blwyddyn (Annigonol ar y gwaelod)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Shares of the %1 councils at each grade; %2 drawn as a line</source>
        <translation>Cyfran y %1 cyngor ar bob gradd; %2 wedi&apos;i dynnu fel llinell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 councils: showing the share of councils at each grade per year; tick up to %2 councils to draw their lines</source>
        <translation>%1 cyngor: yn dangos cyfran y cynghorau ar bob gradd bob blwyddyn; ticiwch hyd at %2 cyngor i lunio eu llinellau</translation>
    </message>
    <message>
        <location filename="../app/core/charts/Distribution.cpp" line="-38"/>
        <location filename="../app/core/charts/TrendData.cpp" line="-109"/>
        <source>%1 has no judgement on %2 in these years</source>
        <translation>Nid oes gan %1 farn ar %2 yn y blynyddoedd hyn</translation>
    </message>
</context>
<context>
    <name>inspectdesk::WarningsModel</name>
    <message>
        <location filename="../app/core/review/ReviewDocument.cpp" line="+161"/>
        <source>%1: no source found in the document</source>
        <translation>%1: ni chafwyd hyd i’r ffynhonnell yn y ddogfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: printed grade &quot;%2&quot; does not fit the scale</source>
        <translation>%1: nid yw’r radd argraffedig “%2” yn cyd-fynd â’r raddfa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: low confidence (%2%)</source>
        <translation>%1: hyder isel (%2%)</translation>
    </message>
    <message>
        <location filename="../ui/review/WarningsModel.cpp" line="+32"/>
        <source>%1 (p. %2)</source>
        <translation>%1 (t. %2)</translation>
    </message>
</context>
<context>
    <name>inspectdesk::YearSnapshot</name>
    <message>
        <location filename="../app/core/charts/YearSnapshot.cpp" line="+22"/>
        <source>Judgements in force on %1</source>
        <translation>Dyfarniadau mewn grym ar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements in %1</source>
        <translation>Dyfarniadau yn %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judgement</source>
        <translation>Dyfarniad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>* not yet reviewed (pale bar)    ! reports disagree: latest published shown    – no judgement</source>
        <translation>* heb ei adolygu eto (bar golau)    ! adroddiadau’n anghytuno: dangosir yr un a gyhoeddwyd ddiwethaf    – dim dyfarniad</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>* not yet reviewed (italic)    ! reports disagree: latest published shown</source>
        <translation>* heb ei adolygu eto (italig)    ! adroddiadau’n anghytuno: dangosir yr un a gyhoeddwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bold outline: %1</source>
        <translation>amlinell drom: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no grade</source>
        <translation>dim gradd</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
</context>
<context>
    <name>inspectdesk::chartpaint</name>
    <message>
        <location filename="../app/core/charts/DistributionPainter.cpp" line="+22"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (outlined)</source>
        <translation>%1 (wedi&apos;i amlinellu)</translation>
    </message>
    <message>
        <location filename="../app/core/charts/ChartPainter.cpp" line="+175"/>
        <source>* not yet reviewed (pale bar)    ! reports disagree: latest published shown</source>
        <translation>* heb ei adolygu eto (bar golau)    ! adroddiadau’n anghytuno: dangosir yr un a gyhoeddwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hollow marker: not yet reviewed    ! reports disagree: latest published shown</source>
        <translation>Marciwr gwag: heb ei adolygu eto    ! adroddiadau’n anghytuno: dangosir yr un a gyhoeddwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+147"/>
        <location filename="../app/core/charts/DistributionPainter.cpp" line="+116"/>
        <source>No judgements</source>
        <translation>Dim dyfarniadau</translation>
    </message>
    <message>
        <location filename="../app/core/charts/LatestJudgementsPainter.cpp" line="+111"/>
        <source>%1 more councils not shown on this page: the export and the screen table list them all.</source>
        <translation>%1 cyngor arall heb eu dangos ar y dudalen hon: mae’r allforio a’r tabl ar y sgrin yn eu rhestru i gyd.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::chartstyle</name>
    <message>
        <location filename="../app/core/charts/ChartStyle.cpp" line="+18"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (printed “%2”)</source>
        <translation>%1 (argraffwyd “%2”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judgement: %1</source>
        <translation>Dyfarniad: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>date not printed</source>
        <translation>dim dyddiad wedi’i argraffu</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>published %1</source>
        <translation>cyhoeddwyd %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publication date not printed; fieldwork ended %1</source>
        <translation>dim dyddiad cyhoeddi wedi’i argraffu; daeth y gwaith maes i ben %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report: %1 (%2, %3), page %4</source>
        <translation>Adroddiad: %1 (%2, %3), tudalen %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review: %1</source>
        <translation>Adolygu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports disagree for this year: the latest published is shown.</source>
        <translation>Mae adroddiadau’n anghytuno am y flwyddyn hon: dangosir yr un a gyhoeddwyd ddiwethaf.</translation>
    </message>
</context>
<context>
    <name>inspectdesk::charttables</name>
    <message>
        <location filename="../app/core/charts/ChartTables.cpp" line="+33"/>
        <source>* not yet reviewed; ! reports disagree for that year, the latest published is shown.</source>
        <translation>* heb ei adolygu eto; ! adroddiadau’n anghytuno am y flwyddyn honno, dangosir yr un a gyhoeddwyd ddiwethaf.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+31"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>In force on %1</source>
        <translation>Mewn grym ar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judgements in %1</source>
        <translation>Dyfarniadau yn %1</translation>
    </message>
</context>
</TS>
