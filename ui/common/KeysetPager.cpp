#include "ui/common/KeysetPager.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

namespace fusion {

KeysetPager::KeysetPager(QWidget* parent)
    : QWidget(parent)
    , m_result(new QLabel(this))
    , m_pageSizeLabel(new QLabel(tr("Rows per page:"), this))
    , m_pageSize(new QComboBox(this))
    , m_first(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_page(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_last(new QToolButton(this))
{
    // The object names the panes' tests (and the screenshots' scripts) find the parts by.
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_first->setObjectName(QStringLiteral("firstPageButton"));
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_page->setObjectName(QStringLiteral("pageLabel"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_last->setObjectName(QStringLiteral("lastPageButton"));
    m_first->setText(tr("First"));
    m_first->setToolTip(tr("First page (Alt+Home)"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous page (Alt+Left)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next page (Alt+Right)"));
    m_last->setText(tr("Last"));
    m_last->setToolTip(tr("Last page (Alt+End)"));
    // Alt+Left/Right are the main window's (Back, Next page); the ends are the pager's own, live while it
    // shows (a hidden pane's pager does not take them).
    m_first->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_last->setShortcut(QKeySequence(Qt::ALT | Qt::Key_End));
    m_pageSizeLabel->hide();
    m_pageSize->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_pageSizeLabel);
    layout->addWidget(m_pageSize);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(m_page);
    layout->addWidget(m_next);
    layout->addWidget(m_last);

    connect(m_first, &QToolButton::clicked, this, &KeysetPager::first);
    connect(m_previous, &QToolButton::clicked, this, &KeysetPager::previous);
    connect(m_next, &QToolButton::clicked, this, &KeysetPager::next);
    connect(m_last, &QToolButton::clicked, this, &KeysetPager::last);
    connect(m_pageSize, &QComboBox::activated, this, [this] {
        m_size = m_pageSize->currentData().toInt();
        Q_EMIT pageSizeChanged(m_size);
    });
    showPage(0, false, false);
}

void KeysetPager::setPageSizes(const QList<int>& sizes, int current)
{
    m_pageSize->clear();
    for (const int size : sizes)
        m_pageSize->addItem(QString::number(size), size);
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(current)));
    m_size = current;
    m_pageSizeLabel->setVisible(!sizes.isEmpty());
    m_pageSize->setVisible(!sizes.isEmpty());
}

void KeysetPager::showPage(qsizetype rows, bool hasPrevious, bool hasNext)
{
    m_rows = rows;
    m_hasPrevious = hasPrevious;
    m_hasNext = hasNext;
    if (!hasPrevious)
        m_position = 0;
    m_first->setEnabled(hasPrevious);
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
    m_last->setEnabled(hasNext);
}

void KeysetPager::setResultText(const QString& text)
{
    m_result->setText(text);
}

void KeysetPager::setPageText(const QString& text)
{
    m_page->setText(text);
    m_page->setVisible(!text.isEmpty());
}

void KeysetPager::setRangeWords(const QString& ofTotal, const QString& ofMore)
{
    m_ofTotal = ofTotal;
    m_ofMore = ofMore;
}

bool KeysetPager::showRange(qint64 total, bool capped)
{
    // The last page ends at the last row.
    if (total >= 0 && !capped && !m_hasNext && m_hasPrevious)
        m_position = std::max<qint64>(0, total - m_rows);
    if (m_position < 0 || m_rows == 0) {
        setPageText(QString());
        return false;
    }
    const QLocale locale;
    const QString from = locale.toString(m_position + 1);
    const QString to = locale.toString(m_position + m_rows);
    if (total < 0)
        setResultText(tr("%1–%2 · counting…").arg(from, to));
    else
        setResultText(
            (capped && !m_ofMore.isEmpty() ? m_ofMore : m_ofTotal).arg(from, to, locale.toString(total)));
    const qint64 size = std::max(1, m_size);
    if (total >= 0 && !capped)
        setPageText(tr("Page %1 of %2")
                        .arg(locale.toString(m_position / size + 1))
                        .arg(locale.toString(std::max<qint64>(1, (total + size - 1) / size))));
    else
        setPageText(QString());
    return true;
}

void KeysetPager::first()
{
    if (!m_hasPrevious)
        return;
    m_position = 0;
    Q_EMIT pageRequested(TenantPageFrom::First);
}

void KeysetPager::previous()
{
    if (!m_hasPrevious)
        return;
    // A full page before this one, or the first page when less is left (the list's Before comes back as
    // First then).
    if (m_position >= 0)
        m_position = std::max<qint64>(0, m_position - std::max(1, m_size));
    Q_EMIT pageRequested(TenantPageFrom::Before);
}

void KeysetPager::next()
{
    if (!m_hasNext)
        return;
    if (m_position >= 0)
        m_position += m_rows;
    Q_EMIT pageRequested(TenantPageFrom::After);
}

void KeysetPager::last()
{
    if (!m_hasNext)
        return;
    m_position = -1;
    Q_EMIT pageRequested(TenantPageFrom::Last);
}

} // namespace fusion
