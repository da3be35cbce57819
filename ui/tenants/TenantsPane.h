#pragma once

#include "models/tenants/Tenant.h"
#include "ui/common/Pane.h"

#include <memory>
#include <optional>

namespace Ui {
class TenantsPane;
}

class QAction;
class QLineEdit;
class QTimer;

namespace fusion {

class TenantDetailView;
class TenantListModel;

// The tenants list — search (debounced), filters, sort and paging all done by the database — and, in the
// same pane, one tenant's detail view.
class TenantsPane : public Pane {
    Q_OBJECT

public:
    explicit TenantsPane(AppContext* context, QWidget* parent = nullptr);
    ~TenantsPane() override;
    void reload() override;

    void setStatusFilter(const QString& status);
    void openTenant(qint64 tenantId);
    void showList();
    bool isShowingDetail() const;
    void focusSearch();
    // Keyset pages (TenantPageFrom): each seeks through an index from the row at the edge of the page shown,
    // so the last page of a million tenants comes as fast as the first. The pane offers no jump to a page
    // number.
    void firstPage();
    void nextPage();
    void previousPage();
    void lastPage();
    // The tenant the lifecycle actions apply to: the one in the detail view, or the selected row.
    std::optional<Tenant> currentTenant() const;
    TenantDetailView* detailView() const { return m_detail; }
    void setCreateAction(QAction* action);
    const TenantQuery& query() const { return m_query; }
    TenantListModel* model() const { return m_model; }

Q_SIGNALS:
    void currentTenantChanged();

private:
    void requestPage();
    // Back to the first page of what the search, filters and sort now select, counted anew.
    void restart();
    void requestCount();
    void loadChoices();
    void showEmptyState(bool filtered);
    void updatePager();

    std::unique_ptr<Ui::TenantsPane> m_ui;
    TenantListModel* m_model;
    TenantDetailView* m_detail;
    QTimer* m_searchDebounce;
    QAction* m_createAction = nullptr;
    TenantQuery m_query; // what the page shown was fetched with: repeated to refresh it
    TenantPage m_page;
    qint64 m_total = -1; // -1 while counting
    // A page asked for and not shown yet: a total counted meanwhile waits for it, so that the pager never
    // says "of N" of a new search over the rows of the previous one.
    bool m_pagePending = false;
    qint64 m_selectAfterLoad = 0;
};

} // namespace fusion
