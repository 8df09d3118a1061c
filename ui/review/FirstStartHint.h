#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace inspectdesk {

// A line above the review workspace telling a newcomer what to do: F8 for the next judgement
// to check, Ctrl+Return to confirm it. It goes for good (remembered in the settings) once the
// reviewer has used both, or closed it.
class FirstStartHint : public QFrame
{
    Q_OBJECT
public:
    explicit FirstStartHint(QWidget *parent = nullptr);
    // The reviewer used one of the shortcuts taught ("next" or "confirm").
    void noteUsed(const QString &shortcut);
    QString text() const;

private:
    static const QStringList &taught();
    bool allLearnt() const;

    QLabel *mText;
    QPushButton *mClose;
};

} // namespace inspectdesk
