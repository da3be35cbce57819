#pragma once

#include "models/odoo/OdooReads.h"
#include "ui/common/Pane.h"

#include <memory>

namespace Ui {
class OdooPane;
}

class QSortFilterProxyModel;

namespace fusion {

class LoadingOverlay;
class MessageBar;
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
    void setBusy(bool busy, const QString& what = {});
    OdooQuery currentQuery() const;

    std::unique_ptr<Ui::OdooPane> m_ui;
    OdooRecordModel* m_model;
    QSortFilterProxyModel* m_sorted;
    MessageBar* m_messages;
    LoadingOverlay* m_loading;
    OdooClient* m_client;
    QString m_slug;       // the tenant the client is set up for
    QString m_wantedSlug; // chosen before the tenant list arrived
    bool m_ready = false; // the client has the tenant's credentials
    quint64 m_generation = 0;
    quint64 m_historyGeneration = 0;
};

} // namespace fusion
