#include "models/integrations/ResourceKpis.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPromise>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThreadPool>

#include <cmath>

namespace fusion {

namespace {

const QString kKpiLabel = QStringLiteral("kpi");
const QString kNamespaceLabel = QStringLiteral("namespace");
const QString kCacheFormat = QStringLiteral("fusion-resource-kpis");
constexpr int kCacheVersion = 1;
constexpr double kKpiMaxFigure = 1e18; // bytes or cores: more is not a real cluster

// cAdvisor also publishes each pod's total (container="") and its pause container (container="POD"): summing
// those with the real containers would count every pod twice.
const QString kKpiContainers = QStringLiteral("container!=\"\",container!=\"POD\"");

// Each KPI is tagged with a "kpi" label and joined with `or`, so one query answers all of them: the label
// sets differ by that label, so `or` keeps every series.
QString kpiTagged(const QString& expression, const QString& kpi)
{
    return QStringLiteral("label_replace(%1, \"kpi\", \"%2\", \"\", \"\")").arg(expression, kpi);
}

bool kpiFigure(const QJsonValue& v, double* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > kKpiMaxFigure)
        return false;
    *out = d;
    return true;
}

bool kpiCount(const QJsonValue& v, int* out)
{
    double d = 0;
    if (!kpiFigure(v, &d) || d != std::floor(d) || d > 10000000)
        return false;
    *out = int(d);
    return true;
}

bool kpiNamespaceName(const QString& name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

} // namespace

struct ResourceKpis::Round {
    QDateTime at;
    std::optional<Result<PromAnswer>> platform;
    std::optional<Result<PromAnswer>> namespaces;
};

QString ResourceKpis::platformQuery(const QString& window)
{
    const QStringList parts{
        kpiTagged(QStringLiteral("sum(rate(container_cpu_usage_seconds_total{%1}[%2]))")
                      .arg(kKpiContainers, window),
                  QStringLiteral("cpu_used")),
        // Allocatable counts every node, ready or not: what the cluster has; a node lost shows in
        // nodes_ready.
        kpiTagged(QStringLiteral("sum(kube_node_status_allocatable{resource=\"cpu\"})"),
                  QStringLiteral("cpu_allocatable")),
        kpiTagged(QStringLiteral("sum(container_memory_working_set_bytes{%1})").arg(kKpiContainers),
                  QStringLiteral("memory_used")),
        kpiTagged(QStringLiteral("sum(kube_node_status_allocatable{resource=\"memory\"})"),
                  QStringLiteral("memory_allocatable")),
        kpiTagged(QStringLiteral("sum(kubelet_volume_stats_used_bytes)"), QStringLiteral("storage_used")),
        kpiTagged(QStringLiteral("sum(kubelet_volume_stats_capacity_bytes)"),
                  QStringLiteral("storage_capacity")),
        // The Ready condition is 1 for the node's state, 0 for the others: the sum of "true" counts ready
        // nodes, and count() of it every node (count of a `== 1` filter would vanish with no node ready).
        kpiTagged(QStringLiteral("sum(kube_node_status_condition{condition=\"Ready\",status=\"true\"})"),
                  QStringLiteral("nodes_ready")),
        kpiTagged(QStringLiteral("count(kube_node_status_condition{condition=\"Ready\",status=\"true\"})"),
                  QStringLiteral("nodes_total")),
    };
    return parts.join(QStringLiteral(" or "));
}

QString ResourceKpis::namespaceQuery(const QString& window)
{
    const QStringList parts{
        kpiTagged(QStringLiteral("sum by (namespace) (rate(container_cpu_usage_seconds_total{%1}[%2]))")
                      .arg(kKpiContainers, window),
                  QStringLiteral("cpu")),
        kpiTagged(
            QStringLiteral("sum by (namespace) (container_memory_working_set_bytes{%1})").arg(kKpiContainers),
            QStringLiteral("memory")),
        kpiTagged(QStringLiteral("sum by (namespace) (kubelet_volume_stats_used_bytes)"),
                  QStringLiteral("storage_used")),
        kpiTagged(QStringLiteral("sum by (namespace) (kubelet_volume_stats_capacity_bytes)"),
                  QStringLiteral("storage_capacity")),
        kpiTagged(QStringLiteral("sum by (namespace) (kube_pod_status_phase{phase=\"Running\"})"),
                  QStringLiteral("pods_running")),
    };
    return parts.join(QStringLiteral(" or "));
}

bool ResourceKpis::isDuration(const QString& window)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{0,5}(ms|s|m|h|d|w)$"));
    return re.match(window).hasMatch();
}

