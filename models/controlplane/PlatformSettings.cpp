#include "models/controlplane/PlatformSettings.h"

#include "models/core/Error.h"

#include <QSqlQuery>
#include <QUrl>

namespace fusion {

namespace {

// The settings row changed since it was read (another owner, another window): nothing is written.
void requireVersion(Database& db, int expected)
{
    const int now =
        db.scalar(QStringLiteral("SELECT row_version FROM platform_settings WHERE id = 1")).toInt();
    if (now != expected)
        throw Failure(ErrorKind::Conflict,
                      PlatformSettings::tr("Another session changed the platform settings meanwhile; nothing "
                                           "was saved. Look again and repeat the change."));
}

WritePlan settingsPlan(const QString& action, const QString& title, const QString& verb)
{
    WritePlan plan;
    plan.action = action;
    plan.title = title;
    plan.verb = verb;
    plan.targetType = QStringLiteral("platform");
    plan.target = QStringLiteral("settings");
    return plan;
}

} // namespace

const QStringList& PlatformSettings::environments()
{
    static const QStringList all{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")};
    return all;
}

QString PlatformSettings::environmentLabel(const QString& environment)
{
    if (environment == QLatin1String("prod"))
        return tr("Production");
    if (environment == QLatin1String("stage"))
        return tr("Staging");
    if (environment == QLatin1String("dev"))
        return tr("Development");
    return environment;
}

QString PlatformSettings::environmentColor(const QString& environment)
{
    if (environment == QLatin1String("prod"))
        return QStringLiteral("#c62828");
    if (environment == QLatin1String("stage"))
        return QStringLiteral("#ef6c00");
    return QStringLiteral("#2e7d32");
}

PlatformSettingsValues PlatformSettings::read(Database& db)
{
    PlatformSettingsValues v;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT environment, operations_frozen, freeze_reason, frozen_by, "
                       "frozen_at, row_version, runbook_base_url FROM platform_settings WHERE id = 1"));
    if (q.next()) {
        v.environment = q.value(0).toString();
        v.frozen = q.value(1).toBool();
        v.freezeReason = q.value(2).toString();
        v.frozenBy = q.value(3).toString();
        v.frozenAt = Database::toDateTime(q.value(4));
        v.rowVersion = q.value(5).toInt();
        v.runbookBaseUrl = q.value(6).toString();
    }
    QSqlQuery limits =
        db.exec(QStringLiteral("SELECT environment, soft_tenant_limit FROM environment_limits"));
    while (limits.next()) {
        const QVariant limit = limits.value(1);
        v.softLimits.insert(limits.value(0).toString(),
                            limit.isNull() ? std::nullopt : std::optional<int>(limit.toInt()));
    }
    return v;
}

int PlatformSettings::tenantCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE status <> 'decommissioned'")).toInt();
}

QString PlatformSettings::limitProblem(Database& db, int adding)
{
    const PlatformSettingsValues v = read(db);
    const std::optional<int> limit = v.currentLimit();
    if (!limit)
        return {};
    const int count = tenantCount(db);
    if (count + adding <= *limit)
        return {};
    return tr("%1 already runs %2 tenants and its soft limit is %3: the cluster was sized for that many. An "
              "owner can raise the limit (Settings, or \"fusionctl settings limit %4 N\") once there is "
              "room.")
        .arg(environmentLabel(v.environment))
        .arg(count)
        .arg(*limit)
        .arg(v.environment);
}

QString PlatformSettings::freezeProblem(const PlatformSettingsValues& values)
{
    if (!values.frozen)
        return {};
    const QString reason = values.freezeReason.isEmpty() ? tr("no reason given") : values.freezeReason;
    return tr("Operations are frozen since %1 by %2 (%3): nothing new can start until an owner unfreezes "
              "them.")
        .arg(values.frozenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), values.frozenBy,
             reason);
}

