#include "ui/dashboard/ResourcePanel.h"

#include "ui/common/DetailsDialog.h"
#include "ui/common/StatusColors.h"
#include "ui/dashboard/HealthFeed.h"
#include "ui/dashboard/KpiCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace fusion {

namespace {

QString resourcePanelPercent(double used, double capacity)
{
    return QStringLiteral("%1 %").arg(int(std::floor(100.0 * used / capacity)));
}

} // namespace

ResourcePanel::ResourcePanel(HealthFeed* feed, QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_cpu(new KpiCard(this))
    , m_memory(new KpiCard(this))
    , m_storage(new KpiCard(this))
    , m_nodes(new KpiCard(this))
{
    setObjectName(QStringLiteral("resourcePanel"));
    m_status->setObjectName(QStringLiteral("resourceStatusLabel"));
    m_refresh->setObjectName(QStringLiteral("refreshResourcesButton"));
    m_details = layOut(
        this, tr("Cluster resources"), m_status, m_refresh,
        {{m_cpu, "cpuCard"}, {m_memory, "memoryCard"}, {m_storage, "storageCard"}, {m_nodes, "nodesCard"}});
    connect(m_refresh, &QPushButton::clicked, feed, &HealthFeed::refreshNow);
    connect(feed, &HealthFeed::changed, this, &ResourcePanel::showFeed);
    showFeed();
}

QPushButton* ResourcePanel::layOut(QWidget* owner, const QString& title, QLabel* status, QPushButton* refresh,
                                   const QList<std::pair<KpiCard*, const char*>>& cards)
{
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(title, owner);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    status->setTextFormat(Qt::PlainText);
    status->setWordWrap(true);
    status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    refresh->setToolTip(tr("Ask Prometheus for the figures now (they refresh by themselves every 30 s)"));
    auto* details = new QPushButton(tr("Details…"), owner);
    details->setObjectName(QStringLiteral("prometheusDetailsButton"));
    details->setFlat(true);
    details->setToolTip(tr("What Prometheus sent with its last error, whole"));
    details->hide();
    header->addWidget(heading);
    header->addWidget(status, 1);
    header->addWidget(details);
    header->addWidget(refresh);
    layout->addLayout(header);
    auto* row = new QHBoxLayout;
    for (const auto& [card, name] : cards) {
        card->setObjectName(QString::fromLatin1(name));
        // Nothing to open: the figures are the whole story.
        card->setCursor(Qt::ArrowCursor);
        card->setFocusPolicy(Qt::NoFocus);
        row->addWidget(card);
    }
    layout->addLayout(row);
    return details;
}

void ResourcePanel::offerErrorDetails(QPushButton* details, HealthFeed* feed, bool shown)
{
    const QString detail = feed->lastErrorDetail();
    // The status line already quotes a short answer whole; Details… is for the one it could not.
    const bool offer = shown && !detail.trimmed().isEmpty() && detail.trimmed() != feed->lastError();
    details->setVisible(offer);
    details->disconnect();
    if (!offer)
        return;
    QObject::connect(details, &QPushButton::clicked, details, [details, summary = feed->lastError(), detail] {
        DetailsDialog::showText(details->window(), tr("Prometheus's answer"), summary, detail);
    });
}

QString ResourcePanel::levelKey(double ratio)
{
    if (ratio >= kCriticalRatio)
        return QStringLiteral("error");
    if (ratio >= kWarnRatio)
        return QStringLiteral("warning");
    return QStringLiteral("active");
}

QString ResourcePanel::statusText() const
{
    return m_status->text();
}

void ResourcePanel::showFeed()
{
    const KpiSnapshot s = m_feed->snapshot();
    const bool fresh = m_feed->isFresh();
    const PlatformKpis& p = s.platform;
    const QLocale locale;
    const QString stale = m_feed->statusText(); // empty while fresh
    const QColor grey = StatusColors::forKey(QStringLiteral("decommissioned"));
    // One card: its value, the figures behind it, its bar and colour; greyed with "No data since …" when
    // the figures are old, a dash when there are none.
    const auto show = [&](KpiCard* card, const QString& what, double used, double capacity,
                          const QString& detail) {
        if (s.isNull() || capacity <= 0) {
            card->setValueText(QStringLiteral("–"));
            card->setCaption(tr("%1 · %2").arg(what, s.isNull() ? stale : tr("none reported")));
            card->setRatio(-1);
            card->setAccent(grey);
            return;
        }
        const double ratio = used / capacity;
        card->setValueText(resourcePanelPercent(used, capacity));
        card->setCaption(fresh ? tr("%1 · %2").arg(what, detail) : tr("%1 · %2").arg(what, stale));
        card->setToolTip(tr("%1: %2").arg(what, detail));
        card->setRatio(ratio);
        card->setAccent(fresh ? StatusColors::forKey(levelKey(ratio)) : grey);
    };
    show(m_cpu, tr("CPU"), p.cpuUsedCores, p.cpuAllocatableCores,
         tr("%1 of %2 cores")
             .arg(locale.toString(p.cpuUsedCores, 'f', 1), locale.toString(p.cpuAllocatableCores, 'f', 1)));
    show(m_memory, tr("Memory"), p.memoryUsedBytes, p.memoryAllocatableBytes,
         tr("%1 of %2")
             .arg(locale.formattedDataSize(qint64(p.memoryUsedBytes), 1),
                  locale.formattedDataSize(qint64(p.memoryAllocatableBytes), 1)));
    show(m_storage, tr("Storage"), p.storageUsedBytes, p.storageCapacityBytes,
         tr("%1 of %2")
             .arg(locale.formattedDataSize(qint64(p.storageUsedBytes), 1),
                  locale.formattedDataSize(qint64(p.storageCapacityBytes), 1)));
    // Nodes: how many of them are ready; any not ready is worth a look, half of them an emergency.
    if (s.isNull() || p.nodesTotal <= 0) {
        m_nodes->setValueText(QStringLiteral("–"));
        m_nodes->setCaption(tr("Nodes ready · %1").arg(s.isNull() ? stale : tr("none reported")));
        m_nodes->setRatio(-1);
        m_nodes->setAccent(grey);
    } else {
        const double notReady = 1.0 - double(p.nodesReady) / p.nodesTotal;
        m_nodes->setValueText(tr("%1 / %2").arg(p.nodesReady).arg(p.nodesTotal));
        m_nodes->setCaption(fresh ? tr("Nodes ready") : tr("Nodes ready · %1").arg(stale));
        m_nodes->setRatio(double(p.nodesReady) / p.nodesTotal);
        m_nodes->setAccent(!fresh            ? grey
                           : notReady >= 0.5 ? StatusColors::forKey(QStringLiteral("error"))
                           : notReady > 0    ? StatusColors::forKey(QStringLiteral("warning"))
                                             : StatusColors::forKey(QStringLiteral("active")));
    }

    QString status;
    QString tip;
    bool quotesError = false;
    if (!m_feed->setupProblem().isEmpty()) {
        status = tr("Prometheus not set up — %1").arg(m_feed->setupProblem());
    } else if (fresh) {
        status = tr("Live from Prometheus, sampled %1; refreshed every 30 s.")
                     .arg(s.sampledAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        tip = m_feed->prometheusUrl().toString();
    } else if (!m_feed->lastError().isEmpty()) {
        // The error names Prometheus and its address already.
        status = tr("%1. %2").arg(stale, m_feed->lastError());
        tip = m_feed->prometheusUrl().toString();
        quotesError = true;
    } else if (m_feed->isRefreshing()) {
        status = s.isNull() ? tr("Asking Prometheus…")
                            : tr("Asking Prometheus… (showing the figures of %1)")
                                  .arg(s.sampledAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    } else {
        status = s.isNull()
                     ? tr("No figures yet.")
                     : tr("Figures of %1, from the last session.")
                           .arg(s.sampledAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    m_status->setText(status);
    m_status->setToolTip(tip.isEmpty() ? status : tip);
    offerErrorDetails(m_details, m_feed, quotesError);
    QPalette pal = palette();
    if (!fresh)
        pal.setColor(QPalette::WindowText, StatusColors::forKey(QStringLiteral("warning")));
    m_status->setPalette(pal);
    m_refresh->setEnabled(!m_feed->isRefreshing());
}

} // namespace fusion
