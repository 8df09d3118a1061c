// DocumentView's marks, words, selection, clicks and find (split from DocumentView.cpp to
// keep files small; same class).
#include "DocumentView.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <algorithm>

namespace inspectdesk {

// --- marks, text, selection ----------------------------------------------------------------------

void DocumentView::setMarks(const QList<Mark> &marks)
{
    mMarks = marks;
    viewport()->update();
}

void DocumentView::setSelectedMark(qint64 id)
{
    mSelectedMark = id;
    viewport()->update();
}

const TextPage *DocumentView::pageText(int page) const
{
    const auto it = mTexts.constFind(page);
    return it == mTexts.constEnd() ? nullptr : &it.value();
}

QList<int> DocumentView::pagesWithoutText() const
{
    QList<int> pages;
    for (int i = 0; i < pageCount(); ++i)
        if (mTexts.contains(i) && mTexts[i].isEmpty())
            pages.append(i);
    return pages;
}

void DocumentView::onPageText(int generation, int page, const TextPage &text)
{
    if (generation == mGeneration)
        mTexts.insert(page, text);
}

void DocumentView::onAllText(int generation)
{
    if (generation != mGeneration)
        return;
    mAllTextRead = true;
    if (!mFindText.isEmpty())
        runFind();
    emit textScanFinished();
}

void DocumentView::setSelection(int page, const QRectF &rect)
{
    mSelectionPage = page;
    mSelectionRect = rect;
    viewport()->update();
    emit selectionChanged();
}

QRectF DocumentView::selectionBox() const
{
    const TextPage *text = pageText(mSelectionPage);
    const QRectF words = text ? text->boxIn(mSelectionRect) : QRectF();
    return words.isNull() ? mSelectionRect : words;
}

QString DocumentView::selectedText() const
{
    const TextPage *text = pageText(mSelectionPage);
    return text ? text->textIn(mSelectionRect) : QString();
}

void DocumentView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void DocumentView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    mPressPage = pageAt(event->position().toPoint(), &mPressPoint);
    mDragging = false;
}

void DocumentView::mouseMoveEvent(QMouseEvent *event)
{
    QPointF point;
    if (mPressPage >= 0 && (event->buttons() & Qt::LeftButton)) {
        const int page = pageAt(event->position().toPoint(), &point);
        if (page != mPressPage)
            return;
        if (!mDragging && (point - mPressPoint).manhattanLength() * mZoom < QApplication::startDragDistance())
            return;
        mDragging = true;
        mSelectionPage = mPressPage;
        mSelectionRect = QRectF(mPressPoint, point).normalized();
        viewport()->update();
        return;
    }
    // Hovering a judgement box shows it can be clicked.
    const int page = pageAt(event->position().toPoint(), &point);
    const bool overMark = std::any_of(mMarks.cbegin(), mMarks.cend(), [&](const Mark &m) {
        return m.page == page && m.box.adjusted(-2, -2, 2, 2).contains(point);
    });
    viewport()->setCursor(overMark ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

void DocumentView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || mPressPage < 0)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const int page = mPressPage;
    mPressPage = -1;
    if (mDragging) {
        mDragging = false;
        setSelection(page, mSelectionRect);
        return;
    }
    // A click: the smallest judgement box under it wins (boxes can nest).
    const Mark *hit = nullptr;
    for (const Mark &m : std::as_const(mMarks))
        if (m.page == page && m.box.adjusted(-2, -2, 2, 2).contains(mPressPoint) &&
            (!hit || m.box.width() * m.box.height() < hit->box.width() * hit->box.height()))
            hit = &m;
    if (mSelectionPage >= 0)
        setSelection(-1, QRectF());
    if (hit)
        emit markClicked(hit->id);
}

void DocumentView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return copySelection();
    const bool shift = event->modifiers() == Qt::ShiftModifier;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier &&
        selectFindHit())
        return;
    if (shift && (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left))
        return extendSelection(event->key() == Qt::Key_Right ? 1 : -1);
    if (shift && event->key() == Qt::Key_End)
        return extendSelectionToLineEnd();
    QAbstractScrollArea::keyPressEvent(event);
}

