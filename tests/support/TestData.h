#pragma once

#include <QString>

namespace inspectdesk::test {

// Paths of the corpus copied into tests/data (the project never reads ../shared).
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(TEST_DATA_DIR "/") + relative;
}
inline QString corpusPdf(const QString &name)
{
    return dataPath(QStringLiteral("corpus/pdf/") + name + QStringLiteral(".pdf"));
}
inline QString corpusText(const QString &name)
{
    return dataPath(QStringLiteral("corpus/text/") + name + QStringLiteral(".txt"));
}
inline QString corpusTruth(const QString &name)
{
    return dataPath(QStringLiteral("corpus/truth/") + name + QStringLiteral(".json"));
}
inline QString binaryPath()
{
    return QStringLiteral(INSPECTDESK_BINARY);
}

} // namespace inspectdesk::test