PendingWrite PlatformSettings::planSetEnvironment(Database& db, const QString& environment)
{
    if (!environments().contains(environment))
        throw Failure(ErrorKind::InvalidInput,
                      tr("There is no environment \"%1\": use dev, stage or prod.").arg(environment));
    const PlatformSettingsValues v = read(db);
    PendingWrite write;
    write.plan =
        settingsPlan(QStringLiteral("platform.environment"),
                     tr("Mark this database as %1").arg(environmentLabel(environment)), tr("Change"));
    if (v.environment != environment) {
        FieldChange change{QStringLiteral("environment"), tr("Environment"), v.environment, environment};
        change.beforeText = environmentLabel(v.environment);
        change.afterText = environmentLabel(environment);
        write.plan.changes << change;
        write.plan.effects << tr("Image upgrades may then use only the tags tested in %1.")
                                  .arg(environmentLabel(environment));
    }
    const int version = v.rowVersion;
    write.apply = [environment, version](Database& d) {
        requireVersion(d, version);
        d.exec(QStringLiteral("UPDATE platform_settings SET environment = ?, updated_by = ?, updated_at = ?, "
                              "row_version = row_version + 1 WHERE id = 1"),
               {environment, d.actor(), Database::nowText()});
        return QJsonObject{{QStringLiteral("environment"), environment}};
    };
    return write;
}

PendingWrite PlatformSettings::planSetLimit(Database& db, const QString& environment,
                                            std::optional<int> limit)
{
    if (!environments().contains(environment))
        throw Failure(ErrorKind::InvalidInput,
                      tr("There is no environment \"%1\": use dev, stage or prod.").arg(environment));
    if (limit && (*limit < 1 || *limit > 1000000))
        throw Failure(ErrorKind::InvalidInput, tr("A tenant limit is a whole number from 1 to 1,000,000."));
    const PlatformSettingsValues v = read(db);
    const std::optional<int> before = v.softLimits.value(environment);
    PendingWrite write;
    write.plan = settingsPlan(QStringLiteral("platform.tenant_limit"),
                              tr("Set the soft tenant limit of %1").arg(environmentLabel(environment)),
                              tr("Set limit"));
    write.plan.target = environment;
    if (before != limit) {
        FieldChange change{QStringLiteral("soft_tenant_limit"), tr("Soft tenant limit"),
                           before ? QVariant(*before) : QVariant(), limit ? QVariant(*limit) : QVariant()};
        if (!before)
            change.beforeText = tr("none");
        if (!limit)
            change.afterText = tr("none");
        write.plan.changes << change;
        if (limit && environment == v.environment && tenantCount(db) > *limit)
            write.plan.effects
                << tr("%1 tenants already run here: no new tenant can be created until some are "
                      "decommissioned or the limit is raised.")
                       .arg(tenantCount(db));
    }
    write.apply = [environment, limit, before](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral("SELECT soft_tenant_limit FROM environment_limits WHERE environment = ?"),
                   {environment});
        const std::optional<int> now =
            q.next() && !q.value(0).isNull() ? std::optional<int>(q.value(0).toInt()) : std::nullopt;
        if (now != before)
            throw Failure(ErrorKind::Conflict, tr("Another session changed this limit meanwhile; nothing was "
                                                  "saved. Look again and repeat the change."));
        d.exec(QStringLiteral(
                   "UPDATE environment_limits SET soft_tenant_limit = ?, updated_by = ?, updated_at = ?, "
                   "row_version = row_version + 1 WHERE environment = ?"),
               {limit ? QVariant(*limit) : QVariant(), d.actor(), Database::nowText(), environment});
        return QJsonObject{{QStringLiteral("environment"), environment},
                           {QStringLiteral("soft_tenant_limit"), limit ? QJsonValue(*limit) : QJsonValue()}};
    };
    return write;
}

PendingWrite PlatformSettings::planFreeze(Database& db, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("Say why operations are frozen: everyone who is refused will read it."));
    if (why.size() > 500)
        throw Failure(ErrorKind::InvalidInput, tr("The reason is longer than 500 characters."));
    const PlatformSettingsValues v = read(db);
    if (v.frozen)
        throw Failure(ErrorKind::Conflict, freezeProblem(v));
    const int queued =
        db.scalar(QStringLiteral("SELECT count(*) FROM operations WHERE status = 'queued'")).toInt();
    PendingWrite write;
    write.plan = settingsPlan(QStringLiteral("platform.freeze"), tr("Freeze all operations"), tr("Freeze"));
    write.plan.changes << FieldChange{QStringLiteral("operations_frozen"), tr("Operations frozen"), false,
                                      true};
    write.plan.changes << FieldChange{QStringLiteral("freeze_reason"), tr("Reason"), QString(), why};
    write.plan.effects << tr(
        "No one (people, fusionctl, n8n, the AI console) can create or start an operation "
        "until an owner unfreezes them; running operations finish.");
    if (queued > 0)
        write.plan.effects << tr("%n queued operation(s) wait: they cannot start while frozen.", nullptr,
                                 queued);
    const int version = v.rowVersion;
    write.apply = [why, version](Database& d) {
        requireVersion(d, version);
        const QString now = Database::nowText();
        d.exec(QStringLiteral(
                   "UPDATE platform_settings SET operations_frozen = ?, freeze_reason = ?, frozen_by = ?, "
                   "frozen_at = ?, updated_by = ?, updated_at = ?, row_version = row_version + 1 "
                   "WHERE id = 1"),
               {true, why, d.actor(), now, d.actor(), now});
        return QJsonObject{{QStringLiteral("frozen"), true}, {QStringLiteral("reason"), why}};
    };
    return write;
}

