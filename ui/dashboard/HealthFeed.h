#pragma once
// The app's one source of live resource figures (issue 13): a ResourceKpis pointed at the Prometheus the
// database names (IntegrationEndpoints::prometheus), refreshed in the background every 30 s and on demand,
// with the last good figures cached on disk so that the dashboard paints them at once on start. The endpoint
// and the tenants' namespaces are read on the database worker, the optional token from the keychain just
// before the first query; Prometheus's answers are parsed on a worker thread (ResourceKpis). Nothing here
// waits on the GUI thread.
#include "models/integrations/ResourceKpis.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace fusion {

class AppContext;

class HealthFeed : public QObject {
    Q_OBJECT

public:
    static constexpr int kIntervalMs = ResourceKpis::kDefaultIntervalMs;

    // The app's one feed: a child of `context`, created on first use. Every view of the live figures (the
    // dashboard, and whatever shows them next) shares it, so Prometheus is asked once per refresh.
    static HealthFeed* of(AppContext* context);

    explicit HealthFeed(AppContext* context, QObject* parent = nullptr);
    ~HealthFeed() override;

    // Where the last good figures are kept: the app's cache folder (QStandardPaths::CacheLocation).
    static QString defaultCachePath();
    // Loads the cache now (the first paint shows it) and saves every good refresh there.
    void setCachePath(const QString& path);
    QString cachePath() const { return m_cachePath; }
    void setIntervalMs(int ms);
    // The PromQL rate window (ResourceKpis::setRateWindow): tests scraping every second use a few seconds,
    // since a rate over the default two minutes only settles once a series is that old.
    void setRateWindow(const QString& window);

    // Reads where Prometheus is (once per connection) and starts the background refresh; later calls do
    // nothing while it runs.
    void ensureStarted();
    // The Refresh button: reads the endpoint again (its address may have changed) and refreshes now.
    void refreshNow();
    void stop();

    // The last good figures (maybe the cached ones), and whether the last refresh brought them.
    KpiSnapshot snapshot() const;
    bool isFresh() const;
    bool isRefreshing() const;
    // Why there is no Prometheus to ask (no usable address): a sentence saying how to set it up; empty when
    // there is one.
    QString setupProblem() const { return m_setupProblem; }
    // What went wrong with the last refresh, in words; empty when it was good.
    QString lastError() const;
    // What Prometheus (or a proxy) sent with the last error, whole (empty for a keychain or set-up problem).
    QString lastErrorDetail() const;
    // Empty while fresh; otherwise "No data yet" or "No data since <time>".
    QString statusText() const;
    QUrl prometheusUrl() const { return m_url; }
    // Each live tenant's namespace (slug → namespace), read with the endpoint.
    QMap<QString, QString> namespaces() const { return m_namespaces; }
    // The health table's rows: ResourceKpis::tenantHealth of the snapshot and the namespaces.
    QList<TenantKpiHealth> tenantHealth() const;

Q_SIGNALS:
    // The figures, their freshness or the set-up changed; also when a Refresh asked for begins.
    void changed();

private:
    struct Setup;
    void resolve(bool refreshAfter);
    void applySetup(const Setup& setup, bool refreshAfter);

    AppContext* m_context;
    ResourceKpis* m_kpis = nullptr; // our child; replaced when the address changes
    KpiSnapshot m_cached;           // the cache's figures until the fetcher exists
    QString m_cachePath;
    QString m_setupProblem;
    QString m_secretError;
    QUrl m_url;
    QMap<QString, QString> m_namespaces;
    QString m_rateWindow;
    int m_intervalMs = kIntervalMs;
    bool m_started = false;
    bool m_resolving = false;
};

} // namespace fusion
