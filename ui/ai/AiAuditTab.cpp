#include "ui/ai/AiAuditTab.h"

#include "ui/common/FlatList.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

AiAuditTab::AiAuditTab(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("aiAuditTab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    placeMessageBar(layout);
    auto* filters = new QHBoxLayout;
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("auditOperationCombo"));
    m_operation->addItem(tr("Every operation"), QString());
    m_operation->addItem(tr("Asks"), QStringLiteral("ask"));
    m_operation->addItem(tr("Searches"), QStringLiteral("search"));
    m_operation->addItem(tr("Feedback"), QStringLiteral("feedback"));
    m_operation->addItem(tr("Embeddings"), QStringLiteral("embed"));
    m_operation->addItem(tr("Syncs"), QStringLiteral("sync"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("auditStatusCombo"));
    m_status->addItem(tr("Any status"), QString());
    for (const char* s : {"success", "error", "timeout", "cancelled", "refused"})
        m_status->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("auditLoginEdit"));
    m_login->setPlaceholderText(tr("Login"));
    m_login->setClearButtonEnabled(true);
    filters->addWidget(m_operation);
    filters->addWidget(m_status);
    filters->addWidget(m_login);
    filters->addStretch();
    layout->addLayout(filters);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_list = makeFlatList(QStringLiteral("aiAuditList"),
                          {tr("When"), tr("Operation"), tr("Provider"), tr("Login"), tr("Thread"),
                           tr("Status"), tr("Latency"), tr("Redacted")},
                          split);
    coverWhileLoading(m_list);
    split->addWidget(m_list);
    auto* detail = new QWidget(split);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(detail);
    m_summary->setObjectName(QStringLiteral("aiAuditSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    detailLayout->addWidget(m_summary);
    auto* texts = new QSplitter(Qt::Horizontal, detail);
    const auto textView = [&](const QString& name, const QString& title) {
        auto* box = new QWidget(texts);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(new QLabel(title, box));
        auto* view = new QPlainTextEdit(box);
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        boxLayout->addWidget(view);
        texts->addWidget(box);
        return view;
    };
    m_request = textView(QStringLiteral("aiAuditRequest"), tr("Request (as stored, redacted):"));
    m_response = textView(QStringLiteral("aiAuditResponse"), tr("Response (as stored, redacted):"));
    detailLayout->addWidget(texts, 1);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    // Typing a login filters after a pause, not per keystroke.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &AiAuditTab::reload);
    connect(m_login, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_operation, &QComboBox::currentIndexChanged, this, &AiAuditTab::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AiAuditTab::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AiAuditTab::showSelected);
    watchTables({QStringLiteral("ai_audit")});
}

void AiAuditTab::reload()
{
    AiAudit::Query query;
    query.operation = m_operation->currentData().toString();
    query.status = m_status->currentData().toString();
    query.login = m_login->text().trimmed();
    query.limit = 500;
    loadPane([query](Database& db) { return AiAudit::list(db, query); },
             [this](const QList<AiAuditRow>& rows) { showRows(rows); });
}

void AiAuditTab::showRows(const QList<AiAuditRow>& rows)
{
    const qint64 current =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_rows = rows;
    const QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem* again = nullptr;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const AiAuditRow& r = rows[i];
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(r.occurredAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, r.operation);
        item->setText(2, r.providerName);
        item->setText(3, r.login);
        item->setText(4, r.threadId ? QString::number(*r.threadId) : QString());
        item->setText(5, r.status);
        item->setText(6, r.latencyMs ? tr("%1 ms").arg(*r.latencyMs) : QString());
        item->setText(7, r.redactions.isEmpty() ? tr("nothing") : r.redactions);
        item->setData(0, Qt::UserRole, r.id);
        item->setData(1, Qt::UserRole, qlonglong(i));
        if (r.id == current)
            again = item;
    }
    if (!again && m_list->topLevelItemCount() > 0)
        again = m_list->topLevelItem(0);
    m_list->setCurrentItem(again);
    if (rows.isEmpty())
        m_summary->setText(tr("Nothing recorded matches."));
    showSelected();
}

void AiAuditTab::showSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        m_request->clear();
        m_response->clear();
        return;
    }
    const AiAuditRow& r = m_rows.at(item->data(1, Qt::UserRole).toLongLong());
    QString summary = tr("#%1 · %2 by %3 · %4").arg(r.id).arg(r.operation, r.login, r.status);
    if (r.messageId)
        summary += tr(" · message %1").arg(*r.messageId);
    if (!r.error.isEmpty())
        summary += QLatin1Char('\n') + tr("Error: %1").arg(r.error);
    m_summary->setText(summary);
    m_request->setPlainText(r.request);
    m_response->setPlainText(r.response);
}

} // namespace fusion
