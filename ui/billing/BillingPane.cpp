#include "ui/billing/BillingPane.h"

#include "models/billing/InvoicePdf.h"
#include "models/roles/Capabilities.h"
#include "models/usage/Money.h"
#include "ui/billing/BillingDialogs.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PaneTabs.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fusion {

namespace {

QString billingDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString billingInvoiceText(const Invoice& i)
{
    return i.number.isEmpty() ? BillingPane::tr("draft %1").arg(i.id) : i.number;
}

void billingAlignMoney(QTreeWidgetItem* item, const QList<int>& columns)
{
    for (int c : columns)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}

void billingFitColumns(const QList<QTreeWidget*>& lists)
{
    for (QTreeWidget* list : lists) {
        // Widths from the first rows only: measuring all 10,000 of a large month would stall the GUI thread.
        list->header()->setResizeContentsPrecision(200);
        for (int c = 0; c < list->columnCount() - 1; ++c)
            list->resizeColumnToContents(c);
    }
}

void billingReselect(QTreeWidget* list, qint64 id)
{
    for (int r = 0; id != 0 && r < list->topLevelItemCount(); ++r)
        if (list->topLevelItem(r)->data(0, Qt::UserRole).toLongLong() == id)
            list->setCurrentItem(list->topLevelItem(r));
}

// Spend against allowance for the tenants that spent most: two bars per tenant, in dollars.
QChart* billingAiChart(const QList<BillingAiRow>& rows, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(palette.base());
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    if (rows.isEmpty()) {
        chart->setTitle(BillingPane::tr("No AI spend in this month."));
        chart->setTitleBrush(palette.color(QPalette::Text));
        return chart;
    }
    auto* spent = new QBarSet(BillingPane::tr("Spent"));
    auto* allowance = new QBarSet(BillingPane::tr("Allowance"));
    QStringList tenants;
    double top = 0;
    const int n = std::min<int>(10, int(rows.size()));
    for (int i = n - 1; i >= 0; --i) { // the largest at the top
        const BillingAiRow& r = rows.at(i);
        tenants << r.tenantSlug;
        *spent << r.spentMicros / 1e6;
        *allowance << r.allowanceMicros / 1e6;
        top = std::max({top, r.spentMicros / 1e6, r.allowanceMicros / 1e6});
    }
    spent->setColor(QColor(0x1f, 0x6f, 0xb2));
    allowance->setColor(QColor(0x9e, 0xa7, 0xb0));
    auto* series = new QHorizontalBarSeries;
    series->append(spent);
    series->append(allowance);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(tenants);
    y->setLabelsColor(palette.color(QPalette::Text));
    auto* x = new QValueAxis;
    x->setRange(0, top > 0 ? top * 1.1 : 1);
    x->setLabelFormat(QStringLiteral("$%.0f"));
    x->setLabelsColor(palette.color(QPalette::Text));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->setTitle(BillingPane::tr("Spend vs allowance, top %n", nullptr, n));
    chart->setTitleBrush(palette.color(QPalette::Text));
    return chart;
}

} // namespace

