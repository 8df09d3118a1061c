#include "ChartExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::ChartExport", text);
}
const QSizeF kPagePoints(842, 595); // A4 landscape

QByteArray renderPng(const ChartDataset &data, const ChartPageContent &content)
{
    const qreal dpi = 150;
    QImage image((kPagePoints * dpi / 72).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartPage::render(painter, data, content);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray renderSvg(const ChartDataset &data, const ChartPageContent &content)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(72);
    svg.setSize(kPagePoints.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), kPagePoints));
    svg.setTitle(content.title);
    svg.setDescription(ChartPage::sourceLine(data));
    QPainter painter(&svg);
    painter.fillRect(QRectF(QPointF(0, 0), kPagePoints), Qt::white);
    ChartPage::render(painter, data, content);
    painter.end();
    return bytes;
}
} // namespace

bool ChartExport::write(const QString &path, const ChartDataset &data, const ChartPageContent &content, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!suffixes().contains(suffix)) {
        *error = tr("Cannot export to %1: choose a .png, .svg or .pdf file name.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&file);
        pdf.setTitle(content.title);
        pdf.setCreator(QStringLiteral("InspectDesk"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        QPainter painter(&pdf);
        ChartPage::render(painter, data, content);
        painter.end();
    } else {
        file.write(suffix == QLatin1String("png") ? renderPng(data, content) : renderSvg(data, content));
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace inspectdesk
