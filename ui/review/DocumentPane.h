#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QToolBar;

namespace inspectdesk {

class DocumentView;
class PageThumbnailModel;

// The document view with its tools: zoom, fit, page number box, page thumbnails, and find
// with next/previous and a hit count.
class DocumentPane : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPane(QWidget *parent = nullptr);
    DocumentView *view() const { return mView; }
    QLineEdit *findEdit() const { return mFind; }
    QSpinBox *pageBox() const { return mPage; }
    QListView *pageList() const { return mPages; }
    PageThumbnailModel *thumbnails() const { return mThumbnails; }
    void documentChanged(); // after the view got a new document (or none)
    void focusFind();

private:
    DocumentView *mView;
    QToolBar *mTools;
    QSpinBox *mPage;
    QLabel *mPageTotal;
    QLineEdit *mFind;
    QLabel *mHits;
    QListView *mPages;
    PageThumbnailModel *mThumbnails;
};

} // namespace inspectdesk
