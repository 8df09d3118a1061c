#pragma once
// Shared set-up for the review workspace tests: a database seeded once with the bundled
// sample reports (real extraction), copied for every test, and a real MainWindow on it.

#include "MainWindow.h"
#include "Session.h"
#include "import/ReportImporter.h"
#include "review/ReviewWorkspace.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Q_INIT_RESOURCE must be used outside any namespace.
inline void initReviewTestResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace inspectdesk::test {

// A key press as the user makes it: on the widget that has the keyboard focus (there must be one).
inline void pressOnFocus(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

class ReviewFixture
{
public:
    // Call from initTestCase: settings in a temp dir, the seeded template database.
    bool init()
    {
        if (!mDir.isValid())
            return false;
        initReviewTestResources();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mDir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("InspectDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_review"));
        QSettings().setValue(QStringLiteral("reviewer/name"), QStringLiteral("Tess Reviewer"));
        Database db;
        if (!db.open(templatePath()))
            return false;
        ReportStore store(db);
        return seedSampleReports(store, QStringLiteral(":/samples"), QStringLiteral("seeder")) == 4;
    }
    QString templatePath() const { return mDir.filePath(QStringLiteral("template.sqlite")); }

    // A fresh copy of the seeded database, open in a shown window.
    MainWindow *openWindow(const QString &name)
    {
        const QString path = mDir.filePath(name + QStringLiteral(".sqlite"));
        QFile::remove(path);
        QFile::copy(templatePath(), path);
        return openWindowOn(path);
    }
    MainWindow *openWindowOn(const QString &path)
    {
        mWindow = std::make_unique<MainWindow>();
        mWindow->resize(1400, 900);
        mWindow->show();
        mWindow->openStartupDatabase(path);
        mWindow->activateWindow();
        return mWindow.get();
    }
    void closeWindow() { mWindow.reset(); }
    QString path(const QString &name) const { return mDir.filePath(name); }

    qint64 reportId(const QString &fileName) const
    {
        for (const ReportSummary &r : mWindow->session().store().reports())
            if (r.fileName == fileName)
                return r.id;
        return 0;
    }

private:
    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
};

} // namespace inspectdesk::test
