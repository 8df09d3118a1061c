#pragma once

#include <QByteArray>
#include <QString>

namespace inspectdesk {

// The one gate every command and the window pass a report file through before reading it.
namespace ReportFile {

// A report PDF is a few MB; the largest of the 497 in Ofsted's archive is under 1 MB. Anything
// larger than this is refused before it is read, so memory stays bounded (README: "Importing").
constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

// Where a PDF's "%PDF-" header may start: PDF readers (poppler, Acrobat) accept a little junk
// before it, within the first 1024 bytes, and so does InspectDesk, for every command.
constexpr int kHeaderWindow = 1024;

struct Contents
{
    bool ok = false;
    QString error; // one line, without the path: "is a folder, not a file", ...
    QByteArray bytes;
};

// Reads a regular file of at most kMaxBytes. Folders, named pipes, devices (/dev/zero) and
// sockets are refused without being opened, so nothing can block or read without end.
Contents read(const QString &path);

// True when bytes carry a PDF header within the first kHeaderWindow bytes.
bool isPdf(const QByteArray &bytes);

// "not a PDF file (no %PDF- header in its first 1024 bytes)": the same words everywhere.
QString notPdfMessage();

} // namespace ReportFile

} // namespace inspectdesk
