<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_GB">
<context>
    <name>Briefing</name>
    <message numerus="yes">
        <location filename="../app/core/briefing/BriefingPages.cpp" line="+143"/>
        <source>%n judgement(s) differ between two reports for the same year; the latest published is used and marked !.</source>
        <translation>
            <numerusform>%n judgement differs between two reports for the same year; the latest published is used and marked !.</numerusform>
            <numerusform>%n judgements differ between two reports for the same year; the latest published is used and marked !.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>— %n judgement(s) not yet reviewed</source>
        <translation>
            <numerusform>— %n judgement not yet reviewed</numerusform>
            <numerusform>— %n judgements not yet reviewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inspectdesk::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardView.cpp" line="+219"/>
        <source>%n report(s) without an assessment year are not charted. &lt;a href=&quot;%1&quot;&gt;Open one to enter its year&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n report without an assessment year is not charted. &lt;a href=&quot;%1&quot;&gt;Open it to enter its year&lt;/a&gt;.</numerusform>
            <numerusform>%n reports without an assessment year are not charted. &lt;a href=&quot;%1&quot;&gt;Open one to enter its year&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inspectdesk::FilterPanel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterPanel.cpp" line="+221"/>
        <source>%n chosen (listed first)</source>
        <translation>
            <numerusform>%n chosen (listed first)</numerusform>
            <numerusform>%n chosen (listed first)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inspectdesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+174"/>
        <source>New database: %n sample report(s) imported</source>
        <translation>
            <numerusform>New database: %n sample report imported</numerusform>
            <numerusform>New database: %n sample reports imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>inspectdesk::ReportForm</name>
    <message numerus="yes">
        <location filename="../ui/review/ReportForm.cpp" line="+162"/>
        <source>&lt;b&gt;Reviewed&lt;/b&gt;: all %n judgement(s) confirmed or corrected.</source>
        <translation>
            <numerusform>&lt;b&gt;Reviewed&lt;/b&gt;: the only judgement confirmed or corrected.</numerusform>
            <numerusform>&lt;b&gt;Reviewed&lt;/b&gt;: all %n judgements confirmed or corrected.</numerusform>
        </translation>
    </message>
</context>
</TS>