Result<KpiSnapshot> ResourceKpis::combine(const PromReply& platform, const PromReply& namespaces,
                                          const QDateTime& sampledAt)
{
    for (const PromReply* r : {&platform, &namespaces}) {
        if (!r->ok())
            return Error::make(ErrorKind::Connection, r->error, r->body);
        if (r->resultType != QLatin1String("vector"))
            return Error::make(
                ErrorKind::Connection,
                tr("Prometheus answered a %1 where a vector was asked for.").arg(r->resultType));
    }
    KpiSnapshot s;
    s.sampledAt = sampledAt.toUTC();
    // Rates outlive their series by up to the rate window (Prometheus computes them from the samples before
    // the series went stale): only the other series say the exporters are still there.
    int current = 0;
    for (const PromSample& sample : platform.samples) {
        const QString kpi = sample.labels.value(kKpiLabel);
        if (!std::isfinite(sample.value))
            continue; // NaN: a ratio of nothing; counted as no figure
        const double v = std::max(0.0, sample.value);
        PlatformKpis& p = s.platform;
        if (kpi == QLatin1String("cpu_used"))
            p.cpuUsedCores = v;
        else if (kpi == QLatin1String("cpu_allocatable"))
            p.cpuAllocatableCores = v;
        else if (kpi == QLatin1String("memory_used"))
            p.memoryUsedBytes = v;
        else if (kpi == QLatin1String("memory_allocatable"))
            p.memoryAllocatableBytes = v;
        else if (kpi == QLatin1String("storage_used"))
            p.storageUsedBytes = v;
        else if (kpi == QLatin1String("storage_capacity"))
            p.storageCapacityBytes = v;
        else if (kpi == QLatin1String("nodes_ready"))
            p.nodesReady = int(std::min(v, 1e7));
        else if (kpi == QLatin1String("nodes_total"))
            p.nodesTotal = int(std::min(v, 1e7));
        else
            return Error::make(ErrorKind::Connection,
                               tr("Prometheus answered the platform query with a series not asked for (%1).")
                                   .arg(kpi.left(40)));
        if (kpi != QLatin1String("cpu_used"))
            ++current;
    }
    for (const PromSample& sample : namespaces.samples) {
        const QString kpi = sample.labels.value(kKpiLabel);
        const QString ns = sample.labels.value(kNamespaceLabel);
        // Series outside any namespace (no label) belong to no tenant.
        if (ns.isEmpty() || !std::isfinite(sample.value))
            continue;
        const double v = std::max(0.0, sample.value);
        NamespaceKpis& n = s.namespaces[ns];
        if (kpi == QLatin1String("cpu"))
            n.cpuCores = v;
        else if (kpi == QLatin1String("memory"))
            n.memoryBytes = v;
        else if (kpi == QLatin1String("storage_used"))
            n.storageUsedBytes = v;
        else if (kpi == QLatin1String("storage_capacity"))
            n.storageCapacityBytes = v;
        else if (kpi == QLatin1String("pods_running"))
            n.podsRunning = int(std::min(v, 1e7));
        else
            return Error::make(ErrorKind::Connection,
                               tr("Prometheus answered the namespace query with a series not asked for (%1).")
                                   .arg(kpi.left(40)));
        if (kpi != QLatin1String("cpu"))
            ++current;
    }
    if (current == 0)
        return Error::make(ErrorKind::NotFound,
                           tr("Prometheus has no current series of the cluster: are its exporters up?"));
    return s;
}