BillingPane::BillingPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("billingPane"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Billing"), this);
    Theme::makeHeading(heading);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("billingPeriodCombo"));
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    for (int i = 0; i < 13; ++i) {
        const QDate m = thisMonth.addMonths(-i);
        m_period->addItem(m.toString(QStringLiteral("MMMM yyyy")), m);
    }
    m_period->setCurrentIndex(1); // last month: the one being invoiced
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("&Month:"), this));
    qobject_cast<QLabel*>(top->itemAt(2)->widget())->setBuddy(m_period);
    top->addWidget(m_period);
    layout->addLayout(top);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("billingSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_roleNote =
        makeNote(QStringLiteral("billingRoleNote"),
                 tr("Your role does not see billing amounts: revenue, invoices, AI spend and proposals "
                    "are for owners and finance. Ask an owner if you need them."),
                 this);
    layout->addWidget(m_roleNote);
    placeMessageBar(layout, 3);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("billingTabs"));
    m_byPlan = makeRecordList(QStringLiteral("billingPlanRevenueList"),
                              {tr("Plan"), tr("Tenants"), tr("Monthly recurring")}, this);
    m_byAgency = makeRecordList(QStringLiteral("billingAgencyRevenueList"),
                                {tr("Agency group"), tr("Tenants"), tr("Monthly recurring")}, this);
    m_due = makeRecordList(
        QStringLiteral("billingDueList"),
        {tr("Invoice"), tr("Tenant"), tr("Month"), tr("Balance"), tr("Issued"), tr("Due"), tr("State")},
        this);
    auto* revenue = new QSplitter(Qt::Horizontal, this);
    revenue->addWidget(m_byPlan);
    revenue->addWidget(m_byAgency);
    auto* dueLabel = new QLabel(tr("Invoices due and overdue (payment terms: %n day(s) after issue)", nullptr,
                                   BillingOverview::kPaymentTermDays),
                                this);
    auto* overview =
        makeTabPage(this,
                    tr("Recurring revenue of active and past-due subscriptions, by plan and by agency "
                       "group (a yearly plan counts a twelfth of its price)."),
                    {revenue, dueLabel, m_due});
    overview->layout()->setAlignment(dueLabel, Qt::AlignBottom);
    addNamedTab(m_tabs, overview, tr("Overview"), QStringLiteral("overview"));

    m_invoices = makeRecordList(
        QStringLiteral("billingInvoiceList"),
        {tr("Invoice"), tr("Tenant"), tr("State"), tr("Total"), tr("Balance"), tr("Issued"), tr("Due")},
        this);
    m_generate = makeWriteButton(QStringLiteral("billingGenerateButton"), tr("&Generate…"), this);
    m_issue = makeWriteButton(QStringLiteral("billingIssueButton"), tr("&Issue…"), this);
    m_pay = makeWriteButton(QStringLiteral("billingPayButton"), tr("Mark &paid…"), this);
    m_void = makeWriteButton(QStringLiteral("billingVoidButton"), tr("&Void…"), this);
    m_credit = makeWriteButton(QStringLiteral("billingCreditButton"), tr("&Credit note…"), this);
    m_propose = makeWriteButton(QStringLiteral("billingProposeButton"), tr("P&ropose…"), this);
    m_pdf = new QPushButton(tr("Save P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("billingPdfButton"));
    m_csv = new QPushButton(tr("Export C&SV…"), this);
    m_csv->setObjectName(QStringLiteral("billingCsvButton"));
    addNamedTab(m_tabs,
                makeTabPage(this,
                            tr("The month's invoices and credit notes. Generate drafts them from the daily "
                               "usage aggregates; an issued invoice never changes — correct it with a credit "
                               "note. Finance proposes credits, discounts and plan changes for an owner."),
                            {m_invoices},
                            {m_generate, m_issue, m_pay, m_void, m_credit, m_propose, m_pdf, m_csv}),
                tr("Invoices"), QStringLiteral("invoices"));

    m_ai =
        makeRecordList(QStringLiteral("billingAiList"),
                       {tr("Tenant"), tr("Plan"), tr("Spent"), tr("Allowance"), tr("Over allowance")}, this);
    m_aiChart = new QChartView(this);
    m_aiChart->setObjectName(QStringLiteral("billingAiChart"));
    m_aiChart->setRenderHint(QPainter::Antialiasing);
    m_aiChart->setMinimumHeight(220);
    auto* aiSplit = new QSplitter(Qt::Horizontal, this);
    aiSplit->addWidget(m_ai);
    aiSplit->addWidget(m_aiChart);
    // The chart needs the width to be read; the list's columns are narrow.
    aiSplit->setStretchFactor(0, 2);
    aiSplit->setStretchFactor(1, 3);
    addNamedTab(m_tabs,
                makeTabPage(this,
                            tr("Each tenant's AI spend in the month, from the daily aggregates, against the "
                               "allowance its plan includes; what is over is invoiced."),
                            {aiSplit}),
                tr("AI spend"), QStringLiteral("ai"));

    m_proposals = makeRecordList(
        QStringLiteral("billingProposalList"),
        {tr("#"), tr("State"), tr("Tenant"), tr("Proposal"), tr("Reason"), tr("By"), tr("Outcome")}, this);
    m_approve = makeWriteButton(QStringLiteral("billingApproveButton"), tr("&Approve…"), this);
    m_reject = makeWriteButton(QStringLiteral("billingRejectButton"), tr("Re&ject…"), this);
    addNamedTab(
        m_tabs,
        makeTabPage(this,
                    tr("Plan changes, credits and discounts finance proposed (Invoices → Propose…). An "
                       "owner's approval applies exactly what was proposed, once."),
                    {m_proposals}, {m_approve, m_reject}),
        tr("Proposals"), QStringLiteral("proposals"));
    layout->addWidget(m_tabs, 1);
    coverWhileLoading(m_tabs, QStringLiteral("overview"));
    coverWhileLoading(m_invoices, QStringLiteral("month")); // a large month takes longer than the overview

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_generate, &QPushButton::clicked, this, &BillingPane::generate);
    connect(m_issue, &QPushButton::clicked, this, [this] { moveInvoice(QStringLiteral("issue")); });
    connect(m_pay, &QPushButton::clicked, this, [this] { moveInvoice(QStringLiteral("pay")); });
    connect(m_void, &QPushButton::clicked, this, [this] { moveInvoice(QStringLiteral("void")); });
    connect(m_credit, &QPushButton::clicked, this, &BillingPane::credit);
    connect(m_propose, &QPushButton::clicked, this, &BillingPane::propose);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_pdf, &QPushButton::clicked, this, &BillingPane::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &BillingPane::exportCsv);
    for (QTreeWidget* list : {m_invoices, m_proposals})
        connect(list, &QTreeWidget::itemSelectionChanged, this, &BillingPane::updateButtons);
    watchTables({QStringLiteral("invoices"), QStringLiteral("invoice_lines"),
                 QStringLiteral("billing_proposals"), QStringLiteral("subscriptions"),
                 QStringLiteral("plans"), QStringLiteral("usage_daily")});
    updateButtons();
}

