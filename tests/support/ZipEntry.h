#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace inspectdesk::test {

// One file of a ZIP archive (an XLSX workbook's parts), read with `unzip -p`; empty when the
// archive or the entry is missing.
QByteArray zipEntry(const QString &archive, const QString &entry);
// The names in an archive (`unzip -Z1`).
QStringList zipEntries(const QString &archive);
// The text of every <t> element of an XLSX part (shared strings, in order).
QStringList xmlTexts(const QByteArray &xml);
// An XLSX workbook's sheet names, in order (xl/workbook.xml).
QStringList xlsxSheetNames(const QString &archive);

} // namespace inspectdesk::test
