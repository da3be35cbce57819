#pragma once
// What a tenant admin's portal shows of one of its tenants, read in one go on the database worker. Everything
// here is read as the connected login: on PostgreSQL row-level security (0002, 0007, 0015, 0016, 0018) keeps
// other tenants' rows out, so the portal needs no filter of its own to be safe — the filters below only pick
// the selected tenant among the login's.
#include "models/billing/Invoicing.h"
#include "models/portal/PortalSettings.h"
#include "models/support/SupportRequests.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

class Database;

struct PortalTenantRef {
    QString slug;
    QString name;
};

struct PortalView {
    QList<PortalTenantRef> tenants; // every tenant the login sees, by name
    // The selected one (the first when none was asked for or the asked one is not visible); empty slug: none.
    qint64 tenantId = 0;
    QString slug;
    QString name;
    QString status;
    QStringList bundles;        // bundle names
    int modulesInstalled = 0;   // tenant_module_states: installed
    int modulesPending = 0;     // pending or failed
    QString planName;           // empty without a subscription
    QString subscriptionStatus; // trialing, active, past_due, cancelled
    QDate nextInvoiceDate;
    QDate month;                        // the current month's first day (UTC)
    qint64 monthSpendMicros = 0;        // AI spend this month, from the daily aggregates
    qint64 allowanceMicros = 0;         // the plan's monthly AI allowance
    std::optional<qint64> budgetMicros; // the tightest monthly budget of its consumers' rules, if any
    QList<Invoice> invoices;
    QList<SupportRequest> requests;
    PortalSettings settings; // its local settings and the rest of its SSO and analytics records
    QHash<qint64, QList<SupportMessage>> threads; // the requests' conversations, by request id
};

class TenantPortal {
    Q_DECLARE_TR_FUNCTIONS(fusion::TenantPortal)

public:
    static PortalView load(Database& db, const QString& slug = {});
};

} // namespace fusion
