// One description, two renderers: for the same dataset the on-screen comparison (the built
// QChart) and grid (GridModel) show exactly what the paper renderer (chartpaint, read back
// from a recording paint device) draws: per council and outcome the value, the hollow
// (unreviewed) styling and the marks "*", "!" and "–"; the title, axis words, group labels,
// grid texts and footnotes.
#include "../../core/charts/ChartFixture.h"
#include "PaintRecorder.h"
#include "charts/ChartPainter.h"
#include "charts/ChartStyle.h"
#include "dashboard/ChartBuilder.h"
#include "dashboard/GridModel.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QPainter>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace inspectdesk;
using namespace inspectdesk::testing;

namespace {
bool isCouncilColour(const QColor &c)
{
    for (int i = 0; i < 8; ++i)
        if (chartstyle::councilColour(i) == c)
            return true;
    return false;
}

// What a reader sees of one bar: "council | outcome" -> "value hollow mark".
using Bars = QMap<QString, QString>;

QString barKey(const QString &council, const QString &outcome)
{
    return council + QStringLiteral(" | ") + outcome;
}
QString barFacts(int value, bool hollow, const QString &mark)
{
    return QStringLiteral("value %1%2 mark '%3'").arg(value).arg(hollow ? QStringLiteral(" hollow") : QString(), mark);
}
QString words(const QStringList &parts)
{
    return parts.join(QLatin1Char(' ')).simplified();
}

// Texts centred on one spot (a label wrapped onto several lines) joined, left to right.
QStringList centredLabels(QList<RecordedText> texts)
{
    std::sort(texts.begin(), texts.end(), [](const RecordedText &a, const RecordedText &b) {
        return qAbs(a.centre().x() - b.centre().x()) > 3 ? a.centre().x() < b.centre().x() : a.at.y() < b.at.y();
    });
    QStringList labels;
    for (int i = 0; i < texts.size(); ++i) {
        const bool sameLabel = i > 0 && qAbs(texts[i].centre().x() - texts[i - 1].centre().x()) <= 3;
        if (sameLabel && (labels.last().endsWith(QLatin1Char('-')) || labels.last().endsWith(QLatin1Char('/'))))
            labels.last() += texts[i].text; // wrapped after a hyphen or slash
        else if (sameLabel)
            labels.last() = words({labels.last(), texts[i].text});
        else
            labels << texts[i].text;
    }
    return labels;
}

struct ScreenComparison
{
    QString title, axisTitle;
    QStringList valueLabels, groups;
    Bars bars;
};

ScreenComparison readChart(QChart *chart)
{
    ScreenComparison s;
    s.title = chart->title();
    const auto vertical = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).first());
    s.valueLabels = vertical->categoriesLabels();
    s.axisTitle = vertical->titleText();
    s.groups = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first())->categories();
    QBarSeries *series = nullptr;
    QList<QScatterSeries *> marks;
    for (QAbstractSeries *a : chart->series()) {
        if (auto *b = qobject_cast<QBarSeries *>(a))
            series = b;
        else if (auto *m = qobject_cast<QScatterSeries *>(a))
            marks << m;
    }
    const QList<QBarSet *> sets = series->barSets();
    // A mark belongs to the bar under it: bars are laid out from o - width/2 in equal barSlots.
    QHash<QPair<int, int>, QString> markAt;
    for (QScatterSeries *m : marks) {
        for (const QPointF &pt : m->points()) {
            const int o = qRound(pt.x());
            const int c = int(std::floor((pt.x() - o + series->barWidth() / 2) / (series->barWidth() / sets.size())));
            if (c < 0 || c >= sets.size())
                continue;
            const QString onTop = m->pointLabelsVisible() ? m->pointLabelsFormat() : QString();
            // Only marks that sit on the bar's top (or on the axis where there is no bar).
            if (qAbs(pt.y() - 0.05 - sets[c]->at(o)) < 0.01)
                markAt[{c, o}] += onTop;
        }
    }
    for (int c = 0; c < sets.size(); ++c)
        for (int o = 0; o < s.groups.size(); ++o) {
            // Unreviewed: a pale fill of the council's colour inside an outline that shows on it.
            const QPen outline = sets[c]->pen();
            const QColor pale = sets[c]->selectedColor();
            const bool hollow = sets[c]->isBarSelected(o) && pale.lightness() > sets[c]->color().lightness() + 40 &&
                                pale != Qt::white && qAbs(pale.hue() - sets[c]->color().hue()) <= 4 &&
                                outline.style() != Qt::NoPen && outline.color().lightness() < 128;
            s.bars.insert(barKey(sets[c]->label(), s.groups[o]),
                          barFacts(qRound(sets[c]->at(o)), hollow, markAt.value({c, o})));
        }
    return s;
}

struct PaperComparison
{
    QString title, axisTitle, footnotes;
    QStringList valueLabels, groups;
    Bars bars;
};

