#include "BriefingWriter.h"

#include "BriefingPages.h"
#include "charts/ChartPainter.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace inspectdesk {

bool BriefingWriter::write(const QString &path, const BriefingData &data, QString *error, int *pages)
{
    auto tr = [](const char *t) { return QCoreApplication::translate("inspectdesk::BriefingWriter", t); };
    if (data.isEmpty()) {
        *error = tr("No judgements for the chosen councils and years: nothing to brief on.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(data.title());
        pdf.setCreator(QStringLiteral("InspectDesk"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            *error = tr("Cannot write %1: the PDF could not be started").arg(path);
            return false;
        }
        chartpaint::usePointUnits(painter);
        BriefingPages layout(painter, pdf, data);
        layout.cover();
        for (const QString &council : data.councils)
            layout.council(council);
        if (data.drawnCouncils().size() > 1)
            layout.allTrends();
        layout.comparison();
        layout.sources();
        painter.end();
        if (pages)
            *pages = layout.pageCount();
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace inspectdesk
