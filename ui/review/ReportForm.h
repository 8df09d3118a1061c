#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QStringListModel;

namespace inspectdesk {

class Session;
class ReviewDocument;
class JudgementTableModel;

// The form beside the document: the report's fields, its review state, notes about the
// document (pages without text), and the judgement table.
class ReportForm : public QWidget
{
    Q_OBJECT
public:
    explicit ReportForm(Session &session, QWidget *parent = nullptr);

    JudgementTableModel *model() const { return mModel; }
    QTableView *table() const { return mTable; }
    QLineEdit *councilEdit() const { return mCouncil; }
    QLabel *statusLabel() const { return mStatus; }
    QLabel *documentNote() const { return mNote; }

    // Selected judgement (0 = none) and selecting one (scrolls the table to it).
    qint64 currentJudgementId() const;
    int currentRow() const;
    void selectJudgement(qint64 judgementId);
    void selectRow(int row);
    // Pages (1-based) without a text layer, told by the document view once it read them.
    void setPagesWithoutText(const QList<int> &pages, int pageCount);
    void setDocumentUnreadable();

signals:
    void currentJudgementChanged(qint64 judgementId);

private:
    void loadFields();
    void commitFields();
    void updateStatus();

    Session &mSession;
    ReviewDocument &mReport;
    JudgementTableModel *mModel;
    QStringListModel *mCouncils;
    QLineEdit *mCouncil;
    QComboBox *mKind;
    QSpinBox *mYear;
    QDateEdit *mPublished;
    QLabel *mStatus;
    QLabel *mNote;
    QTableView *mTable;
    bool mLoading = false;
};

} // namespace inspectdesk
