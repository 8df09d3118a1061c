// Build-time helper: renders the SVG application icon to PNGs for the hicolor theme sizes,
// so desktops that do not scale SVG icons (and Windows/macOS packaging) get sharp bitmaps.
// Usage: inspectdesk_render_icon ICON.svg OUTPUT_DIR SIZE... [--file=PATH:SIZE]...
//   writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/inspectdesk.png for each SIZE, and PATH (format from
//   its suffix, e.g. the Windows .ico) for each --file.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

static QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return image;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s ICON.svg OUTPUT_DIR SIZE...\n", argv[0]);
        return 2;
    }
    // No display at build time; the offscreen platform is enough for raster painting.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const QString outputDir = QString::fromLocal8Bit(argv[2]);
    for (int i = 3; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QString path;
        int size = 0;
        if (arg.startsWith(QLatin1String("--file="))) {
            const int colon = arg.lastIndexOf(QLatin1Char(':'));
            path = arg.mid(7, colon - 7);
            size = arg.mid(colon + 1).toInt();
        } else {
            size = arg.toInt();
            path = QStringLiteral("%1/%2x%2/apps/inspectdesk.png").arg(outputDir).arg(size);
        }
        if (size <= 0 || path.isEmpty()) {
            std::fprintf(stderr, "bad argument %s\n", argv[i]);
            return 2;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!render(renderer, size).save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
