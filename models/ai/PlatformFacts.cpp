#include "models/ai/PlatformFacts.h"

#include "models/ai/Redactor.h"
#include "models/itemmodels/OperationListModel.h"
#include "models/usage/Money.h"
#include "models/usage/Periods.h"
#include "models/vault/KeyVault.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fusion {

namespace {

// What the login may read, per kind. SQLite has one user who owns everything; on PostgreSQL a role without
// a grant would make the whole gather fail, so its kinds are left out instead of asked for.
struct FactGrants {
    bool tenants = true; // tenants in error and failed operations
    bool drift = true;
    bool budgets = true;
    bool keys = true;
};

FactGrants factGrants(Database& db)
{
    FactGrants g;
    if (!db.isPostgres())
        return g;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT has_table_privilege('operations', 'SELECT') AND "
        "has_column_privilege('tenants', 'updated_at', 'SELECT'), "
        "has_table_privilege('tenant_module_states', 'SELECT') AND "
        "has_table_privilege('tenant_bundles', 'SELECT') AND has_table_privilege('bundle_modules', 'SELECT') "
        "AND has_table_privilege('bundles', 'SELECT') AND has_column_privilege('tenants', 'status', "
        "'SELECT'), "
        "has_table_privilege('access_rules', 'SELECT') AND has_table_privilege('usage_counters', 'SELECT') "
        "AND "
        "has_table_privilege('providers', 'SELECT') AND has_column_privilege('consumers', 'code', 'SELECT') "
        "AND has_column_privilege('consumers', 'killed', 'SELECT') AND "
        "has_column_privilege('consumers', 'tenant_id', 'SELECT') AND "
        "has_column_privilege('tenants', 'slug', 'SELECT'), "
        "has_table_privilege('api_keys', 'SELECT') AND has_table_privilege('providers', 'SELECT')"));
    if (q.next()) {
        g.tenants = q.value(0).toBool();
        g.drift = q.value(1).toBool();
        g.budgets = q.value(2).toBool();
        g.keys = q.value(3).toBool();
    }
    return g;
}

QString cutDetail(const QString& text)
{
    QString s = text.trimmed();
    if (s.size() > PlatformFacts::kMaxDetail)
        s = s.left(PlatformFacts::kMaxDetail - 1) + QChar(0x2026);
    return s;
}

QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" / "));
    text.replace(QLatin1Char('\n'), QLatin1String(" / "));
    text.replace(QLatin1Char('\r'), QLatin1String(" / "));
    return text;
}

// The last lines of what an operation's payload says went wrong. Payloads are JSON written by whatever ran
// the operation; the usual keys for an error or a log tail are looked at, anything else is not quoted.
QStringList payloadTail(const QString& payload)
{
    static const char* const keys[] = {"error", "message", "reason",   "detail", "stderr",
                                       "log",   "logs",    "log_tail", "output"};
    QStringList lines;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8());
    if (!doc.isObject())
        return lines;
    const QJsonObject o = doc.object();
    for (const char* key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        QStringList values;
        if (v.isString())
            values << v.toString();
        else if (v.isArray()) {
            const QJsonArray array = v.toArray();
            for (const QJsonValue& item : array) {
                if (item.isString())
                    values << item.toString();
            }
        }
        for (const QString& value : std::as_const(values)) {
            for (const QString& line : value.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QString t = line.trimmed();
                if (!t.isEmpty())
                    lines << (t.size() > 160 ? t.left(159) + QChar(0x2026) : t);
            }
        }
    }
    // The end of a log says most about why it stopped.
    return lines.mid(std::max<qsizetype>(0, lines.size() - 3));
}

// What a failed operation left behind, secrets and personal data replaced by the redactor's markers.
QString operationEvidence(const ai::Redactor& redactor, const QString& payload, const QString& logsUrl)
{
    QStringList parts;
    const QStringList tail = payloadTail(payload);
    if (!tail.isEmpty())
        parts << redactor.redact(tail.join(QLatin1Char('\n'))).text;
    if (!logsUrl.isEmpty())
        parts << PlatformFacts::tr("Logs: %1").arg(redactor.redact(logsUrl).text);
    return parts.join(QLatin1Char('\n'));
}

