#pragma once

#include <QList>
#include <QWidget>

#include <utility>

class QLabel;
class QPushButton;

namespace fusion {

class HealthFeed;
class KpiCard;

// The dashboard's cluster resources (issue 13): CPU, memory and storage used against what the cluster has,
// and the nodes ready, each a card with a bar coloured by how full it is, under a line saying where the
// figures come from and how old they are, with a Refresh button. It only shows what the HealthFeed holds:
// the cached figures at once, the live ones as they come; an unreachable Prometheus greys the cards and says
// "No data since …", one not set up says how to set it up.
class ResourcePanel : public QWidget {
    Q_OBJECT

public:
    // Used at or above these ratios a card turns amber, then red: past 75 % a burst or a lost node leaves
    // little headroom; past 90 % new pods stop being scheduled or volumes fill within hours.
    static constexpr double kWarnRatio = 0.75;
    static constexpr double kCriticalRatio = 0.90;

    explicit ResourcePanel(HealthFeed* feed, QWidget* parent = nullptr);

    KpiCard* cpuCard() const { return m_cpu; }
    KpiCard* memoryCard() const { return m_memory; }
    KpiCard* storageCard() const { return m_storage; }
    KpiCard* nodesCard() const { return m_nodes; }
    QString statusText() const;
    // The colour key of a used/capacity ratio ("active", "warning" or "error").
    static QString levelKey(double ratio);
    // The look every view of the live figures shares (this panel, a tenant's Overview): a bold title, the
    // status line, Details… and Refresh over a row of cards, none of which opens anything. `cards` pairs each
    // card with its object name. Returns the Details… button, hidden: see showErrorDetails().
    static QPushButton* layOut(QWidget* owner, const QString& title, QLabel* status, QPushButton* refresh,
                               const QList<std::pair<KpiCard*, const char*>>& cards);
    // Details… shows what Prometheus sent with its last error, whole; offered while the status line quotes
    // that error (`shown`) and there is more to see.
    static void offerErrorDetails(QPushButton* details, HealthFeed* feed, bool shown);

public Q_SLOTS:
    void showFeed();

private:
    HealthFeed* m_feed;
    QLabel* m_status;
    QPushButton* m_refresh;
    QPushButton* m_details = nullptr;
    KpiCard* m_cpu;
    KpiCard* m_memory;
    KpiCard* m_storage;
    KpiCard* m_nodes;
};

} // namespace fusion
