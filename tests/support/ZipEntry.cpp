#include "ZipEntry.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace inspectdesk::test {

namespace {
QByteArray unzip(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}
} // namespace

QByteArray zipEntry(const QString &archive, const QString &entry)
{
    return unzip({QStringLiteral("-p"), archive, entry});
}

QStringList zipEntries(const QString &archive)
{
    return QString::fromUtf8(unzip({QStringLiteral("-Z1"), archive})).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList xmlTexts(const QByteArray &xml)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("t"))
            texts << reader.readElementText();
    return texts;
}

QStringList xlsxSheetNames(const QString &archive)
{
    QStringList names;
    QXmlStreamReader reader(zipEntry(archive, QStringLiteral("xl/workbook.xml")));
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("sheet"))
            names << reader.attributes().value(QLatin1String("name")).toString();
    return names;
}

} // namespace inspectdesk::test
