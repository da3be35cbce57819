#pragma once

#include "models/tenants/Tenant.h"

#include <QWidget>

#include <functional>

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
    // The label's words in the pane's terms (translated there), %1–%2 the rows shown and %3 the total:
    // `ofTotal` e.g. "%1–%2 of %3 tenants", `ofMore` for a total counted only up to a cap ("%1–%2 of more
    // than %3 tenants"). Both panes say where a page is the same way: the rows first, then of how many.
    void setRangeWords(const QString& ofTotal, const QString& ofMore = {});
    // Says where the page shown is: "1–50 of 409 operations" and "Page 1 of 9" once `total` (the rows in the
    // list; -1 while being counted) is known, "1–50 · counting…" before; `capped`: the list holds more than
    // `total`, so there is no page count. The last page's position follows from a known total. Returns false
    // (and sets nothing) when the position is unknown or the page is empty: the pane says that in its words.
    bool showRange(qint64 total, bool capped = false);

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
    QString m_ofTotal;
    QString m_ofMore;
};

// The wiring a pane paged by keyset repeats, for its query (limit, from, cursor) and the page it shows
// (first, last, from, rows, hasPrevious, hasNext): tenants and operations have their own cursor types, hence
// templates.
namespace KeysetPaging {

// A rows-per-page choice sets the query's limit and starts over (`restart`); First, Previous, Next and Last
// set where the page starts, from the edge of the page shown, and fetch it (`fetch`). The pager already moved
// its row number.
template <typename Query, typename Page>
void connect(KeysetPager* pager, QObject* context, Query* query, const Page* page,
             const std::function<void()>& restart, const std::function<void()>& fetch)
{
    QObject::connect(pager, &KeysetPager::pageSizeChanged, context, [query, restart](int size) {
        query->limit = size;
        restart();
    });
    QObject::connect(pager, &KeysetPager::pageRequested, context, [query, page, fetch](TenantPageFrom from) {
        query->from = from;
        query->cursor = from == TenantPageFrom::After    ? page->last
                        : from == TenantPageFrom::Before ? page->first
                                                         : decltype(query->cursor){};
        fetch();
    });
}

// Back to the first page (a new filter or page size).
template <typename Query>
void restart(KeysetPager* pager, Query* query)
{
    query->from = TenantPageFrom::First;
    query->cursor = {};
    pager->setPosition(0);
}

// A page arrived: the buttons follow it, and the query fetches that page again on the next refresh (After
// past the end came back as the last page, Before past the start as the first).
template <typename Query, typename Page>
void pageShown(KeysetPager* pager, Query* query, const Page& page)
{
    query->from = page.from;
    if (page.from == TenantPageFrom::First || page.from == TenantPageFrom::Last)
        query->cursor = {};
    pager->showPage(page.rows.size(), page.hasPrevious, page.hasNext);
}

} // namespace KeysetPaging

} // namespace fusion