QString typeName(const QString& type)
{
    return OperationListModel::typeLabel(type);
}

// Narrows a fact query to the one tenant asked about, if any: `condition` takes the slug as its parameter.
void forTenant(const PlatformFacts::Query& query, const QString& condition, QString& where,
               QVariantList& params)
{
    if (!query.tenantSlug)
        return;
    where += QStringLiteral(" AND ") + condition;
    params << *query.tenantSlug;
}

struct CollectOptions {
    int perKind = 40;
    // Recommendations: a tenant in error stands for its failed operations and its drift, so those are not
    // read for it (they would only fill the limit with what the one "Rebuild" fixes).
    bool skipTenantsInError = false;
};

void addTenantsInError(Database& db, const QDateTime& now, const PlatformFacts::Query& query,
                       const CollectOptions& options, const ai::Redactor& redactor, QList<PlatformFact>& out)
{
    const QString since = Periods::key(now.addDays(-PlatformFacts::kRecentDays));
    QVariantList params{since};
    QString where = QStringLiteral("t.status = 'error'");
    forTenant(query, QStringLiteral("t.slug = ?"), where, params);
    params << options.perKind;
    // tenants_status_idx finds the tenants in error; operations_tenant_idx their last failure.
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT t.slug, t.name, t.updated_at, (SELECT count(*) FROM operations f WHERE "
            "f.tenant_id = t.id AND f.status = 'failed' AND f.created_at >= ?), o.id, o.type, o.payload, "
            "o.logs_url, "
            "o.trigger_source, o.actor, o.created_at FROM tenants t LEFT JOIN operations o ON o.id = "
            "(SELECT l.id FROM operations l WHERE l.tenant_id = t.id AND l.status = 'failed' ORDER BY "
            "l.created_at DESC, l.id DESC LIMIT 1) WHERE ") +
            where + QStringLiteral(" ORDER BY coalesce(o.created_at, t.updated_at) DESC, t.id DESC LIMIT ?"),
        params);
    while (q.next()) {
        PlatformFact f;
        f.kind = PlatformFact::Kind::Tenant;
        f.sourceId = q.value(0).toString();
        f.tenantSlug = f.sourceId;
        f.title = PlatformFacts::tr("%1 is in error").arg(f.tenantSlug);
        f.severity = 2;
        f.action = QStringLiteral("tenant.rebuild");
        f.actionText = PlatformFacts::actionText(f.action);
        f.fixTitle = PlatformFacts::tr("Rebuild %1").arg(f.tenantSlug);
        const QDateTime updated = Database::toDateTime(q.value(2));
        const qint64 recent = q.value(3).toLongLong();
        QStringList detail;
        detail << PlatformFacts::tr("%1 (%2), in error; last changed %3.")
                      .arg(q.value(1).toString(), f.tenantSlug, PlatformFacts::ago(updated, now));
        f.at = updated;
        if (!q.value(4).isNull()) {
            const QDateTime failedAt = Database::toDateTime(q.value(10));
            f.at = failedAt; // as the query orders them: by the last failure, else the last change
            detail << PlatformFacts::tr("Last failed operation: %1 #%2, %3 (from %4, by %5).")
                          .arg(typeName(q.value(5).toString()), q.value(4).toString(),
                               PlatformFacts::ago(failedAt, now), q.value(8).toString(),
                               q.value(9).toString().isEmpty() ? QStringLiteral("?") : q.value(9).toString());
            const QString evidence =
                operationEvidence(redactor, q.value(6).toString(), q.value(7).toString());
            if (!evidence.isEmpty())
                detail << evidence;
        }
        detail << PlatformFacts::tr("Failed operations in the last %1 days: %2.")
                      .arg(PlatformFacts::kRecentDays)
                      .arg(recent);
        f.detail = cutDetail(detail.join(QLatin1Char('\n')));
        out << f;
    }
}

