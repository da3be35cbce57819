#pragma once

#include "models/tenants/Tenant.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace fusion {

// The strip under a list paged by keyset (TenantPageFrom): what the page shows ("rows X–Y", worded by the
// pane), an optional rows-per-page choice, and First, Previous, Next and Last. Keyset pages carry no page
// number, so the pager keeps the one thing a label needs, the number of rows before the page shown, as the
// buttons move it; a pane that learns it otherwise (a count) sets it. Used by the Tenants and Operations
// panes.
class KeysetPager : public QWidget {
    Q_OBJECT

public:
    explicit KeysetPager(QWidget* parent = nullptr);

    // Offers "Rows per page:" with these sizes, `current` chosen; without a call there is no choice.
    void setPageSizes(const QList<int>& sizes, int current);
    // The rows a full page holds (what Previous steps back by), when the pane offers no choice.
    void setPageSize(int size) { m_size = size; }
    // The page the list now shows: how many rows, and whether there are rows before and after it (the
    // buttons at an end are disabled).
    void showPage(qsizetype rows, bool hasPrevious, bool hasNext);
    qsizetype rowsShown() const { return m_rows; }
    bool hasPrevious() const { return m_hasPrevious; }
    bool hasNext() const { return m_hasNext; }
    // Rows before the first one shown; -1 while unknown (the last page of a list not counted yet).
    qint64 position() const { return m_position; }
    void setPosition(qint64 position) { m_position = position; }
    void setResultText(const QString& text);
    void setPageText(const QString& text);

    // What the buttons do, for a pane's own shortcuts too; each does nothing at the end it would leave.
    void first();
    void previous();
    void next();
    void last();

Q_SIGNALS:
    // The page to fetch: First, Last, or After (Next: after the last row shown) or Before (Previous).
    void pageRequested(fusion::TenantPageFrom from);
    void pageSizeChanged(int size);

private:
    QLabel* m_result;
    QLabel* m_pageSizeLabel;
    QComboBox* m_pageSize;
    QToolButton* m_first;
    QToolButton* m_previous;
    QLabel* m_page;
    QToolButton* m_next;
    QToolButton* m_last;
    qsizetype m_rows = 0;
    int m_size = 0; // the rows a full page holds
    bool m_hasPrevious = false;
    bool m_hasNext = false;
    qint64 m_position = 0;
};

} // namespace fusion
