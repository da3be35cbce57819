#pragma once

#include "models/billing/BillingProposals.h"
#include "models/billing/Invoicing.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace fusion {

// Recurring revenue of one plan or one agency group: the monthly equivalent of the price of its active and
// past-due subscriptions (a yearly plan counts a twelfth of its price).
struct BillingRevenueRow {
    QString key;   // plan code or agency group
    QString label; // plan name or agency group ("(none)" for tenants without one)
    int tenants = 0;
    qint64 monthlyMicros = 0;
};

// One tenant's AI spend in the period (from the daily aggregates) against its plan's monthly allowance.
struct BillingAiRow {
    qint64 tenantId = 0;
    QString tenantSlug;
    QString planCode;
    qint64 spentMicros = 0;
    qint64 allowanceMicros = 0;
    qint64 overMicros() const { return spentMicros > allowanceMicros ? spentMicros - allowanceMicros : 0; }
};

// Everything the Billing pane shows for one month, read in one go on the database worker.
struct BillingOverviewData {
    QDate period;
    QList<BillingRevenueRow> byPlan;
    QList<BillingRevenueRow> byAgency;
    qint64 monthlyMicros = 0;
    int subscriptions = 0;
    qint64 invoicedMicros = 0; // the period's invoices and credit notes, void ones left out
    QList<Invoice> invoices;   // of the period, credit notes included (the month's part)
    QList<Invoice> open;       // issued and not yet paid, of any period, oldest due first
    QList<BillingAiRow> ai;    // tenants with spend in the period, the largest first (the month's part)
    QList<BillingProposal> proposals;
    QStringList plans; // plan codes, for a proposed plan change
};

class BillingOverview {
    Q_DECLARE_TR_FUNCTIONS(fusion::BillingOverview)

public:
    // Payment terms: no setting holds them yet, so an invoice is due 30 days after it is issued.
    static constexpr int kPaymentTermDays = 30;
    static QDate dueDate(const Invoice& invoice);
    static bool isOverdue(const Invoice& invoice, const QDate& today);

    // The Billing pane in two parts, so that its Overview paints before a large month is read: the overview
    // (revenue, what is due, the month's total, proposals), then the month's invoices and AI spend.
    static BillingOverviewData loadOverview(Database& db, const QDate& period);
    struct Month {
        QList<Invoice> invoices;
        QList<BillingAiRow> ai;
    };
    static Month loadMonth(Database& db, const QDate& period);
    // Both parts at once.
    static BillingOverviewData load(Database& db, const QDate& period);
    // A tenant's own: its invoices (all periods) and its AI spend in `period` (zero spend when it has none).
    static QList<Invoice> tenantInvoices(Database& db, const QString& tenantSlug);
    static BillingAiRow tenantAi(Database& db, qint64 tenantId, const QDate& period);
};

} // namespace fusion
