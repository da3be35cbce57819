#include "ui/dashboard/RecommendationsPanel.h"

#include "ui/common/StatusColors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

RecommendationsPanel::RecommendationsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recommendationsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    m_title = new QLabel(tr("Recommendations"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    head->addWidget(m_title);
    head->addStretch();
    m_fix = new QPushButton(tr("&Fix…"), this);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_ask = new QPushButton(tr("Ask &about This"), this);
    m_ask->setObjectName(QStringLiteral("askAboutButton"));
    m_ask->setToolTip(
        tr("Opens the AI console with a question about this problem (not sent until you ask)."));
    head->addWidget(m_fix);
    head->addWidget(m_ask);
    layout->addLayout(head);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recommendationList"));
    m_list->setHeaderLabels({tr("What to do"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setMaximumHeight(fontMetrics().height() * 9);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecommendationsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const PlatformFact* f = current())
            Q_EMIT fixRequested(*f);
    });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const PlatformFact* f = current())
            Q_EMIT fixRequested(*f);
    });
    connect(m_ask, &QPushButton::clicked, this, [this] {
        if (const PlatformFact* f = current())
            Q_EMIT askRequested(*f);
    });
    updateButtons();
}

void RecommendationsPanel::setRecommendations(const QList<PlatformFact>& recommendations)
{
    const QString selected = current() ? current()->action + current()->sourceId : QString();
    m_items = recommendations;
    m_list->clear();
    QTreeWidgetItem* again = nullptr;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const PlatformFact& f = m_items.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, f.fixTitle.isEmpty() ? f.title : f.fixTitle);
        // A recommendation's detail starts with the problem it stands for.
        item->setText(1, f.detail.section(QLatin1Char('\n'), 0, 0));
        item->setToolTip(1, f.detail);
        item->setData(0, Qt::UserRole, int(i));
        item->setForeground(
            0, StatusColors::forKey(f.severity >= 2 ? QStringLiteral("error") : QStringLiteral("warning")));
        if (f.action + f.sourceId == selected)
            again = item;
    }
    m_list->setCurrentItem(again ? again : m_list->topLevelItem(0));
    m_title->setText(m_items.isEmpty() ? tr("Recommendations: nothing needs doing now")
                                       : tr("Recommendations (%n)", nullptr, int(m_items.size())));
    m_list->setVisible(!m_items.isEmpty());
    updateButtons();
}

const PlatformFact* RecommendationsPanel::current() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
    return i >= 0 && i < m_items.size() ? &m_items.at(i) : nullptr;
}

void RecommendationsPanel::updateButtons()
{
    const PlatformFact* f = current();
    m_fix->setEnabled(f != nullptr);
    m_ask->setEnabled(f != nullptr);
    m_fix->setText(f && !f->actionText.isEmpty() ? f->actionText + QStringLiteral("…") : tr("&Fix…"));
    m_fix->setVisible(!m_items.isEmpty());
    m_ask->setVisible(!m_items.isEmpty());
}

QString RecommendationsPanel::questionFor(const PlatformFact& fact)
{
    return tr("%1. %2 What is the likely cause, and what should I do?")
        .arg(fact.title, fact.detail.left(300));
}

} // namespace fusion
