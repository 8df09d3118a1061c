#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace inspectdesk {

// Stands in for the charts while the judgements are read: a busy bar and what is being
// read, or, when the read failed, why and a button to try again.
class LoadingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LoadingPanel(QWidget *parent = nullptr);

    void showLoading(const QString &database);
    void showError(const QString &database, const QString &error);
    QString text() const;
    bool showsError() const;

signals:
    void retryRequested();

private:
    QLabel *mText;
    QProgressBar *mBusy;
    QPushButton *mRetry;
};

} // namespace inspectdesk