QDate BillingPane::period() const
{
    return m_period->currentData().toDate();
}

void BillingPane::reload()
{
    if (!m_context->capabilities().can(Capability::ViewBillingAmounts)) {
        // Operators: the database would refuse the amounts, so nothing is asked.
        loadPane([](Database&) { return 0; },
                 [this](int) {
                     applyOverview({});
                     applyMonth({});
                 });
        return;
    }
    const QDate month = period();
    // Two loads in this order on the database worker: the Overview paints while the month is read. A newer
    // reload makes both answers of this one stale (Loads drops them), so the count starts again.
    m_pendingParts = 2;
    const auto failed = [this](const Error& e) {
        showFailure(e);
        partLoaded();
    };
    load(
        QStringLiteral("overview"),
        [month](Database& db) { return BillingOverview::loadOverview(db, month); },
        [this](const BillingOverviewData& d) {
            applyOverview(d);
            partLoaded();
        },
        failed);
    load(
        QStringLiteral("month"), [month](Database& db) { return BillingOverview::loadMonth(db, month); },
        [this](const BillingOverview::Month& m) {
            applyMonth(m);
            partLoaded();
        },
        failed);
}

void BillingPane::partLoaded()
{
    if (--m_pendingParts == 0)
        markLoaded();
}

void BillingPane::applyOverview(const BillingOverviewData& d)
{
    // The month's part stays until its own answer replaces it (a reload keeps the lists filled meanwhile).
    const QList<Invoice> invoices = m_data.invoices;
    const QList<BillingAiRow> ai = m_data.ai;
    m_data = d;
    m_data.invoices = invoices;
    m_data.ai = ai;
    const bool amounts = m_context->capabilities().can(Capability::ViewBillingAmounts);
    m_roleNote->setVisible(!amounts);
    m_tabs->setEnabled(amounts);
    const QDate today = QDate::currentDate();
    int overdue = 0;
    m_due->clear();
    for (const Invoice& i : d.open) {
        const bool late = BillingOverview::isOverdue(i, today);
        overdue += late ? 1 : 0;
        auto* item = new QTreeWidgetItem(
            m_due, {i.number, i.tenantSlug, i.periodText(), Money::display(i.balanceMicros()),
                    billingDate(i.issuedAt.date()), billingDate(BillingOverview::dueDate(i)),
                    late ? tr("overdue") : tr("due")});
        billingAlignMoney(item, {3});
        if (late)
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, QColor(0xc6, 0x28, 0x28));
    }
    if (amounts) {
        m_summary->setText(tr("Recurring revenue %1 a month from %n subscription(s) · %2 invoiced for %3 · "
                              "%4 open, %5 overdue",
                              nullptr, d.subscriptions)
                               .arg(Money::display(d.monthlyMicros), Money::display(d.invoicedMicros),
                                    d.period.toString(QStringLiteral("MMMM yyyy")))
                               .arg(d.open.size())
                               .arg(overdue));
    } else {
        m_summary->clear();
    }
    const auto revenue = [](QTreeWidget* list, const QList<BillingRevenueRow>& rows) {
        list->clear();
        for (const BillingRevenueRow& r : rows) {
            auto* item = new QTreeWidgetItem(
                list, {r.label, QString::number(r.tenants), Money::display(r.monthlyMicros)});
            billingAlignMoney(item, {1, 2});
        }
    };
    revenue(m_byPlan, d.byPlan);
    revenue(m_byAgency, d.byAgency);

    // A reload (after a write, or another session's) keeps what the person had selected.
    const QTreeWidgetItem* current = m_proposals->currentItem();
    const qint64 proposalId =
        current && current->isSelected() ? current->data(0, Qt::UserRole).toLongLong() : qint64(0);
    m_proposals->clear();
    for (const BillingProposal& p : d.proposals) {
        auto* item =
            new QTreeWidgetItem(m_proposals, {QString::number(p.id), BillingProposals::stateLabel(p.state),
                                              p.tenantSlug, p.summary(), p.reason, p.createdBy,
                                              p.outcome.isEmpty() ? p.decisionReason : p.outcome});
        item->setData(0, Qt::UserRole, p.id);
    }
    billingFitColumns({m_byPlan, m_byAgency, m_due, m_proposals});
    billingReselect(m_proposals, proposalId);
    updateButtons();
}

