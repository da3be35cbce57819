#pragma once
// Resource KPIs of the platform and of each tenant namespace, read from Prometheus (issue 13): CPU cores used
// against what the nodes can allocate, memory likewise, storage used against capacity, nodes ready, and per
// namespace its cores, memory, storage and running pods. Two PromQL instant queries (the platform totals and
// everything by namespace), sent at once and refreshed in the background; their answers are parsed and
// combined on a worker thread into one snapshot, so the GUI thread never waits on Prometheus nor on parsing.
// A failed or empty refresh keeps the last good snapshot and says "No data since …". A small JSON cache
// lets the dashboard paint the last values at once on start.
#include "models/core/Error.h"
#include "models/integrations/Prometheus.h"
#include "models/secrets/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace fusion {

struct PlatformKpis {
    double cpuUsedCores = 0;
    double cpuAllocatableCores = 0;
    double memoryUsedBytes = 0;
    double memoryAllocatableBytes = 0;
    double storageUsedBytes = 0;
    double storageCapacityBytes = 0;
    int nodesReady = 0;
    int nodesTotal = 0;
};

struct NamespaceKpis {
    double cpuCores = 0;
    double memoryBytes = 0;
    double storageUsedBytes = 0;
    double storageCapacityBytes = 0; // 0: no volume
    int podsRunning = 0;
};

struct KpiSnapshot {
    QDateTime sampledAt; // UTC; null: no snapshot at all
    PlatformKpis platform;
    QMap<QString, NamespaceKpis> namespaces;
    bool isNull() const { return !sampledAt.isValid(); }
};

// What the metrics say about one tenant, for the dashboard's health table.
struct TenantKpiHealth {
    enum State { Healthy, Degraded, Unknown };
    QString slug;
    QString ns;
    State state = Unknown;
    QString reason; // translated; empty when healthy
    NamespaceKpis kpis;
};

class ResourceKpis : public QObject {
    Q_OBJECT

public:
    // A tenant is degraded when fewer pods than this run: an Odoo tenant without a running pod is down for
    // its users, whatever its other figures say.
    static constexpr int kMinRunningPods = 1;
    // ... or when its storage is fuller than this: PostgreSQL past ~90 % leaves too little room for WAL
    // bursts, VACUUM and a day's growth before writes fail, and resizing a volume takes time: warn while
    // there is some.
    static constexpr double kStorageFullRatio = 0.90;
    // Rates are computed over this window unless told otherwise: four scrapes at the usual 30 s interval.
    static constexpr const char* kDefaultRateWindow = "2m";
    static constexpr int kDefaultIntervalMs = 30000;
    // The cache is a few hundred bytes per namespace: anything much larger is not ours.
    static constexpr qint64 kMaxCacheBytes = 16 * 1024 * 1024;
    static constexpr int kMaxNamespaces = 100000;

    // The PromQL, `window` a PromQL duration such as "2m".
    static QString platformQuery(const QString& window);
    static QString namespaceQuery(const QString& window);
    static bool isDuration(const QString& window);
    // The two answers as one snapshot; an error when a series is not one asked for, or when neither holds
    // any current series (Prometheus marked them all stale: the exporters are gone).
    static Result<KpiSnapshot> combine(const PromReply& platform, const PromReply& namespaces,
                                       const QDateTime& sampledAt);
    // "No data yet" (null) or "No data since <time>", local time.
    static QString noDataText(const QDateTime& lastGood);
    // Health per tenant from `snapshot`, `namespaceOf` mapping a tenant slug to its namespace; `fresh` false
    // (the snapshot is an old one) makes every tenant Unknown: old figures do not say how it is now.
    static QList<TenantKpiHealth> tenantHealth(const KpiSnapshot& snapshot,
                                               const QMap<QString, QString>& namespaceOf, bool fresh);

    // The cache file. Loading is synchronous (it is small: see bench_health); a missing file is no snapshot
    // and no note, an unreadable, malformed or hostile one is no snapshot and a note saying why.
    struct CacheLoad {
        std::optional<KpiSnapshot> snapshot;
        QString note;
    };
    static CacheLoad loadCache(const QString& path);
    static Result<Unit> saveCache(const QString& path, const KpiSnapshot& snapshot);
    static QJsonObject toJson(const KpiSnapshot& snapshot);

    explicit ResourceKpis(const QUrl& prometheus, QObject* parent = nullptr);
    ~ResourceKpis() override;

    void setRateWindow(const QString& window); // ignored unless isDuration()
    void setToken(const SecretBytes& token);
    void setTrustedSha256(const QString& sha256); // IntegrationEndpoint::tlsSha256
    void setTimeoutMs(int ms);
    // Loads the cache now (its snapshot becomes the last good one, not a fresh one) and saves every good
    // refresh to it. Returns loadCache()'s note.
    QString setCachePath(const QString& path);
    // Refreshes now and then every `ms` (at least a second) in the background until stop().
    void start(int ms = kDefaultIntervalMs);
    void stop();
    // One refresh now; ignored while one is running.
    void refresh();

    KpiSnapshot snapshot() const { return m_snapshot; } // the last good one (maybe from the cache)
    bool isFresh() const { return m_fresh; }            // the last refresh brought a snapshot
    bool isRefreshing() const { return m_running; }
    QString lastError() const { return m_lastError; }
    // What Prometheus (or a proxy) sent with the last error, whole: views show it bounded, whole on request.
    QString lastErrorDetail() const { return m_lastErrorDetail; }
    // Empty while fresh; otherwise noDataText() of the last good snapshot.
    QString statusText() const;
    QString cacheNote() const { return m_cacheNote; }

Q_SIGNALS:
    // After every refresh, good or not.
    void refreshed();

private:
    struct Round;
    void finish(const std::shared_ptr<Round>& round);
    void apply(const Result<KpiSnapshot>& result, const std::optional<QString>& cacheNote = std::nullopt);

    Prometheus* m_client;
    QTimer m_timer;
    QString m_window = QString::fromLatin1(kDefaultRateWindow);
    QString m_cachePath;
    QString m_cacheNote;
    KpiSnapshot m_snapshot;
    QString m_lastError;
    QString m_lastErrorDetail;
    bool m_fresh = false;
    bool m_running = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace fusion
