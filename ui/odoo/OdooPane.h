#pragma once

#include "models/odoo/OdooReads.h"
#include "ui/common/Pane.h"

#include <memory>

namespace Ui {
class OdooPane;
}

class QSortFilterProxyModel;

namespace fusion {

class OdooClient;
class OdooRecordModel;

// A tenant's business data, read live from its Odoo: partners, leads, projects, tasks, activities and
// calendar events with the source document's filters, in sortable tables; a partner's whole history on a
// double-click. Everything loads in the background; nothing here writes.
class OdooPane : public Pane {
    Q_OBJECT

public:
    explicit OdooPane(AppContext* context, QWidget* parent = nullptr);
    ~OdooPane() override;
    void reload() override;
    void setTenant(const QString& slug);
    void search();
    void showHistory(int partnerId);

Q_SIGNALS:
    void resultsShown(int count);
    void historyShown(int partnerId);
    void proposeRequested(const QString& slug);

private:
    void connectTenant(const QString& slug);
    // The connection or a search is under way: the results show "Loading…", Search waits, the status says
    // what. A newer request makes the earlier ticket stale.
    Loads::Ticket startBusy(const QString& what);
    // False, changing nothing, when `ticket` is stale.
    bool endBusy(const Loads::Ticket& ticket);
    OdooQuery currentQuery() const;

    std::unique_ptr<Ui::OdooPane> m_ui;
    OdooRecordModel* m_model;
    QSortFilterProxyModel* m_sorted;
    OdooClient* m_client;
    QString m_slug;       // the tenant the client is set up for
    QString m_wantedSlug; // chosen before the tenant list arrived
    bool m_ready = false; // the client has the tenant's credentials
};

} // namespace fusion