void BillingPane::applyMonth(const BillingOverview::Month& month)
{
    m_data.invoices = month.invoices;
    m_data.ai = month.ai;
    const QDate today = QDate::currentDate();
    const QTreeWidgetItem* current = m_invoices->currentItem();
    const qint64 invoiceId =
        current && current->isSelected() ? current->data(0, Qt::UserRole).toLongLong() : qint64(0);
    m_invoices->clear();
    // Built apart and added at once: a month of 10,000 tenants is 10,000 rows (bench_billing).
    QList<QTreeWidgetItem*> rows;
    rows.reserve(month.invoices.size());
    for (const Invoice& i : month.invoices) {
        const QString state =
            i.isCreditNote()
                ? tr("%1 (credit note of %2)").arg(Invoicing::stateLabel(i.state), i.creditOfNumber)
                : Invoicing::stateLabel(i.state);
        auto* item = new QTreeWidgetItem(QStringList{
            billingInvoiceText(i), i.tenantSlug, state, Money::display(i.totalMicros),
            Money::display(i.balanceMicros()), billingDate(i.issuedAt.date()),
            i.state == QLatin1String("issued") && !i.isCreditNote() ? billingDate(BillingOverview::dueDate(i))
                                                                    : QString()});
        item->setData(0, Qt::UserRole, i.id);
        billingAlignMoney(item, {3, 4});
        if (BillingOverview::isOverdue(i, today))
            item->setForeground(6, QColor(0xc6, 0x28, 0x28));
        rows << item;
    }
    m_invoices->addTopLevelItems(rows);
    m_ai->clear();
    for (const BillingAiRow& r : month.ai) {
        auto* item =
            new QTreeWidgetItem(m_ai, {r.tenantSlug, r.planCode, Money::display(r.spentMicros),
                                       Money::display(r.allowanceMicros), Money::display(r.overMicros())});
        billingAlignMoney(item, {2, 3, 4});
    }
    QChart* old = m_aiChart->chart();
    m_aiChart->setChart(billingAiChart(month.ai, palette()));
    delete old;
    billingFitColumns({m_invoices, m_ai});
    billingReselect(m_invoices, invoiceId);
    updateButtons();
}

std::optional<Invoice> BillingPane::selectedInvoice() const
{
    const QTreeWidgetItem* item = m_invoices->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const Invoice& i : m_data.invoices)
        if (i.id == id)
            return i;
    return std::nullopt;
}

