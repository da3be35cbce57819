#pragma once
// One tenant's live resources on its Overview tab: its state from the metrics (healthy, degraded with the
// reason, unknown), the cores and memory its namespace uses, its storage against its volumes' capacity and
// its running pods — the same figures as the dashboard's Resources table, from the app's one HealthFeed, so
// opening a tenant asks Prometheus nothing more. Old figures are greyed with "No data since …"; nothing here
// waits.
#include <QWidget>

class QLabel;
class QPushButton;

namespace fusion {

class AppContext;
class HealthFeed;
class KpiCard;

class TenantResources : public QWidget {
    Q_OBJECT

public:
    explicit TenantResources(AppContext* context, QWidget* parent = nullptr);

    // The tenant shown (empty: none). Its figures appear with the feed's next change, or at once if it has
    // them.
    void setTenant(const QString& slug);

    KpiCard* stateCard() const { return m_state; }
    KpiCard* cpuCard() const { return m_cpu; }
    KpiCard* memoryCard() const { return m_memory; }
    KpiCard* storageCard() const { return m_storage; }
    KpiCard* podsCard() const { return m_pods; }
    QString statusText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFeed();

    AppContext* m_context;
    HealthFeed* m_feed = nullptr; // the app's, created on first show (it needs a ready connection)
    QString m_slug;
    QLabel* m_status;
    QPushButton* m_details = nullptr;
    QPushButton* m_refresh;
    KpiCard* m_state;
    KpiCard* m_cpu;
    KpiCard* m_memory;
    KpiCard* m_storage;
    KpiCard* m_pods;
};

} // namespace fusion