void addFailedOperations(Database& db, const QDateTime& now, const PlatformFacts::Query& query,
                         const CollectOptions& options, const ai::Redactor& redactor,
                         QList<PlatformFact>& out)
{
    QVariantList params{Periods::key(now.addDays(-PlatformFacts::kRecentDays))};
    QString where;
    forTenant(query, QStringLiteral("o.tenant_id = (SELECT id FROM tenants WHERE slug = ?)"), where, params);
    if (options.skipTenantsInError)
        where += QStringLiteral(" AND (t.status IS NULL OR t.status <> 'error')");
    params << options.perKind;
    // Ordered as operations_failed_idx is, so that SQLite walks that partial index (ordering by id as well
    // made it walk every operation of the week instead); a later success of the same kind on the same
    // tenant means the failure was dealt with (operations_tenant_idx answers that).
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT o.id, t.slug, o.type, o.payload, o.logs_url, o.trigger_source, o.actor, o.created_at, "
            "o.finished_at FROM operations o LEFT JOIN tenants t ON t.id = o.tenant_id WHERE o.status = "
            "'failed' AND o.created_at >= ?") +
            where +
            QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM operations s WHERE s.tenant_id = o.tenant_id AND "
                           "s.type = o.type AND s.status = 'succeeded' AND s.created_at > o.created_at) "
                           "ORDER BY o.created_at DESC, o.tenant_id LIMIT ?"),
        params);
    while (q.next()) {
        PlatformFact f;
        f.kind = PlatformFact::Kind::Operation;
        f.sourceId = q.value(0).toString();
        f.tenantSlug = q.value(1).toString();
        const QString type = q.value(2).toString();
        f.at = Database::toDateTime(q.value(7));
        const QString when = PlatformFacts::ago(f.at, now);
        f.title = f.tenantSlug.isEmpty()
                      ? PlatformFacts::tr("%1 #%2 failed %3").arg(typeName(type), f.sourceId, when)
                      : PlatformFacts::tr("%1 of %2 failed %3").arg(typeName(type), f.tenantSlug, when);
        f.severity = 1;
        // Creating or removing a whole tenant is not something to simply run again: a person looks first.
        const bool rerun = type != QLatin1String("provision") && type != QLatin1String("decommission");
        f.action = rerun || f.tenantSlug.isEmpty() ? QStringLiteral("operation.rerun")
                                                   : QStringLiteral("tenant.open");
        f.actionText = PlatformFacts::actionText(f.action);
        if (f.action == QLatin1String("tenant.open"))
            f.fixTitle = PlatformFacts::tr("Look into %1 of %2").arg(typeName(type), f.tenantSlug);
        else if (f.tenantSlug.isEmpty())
            f.fixTitle = PlatformFacts::tr("Run again: %1 #%2").arg(typeName(type), f.sourceId);
        else
            f.fixTitle = PlatformFacts::tr("Run again: %1 of %2").arg(typeName(type), f.tenantSlug);
        QStringList detail;
        detail << PlatformFacts::tr("Operation #%1 (%2), started from %3 by %4, failed %5.")
                      .arg(f.sourceId, typeName(type), q.value(5).toString(),
                           q.value(6).toString().isEmpty() ? QStringLiteral("?") : q.value(6).toString(),
                           when);
        const QString evidence = operationEvidence(redactor, q.value(3).toString(), q.value(4).toString());
        if (!evidence.isEmpty())
            detail << evidence;
        f.detail = cutDetail(detail.join(QLatin1Char('\n')));
        out << f;
    }
}

