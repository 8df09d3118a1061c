#include "FirstStartHint.h"

#include "AppSettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace inspectdesk {

FirstStartHint::FirstStartHint(QWidget *parent)
    : QFrame(parent), mText(new QLabel(this)), mClose(new QPushButton(tr("Got i&t"), this))
{
    setObjectName(QStringLiteral("FirstStartHint"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setStyleSheet(
        QStringLiteral("#FirstStartHint { background: #fff6c8; } #FirstStartHint QLabel { color: #1e1e1e; }"));
    mText->setWordWrap(true);
    mText->setText(tr("<b>New here?</b> Press <b>F8</b> to go to the next judgement to check: its grade is boxed "
                      "in orange in the document. If it is right, press <b>Ctrl+Return</b> to confirm it and move "
                      "on; if not, press <b>F2</b>, pick the grade and press Enter. Every shortcut is in the "
                      "Review menu."));
    mText->setAccessibleName(tr("Getting started"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(mText, 1);
    layout->addWidget(mClose);
    connect(mClose, &QPushButton::clicked, this, [this] {
        for (const QString &shortcut : taught())
            noteUsed(shortcut);
    });
    setVisible(!allLearnt());
}

const QStringList &FirstStartHint::taught()
{
    static const QStringList shortcuts{QStringLiteral("next"), QStringLiteral("confirm")};
    return shortcuts;
}

bool FirstStartHint::allLearnt() const
{
    const QStringList learnt = AppSettings().learntShortcuts();
    for (const QString &shortcut : taught())
        if (!learnt.contains(shortcut))
            return false;
    return true;
}

QString FirstStartHint::text() const
{
    return mText->text();
}

void FirstStartHint::noteUsed(const QString &shortcut)
{
    if (isHidden())
        return;
    AppSettings().addLearntShortcut(shortcut);
    if (allLearnt())
        hide();
}

} // namespace inspectdesk
