#include "ui/dashboard/HealthFeed.h"

#include "models/integrations/IntegrationEndpoints.h"
#include "models/vault/CallKey.h"
#include "ui/common/AppContext.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fusion {

struct HealthFeed::Setup {
    QUrl url;
    QString trustedSha256;
    QString problem; // no usable address: how to set one
    CallKey key;     // null: Prometheus is asked without a token
    QMap<QString, QString> namespaces;
};

HealthFeed::HealthFeed(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    setCachePath(defaultCachePath());
    connect(context, &AppContext::disconnected, this, &HealthFeed::stop);
    // A new address, token or tenant is read again at once: the figures follow the settings.
    connect(context, &AppContext::dataChanged, this, [this](const QString& table) {
        if (m_started && (table == QLatin1String("providers") || table == QLatin1String("api_keys") ||
                          table == QLatin1String("tenants")))
            resolve(false);
    });
}

HealthFeed::~HealthFeed() = default;

HealthFeed* HealthFeed::of(AppContext* context)
{
    if (auto* feed = context->findChild<HealthFeed*>(QString(), Qt::FindDirectChildrenOnly))
        return feed;
    return new HealthFeed(context, context);
}

QString HealthFeed::defaultCachePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("resource-kpis.json"));
}

void HealthFeed::setCachePath(const QString& path)
{
    m_cachePath = path;
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (m_kpis) {
        m_kpis->setCachePath(path);
    } else {
        // Synchronous on purpose: a few milliseconds for a thousand namespaces (bench_dashboard), and the
        // first paint needs it.
        ResourceKpis::CacheLoad load = ResourceKpis::loadCache(path);
        m_cached = load.snapshot.value_or(KpiSnapshot());
    }
    Q_EMIT changed();
}

void HealthFeed::setIntervalMs(int ms)
{
    m_intervalMs = ms;
    if (m_kpis && m_started && m_setupProblem.isEmpty())
        m_kpis->start(ms);
}

void HealthFeed::setRateWindow(const QString& window)
{
    m_rateWindow = window;
    if (m_kpis)
        m_kpis->setRateWindow(window);
}

void HealthFeed::ensureStarted()
{
    if (m_started || !m_context->isReady())
        return;
    m_started = true;
    resolve(false);
}

void HealthFeed::refreshNow()
{
    if (!m_context->isReady())
        return;
    m_started = true;
    resolve(true);
    Q_EMIT changed();
}

void HealthFeed::stop()
{
    m_started = false;
    if (m_kpis)
        m_kpis->stop();
}

KpiSnapshot HealthFeed::snapshot() const
{
    return m_kpis ? m_kpis->snapshot() : m_cached;
}

bool HealthFeed::isFresh() const
{
    return m_kpis && m_setupProblem.isEmpty() && m_kpis->isFresh();
}

bool HealthFeed::isRefreshing() const
{
    return m_resolving || (m_kpis && m_kpis->isRefreshing());
}

QString HealthFeed::lastError() const
{
    if (!m_secretError.isEmpty())
        return m_secretError;
    return m_kpis ? m_kpis->lastError() : QString();
}

QString HealthFeed::lastErrorDetail() const
{
    if (!m_secretError.isEmpty())
        return QString();
    return m_kpis ? m_kpis->lastErrorDetail() : QString();
}

QString HealthFeed::statusText() const
{
    return isFresh() ? QString() : ResourceKpis::noDataText(snapshot().sampledAt);
}

QList<TenantKpiHealth> HealthFeed::tenantHealth() const
{
    return ResourceKpis::tenantHealth(snapshot(), m_namespaces, isFresh());
}

void HealthFeed::resolve(bool refreshAfter)
{
    m_resolving = true;
    m_context->worker()->run<Setup>(
        this,
        [](Database& db) {
            Setup s;
            s.namespaces = IntegrationEndpoints::tenantNamespaces(db);
            try {
                const IntegrationEndpoint e = IntegrationEndpoints::prometheus(db);
                s.url = e.baseUrl;
                s.trustedSha256 = e.tlsSha256;
                s.key = e.key;
            } catch (const Failure& f) {
                s.problem = f.error().message;
            }
            return s;
        },
        [this, refreshAfter](const Result<Setup>& r) {
            m_resolving = false;
            if (!r) {
                m_secretError = r.error().message;
                Q_EMIT changed();
                return;
            }
            applySetup(r.value(), refreshAfter);
        });
}

void HealthFeed::applySetup(const Setup& setup, bool refreshAfter)
{
    m_namespaces = setup.namespaces;
    m_setupProblem = setup.problem;
    m_secretError.clear();
    if (!m_setupProblem.isEmpty()) {
        if (m_kpis)
            m_kpis->stop();
        Q_EMIT changed();
        return;
    }
    bool created = false;
    if (!m_kpis || setup.url != m_url) {
        // Another Prometheus: a fetcher of its own; the last good figures come along through the cache.
        if (m_kpis)
            m_kpis->deleteLater();
        m_url = setup.url;
        m_kpis = new ResourceKpis(m_url, this);
        if (!m_cachePath.isEmpty())
            m_kpis->setCachePath(m_cachePath);
        connect(m_kpis, &ResourceKpis::refreshed, this, &HealthFeed::changed);
        created = true;
    }
    m_kpis->setTrustedSha256(setup.trustedSha256);
    if (!m_rateWindow.isEmpty())
        m_kpis->setRateWindow(m_rateWindow);
    const auto go = [this, created, refreshAfter] {
        if (!m_kpis || !m_started)
            return;
        if (created || !m_kpis->isFresh())
            m_kpis->start(m_intervalMs); // refreshes now, then on the timer
        else if (refreshAfter)
            m_kpis->refresh();
        Q_EMIT changed();
    };
    if (setup.key.isNull())
        return go();
    // The token is read from the keychain just before the queries that need it, never kept elsewhere.
    setup.key.read(m_context->secrets(), this, [this, go](const Result<KeySecret>& secret) {
        if (!secret) {
            m_secretError = tr("Prometheus's token could not be read: %1").arg(secret.error().message);
            Q_EMIT changed();
            return;
        }
        if (m_kpis)
            m_kpis->setToken(secret.value().key);
        go();
    });
}

} // namespace fusion