void addBudgets(Database& db, const QDateTime& now, const PlatformFacts::Query& query,
                const CollectOptions& options, QList<PlatformFact>& out)
{
    // "used * 100 >= budget * 80" keeps the comparison in integers on both stores; a budget of 0 blocks
    // on purpose and is no warning. Disabled rules and killed consumers make no calls to run out of.
    const QString used = QStringLiteral("(coalesce(%1.spent_micros, 0) + coalesce(%1.reserved_micros, 0))");
    const QString over = QStringLiteral("(r.%1 > 0 AND %2 * 100 >= r.%1 * %3)");
    QVariantList params{Periods::key(Periods::monthStart(now)), Periods::key(Periods::dayStart(now))};
    // %1: the percentage; over budget first, so that the limit never drops one for a mere warning.
    const QString overAll =
        QStringLiteral("(") +
        over.arg(QStringLiteral("monthly_budget_micros"), used.arg(QStringLiteral("cm"))) +
        QStringLiteral(" OR ") +
        over.arg(QStringLiteral("daily_budget_micros"), used.arg(QStringLiteral("cd"))) + QStringLiteral(")");
    QString where = QStringLiteral(" WHERE r.enabled AND NOT c.killed AND ") +
                    QString(overAll).arg(PlatformFacts::kBudgetWarnPercent);
    forTenant(query, QStringLiteral("c.tenant_id = (SELECT id FROM tenants WHERE slug = ?)"), where, params);
    params << options.perKind;
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT c.code, p.code, p.name, t.slug, r.monthly_budget_micros, r.daily_budget_micros, "
            "coalesce(cm.spent_micros, 0), coalesce(cm.reserved_micros, 0), coalesce(cd.spent_micros, 0), "
            "coalesce(cd.reserved_micros, 0) FROM access_rules r JOIN consumers c ON c.id = r.consumer_id "
            "JOIN providers p ON p.id = r.provider_id LEFT JOIN tenants t ON t.id = c.tenant_id "
            "LEFT JOIN usage_counters cm ON cm.consumer_id = r.consumer_id AND cm.provider_id = "
            "r.provider_id AND cm.user_name = '' AND cm.period = 'month' AND cm.period_start = ? "
            "LEFT JOIN usage_counters cd ON cd.consumer_id = r.consumer_id AND cd.provider_id = "
            "r.provider_id AND cd.user_name = '' AND cd.period = 'day' AND cd.period_start = ?") +
            where + QStringLiteral(" ORDER BY CASE WHEN ") + overAll.arg(100) +
            QStringLiteral(" THEN 0 ELSE 1 END, c.code, p.code LIMIT ?"),
        params);
    while (q.next()) {
        const QString consumer = q.value(0).toString();
        const QString providerName = q.value(2).toString();
        struct Window {
            QString name;
            std::optional<qint64> budget;
            qint64 spent, reserved;
            qint64 used() const { return spent + reserved; }
            // Per mille, so that 80 % and 100 % compare exactly.
            qint64 ratio() const { return budget && *budget > 0 ? used() * 1000 / *budget : -1; }
        };
        const Window windows[] = {{PlatformFacts::tr("monthly"), Database::toOptionalInt(q.value(4)),
                                   q.value(6).toLongLong(), q.value(7).toLongLong()},
                                  {PlatformFacts::tr("daily"), Database::toOptionalInt(q.value(5)),
                                   q.value(8).toLongLong(), q.value(9).toLongLong()}};
        const Window& worst = windows[1].ratio() > windows[0].ratio() ? windows[1] : windows[0];
        PlatformFact f;
        f.kind = PlatformFact::Kind::Budget;
        f.sourceId = consumer + QLatin1Char('/') + q.value(1).toString();
        f.tenantSlug = q.value(3).toString();
        f.severity = worst.ratio() >= 1000 ? 2 : 1;
        f.title = PlatformFacts::tr("%1 at %2 has used %3 of its %4 budget")
                      .arg(consumer, providerName, Money::percent(worst.used(), worst.budget), worst.name);
        QStringList detail;
        for (const Window& w : windows) {
            if (!w.budget)
                continue;
            detail << PlatformFacts::tr("%1 budget %2: spent %3, reserved by calls in flight %4 (%5).")
                          .arg(w.name, Money::display(*w.budget), Money::display(w.spent),
                               Money::display(w.reserved), Money::percent(w.used(), w.budget));
        }
        if (f.severity == 2)
            detail << PlatformFacts::tr("Calls are refused until the budget is raised or the window ends.");
        f.detail = cutDetail(detail.join(QLatin1Char('\n')));
        f.action = QStringLiteral("budget.raise");
        f.actionText = PlatformFacts::actionText(f.action);
        f.fixTitle = PlatformFacts::tr("Raise the budget of %1 at %2").arg(consumer, providerName);
        f.at = now;
        out << f;
    }
}

