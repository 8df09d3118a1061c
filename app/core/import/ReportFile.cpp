#include "import/ReportFile.h"

#include <QFile>
#include <QFileInfo>

namespace inspectdesk::ReportFile {

Contents read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {false, QStringLiteral("no such file"), {}};
    if (info.isDir())
        return {false, QStringLiteral("is a folder, not a file"), {}};
    // isFile() follows symbolic links and is false for pipes, devices and sockets: opening a
    // named pipe would wait for a writer for ever, /dev/zero would never end.
    if (!info.isFile())
        return {false, QStringLiteral("not a regular file (a pipe, device or socket): only files are read"), {}};
    if (info.size() > kMaxBytes)
        return {false,
                QStringLiteral("file is %1 MB, larger than the %2 MB a report can be")
                    .arg(info.size() / (1024 * 1024))
                    .arg(kMaxBytes / (1024 * 1024)),
                {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, QStringLiteral("cannot open file: %1").arg(file.errorString()), {}};
    // Read at most one byte past the limit: a file growing while it is read cannot exceed it.
    QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return {
            false, QStringLiteral("file is larger than the %1 MB a report can be").arg(kMaxBytes / (1024 * 1024)), {}};
    if (file.error() != QFileDevice::NoError)
        return {false, QStringLiteral("cannot read file: %1").arg(file.errorString()), {}};
    return {true, {}, std::move(bytes)};
}

bool isPdf(const QByteArray &bytes)
{
    return bytes.left(kHeaderWindow).contains("%PDF-");
}

QString notPdfMessage()
{
    return QStringLiteral("not a PDF file (no %PDF- header in its first %1 bytes)").arg(kHeaderWindow);
}

} // namespace inspectdesk::ReportFile
