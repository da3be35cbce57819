#pragma once
// What a new workspace proposes in its tenant's Odoo: a project and a Discuss channel of its name, stored as
// two ordinary proposals (reviewed and executed later, with confirmation) whose create steps link the Odoo
// ids back into the workspace (ProposalLinks).
#include "models/odoo/OdooProposals.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fusion {

class Database;

class WorkspaceOdoo {
    Q_DECLARE_TR_FUNCTIONS(fusion::WorkspaceOdoo)

public:
    // Why a new workspace of this tenant proposes nothing in Odoo (no connection, or a role that may not
    // propose Odoo changes), or empty when it proposes its project and channel.
    static QString whyNot(Database& db, const QString& slug);
    // The two proposals, for the workspace just inserted.
    static QList<Proposal> proposals(qint64 workspaceId, const QString& name, const QString& description);
    // What the creating plan says about them.
    static QString effect(const QString& slug, const QString& name);
};

} // namespace fusion