void addKeys(const QList<ApiKey>& keys, const QDateTime& now, const KeyAttention& attention,
             QList<PlatformFact>& out)
{
    const QLocale locale;
    for (const ApiKey& k : keys) {
        const QStringList flags = attention.flags(k, now);
        if (flags.isEmpty())
            continue;
        const bool expired = k.expiresAt.isValid() && k.expiresAt < now;
        const bool graceOver = k.graceOver(now);
        const bool rejected = k.validationStatus == QLatin1String("rejected");
        const bool expiring = k.expiresWithin(attention.expiringDays, now);
        PlatformFact f;
        f.kind = PlatformFact::Kind::Key;
        f.sourceId = QString::number(k.id);
        f.severity = expired || graceOver || rejected ? 2 : 1;
        // A retiring key past its grace period, or one nobody uses, is revoked; one that no longer works or
        // soon will not is replaced.
        f.action = !graceOver && (expired || rejected || expiring) ? QStringLiteral("key.rotate")
                                                                   : QStringLiteral("key.revoke");
        f.actionText = PlatformFacts::actionText(f.action);
        f.fixTitle = f.action == QLatin1String("key.rotate")
                         ? PlatformFacts::tr("Rotate the %1 key \"%2\"").arg(k.providerName, k.label)
                         : PlatformFacts::tr("Revoke the %1 key \"%2\"").arg(k.providerName, k.label);
        f.title = PlatformFacts::tr("%1 key \"%2\": %3")
                      .arg(k.providerName, k.label, flags.join(QStringLiteral(", ")));
        // Only what identifies the key to a person: never its secret, fingerprint, keychain item or notes.
        QStringList detail;
        detail << PlatformFacts::tr("Provider %1, label \"%2\", status %3.")
                      .arg(k.providerName, k.label, k.status);
        detail << (k.expiresAt.isValid()
                       ? PlatformFacts::tr("Expires %1.")
                             .arg(locale.toString(k.expiresAt.toUTC().date(), QLocale::ShortFormat))
                       : PlatformFacts::tr("No expiry date."));
        detail << (k.lastUsedAt.isValid()
                       ? PlatformFacts::tr("Last used %1.").arg(PlatformFacts::ago(k.lastUsedAt, now))
                       : PlatformFacts::tr("Never used."));
        if (rejected)
            detail << PlatformFacts::tr("The provider rejected it when it was last checked.");
        f.detail = cutDetail(detail.join(QLatin1Char(' ')));
        f.at = expired                                   ? k.expiresAt
               : graceOver                               ? k.retiringUntil
               : rejected && k.lastValidatedAt.isValid() ? k.lastValidatedAt
                                                         : now;
        out << f;
    }
}