PendingWrite PlatformSettings::planUnfreeze(Database& db)
{
    const PlatformSettingsValues v = read(db);
    if (!v.frozen)
        throw Failure(ErrorKind::Conflict, tr("Operations are not frozen."));
    PendingWrite write;
    write.plan = settingsPlan(QStringLiteral("platform.unfreeze"), tr("Unfreeze operations"), tr("Unfreeze"));
    write.plan.changes << FieldChange{QStringLiteral("operations_frozen"), tr("Operations frozen"), true,
                                      false};
    write.plan.changes << FieldChange{QStringLiteral("freeze_reason"), tr("Reason"), v.freezeReason,
                                      QString()};
    const int queued =
        db.scalar(QStringLiteral("SELECT count(*) FROM operations WHERE status = 'queued'")).toInt();
    if (queued > 0)
        write.plan.effects << tr("%n queued operation(s) may start again.", nullptr, queued);
    const int version = v.rowVersion;
    write.apply = [version](Database& d) {
        requireVersion(d, version);
        d.exec(QStringLiteral("UPDATE platform_settings SET operations_frozen = ?, freeze_reason = '', "
                              "frozen_by = '', frozen_at = NULL, updated_by = ?, updated_at = ?, "
                              "row_version = row_version + 1 WHERE id = 1"),
               {false, d.actor(), Database::nowText()});
        return QJsonObject{{QStringLiteral("frozen"), false}};
    };
    return write;
}

PendingWrite PlatformSettings::planSetRunbookBaseUrl(Database& db, const QString& url)
{
    const QString wanted = url.trimmed();
    if (!wanted.isEmpty()) {
        const QUrl u(wanted, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() ||
            (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) ||
            wanted.size() > 500 || wanted.contains(QLatin1Char(' ')))
            throw Failure(ErrorKind::InvalidInput,
                          tr("\"%1\" is not an http(s) address for the runbooks.").arg(wanted.left(80)));
        if (!u.userInfo().isEmpty())
            throw Failure(ErrorKind::InvalidInput,
                          tr("The runbooks' address must not contain a user name or password."));
    }
    QString normalised = wanted;
    while (normalised.endsWith(QLatin1Char('/')))
        normalised.chop(1);
    const PlatformSettingsValues v = read(db);
    PendingWrite write;
    write.plan =
        settingsPlan(QStringLiteral("platform.runbooks"), tr("Set where the runbooks live"), tr("Save"));
    if (v.runbookBaseUrl != normalised) {
        FieldChange change{QStringLiteral("runbook_base_url"), tr("Runbooks"), v.runbookBaseUrl, normalised};
        if (v.runbookBaseUrl.isEmpty())
            change.beforeText = tr("none");
        if (normalised.isEmpty())
            change.afterText = tr("none");
        write.plan.changes << change;
        write.plan.effects << (normalised.isEmpty()
                                   ? tr("Failed operations link to no runbook.")
                                   : tr("A failed provisioning, for example, links to %1.")
                                         .arg(runbookUrl(normalised, QStringLiteral("provision"))));
    }
    const int version = v.rowVersion;
    write.apply = [normalised, version](Database& d) {
        requireVersion(d, version);
        d.exec(QStringLiteral(
                   "UPDATE platform_settings SET runbook_base_url = ?, updated_by = ?, updated_at = ?, "
                   "row_version = row_version + 1 WHERE id = 1"),
               {normalised, d.actor(), Database::nowText()});
        return QJsonObject{{QStringLiteral("runbook_base_url"), normalised}};
    };
    return write;
}

QString PlatformSettings::runbookUrl(const QString& baseUrl, const QString& type)
{
    if (baseUrl.isEmpty() || type.isEmpty())
        return {};
    return baseUrl + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(type));
}

} // namespace fusion