QString ResourceKpis::noDataText(const QDateTime& lastGood)
{
    if (!lastGood.isValid())
        return tr("No data yet");
    return tr("No data since %1").arg(lastGood.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QList<TenantKpiHealth> ResourceKpis::tenantHealth(const KpiSnapshot& snapshot,
                                                  const QMap<QString, QString>& namespaceOf, bool fresh)
{
    QList<TenantKpiHealth> out;
    out.reserve(namespaceOf.size());
    for (auto it = namespaceOf.begin(); it != namespaceOf.end(); ++it) {
        TenantKpiHealth h;
        h.slug = it.key();
        h.ns = it.value();
        const auto found = snapshot.namespaces.constFind(h.ns);
        if (snapshot.isNull() || !fresh) {
            h.reason = noDataText(snapshot.sampledAt);
        } else if (found == snapshot.namespaces.constEnd()) {
            h.reason = tr("Prometheus has no series of the namespace %1.").arg(h.ns);
        } else {
            h.kpis = *found;
            const double used =
                h.kpis.storageCapacityBytes > 0 ? h.kpis.storageUsedBytes / h.kpis.storageCapacityBytes : 0.0;
            if (h.kpis.podsRunning < kMinRunningPods) {
                h.state = TenantKpiHealth::Degraded;
                h.reason = tr("No pod is running in the namespace %1.").arg(h.ns);
            } else if (used > kStorageFullRatio) {
                h.state = TenantKpiHealth::Degraded;
                h.reason = tr("Storage is %1 % full (warning above %2 %).")
                               .arg(int(std::floor(used * 100)))
                               .arg(int(kStorageFullRatio * 100));
            } else {
                h.state = TenantKpiHealth::Healthy;
            }
        }
        out << h;
    }
    return out;
}

QJsonObject ResourceKpis::toJson(const KpiSnapshot& snapshot)
{
    const PlatformKpis& p = snapshot.platform;
    QJsonObject spaces;
    for (auto it = snapshot.namespaces.begin(); it != snapshot.namespaces.end(); ++it) {
        spaces.insert(it.key(), QJsonObject{{QStringLiteral("cpu"), it->cpuCores},
                                            {QStringLiteral("memory"), it->memoryBytes},
                                            {QStringLiteral("storage_used"), it->storageUsedBytes},
                                            {QStringLiteral("storage_capacity"), it->storageCapacityBytes},
                                            {QStringLiteral("pods_running"), it->podsRunning}});
    }
    return {{QStringLiteral("format"), kCacheFormat},
            {QStringLiteral("version"), kCacheVersion},
            {QStringLiteral("sampled_at"), snapshot.sampledAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("platform"),
             QJsonObject{{QStringLiteral("cpu_used"), p.cpuUsedCores},
                         {QStringLiteral("cpu_allocatable"), p.cpuAllocatableCores},
                         {QStringLiteral("memory_used"), p.memoryUsedBytes},
                         {QStringLiteral("memory_allocatable"), p.memoryAllocatableBytes},
                         {QStringLiteral("storage_used"), p.storageUsedBytes},
                         {QStringLiteral("storage_capacity"), p.storageCapacityBytes},
                         {QStringLiteral("nodes_ready"), p.nodesReady},
                         {QStringLiteral("nodes_total"), p.nodesTotal}}},
            {QStringLiteral("namespaces"), spaces}};
}

ResourceKpis::CacheLoad ResourceKpis::loadCache(const QString& path)
{
    CacheLoad load;
    QFile file(path);
    if (!file.exists())
        return load;
    const auto ignored = [&](const QString& why) {
        load.note = tr("The resource figures cache %1 was ignored: %2").arg(path, why);
        return load;
    };
    if (!file.open(QIODevice::ReadOnly))
        return ignored(file.errorString());
    if (file.size() > kMaxCacheBytes)
        return ignored(tr("it is larger than %1 MB.").arg(kMaxCacheBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(kMaxCacheBytes + 1);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return ignored(tr("it is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject top = doc.object();
    if (!doc.isObject() || top.value(QStringLiteral("format")).toString() != kCacheFormat ||
        top.value(QStringLiteral("version")).toInt(-1) != kCacheVersion)
        return ignored(tr("it is not a cache of this version of Fusion Console."));
    KpiSnapshot s;
    s.sampledAt =
        QDateTime::fromString(top.value(QStringLiteral("sampled_at")).toString(), Qt::ISODateWithMs);
    // A time ahead of now would make stale figures look fresh for as long.
    if (!s.sampledAt.isValid() || s.sampledAt > QDateTime::currentDateTimeUtc().addSecs(300))
        return ignored(tr("its time is missing, malformed or in the future."));
    s.sampledAt = s.sampledAt.toUTC();
    const QJsonObject p = top.value(QStringLiteral("platform")).toObject();
    PlatformKpis& k = s.platform;
    if (!top.value(QStringLiteral("platform")).isObject() ||
        !kpiFigure(p.value(QStringLiteral("cpu_used")), &k.cpuUsedCores) ||
        !kpiFigure(p.value(QStringLiteral("cpu_allocatable")), &k.cpuAllocatableCores) ||
        !kpiFigure(p.value(QStringLiteral("memory_used")), &k.memoryUsedBytes) ||
        !kpiFigure(p.value(QStringLiteral("memory_allocatable")), &k.memoryAllocatableBytes) ||
        !kpiFigure(p.value(QStringLiteral("storage_used")), &k.storageUsedBytes) ||
        !kpiFigure(p.value(QStringLiteral("storage_capacity")), &k.storageCapacityBytes) ||
        !kpiCount(p.value(QStringLiteral("nodes_ready")), &k.nodesReady) ||
        !kpiCount(p.value(QStringLiteral("nodes_total")), &k.nodesTotal))
        return ignored(tr("its platform figures are missing or not numbers >= 0."));
    const QJsonValue spacesValue = top.value(QStringLiteral("namespaces"));
    const QJsonObject spaces = spacesValue.toObject();
    if (!spacesValue.isObject() || spaces.size() > kMaxNamespaces)
        return ignored(tr("its namespaces are not an object of at most %1.").arg(kMaxNamespaces));
    for (auto it = spaces.begin(); it != spaces.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        NamespaceKpis n;
        if (!kpiNamespaceName(it.key()) || !it.value().isObject() ||
            !kpiFigure(o.value(QStringLiteral("cpu")), &n.cpuCores) ||
            !kpiFigure(o.value(QStringLiteral("memory")), &n.memoryBytes) ||
            !kpiFigure(o.value(QStringLiteral("storage_used")), &n.storageUsedBytes) ||
            !kpiFigure(o.value(QStringLiteral("storage_capacity")), &n.storageCapacityBytes) ||
            !kpiCount(o.value(QStringLiteral("pods_running")), &n.podsRunning))
            return ignored(tr("the figures of a namespace are missing or not numbers >= 0."));
        s.namespaces.insert(it.key(), n);
    }
    load.snapshot = std::move(s);
    return load;
}

Result<Unit> ResourceKpis::saveCache(const QString& path, const KpiSnapshot& snapshot)
{
    // Written whole or not at all: a crash mid-write leaves the previous cache.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            ErrorKind::Internal,
            tr("The resource figures cache %1 cannot be written: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson(snapshot)).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error::make(
            ErrorKind::Internal,
            tr("The resource figures cache %1 cannot be written: %2").arg(path, file.errorString()));
    return Unit{};
}

ResourceKpis::ResourceKpis(const QUrl& prometheus, QObject* parent)
    : QObject(parent)
    , m_client(new Prometheus(prometheus, this))
{
    connect(&m_timer, &QTimer::timeout, this, &ResourceKpis::refresh);
}

ResourceKpis::~ResourceKpis()
{
    *m_alive = false;
}

void ResourceKpis::setRateWindow(const QString& window)
{
    if (isDuration(window))
        m_window = window;
}

void ResourceKpis::setToken(const SecretBytes& token)
{
    m_client->setToken(token);
}

void ResourceKpis::setTrustedSha256(const QString& sha256)
{
    m_client->setTrustedSha256(sha256);
}

void ResourceKpis::setTimeoutMs(int ms)
{
    m_client->setTimeoutMs(ms);
}

QString ResourceKpis::setCachePath(const QString& path)
{
    m_cachePath = path;
    CacheLoad load = loadCache(path);
    m_cacheNote = load.note;
    if (load.snapshot && (m_snapshot.isNull() || load.snapshot->sampledAt > m_snapshot.sampledAt))
        m_snapshot = std::move(*load.snapshot);
    return m_cacheNote;
}

void ResourceKpis::start(int ms)
{
    m_timer.start(qMax(1000, ms));
    refresh();
}

void ResourceKpis::stop()
{
    m_timer.stop();
}

QString ResourceKpis::statusText() const
{
    return m_fresh ? QString() : noDataText(m_snapshot.sampledAt);
}

void ResourceKpis::refresh()
{
    if (m_running)
        return;
    m_running = true;
    auto round = std::make_shared<Round>();
    round->at = QDateTime::currentDateTimeUtc();
    const std::shared_ptr<bool> alive = m_alive;
    // Both at once: a refresh takes as long as the slower of the two.
    m_client->fetch(platformQuery(m_window), round->at, [this, alive, round](const Result<PromAnswer>& a) {
        if (!*alive)
            return;
        round->platform = a;
        if (round->namespaces)
            finish(round);
    });
    m_client->fetch(namespaceQuery(m_window), round->at, [this, alive, round](const Result<PromAnswer>& a) {
        if (!*alive)
            return;
        round->namespaces = a;
        if (round->platform)
            finish(round);
    });
}

void ResourceKpis::finish(const std::shared_ptr<Round>& round)
{
    for (const auto* answer : {&*round->platform, &*round->namespaces}) {
        if (!*answer)
            return apply(answer->error());
    }
    // Parsing a thousand namespaces' series and writing the cache take tens of milliseconds: on a worker
    // thread, so the GUI thread keeps painting. The watcher is this object's child: gone with it, the outcome
    // is dropped.
    struct Outcome {
        std::optional<KpiSnapshot> snapshot;
        Error error;
        std::optional<QString> cacheNote; // set when the cache was written (empty) or could not be
    };
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return apply(Error::make(ErrorKind::Internal, tr("The Prometheus answers could not be read.")));
        const Outcome o = watcher->future().result();
        if (o.snapshot)
            apply(*o.snapshot, o.cacheNote);
        else
            apply(o.error);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, round, cachePath = m_cachePath]() {
        promise->start();
        const PromAnswer& p = round->platform->value();
        const PromAnswer& n = round->namespaces->value();
        Result<KpiSnapshot> combined =
            combine(Prometheus::parse(p.httpStatus, p.body, p.contentType),
                    Prometheus::parse(n.httpStatus, n.body, n.contentType), round->at);
        Outcome o;
        if (combined) {
            o.snapshot = std::move(combined.value());
            if (!cachePath.isEmpty()) {
                // One refresh at a time: no other thread writes this file meanwhile.
                const Result<Unit> saved = saveCache(cachePath, *o.snapshot);
                o.cacheNote = saved ? QString() : saved.error().message;
            }
        } else {
            o.error = combined.error();
        }
        promise->addResult(std::move(o));
        promise->finish();
    });
}

void ResourceKpis::apply(const Result<KpiSnapshot>& result, const std::optional<QString>& cacheNote)
{
    m_running = false;
    if (result) {
        m_snapshot = result.value();
        m_fresh = true;
        m_lastError.clear();
        m_lastErrorDetail.clear();
        if (cacheNote)
            m_cacheNote = *cacheNote;
    } else {
        m_fresh = false;
        m_lastError = result.error().message;
        m_lastErrorDetail = result.error().detail;
    }
    Q_EMIT refreshed();
}

} // namespace fusion