void addDrift(Database& db, const QDateTime& now, const PlatformFacts::Query& query,
              const CollectOptions& options, QList<PlatformFact>& out)
{
    // The same drift as BundleCatalog::drift (core modules left out), found in SQL and limited there so a
    // fleet of 100,000 tenants is never read into memory. A tenant whose modules were never recorded is
    // left out: nothing is known about what it has installed.
    const QString installed = QStringLiteral(
        "EXISTS (SELECT 1 FROM tenant_module_states i WHERE i.tenant_id = %1 AND i.module_name = %2 AND "
        "i.state = 'installed')");
    const QString wanted = QStringLiteral(
        "EXISTS (SELECT 1 FROM tenant_bundles wb JOIN bundle_modules wm ON wm.bundle_id = wb.bundle_id WHERE "
        "wb.tenant_id = %1 AND wm.module_name = %2)");
    QString where = options.skipTenantsInError ? QStringLiteral("t.status NOT IN ('decommissioned', 'error')")
                                               : QStringLiteral("t.status <> 'decommissioned'");
    QVariantList params;
    forTenant(query, QStringLiteral("t.slug = ?"), where, params);
    params << options.perKind;
    QList<PlatformFact> found;
    QHash<qint64, int> index;
    {
        // Which tenants drift is asked with EXISTS (the first missing or unwanted module decides); how many
        // modules is counted from the names read below for just the tenants shown.
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT t.id, t.slug, (SELECT max(s.updated_at) FROM tenant_module_states s WHERE "
                           "s.tenant_id = t.id) AS synced FROM tenants t WHERE ") +
                where +
                QStringLiteral(
                    " AND EXISTS (SELECT 1 FROM tenant_module_states s WHERE s.tenant_id = t.id AND "
                    "s.state = 'installed') AND (EXISTS (SELECT 1 FROM tenant_bundles tb JOIN "
                    "bundle_modules bm ON bm.bundle_id = tb.bundle_id WHERE tb.tenant_id = t.id AND "
                    "NOT ") +
                installed.arg(QStringLiteral("t.id"), QStringLiteral("bm.module_name")) +
                QStringLiteral(
                    ") OR EXISTS (SELECT 1 FROM tenant_module_states s WHERE s.tenant_id = t.id AND "
                    "s.state = 'installed' AND s.source <> 'core' AND NOT ") +
                wanted.arg(QStringLiteral("t.id"), QStringLiteral("s.module_name")) +
                QStringLiteral(")) ORDER BY synced DESC, t.slug LIMIT ?"),
            params);
        while (q.next()) {
            PlatformFact f;
            f.kind = PlatformFact::Kind::Drift;
            f.sourceId = q.value(1).toString();
            f.tenantSlug = f.sourceId;
            f.at = Database::toDateTime(q.value(2));
            f.severity = 1;
            f.action = QStringLiteral("bundle.apply");
            f.actionText = PlatformFacts::actionText(f.action);
            f.fixTitle = PlatformFacts::tr("Apply the bundles of %1").arg(f.tenantSlug);
            index.insert(q.value(0).toLongLong(), int(found.size()));
            found << f;
        }
    }
    if (found.isEmpty())
        return;
    // The module names of just these tenants, three queries for all of them.
    QStringList marks;
    QVariantList ids;
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        marks << QStringLiteral("?");
        ids << it.key();
    }
    const QString in = QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
    QHash<qint64, QStringList> bundles, missing, unwanted;
    const auto read = [&](const QString& sql, QHash<qint64, QStringList>& into) {
        QSqlQuery q = db.exec(sql, ids);
        while (q.next())
            into[q.value(0).toLongLong()] << q.value(1).toString();
    };
    read(QStringLiteral("SELECT tb.tenant_id, b.code FROM tenant_bundles tb JOIN bundles b ON b.id = "
                        "tb.bundle_id WHERE tb.tenant_id") +
             in + QStringLiteral(" ORDER BY b.code"),
         bundles);
    read(QStringLiteral("SELECT DISTINCT tb.tenant_id, bm.module_name FROM tenant_bundles tb JOIN "
                        "bundle_modules bm ON bm.bundle_id = tb.bundle_id WHERE tb.tenant_id") +
             in + QStringLiteral(" AND NOT ") +
             installed.arg(QStringLiteral("tb.tenant_id"), QStringLiteral("bm.module_name")) +
             QStringLiteral(" ORDER BY bm.module_name"),
         missing);
    read(QStringLiteral("SELECT s.tenant_id, s.module_name FROM tenant_module_states s WHERE s.tenant_id") +
             in + QStringLiteral(" AND s.state = 'installed' AND s.source <> 'core' AND NOT ") +
             wanted.arg(QStringLiteral("s.tenant_id"), QStringLiteral("s.module_name")) +
             QStringLiteral(" ORDER BY s.module_name"),
         unwanted);
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        PlatformFact& f = found[it.value()];
        QStringList detail;
        f.title = PlatformFacts::tr("%1 drifts from its bundles: %2 missing, %3 not in any bundle")
                      .arg(f.tenantSlug)
                      .arg(missing.value(it.key()).size())
                      .arg(unwanted.value(it.key()).size());
        detail << PlatformFacts::tr("Bundles: %1.").arg(bundles.value(it.key()).join(QStringLiteral(", ")));
        if (!missing.value(it.key()).isEmpty())
            detail
                << PlatformFacts::tr("Missing: %1.").arg(missing.value(it.key()).join(QStringLiteral(", ")));
        if (!unwanted.value(it.key()).isEmpty())
            detail << PlatformFacts::tr("Installed but in no bundle: %1.")
                          .arg(unwanted.value(it.key()).join(QStringLiteral(", ")));
        detail << PlatformFacts::tr("Modules last recorded %1.").arg(PlatformFacts::ago(f.at, now));
        f.detail = cutDetail(detail.join(QLatin1Char('\n')));
    }
    out << found;
}

