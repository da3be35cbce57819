#pragma once

#include "models/odoo/OdooProposals.h"
#include "ui/common/Pane.h"

#include <memory>
#include <optional>

namespace Ui {
class ProposalsPane;
}

namespace fusion {

class OdooClient;
class ProposalListModel;

// Proposed changes to tenants' Odoo: the list, the exact calls of the selected one (model, record, each
// field now → after) and what its steps did; Execute asks, claims it with its audit row and makes the calls
// in the background; Cancel asks and drops it.
class ProposalsPane : public Pane {
    Q_OBJECT

public:
    explicit ProposalsPane(AppContext* context, QWidget* parent = nullptr);
    ~ProposalsPane() override;
    void reload() override;
    void selectProposal(qint64 id);
    // Opens the dialog that proposes a change; `slug` preselects the tenant.
    void propose(const QString& slug = {});

Q_SIGNALS:
    void executionFinished(qint64 id, bool succeeded);

private:
    void showSelected();
    void execute();
    void cancelSelected();
    void abandonSelected();
    void updateButtons();
    std::optional<Proposal> selected() const;

    std::unique_ptr<Ui::ProposalsPane> m_ui;
    ProposalListModel* m_model;
    OdooClient* m_client;
    qint64 m_running = 0; // the proposal being executed, 0 when none
    qint64 m_wanted = 0;  // select this one once it is listed
};

} // namespace fusion
