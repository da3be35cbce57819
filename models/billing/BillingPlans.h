#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

// What a tenant can subscribe to: a price per billing period and the AI spend each month includes. Money is
// integer micro-dollars like the usage tables (1 USD = 1000000).
struct BillingPlan {
    qint64 id = 0;
    QString code;
    QString name;
    QString description;
    QString billingPeriod = QStringLiteral("monthly"); // monthly | yearly
    qint64 priceMicros = 0;                            // per billing period
    qint64 aiAllowanceMicros = 0;                      // AI spend included in each month of usage
    QString currency = QStringLiteral("USD");
    std::optional<int> maxUsers;
    int subscriptions = 0; // tenants on it
    int rowVersion = 0;
};

// A tenant's subscription as billing reads it.
struct BillingSubscription {
    qint64 id = 0;
    qint64 tenantId = 0;
    QString tenantSlug;
    QString planCode; // empty: no plan
    QString status;
    QString pricingModel;
    QDate currentPeriodStart;
    QDate currentPeriodEnd;
    QDate nextInvoiceDate;
};

class BillingPlans {
    Q_DECLARE_TR_FUNCTIONS(fusion::BillingPlans)

public:
    static QList<BillingPlan> list(Database& db);
    static std::optional<BillingPlan> find(Database& db, const QString& code);
    static QList<BillingSubscription> subscriptions(Database& db);

    // Creates a plan (plan.id == 0) or edits the one with plan.code (row version checked). The monthly
    // equivalent in cents (what the tenant screens show) is kept in step: a yearly price over twelve.
    static PendingWrite planSave(Database& db, const BillingPlan& plan);

    static QString periodLabel(const QString& billingPeriod);
    // The lists as CSV (amounts as decimal dollars) for a spreadsheet.
    static QByteArray csv(const QList<BillingPlan>& plans);
    static QByteArray csv(const QList<BillingSubscription>& subscriptions);
};

} // namespace fusion