int kindRank(PlatformFact::Kind kind)
{
    return int(kind);
}

void sortFacts(QList<PlatformFact>& facts)
{
    std::stable_sort(facts.begin(), facts.end(), [](const PlatformFact& a, const PlatformFact& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.at != b.at) {
            if (!a.at.isValid() || !b.at.isValid())
                return a.at.isValid(); // a time known comes before none
            return a.at > b.at;
        }
        if (a.kind != b.kind)
            return kindRank(a.kind) < kindRank(b.kind);
        return a.sourceId < b.sourceId;
    });
}

QList<PlatformFact> collectFacts(Database& db, const QDateTime& now, const PlatformFacts::Query& query,
                                 const CollectOptions& options)
{
    const FactGrants grants = factGrants(db);
    QList<PlatformFact> facts;
    // Keys first: their fingerprints let the redactor recognise a vault secret pasted into a payload.
    QList<ApiKey> keys;
    if (grants.keys)
        keys = KeyVault::keys(db);
    QList<Fingerprint> fingerprints;
    for (const ApiKey& k : std::as_const(keys)) {
        if (!k.fingerprint.hash.isEmpty())
            fingerprints << k.fingerprint;
    }
    const ai::Redactor redactor(fingerprints);
    if (grants.tenants) {
        addTenantsInError(db, now, query, options, redactor, facts);
        addFailedOperations(db, now, query, options, redactor, facts);
    }
    if (grants.budgets)
        addBudgets(db, now, query, options, facts);
    // Keys belong to no tenant: a question about one tenant does not get them.
    if (grants.keys && !query.tenantSlug)
        addKeys(keys, now, query.attention, facts);
    if (grants.drift)
        addDrift(db, now, query, options, facts);
    sortFacts(facts);
    return facts;
}

int clampedLimit(int limit)
{
    return std::clamp(limit, 0, 1000);
}

} // namespace

QList<PlatformFact> PlatformFacts::gather(Database& db, const QDateTime& now, const Query& query)
{
    const int limit = clampedLimit(query.limit);
    if (limit == 0)
        return {};
    CollectOptions options;
    options.perKind = limit;
    QList<PlatformFact> facts = collectFacts(db, now, query, options);
    if (facts.size() > limit)
        facts.resize(limit);
    return facts;
}

