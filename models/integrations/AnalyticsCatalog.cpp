#include "models/integrations/AnalyticsCatalog.h"

#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/N8n.h"
#include "models/storage/Database.h"

#include <QSqlQuery>

namespace fusion {

QList<AnalyticsTenant> AnalyticsCatalog::tenants(Database& db)
{
    QList<AnalyticsTenant> out;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT t.id, t.slug, t.name, t.status, a.id, a.supabase_project, a.schema_name, a.sync_mode, "
        "a.superset_dashboard_url, a.etl_kind, a.etl_target, a.row_version FROM tenants t LEFT JOIN "
        "analytics_configs a ON a.tenant_id = t.id WHERE t.status <> 'decommissioned' ORDER BY t.slug"));
    while (q.next()) {
        AnalyticsTenant t;
        t.tenantId = q.value(0).toLongLong();
        t.slug = q.value(1).toString();
        t.name = q.value(2).toString();
        t.status = q.value(3).toString();
        AnalyticsConfig& a = t.config;
        a.tenantId = t.tenantId;
        if (!q.value(4).isNull()) {
            a.id = q.value(4).toLongLong();
            a.supabaseProject = q.value(5).toString();
            a.schemaName = q.value(6).toString();
            a.syncMode = q.value(7).toString();
            a.supersetDashboardUrl = q.value(8).toString();
            a.etlKind = q.value(9).toString();
            a.etlTarget = q.value(10).toString();
            a.rowVersion = q.value(11).toInt();
        }
        out << t;
    }
    return out;
}

bool AnalyticsCatalog::sameAddress(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const auto normal = [](const QString& s) {
        QUrl u(s.trimmed());
        u.setHost(u.host().toLower());
        QString path = u.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        u.setPath(path);
        return u.toString(QUrl::NormalizePathSegments);
    };
    return normal(a) == normal(b);
}

QStringList AnalyticsCatalog::tenantsOf(const SupersetDashboard& d, const QList<AnalyticsTenant>& tenants)
{
    QStringList out;
    const QStringList tagged = d.tenants();
    for (const AnalyticsTenant& t : tenants) {
        if (t.slug.isEmpty())
            continue;
        const bool linked = sameAddress(d.url.toString(), t.config.supersetDashboardUrl) ||
                            d.slug.contains(t.slug, Qt::CaseInsensitive) ||
                            d.title.contains(t.slug, Qt::CaseInsensitive) || tagged.contains(t.slug);
        if (linked)
            out << t.slug;
    }
    return out;
}

SupersetDashboards::SupersetDashboards(JobHost host, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
{
}

SupersetDashboards::~SupersetDashboards() = default;

void SupersetDashboards::fetch(std::function<void(const Result<QList<SupersetDashboard>>&)> done)
{
    auto endpoint = std::make_shared<IntegrationEndpoint>();
    // `this` is used only after `self` said it still exists: GCC's -Wnull-dereference cannot follow a
    // QPointer read again after the check in a release build.
    QPointer<SupersetDashboards> self(this);
    m_host.database(
        this, [endpoint](Database& db) { *endpoint = IntegrationEndpoints::superset(db); },
        [this, self, endpoint, done](const std::optional<Error>& error) {
            if (self.isNull())
                return;
            if (error)
                return done(*error);
            endpoint->key.read(
                m_host.secrets.data(), this, [this, self, endpoint, done](const Result<KeySecret>& secret) {
                    if (self.isNull())
                        return;
                    if (!secret)
                        return done(secret.error());
                    SupersetDashboards* owner = this;
                    auto* client = new SupersetClient(endpoint->baseUrl, owner);
                    client->setTimeoutMs(owner->m_timeoutMs);
                    owner->m_client = client;
                    client->login(endpoint->clientId, secret.value().key,
                                  [client, done](const Result<SupersetTokens>& tokens) {
                                      if (!tokens) {
                                          client->deleteLater();
                                          return done(tokens.error());
                                      }
                                      client->listDashboards(
                                          tokens.value().access,
                                          [client, done](const Result<QList<SupersetDashboard>>& r) {
                                              client->deleteLater();
                                              done(r);
                                          });
                                  });
                });
        });
}

} // namespace fusion