// Reads the comparison back from what chartpaint drew: the value rules (light grey lines, one
// per judgement), the axis lines, the outlined bars, the texts above bars and under groups.
PaperComparison readPaper(const PaintRecorder &rec, const QStringList &councils)
{
    PaperComparison s;
    QList<qreal> rules; // y of judgement 1..4
    QLineF yAxis, xAxis;
    for (const RecordedLine &l : rec.lines) {
        if (l.pen.color() == QColor(0xCCCCCC) && qFuzzyCompare(l.line.y1(), l.line.y2()))
            rules << l.line.y1();
        else if (l.pen.color() == Qt::black && qFuzzyCompare(l.line.x1(), l.line.x2()))
            yAxis = l.line;
        else if (l.pen.color() == Qt::black && qFuzzyCompare(l.line.y1(), l.line.y2()))
            xAxis = l.line;
    }
    std::sort(rules.begin(), rules.end(), std::greater<qreal>());
    const qreal plotLeft = yAxis.x1(), plotTop = qMin(yAxis.y1(), yAxis.y2()), plotBottom = xAxis.y1();
    // Bars: the outlined rectangles inside the plot; unreviewed ("hollow") when filled pale only.
    struct Slot
    {
        QRectF rect;
        bool bar = true;
        bool hollow = false;
        QString mark;
    };
    QList<Slot> barSlots;
    for (const RecordedRect &r : rec.rects)
        if (r.pen.style() != Qt::NoPen && r.brush.style() == Qt::NoBrush && r.rect.left() > plotLeft) {
            Slot slot;
            slot.rect = r.rect;
            bool coloured = false, pale = false;
            // Coloured: filled with a council's colour; pale: filled only with another colour.
            for (const RecordedRect &f : rec.rects)
                if (f.pen.style() == Qt::NoPen && f.brush.style() == Qt::SolidPattern && f.rect == r.rect &&
                    f.brush.color() != Qt::white)
                    (isCouncilColour(f.brush.color()) ? coloured : pale) = true;
            slot.hollow = pale && !coloured;
            barSlots << slot;
        }
    QStringList title, axisTitle, footnotes;
    QList<RecordedText> groupTexts;
    QList<QStringList> valueLabels(rules.size());
    for (const RecordedText &t : rec.texts) {
        const QPointF c = t.centre();
        bool used = false;
        for (Slot &slot : barSlots) // a mark just above a bar's top
            if (c.x() > slot.rect.left() && c.x() < slot.rect.right() && t.at.y() <= slot.rect.top() + 0.5 &&
                t.at.y() > slot.rect.top() - 14) {
                slot.mark += t.text;
                used = true;
            }
        if (used)
            continue;
        if (c.x() > plotLeft && t.at.y() > plotTop && t.at.y() <= plotBottom) { // a mark where no bar is
            barSlots << Slot{QRectF(t.at.x(), plotBottom, t.width, 0), false, false, t.text};
        } else if (t.at.y() < plotTop) {
            title << t.text;
        } else if (t.at.x() < plotLeft && t.at.y() > plotBottom) {
            footnotes << t.text; // left-aligned under the groups
        } else if (t.at.y() > plotBottom) {
            groupTexts << t;
        } else if (t.width > 0 && t.at.x() + t.width < plotLeft - 1 && !rules.isEmpty()) {
            // A value label (wrapped ones in several pieces): the rule it stands beside.
            int nearest = 0;
            for (int v = 1; v < rules.size(); ++v)
                if (qAbs(rules[v] - t.at.y()) < qAbs(rules[nearest] - t.at.y()))
                    nearest = v;
            valueLabels[nearest] << t.text;
        } else {
            axisTitle << t.text; // turned to run up the left edge
        }
    }
    s.title = words(title);
    s.axisTitle = words(axisTitle);
    s.footnotes = words(footnotes);
    for (const QStringList &label : valueLabels)
        s.valueLabels << words(label);
    s.groups = centredLabels(groupTexts); // centred under their group
    // Slots left to right: group by group, council by council (a missing bar has its mark).
    std::sort(barSlots.begin(), barSlots.end(),
              [](const Slot &a, const Slot &b) { return a.rect.center().x() < b.rect.center().x(); });
    for (int i = 0; i < barSlots.size() && !councils.isEmpty(); ++i) {
        const Slot &slot = barSlots[i];
        int value = 0;
        for (int v = 0; v < rules.size() && slot.bar; ++v)
            if (qAbs(rules[v] - slot.rect.top()) < 0.6)
                value = v + 1;
        const int group = i / int(councils.size());
        s.bars.insert(barKey(councils[i % councils.size()], s.groups.value(group)),
                      barFacts(value, slot.hollow, slot.mark));
    }
    return s;
}
} // namespace