QList<PlatformFact> PlatformFacts::recommendations(Database& db, const QDateTime& now, const Query& query)
{
    const int limit = clampedLimit(query.limit);
    if (limit == 0)
        return {};
    CollectOptions options;
    // Repeated failures fold into one recommendation, so more facts are read than are shown.
    options.perKind = std::min(1000, limit * 4);
    options.skipTenantsInError = true;
    const QList<PlatformFact> facts = collectFacts(db, now, query, options);

    QSet<QString> inError;
    for (const PlatformFact& f : facts) {
        if (f.kind == PlatformFact::Kind::Tenant)
            inError.insert(f.tenantSlug);
    }
    QList<PlatformFact> out;
    QHash<QString, int> byProblem; // problem key → index in out
    QHash<int, int> repeats;       // index in out → facts folded into it
    for (const PlatformFact& f : facts) {
        if (f.kind != PlatformFact::Kind::Tenant && !f.tenantSlug.isEmpty() &&
            inError.contains(f.tenantSlug) &&
            (f.kind == PlatformFact::Kind::Operation || f.kind == PlatformFact::Kind::Drift))
            continue;
        QString problem = kindKey(f.kind) + QLatin1Char(':') + f.sourceId;
        if (f.kind == PlatformFact::Kind::Operation && !f.tenantSlug.isEmpty()) {
            // The newest failure of a kind on a tenant stands for the older ones (facts are newest first).
            const QString title = f.fixTitle;
            problem = QStringLiteral("operation:") + f.tenantSlug + QLatin1Char(':') + title;
        }
        const auto it = byProblem.constFind(problem);
        if (it != byProblem.cend()) {
            ++repeats[it.value()];
            continue;
        }
        PlatformFact r = f;
        r.title = f.fixTitle;
        r.detail = cutDetail(f.title + QStringLiteral(" \u2014 ") + f.detail);
        byProblem.insert(problem, int(out.size()));
        out << r;
    }
    for (auto it = repeats.cbegin(); it != repeats.cend(); ++it) {
        PlatformFact& r = out[it.key()];
        r.detail = cutDetail(tr("Failed %1 times in the last %2 days.").arg(it.value() + 1).arg(kRecentDays) +
                             QLatin1Char(' ') + r.detail);
    }
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QString PlatformFacts::evidenceText(const QList<PlatformFact>& facts, int maxChars)
{
    QString out;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const PlatformFact& f = facts[i];
        QString line = QLatin1Char('[') + QString::number(i + 1) + QStringLiteral("] ") + oneLine(f.title);
        if (!f.detail.isEmpty())
            line += QStringLiteral(" \u2014 ") + oneLine(f.detail);
        const qsizetype needed = line.size() + (out.isEmpty() ? 0 : 1);
        if (out.size() + needed > maxChars)
            break;
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += line;
    }
    return out;
}

QString PlatformFacts::citationKind(PlatformFact::Kind kind)
{
    return kind == PlatformFact::Kind::Drift ? kindKey(PlatformFact::Kind::Tenant) : kindKey(kind);
}

QString PlatformFacts::kindKey(PlatformFact::Kind kind)
{
    switch (kind) {
    case PlatformFact::Kind::Tenant:
        return QStringLiteral("tenant");
    case PlatformFact::Kind::Operation:
        return QStringLiteral("operation");
    case PlatformFact::Kind::Key:
        return QStringLiteral("key");
    case PlatformFact::Kind::Budget:
        return QStringLiteral("budget");
    case PlatformFact::Kind::Drift:
        return QStringLiteral("drift");
    case PlatformFact::Kind::Knowledge:
        return QStringLiteral("knowledge");
    }
    return QString();
}

QString PlatformFacts::actionText(const QString& action)
{
    if (action == QLatin1String("tenant.rebuild"))
        return tr("Rebuild");
    if (action == QLatin1String("tenant.open"))
        return tr("Open tenant");
    if (action == QLatin1String("operation.rerun"))
        return tr("Run again");
    if (action == QLatin1String("key.rotate"))
        return tr("Rotate key");
    if (action == QLatin1String("key.revoke"))
        return tr("Revoke key");
    if (action == QLatin1String("budget.raise"))
        return tr("Raise budget");
    if (action == QLatin1String("bundle.apply"))
        return tr("Apply bundles");
    return action;
}

QString PlatformFacts::ago(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return QString();
    const qint64 secs = std::max<qint64>(0, at.secsTo(now));
    if (secs < 3600)
        return tr("%1 min ago").arg(std::max<qint64>(1, secs / 60));
    if (secs < 48 * 3600)
        return tr("%1 h ago").arg(secs / 3600);
    return tr("%1 d ago").arg(secs / 86400);
}

} // namespace fusion