std::optional<BillingProposal> BillingPane::selectedProposal() const
{
    const QTreeWidgetItem* item = m_proposals->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const BillingProposal& p : m_data.proposals)
        if (p.id == id)
            return p;
    return std::nullopt;
}

void BillingPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool owner = caps.isOwner();
    const bool finance = caps.has(Roles::Finance);
    const QString ownersOnly = tr("Only owners (fusion_owner) may do this; finance proposes instead.");
    const auto i = selectedInvoice();
    const QString state = i ? i->state : QString();
    const bool note = i && i->isCreditNote();
    m_generate->setEnabled(owner);
    m_issue->setEnabled(owner && state == QLatin1String("draft"));
    m_pay->setEnabled(owner && state == QLatin1String("issued") && !note);
    m_void->setEnabled(owner && state == QLatin1String("issued"));
    m_credit->setEnabled(owner && i && !note && i->creditableMicros() > 0 &&
                         (state == QLatin1String("issued") || state == QLatin1String("paid")));
    for (QPushButton* b : {m_generate, m_issue, m_pay, m_void, m_credit})
        b->setToolTip(owner ? QString() : ownersOnly);
    m_propose->setEnabled(finance && i && !note && state != QLatin1String("void"));
    m_propose->setToolTip(
        finance ? tr("Propose a credit, a discount on a draft or a plan change for the selected "
                     "invoice's tenant; an owner approves it.")
                : tr("Only finance and owners propose billing changes."));
    m_pdf->setEnabled(i.has_value());
    m_csv->setEnabled(!m_data.invoices.isEmpty());
    const auto p = selectedProposal();
    const bool pending = p && p->state == QLatin1String("pending");
    m_approve->setEnabled(owner && pending);
    m_reject->setEnabled(owner && pending);
    for (QPushButton* b : {m_approve, m_reject})
        b->setToolTip(owner ? QString() : tr("Only owners (fusion_owner) decide billing proposals."));
}

void BillingPane::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    m_messages->show(MessageBar::Success, done);
    reload();
}

void BillingPane::generate()
{
    const QDate month = period();
    WriteRunner::run(
        m_context, this, [month](Database& db) { return Invoicing::planGenerate(db, month); },
        [this](const Result<QJsonObject>& r) {
            afterWrite(r, r ? tr("Generated %n draft invoice(s).", nullptr,
                                 r.value().value(QStringLiteral("invoices")).toInt())
                            : QString());
        });
}

void BillingPane::moveInvoice(const QString& move)
{
    const auto i = selectedInvoice();
    if (!i)
        return;
    const qint64 id = i->id;
    WriteRunner::run(
        m_context, this,
        [id, move](Database& db) {
            return move == QLatin1String("issue") ? Invoicing::planIssue(db, id)
                   : move == QLatin1String("pay") ? Invoicing::planPay(db, id)
                                                  : Invoicing::planVoid(db, id);
        },
        [this, move](const Result<QJsonObject>& r) {
            const QString number = r ? r.value().value(QStringLiteral("number")).toString() : QString();
            afterWrite(r, move == QLatin1String("issue") ? tr("Issued as %1.").arg(number)
                          : move == QLatin1String("pay") ? tr("%1 is paid.").arg(number)
                                                         : tr("%1 is void.").arg(number));
        });
}

void BillingPane::credit()
{
    const auto i = selectedInvoice();
    if (!i)
        return;
    BillingEntryDialog::Fields fields;
    fields.amount = true;
    auto* dialog = new BillingEntryDialog(
        QStringLiteral("billingCreditDialog"), tr("Credit note"),
        tr("A credit note against %1 (at most %2). The invoice stays as it was issued.")
            .arg(billingInvoiceText(*i), Money::display(i->creditableMicros())),
        fields, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = i->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const qint64 amount = dialog->amountMicros().value_or(0);
        const QString reason = dialog->reason();
        WriteRunner::run(
            m_context, this,
            [id, amount, reason](Database& db) { return Invoicing::planCredit(db, id, amount, reason); },
            [this](const Result<QJsonObject>& r) {
                afterWrite(r, tr("Credit note %1 issued.")
                                  .arg(r ? r.value().value(QStringLiteral("number")).toString() : QString()));
            });
    });
    dialog->open();
}

