#pragma once

#include "models/support/Runbooks.h"
#include "models/support/SupportRequests.h"
#include "ui/common/Pane.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace fusion {

class RunbookViewer;
class SupportThreadView;

// Support (the seed's support_center), for every role, showing what the role may see: the support requests
// (a tenant admin: its tenants' only — the database decides) filtered by state, tenant and severity; the
// selected one as a conversation (SupportThreadView) with a reply box for staff and the tenant's admins; Open
// request… for tenant admins and owners; Close and Reopen for operators and owners; Post to channel… (a
// tenant's Mattermost, confirmed, the result shown); and the runbooks with their viewer.
class SupportPane : public Pane {
    Q_OBJECT

public:
    explicit SupportPane(AppContext* context, QWidget* parent = nullptr);
    void reload() override;
    // Opens the runbook of `type` in a viewer over this pane (the drawer and the dashboard ask for it too).
    RunbookViewer* openRunbook(const QString& type);
    // Selects request `id` once it is listed.
    void selectRequest(qint64 id);

private:
    struct Data {
        QList<SupportRequest> requests;
        QHash<qint64, QList<SupportMessage>> threads;
        QList<Runbook> runbooks;
        QStringList tenants;
    };
    void apply(const Data& data);
    void showSelected();
    void updateButtons();
    std::optional<SupportRequest> selected() const;
    void openRequest();
    void move(bool close);
    void post();
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    Data m_data;
    qint64 m_wanted = 0;
    QLabel* m_scope;
    QComboBox* m_state;
    QComboBox* m_severity;
    QComboBox* m_tenant;
    QTreeWidget* m_requests;
    SupportThreadView* m_thread;
    QPushButton* m_open;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QPushButton* m_post;
    QLabel* m_postResult;
    QListWidget* m_runbooks;
    QPushButton* m_openRunbook;
};

} // namespace fusion