class TestChartAgreement : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Database mDb;
    ChartDataset mData;

    QList<YearSnapshot> snapshots() const
    {
        // Unreviewed 2008 (APA), two inspections that disagree in 2014 (SIF), and the
        // judgements in force on a date: councils without some families, marks of every kind.
        return {YearSnapshot::build(mData, 2008), YearSnapshot::build(mData, 2014),
                YearSnapshot::inForce(mData, QDate(2016, 12, 31))};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDb.open(mDir.filePath(QStringLiteral("fixture.sqlite"))));
        QVERIFY(fixture::build(mDb));
        QVERIFY(fixture::addLaterFrameworks(mDb));
        mData = ChartDataset(ReportStore(mDb).judgementFacts(), ChartFilter());
    }

    void comparisonScreenAndPaperAgree_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("2008 unreviewed") << 0;
        QTest::newRow("2014 reports disagree") << 1;
        QTest::newRow("in force 31 December 2016") << 2;
    }
    void comparisonScreenAndPaperAgree()
    {
        QFETCH(int, which);
        const YearSnapshot snapshot = snapshots().at(which);
        QVERIFY(!snapshot.isEmpty());
        BuiltChart built = ChartBuilder::comparison(snapshot);
        const ScreenComparison screen = readChart(built.chart);
        delete built.chart;
        PaintRecorder rec(QSize(800, 520));
        {
            QPainter painter(&rec);
            chartpaint::drawComparison(painter, QRectF(10, 10, 780, 500), snapshot);
        }
        const PaperComparison paper = readPaper(rec, snapshot.councils);
        QCOMPARE(paper.title, screen.title);
        QCOMPARE(paper.axisTitle, screen.axisTitle);
        QCOMPARE(paper.valueLabels, screen.valueLabels);
        QCOMPARE(paper.groups, screen.groups);
        QCOMPARE(paper.footnotes, words(snapshot.footnotes));
        QCOMPARE(paper.bars.size(), int(snapshot.councils.size() * snapshot.outcomeKeys.size()));
        QCOMPARE(paper.bars, screen.bars);
        // And both are what the data says: every kind of mark the fixture holds is drawn.
        const QString all = QStringList(screen.bars.values()).join(QLatin1Char(' '));
        if (which == 0)
            QVERIFY2(all.contains(QStringLiteral("hollow mark '*'")), qPrintable(all));
        if (which == 1)
            QVERIFY2(all.contains(QStringLiteral("mark '!'")), qPrintable(all));
        if (which == 2)
            QVERIFY2(all.contains(QStringLiteral("value 0 mark '–'")), qPrintable(all));
    }

    void gridScreenAndPaperAgree_data() { comparisonScreenAndPaperAgree_data(); }
    void gridScreenAndPaperAgree()
    {
        QFETCH(int, which);
        const YearSnapshot snapshot = snapshots().at(which);
        GridModel model;
        model.setSnapshot(snapshot);
        PaintRecorder rec(QSize(1200, 800));
        {
            QPainter painter(&rec);
            chartpaint::drawGrid(painter, QRectF(10, 10, 1180, 780), snapshot);
        }
        // Paper: each cell's texts (label line, detail line) inside its outlined rectangle.
        QStringList paperHeaders, screenHeaders;
        for (int c = 0; c < model.columnCount(); ++c)
            screenHeaders << model.headerData(c, Qt::Horizontal).toString();
        QList<RecordedRect> cells;
        for (const RecordedRect &r : rec.rects)
            if (r.pen.style() != Qt::NoPen && r.brush.style() == Qt::NoBrush)
                cells << r;
        QCOMPARE(cells.size(), model.rowCount() * model.columnCount());
        const qreal headerBottom = cells.first().rect.top();
        QList<RecordedText> headerTexts;
        for (const RecordedText &t : rec.texts)
            if (t.at.y() < headerBottom && t.centre().x() > cells.first().rect.left())
                headerTexts << t;
        paperHeaders = centredLabels(headerTexts);
        QCOMPARE(paperHeaders, screenHeaders);
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c) {
                const QRectF cell = cells[r * model.columnCount() + c].rect;
                QStringList inside;
                for (const RecordedText &t : rec.texts)
                    if (cell.contains(t.centre()))
                        inside << t.text;
                const QModelIndex index = model.index(r, c);
                // The screen's one line is the paper's two, as the description words them.
                QCOMPARE(words(inside), words({snapshot.cellLabel(r, c), snapshot.cellDetail(r, c)}));
                QCOMPARE(index.data().toString(), snapshot.cellText(r, c));
                QCOMPARE(index.data(Qt::FontRole).value<QFont>().italic(), snapshot.hollow(r, c));
                for (const QString &mark : {QStringLiteral("*"), QStringLiteral("!")})
                    QCOMPARE(words(inside).contains(mark), index.data().toString().contains(mark));
            }
    }
};

QTEST_MAIN(TestChartAgreement)
#include "tst_chart_agreement.moc"