void BillingPane::propose()
{
    const auto i = selectedInvoice();
    if (!i)
        return;
    BillingEntryDialog::Fields fields;
    fields.kinds = i->state == QLatin1String("draft")
                       ? QStringList{QStringLiteral("discount"), QStringLiteral("plan")}
                       : QStringList{QStringLiteral("credit"), QStringLiteral("plan")};
    fields.plans = m_data.plans;
    auto* dialog =
        new BillingEntryDialog(QStringLiteral("billingProposeDialog"), tr("Propose a billing change"),
                               tr("For tenant %1, invoice %2. Nothing changes until an owner approves.")
                                   .arg(i->tenantSlug, billingInvoiceText(*i)),
                               fields, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Invoice invoice = *i;
    connect(dialog, &QDialog::accepted, this, [this, dialog, invoice] {
        const QString kind = dialog->kind();
        const QString plan = dialog->plan();
        const qint64 amount = dialog->amountMicros().value_or(0);
        const QString reason = dialog->reason();
        WriteRunner::run(
            m_context, this,
            [invoice, kind, plan, amount, reason](Database& db) {
                if (kind == QLatin1String("plan"))
                    return BillingProposals::planProposePlan(db, invoice.tenantSlug, plan, reason);
                if (kind == QLatin1String("credit"))
                    return BillingProposals::planProposeCredit(db, invoice.id, amount, reason);
                return BillingProposals::planProposeDiscount(db, invoice.id, amount, reason);
            },
            [this](const Result<QJsonObject>& r) {
                afterWrite(r, tr("Proposed (billing proposal %1); an owner approves or rejects it.")
                                  .arg(r ? r.value().value(QStringLiteral("proposal")).toInteger() : 0));
            });
    });
    dialog->open();
}

void BillingPane::decide(bool approve)
{
    const auto p = selectedProposal();
    if (!p)
        return;
    const qint64 id = p->id;
    if (approve) {
        WriteRunner::run(
            m_context, this, [id](Database& db) { return BillingProposals::planApprove(db, id); },
            [this](const Result<QJsonObject>& r) {
                afterWrite(r,
                           tr("Approved and applied: %1.")
                               .arg(r ? r.value().value(QStringLiteral("outcome")).toString() : QString()));
            });
        return;
    }
    auto* dialog = new BillingEntryDialog(
        QStringLiteral("billingRejectDialog"), tr("Reject proposal"),
        tr("Reject %1 for %2. Say why: finance sees it.").arg(p->summary(), p->tenantSlug), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QString reason = dialog->reason();
        WriteRunner::run(
            m_context, this,
            [id, reason](Database& db) { return BillingProposals::planReject(db, id, reason); },
            [this](const Result<QJsonObject>& r) { afterWrite(r, tr("The proposal is rejected.")); });
    });
    dialog->open();
}

void BillingPane::savePdf()
{
    const auto i = selectedInvoice();
    if (!i)
        return;
    const qint64 id = i->id;
    const QString name =
        (i->number.isEmpty() ? QStringLiteral("draft-%1").arg(id) : i->number) + QStringLiteral(".pdf");
    askSaveFile(
        {tr("Save invoice as PDF"), tr("PDF document (*.pdf)"), name, QStringLiteral("pdf")},
        [this, id](const QString& path) {
            load(
                QStringLiteral("pdf"),
                [id, path](Database& db) {
                    InvoicePdf::write(db, id, path);
                    return path;
                },
                [this](const QString& p) { m_messages->show(MessageBar::Success, tr("Saved %1.").arg(p)); });
        });
}

void BillingPane::exportCsv()
{
    const QByteArray csv = Invoicing::csv(m_data.invoices);
    askSaveFile({tr("Export invoices as CSV"), tr("CSV file (*.csv)"),
                 QStringLiteral("invoices-%1.csv").arg(period().toString(QStringLiteral("yyyy-MM"))),
                 QStringLiteral("csv")},
                [this, csv](const QString& path) {
                    QFile f(path);
                    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size()) {
                        m_messages->show(
                            MessageBar::Failure,
                            tr("Could not write %1: %2. Choose another folder.").arg(path, f.errorString()));
                        return;
                    }
                    m_messages->show(MessageBar::Success, tr("Saved %1.").arg(path));
                });
}

} // namespace fusion
