#pragma once
// A proposal's create step may name a record of ours that keeps the id of what it creates in Odoo
// (ProposalStep::link): "workspace:ID:project" or "workspace:ID:channel" for a workspace's Odoo project and
// Discuss channel. The id is written when the proposal's result is recorded, in that same transaction, so a
// result and its link are never apart.
#include "models/odoo/OdooProposals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace fusion {

class ProposalLinks {
    Q_DECLARE_TR_FUNCTIONS(fusion::ProposalLinks)

public:
    static QString workspaceProject(qint64 workspaceId);
    static QString workspaceChannel(qint64 workspaceId);

    // One line per link a proposal's steps carry (for the plan that executes it).
    static QStringList intent(const QList<ProposalStep>& steps);
    // One line per link the results will fill (for the plan that records them).
    static QStringList describe(const QList<ProposalStep>& steps, const QJsonArray& results);
    // Writes the ids of the successful creates of proposal `proposalId`, whose result was just recorded, into
    // what their steps link to. Per link: the link, the Odoo id and whether it was written (a workspace
    // deleted meanwhile is not). On PostgreSQL the write is fusion_workspace_link's (migration 0011): the
    // executor is often staff outside a private workspace, which row-level security hides from it, and the
    // function checks against the stored proposal that the link is really that workspace's, and that the
    // proposal executed (one that failed part-way links nothing there; a workspace's proposals have one step
    // each).
    static QJsonArray apply(Database& d, qint64 proposalId, const QList<ProposalStep>& steps,
                            const QJsonArray& results);
};

} // namespace fusion
