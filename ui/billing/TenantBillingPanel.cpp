#include "ui/billing/TenantBillingPanel.h"

#include "models/billing/InvoicePdf.h"
#include "models/roles/Capabilities.h"
#include "models/usage/Money.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlatList.h"
#include "ui/common/Loads.h"
#include "ui/common/MessageBar.h"
#include "ui/common/SaveFile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QDate tenantBillingThisMonth()
{
    const QDate today = QDate::currentDate();
    return today.addDays(1 - today.day());
}

} // namespace

TenantBillingPanel::TenantBillingPanel(AppContext* context, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messages(messages)
    , m_loads(new Loads(context, this))
{
    setObjectName(QStringLiteral("tenantBillingPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_note =
        makeNote(QStringLiteral("tenantBillingNote"),
                 tr("Your role does not see billing amounts: this tenant's invoices and AI spend are for "
                    "owners and finance."),
                 this);
    layout->addWidget(m_note);
    m_aiLabel = new QLabel(this);
    m_aiLabel->setObjectName(QStringLiteral("tenantAiSpendLabel"));
    m_aiLabel->setWordWrap(true);
    m_aiBar = new QProgressBar(this);
    m_aiBar->setObjectName(QStringLiteral("tenantAiSpendBar"));
    m_aiBar->setTextVisible(false);
    m_aiBar->setMaximumHeight(10);
    layout->addWidget(m_aiLabel);
    layout->addWidget(m_aiBar);
    layout->addWidget(new QLabel(tr("Invoices and credit notes"), this));
    m_invoices = makeRecordList(
        QStringLiteral("tenantInvoiceList"),
        {tr("Invoice"), tr("Month"), tr("State"), tr("Total"), tr("Balance"), tr("Due")}, this);
    m_invoices->setMinimumHeight(140);
    layout->addWidget(m_invoices, 1);
    auto* row = new QHBoxLayout;
    m_pdf = new QPushButton(tr("Save P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("tenantInvoicePdfButton"));
    row->addStretch(1);
    row->addWidget(m_pdf);
    layout->addLayout(row);
    m_loads->cover(m_invoices);
    connect(m_pdf, &QPushButton::clicked, this, &TenantBillingPanel::savePdf);
    connect(m_invoices, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_pdf->setEnabled(m_invoices->currentItem() && m_invoices->currentItem()->isSelected());
    });
    m_pdf->setEnabled(false);
}

void TenantBillingPanel::setTenant(qint64 tenantId, const QString& slug)
{
    if (tenantId == m_tenantId && slug == m_slug)
        return reload();
    m_tenantId = tenantId;
    m_slug = slug;
    m_invoices->clear();
    reload();
}

void TenantBillingPanel::reload()
{
    const bool amounts = m_context->capabilities().can(Capability::ViewBillingAmounts);
    m_note->setVisible(!amounts);
    for (QWidget* w : std::initializer_list<QWidget*>{m_aiLabel, m_aiBar, m_invoices, m_pdf})
        w->setVisible(amounts);
    if (!amounts || m_tenantId == 0) {
        Q_EMIT loaded();
        return;
    }
    const qint64 id = m_tenantId;
    const QString slug = m_slug;
    m_loads->run(
        QString(),
        [id, slug](Database& db) {
            Data d;
            d.invoices = BillingOverview::tenantInvoices(db, slug);
            d.ai = BillingOverview::tenantAi(db, id, tenantBillingThisMonth());
            return d;
        },
        [this](const Data& d) {
            apply(d);
            Q_EMIT loaded();
        },
        [this](const Error& e) {
            m_messages->showError(e);
            Q_EMIT loaded();
        });
}

void TenantBillingPanel::apply(const Data& d)
{
    const qint64 spent = d.ai.spentMicros;
    const qint64 allowance = d.ai.allowanceMicros;
    const QString month = tenantBillingThisMonth().toString(QStringLiteral("MMMM yyyy"));
    m_aiLabel->setText(
        spent > allowance
            ? tr("AI spend in %1: %2 of the %3 the plan includes — %4 over, invoiced at month end.")
                  .arg(month, Money::display(spent), Money::display(allowance),
                       Money::display(spent - allowance))
            : tr("AI spend in %1: %2 of the %3 the plan includes.")
                  .arg(month, Money::display(spent), Money::display(allowance)));
    m_aiBar->setRange(0, 1000);
    m_aiBar->setValue(allowance > 0 ? int(std::min<qint64>(1000, spent * 1000 / allowance))
                                    : (spent > 0 ? 1000 : 0));
    m_invoices->clear();
    for (const Invoice& i : d.invoices) {
        const QDate due = BillingOverview::dueDate(i);
        auto* item = new QTreeWidgetItem(
            m_invoices,
            {i.number.isEmpty() ? tr("draft %1").arg(i.id) : i.number, i.periodText(),
             i.isCreditNote()
                 ? tr("%1 (credit note of %2)").arg(Invoicing::stateLabel(i.state), i.creditOfNumber)
                 : Invoicing::stateLabel(i.state),
             Money::display(i.totalMicros), Money::display(i.balanceMicros()),
             i.state == QLatin1String("issued") && due.isValid() ? due.toString(Qt::ISODate) : QString()});
        item->setData(0, Qt::UserRole, i.id);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        if (BillingOverview::isOverdue(i, QDate::currentDate()))
            item->setForeground(5, QColor(0xc6, 0x28, 0x28));
    }
    if (d.invoices.isEmpty())
        new QTreeWidgetItem(m_invoices,
                            {tr("No invoices yet: they appear once the month is invoiced (Billing → "
                                "Generate…).")});
    for (int c = 0; c < m_invoices->columnCount() - 1; ++c)
        m_invoices->resizeColumnToContents(c);
    m_pdf->setEnabled(false);
}

void TenantBillingPanel::savePdf()
{
    const QTreeWidgetItem* item = m_invoices->currentItem();
    if (!item || item->data(0, Qt::UserRole).toLongLong() == 0)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    SaveFile::ask(
        this,
        {tr("Save invoice as PDF"), tr("PDF document (*.pdf)"), item->text(0) + QStringLiteral(".pdf"),
         QStringLiteral("pdf")},
        [this, id](const QString& path) {
            m_loads->run(
                QStringLiteral("pdf"),
                [id, path](Database& db) {
                    InvoicePdf::write(db, id, path);
                    return path;
                },
                [this](const QString& p) { m_messages->show(MessageBar::Success, tr("Saved %1.").arg(p)); },
                [this](const Error& e) { m_messages->showError(e); });
        });
}

} // namespace fusion
