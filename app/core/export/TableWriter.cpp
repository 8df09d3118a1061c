#include "TableWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#include <cstdio>

namespace inspectdesk {

namespace {
constexpr int kSheetNameMax = 31; // Excel's limit, in UTF-16 code units

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << TableWriter::csvField(f);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// The folder must exist before anything is written: say so plainly rather than with the
// temporary file's error.
bool folderReady(const QString &path, QString *error)
{
    const QFileInfo target(path);
    if (target.fileName().isEmpty() || target.isDir()) {
        *error = QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("inspectdesk::TableWriter", "is a folder, not a file"));
        return false;
    }
    if (!target.absoluteDir().exists()) {
        *error = QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("inspectdesk::TableWriter", "no such folder"));
        return false;
    }
    return true;
}

// Replaces target by source in one step where the system can (POSIX rename replaces
// atomically); elsewhere removes the old file first.
bool replaceFile(const QString &source, const QString &target)
{
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    return QFile::exists(target) && QFile::remove(target) && QFile::rename(source, target);
}

// At most max characters, cut after a whole word where one ends in the second half ("Judgements
// over time: Children", not "... Children who ne"), without a dangling ":" or "(".
QString truncatedName(const QString &name, int max)
{
    if (name.size() <= max)
        return name;
    QString cut = name.left(max);
    if (cut.back().isHighSurrogate()) // never split a character in two
        cut.chop(1);
    if (!name.at(cut.size()).isSpace()) {
        const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
        if (space >= max / 2)
            cut.truncate(space);
    }
    cut = cut.trimmed();
    while (!cut.isEmpty() && QStringLiteral(",;:-–(&").contains(cut.back()))
        cut = cut.chopped(1).trimmed();
    return cut.isEmpty() ? name.left(max).trimmed() : cut;
}
} // namespace

TableFormat TableWriter::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? TableFormat::Xlsx
                                                                                             : TableFormat::Csv;
}

QString TableWriter::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool TableWriter::writeCsv(const QList<DataTable> &tables, QIODevice *out)
{
    QByteArray bytes("\xEF\xBB\xBF"); // the byte-order mark: Excel then reads UTF-8
    for (int t = 0; t < tables.size(); ++t) {
        const DataTable &table = tables[t];
        if (t > 0)
            bytes += "\r\n";
        if (tables.size() > 1)
            bytes += csvLine({table.title});
        // Pure data: one header row, then rows of exactly as many fields. The source line is
        // a last column, repeated, so that any row read or copied on its own keeps it and no
        // reader takes a trailing note for a data row.
        const bool withSource = !table.sourceLine.isEmpty();
        const QString source = table.sourceLine.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' '));
        QStringList headers = table.headers;
        if (withSource)
            headers << QCoreApplication::translate("inspectdesk::TableWriter", "Source");
        bytes += csvLine(headers);
        for (const QStringList &row : table.rows) {
            QStringList fields = row.mid(0, table.columnCount());
            while (fields.size() < table.columnCount())
                fields << QString();
            if (withSource)
                fields << source;
            bytes += csvLine(fields);
        }
        // Written table by table: a long export never holds more than one table twice.
        if (out->write(bytes) != bytes.size())
            return false;
        bytes.clear();
    }
    return bytes.isEmpty() || out->write(bytes) == bytes.size();
}

QStringList TableWriter::sheetNames(const QStringList &titles)
{
    QStringList names;
    QSet<QString> taken; // Excel compares sheet names without regard to case
    for (int i = 0; i < titles.size(); ++i) {
        QString name = titles[i];
        for (QChar &c : name)
            if (QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
                c = QLatin1Char(' ');
        name = name.simplified();
        while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
            name = name.startsWith(QLatin1Char('\'')) ? name.mid(1).trimmed() : name.chopped(1).trimmed();
        if (name.isEmpty())
            name = QCoreApplication::translate("inspectdesk::TableWriter", "Sheet %1").arg(i + 1);
        name = truncatedName(name, kSheetNameMax);
        QString unique = name;
        for (int n = 2; taken.contains(unique.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            unique = truncatedName(name, kSheetNameMax - int(suffix.size())) + suffix;
        }
        taken.insert(unique.toCaseFolded());
        names << unique;
    }
    return names;
}

bool TableWriter::write(const QString &path, const QList<DataTable> &tables, QString *error)
{
    return write(path, tables, formatFor(path), error);
}

bool TableWriter::write(const QString &path, const QList<DataTable> &tables, TableFormat format, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!folderReady(path, error))
        return false;
    if (format == TableFormat::Csv) {
        // QSaveFile writes beside the target and renames on commit.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !writeCsv(tables, &file) || !file.commit()) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    // libxlsxwriter writes a whole file by name: give it a temporary one in the same folder
    // (removed on failure), then rename it over the target.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open()) {
        *error = QStringLiteral("%1: %2").arg(path, temp.errorString());
        return false;
    }
    const QString tempName = temp.fileName();
    temp.close();
    QString reason;
    if (!writeXlsxFile(tempName, tables, &reason)) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    // A new file is readable as any file the user saves; a replaced one keeps its permissions.
    temp.setPermissions(target.exists() ? QFile::permissions(path)
                                        : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser |
                                              QFile::ReadGroup | QFile::ReadOther);
    if (!replaceFile(tempName, path)) {
        *error = QStringLiteral("%1: %2").arg(
            path, QCoreApplication::translate("inspectdesk::TableWriter", "cannot replace the file"));
        return false;
    }
    temp.setAutoRemove(false); // it is the target now
    return true;
}

} // namespace inspectdesk