void DocumentView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void DocumentView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool DocumentView::selectFindHit()
{
    if (mCurrentHit < 0 || mCurrentHit >= mHits.size())
        return false;
    QRectF box;
    for (const QRectF &r : mHits.at(mCurrentHit).rects)
        box = box.united(r);
    setSelection(mHits.at(mCurrentHit).page, box);
    return true;
}

namespace {
// Indexes (reading order) of the words inside a selection rectangle.
QList<int> wordsIn(const QList<TextWord> &words, const QRectF &rect)
{
    QList<int> inside;
    for (int i = 0; i < words.size(); ++i)
        if (rect.intersects(words[i].box))
            inside << i;
    return inside;
}
QRectF unionOf(const QList<TextWord> &words, int first, int last)
{
    QRectF box;
    for (int i = first; i <= last; ++i)
        box = box.united(words[i].box);
    return box;
}
} // namespace

void DocumentView::extendSelection(int words)
{
    const TextPage *text = pageText(mSelectionPage);
    if (!text)
        return;
    const QList<TextWord> all = text->words();
    const QList<int> inside = wordsIn(all, mSelectionRect);
    if (inside.isEmpty())
        return;
    const int last = qBound(inside.first(), inside.last() + words, int(all.size()) - 1);
    setSelection(mSelectionPage, unionOf(all, inside.first(), last));
}

void DocumentView::extendSelectionToLineEnd()
{
    const TextPage *text = pageText(mSelectionPage);
    if (!text)
        return;
    const QList<TextWord> all = text->words();
    const QList<int> inside = wordsIn(all, mSelectionRect);
    if (inside.isEmpty())
        return;
    // To the end of the reading-order line (LineBuilder's) holding the last selected word.
    int last = inside.last();
    int lineStart = 0;
    for (const TextLine &line : text->lines) {
        const int lineEnd = lineStart + int(line.words.size()) - 1;
        if (last >= lineStart && last <= lineEnd) {
            last = lineEnd;
            break;
        }
        lineStart = lineEnd + 1;
    }
    setSelection(mSelectionPage, unionOf(all, inside.first(), last));
}

// Ctrl+wheel zooms, as in every document viewer; a plain wheel scrolls.
void DocumentView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QAbstractScrollArea::wheelEvent(event);
    const int steps = event->angleDelta().y();
    if (steps > 0)
        zoomIn();
    else if (steps < 0)
        zoomOut();
    event->accept();
}

// --- find --------------------------------------------------------------------------------------------

void DocumentView::find(const QString &text)
{
    mFindText = text;
    runFind();
    if (!mHits.isEmpty()) {
        // Start at the first hit on or after the current page.
        mCurrentHit = 0;
        for (int i = 0; i < mHits.size(); ++i)
            if (mHits[i].page >= currentPage()) {
                mCurrentHit = i;
                break;
            }
        showHit();
    }
}

void DocumentView::runFind()
{
    mHits.clear();
    mCurrentHit = -1;
    for (int page = 0; page < pageCount(); ++page)
        if (const TextPage *text = pageText(page))
            for (const QList<QRectF> &rects : text->find(mFindText))
                mHits.append({page, rects});
    if (!mHits.isEmpty())
        mCurrentHit = 0;
    emit findChanged(mCurrentHit, int(mHits.size()));
    viewport()->update();
}

void DocumentView::findNext()
{
    if (mHits.isEmpty())
        return;
    mCurrentHit = (mCurrentHit + 1) % int(mHits.size());
    showHit();
}

void DocumentView::findPrevious()
{
    if (mHits.isEmpty())
        return;
    mCurrentHit = (mCurrentHit - 1 + int(mHits.size())) % int(mHits.size());
    showHit();
}

void DocumentView::showHit()
{
    const Hit &hit = mHits.at(mCurrentHit);
    showBox(hit.page, hit.rects.first());
    emit findChanged(mCurrentHit, int(mHits.size()));
}

} // namespace inspectdesk
