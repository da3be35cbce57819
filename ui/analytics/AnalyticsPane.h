#pragma once

#include "models/integrations/AnalyticsCatalog.h"
#include "models/jobs/EtlTest.h"
#include "ui/common/Pane.h"

#include <QPointer>
#include <QUrl>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fusion {

// Analytics (the seed's analytics_hub): per tenant its Supabase project, schema, sync mode, ETL check and
// linked Superset dashboard; Superset's dashboards (read from its API off the GUI thread with the superset
// vault key's login) linked to the tenants they belong to and opened in the browser; "Link to tenant…"
// (the tenant's superset_dashboard_url, through the confirmed analytics edit) and "Test ETL…" (EtlTest: one
// confirmed call, audited) with its result in a panel. Finance sees it all read-only. An unreachable
// Superset or a missing login is said with its fix in the dashboards' place and never blocks the tenants.
class AnalyticsPane : public Pane {
    Q_OBJECT

public:
    explicit AnalyticsPane(AppContext* context, QWidget* parent = nullptr);
    ~AnalyticsPane() override;
    void reload() override;
    // Fetches Superset's dashboards again (the pane's first load does it once by itself).
    void refreshDashboards();
    bool isFetchingDashboards() const { return m_fetching; }
    bool isTestingEtl() const { return m_etl != nullptr; }

Q_SIGNALS:
    // A dashboard's address is about to open in the browser.
    void urlOpening(const QUrl& url);
    void dashboardsShown();
    void etlTestFinished();

private:
    void applyTenants(const QList<AnalyticsTenant>& tenants);
    void applyDashboards();
    void updateButtons();
    void testEtl();
    void linkDashboard();
    void openUrl(const QUrl& url);
    const AnalyticsTenant* currentTenant() const;
    const SupersetDashboard* currentDashboard() const;

    QList<AnalyticsTenant> m_tenants;
    QList<SupersetDashboard> m_dashboards;
    bool m_dashboardsKnown = false;
    bool m_fetching = false;
    QString m_dashboardProblem;
    QPointer<SupersetDashboards> m_fetch;
    QPointer<EtlTest> m_etl;

    QTreeWidget* m_tenantList;
    QLabel* m_tenantEmpty;
    QPushButton* m_testEtl;
    QPushButton* m_openTenantDashboard;
    QTreeWidget* m_dashboardList;
    QLabel* m_supersetState;
    QPushButton* m_openDashboard;
    QPushButton* m_link;
    QPushButton* m_refresh;
    QLabel* m_result;
    QLabel* m_readOnly;
};

} // namespace fusion
