#pragma once
// Facts of the platform itself that need attention now — tenants in error, failed operations, budgets near
// their cap, keys needing attention, tenants drifting from their bundles — read (never written) for the AI
// console to cite as evidence and for the dashboard's recommendations, each with the action that fixes it.
#include "models/storage/Database.h"
#include "models/vault/KeyAttention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

struct PlatformFact {
    // Knowledge: a chunk of a tenant's knowledge base (the AI console's evidence; never a recommendation).
    enum class Kind { Tenant, Operation, Key, Budget, Drift, Knowledge };
    Kind kind = Kind::Tenant;
    // What a citation opens: tenant slug (Tenant, Drift), operation id (Operation), key id (Key),
    // "consumer/provider" (Budget; the provider code follows the last '/', consumer codes may hold '/'),
    // "slug/source ref" (Knowledge).
    QString sourceId;
    QString tenantSlug; // the tenant it concerns, if any
    QString title;      // one line a person reads: "acme is in error", "Rebuild of acme failed 2 h ago"
    QString detail;     // at most 500 characters: numbers, last log lines or error text — never a secret
    int severity = 1;   // 2 = needs action now (error, expired, over budget), 1 = warning
    // Stable key of the fix: "tenant.rebuild", "tenant.open", "operation.rerun", "key.rotate", "key.revoke",
    // "budget.raise", "bundle.apply".
    QString action;
    QString actionText; // translated button text: "Rebuild", "Rotate key", …
    QString fixTitle;   // what to do, as a recommendation says it: "Rebuild acme"
    QDateTime at;       // when it happened, or when it was observed (budgets, drift)
    QString url;        // Knowledge: the record in the tenant's Odoo (http(s)), if known
};

class PlatformFacts {
    Q_DECLARE_TR_FUNCTIONS(fusion::PlatformFacts)

public:
    static constexpr int kMaxDetail = 500;
    static constexpr int kRecentDays = 7; // failed operations older than this no longer count
    static constexpr int kBudgetWarnPercent = 80;

    struct Query {
        std::optional<QString> tenantSlug; // only this tenant's facts (keys, which belong to none, drop out)
        int limit = 40;
        KeyAttention attention;
    };

    // Everything that needs attention now, most severe and most recent first: tenants in error (with their
    // last failed operation), failed operations of the last 7 days that nothing of their kind succeeded
    // after (with what their payload says and where their logs are), access rules whose monthly or daily
    // budget is at least 80 % used (spent + reserved, from the live counters), keys needing attention, and
    // tenants whose installed modules drift from their bundles. A kind the login may not read (PostgreSQL
    // grants) is left out; row-level security narrows the rest to the tenants the login sees.
    static QList<PlatformFact> gather(Database& db, const QDateTime& now, const Query& query);
    // One recommendation per problem, in the same order: a tenant in error is one "Rebuild acme" that stands
    // for its failed operations and drift too; repeated failures of one kind on one tenant are one "Run …
    // again". The title says what to do, the detail why.
    static QList<PlatformFact> recommendations(Database& db, const QDateTime& now, const Query& query);
    // The facts as evidence for a model prompt: "[n] title — detail" lines, n counting from 1 in the list's
    // order, at most maxChars characters, cut before the first line that does not fit.
    static QString evidenceText(const QList<PlatformFact>& facts, int maxChars = 6000);

    // "tenant", "operation", "key", "budget", "drift", "knowledge"
    static QString kindKey(PlatformFact::Kind kind);
    // What a citation of the fact opens (ai_citations.source_kind): drift opens its tenant.
    static QString citationKind(PlatformFact::Kind kind);
    static QString actionText(const QString& action); // translated button text of an action key
    // "5 min ago", "3 h ago", "2 d ago"; empty for an invalid time.
    static QString ago(const QDateTime& at, const QDateTime& now);
};

} // namespace fusion
