#include "ui/tenants/TenantResources.h"

#include "models/itemmodels/TenantKpiModel.h"
#include "ui/common/StatusColors.h"
#include "ui/dashboard/HealthFeed.h"
#include "ui/dashboard/KpiCard.h"
#include "ui/dashboard/ResourcePanel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace fusion {

TenantResources::TenantResources(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_feed(HealthFeed::of(context))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_state(new KpiCard(this))
    , m_cpu(new KpiCard(this))
    , m_memory(new KpiCard(this))
    , m_storage(new KpiCard(this))
    , m_pods(new KpiCard(this))
{
    setObjectName(QStringLiteral("tenantResources"));
    m_status->setObjectName(QStringLiteral("tenantResourcesStatus"));
    m_refresh->setObjectName(QStringLiteral("refreshTenantResourcesButton"));
    m_details = ResourcePanel::layOut(this, tr("Live resources"), m_status, m_refresh,
                                      {{m_state, "tenantStateCard"},
                                       {m_cpu, "tenantCpuCard"},
                                       {m_memory, "tenantMemoryCard"},
                                       {m_storage, "tenantStorageCard"},
                                       {m_pods, "tenantPodsCard"}});
    connect(m_refresh, &QPushButton::clicked, m_feed, &HealthFeed::refreshNow);
    connect(m_feed, &HealthFeed::changed, this, &TenantResources::showFeed);
    showFeed();
}

void TenantResources::setTenant(const QString& slug)
{
    m_slug = slug;
    showFeed();
}

QString TenantResources::statusText() const
{
    return m_status->text();
}

void TenantResources::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Started by whichever view of the figures is seen first; the dashboard's may never be opened.
    m_feed->ensureStarted();
}

void TenantResources::showFeed()
{
    const KpiSnapshot s = m_feed->snapshot();
    const bool fresh = m_feed->isFresh();
    const QColor grey = StatusColors::forKey(QStringLiteral("decommissioned"));
    const QLocale locale;
    std::optional<TenantKpiHealth> mine;
    for (const TenantKpiHealth& h : m_feed->tenantHealth())
        if (h.slug == m_slug)
            mine = h;

    const auto blank = [&](KpiCard* card, const QString& what) {
        card->setValueText(QStringLiteral("–"));
        card->setCaption(what);
        card->setToolTip({});
        card->setRatio(-1);
        card->setAccent(grey);
    };
    const bool figures = mine && mine->state != TenantKpiHealth::Unknown;
    if (!figures) {
        blank(m_cpu, tr("CPU"));
        blank(m_memory, tr("Memory"));
        blank(m_storage, tr("Storage"));
        blank(m_pods, tr("Pods running"));
    } else {
        const NamespaceKpis& k = mine->kpis;
        m_cpu->setValueText(locale.toString(k.cpuCores, 'f', 2));
        m_cpu->setCaption(tr("CPU cores"));
        m_cpu->setRatio(-1);
        m_cpu->setAccent(StatusColors::forKey(QStringLiteral("active")));
        m_memory->setValueText(locale.formattedDataSize(qint64(k.memoryBytes), 1));
        m_memory->setCaption(tr("Memory"));
        m_memory->setRatio(-1);
        m_memory->setAccent(StatusColors::forKey(QStringLiteral("active")));
        if (k.storageCapacityBytes > 0) {
            const double ratio = k.storageUsedBytes / k.storageCapacityBytes;
            m_storage->setValueText(QStringLiteral("%1 %").arg(int(std::floor(100.0 * ratio))));
            m_storage->setCaption(tr("Storage · %1 of %2")
                                      .arg(locale.formattedDataSize(qint64(k.storageUsedBytes), 1),
                                           locale.formattedDataSize(qint64(k.storageCapacityBytes), 1)));
            m_storage->setRatio(ratio);
            m_storage->setAccent(StatusColors::forKey(ResourcePanel::levelKey(ratio)));
        } else {
            blank(m_storage, tr("Storage · no volume"));
        }
        m_pods->setValueText(QString::number(k.podsRunning));
        m_pods->setCaption(tr("Pods running"));
        m_pods->setRatio(-1);
        m_pods->setAccent(
            StatusColors::forKey(k.podsRunning > 0 ? QStringLiteral("active") : QStringLiteral("error")));
    }
    const TenantKpiHealth::State state = mine ? mine->state : TenantKpiHealth::Unknown;
    m_state->setValueText(TenantKpiModel::stateLabel(state));
    // The dashboard's badge colours: degraded is a warning, healthy green.
    m_state->setAccent(state == TenantKpiHealth::Degraded  ? StatusColors::forKey(QStringLiteral("warning"))
                       : state == TenantKpiHealth::Healthy ? StatusColors::forKey(QStringLiteral("healthy"))
                                                           : grey);
    m_state->setRatio(-1);

    QString status;
    bool quotesError = false;
    if (m_slug.isEmpty()) {
        status.clear();
    } else if (!m_feed->setupProblem().isEmpty()) {
        status = tr("Prometheus not set up — %1").arg(m_feed->setupProblem());
    } else if (!mine) {
        status = tr("%1 has no Kubernetes namespace Prometheus could report on (it is not running, or its "
                    "namespace is not set on the Infra tab).")
                     .arg(m_slug);
    } else if (fresh) {
        status = tr("Live from Prometheus, sampled %1.")
                     .arg(s.sampledAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    } else if (m_feed->isRefreshing() && s.isNull()) {
        status = tr("Asking Prometheus…");
    } else {
        status = m_feed->lastError().isEmpty() ? m_feed->statusText()
                                               : tr("%1. %2").arg(m_feed->statusText(), m_feed->lastError());
        quotesError = !m_feed->lastError().isEmpty();
    }
    ResourcePanel::offerErrorDetails(m_details, m_feed, quotesError);
    // The state's reason (degraded: why; unknown: why there are no figures) under the state itself.
    const QString reason = mine ? mine->reason : QString();
    m_state->setCaption(reason.isEmpty() ? tr("State") : reason);
    m_state->setToolTip(reason);
    m_status->setText(status);
    m_status->setToolTip(fresh ? m_feed->prometheusUrl().toString() : status);
    QPalette pal = palette();
    if (!fresh && !m_slug.isEmpty())
        pal.setColor(QPalette::WindowText, StatusColors::forKey(QStringLiteral("warning")));
    m_status->setPalette(pal);
    m_refresh->setEnabled(!m_feed->isRefreshing());
}

} // namespace fusion
