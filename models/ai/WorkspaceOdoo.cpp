#include "models/ai/WorkspaceOdoo.h"

#include "models/odoo/OdooConnection.h"
#include "models/odoo/ProposalLinks.h"
#include "models/storage/Database.h"

namespace fusion {

QString WorkspaceOdoo::whyNot(Database& db, const QString& slug)
{
    // Finance may create workspaces but not propose Odoo changes: its workspace is made without them rather
    // than refused.
    if (db.isPostgres() &&
        !db.scalar(QStringLiteral("SELECT has_table_privilege('odoo_proposals', 'INSERT')")).toBool())
        return tr("Your role may not propose Odoo changes: no Odoo project or channel is proposed.");
    if (!OdooConnection::load(db, slug).isConfigured())
        return tr("Tenant %1 has no Odoo connection: no Odoo project or channel is proposed.").arg(slug);
    return {};
}

QList<Proposal> WorkspaceOdoo::proposals(qint64 workspaceId, const QString& name, const QString& description)
{
    const QString caseId = QStringLiteral("workspace-%1").arg(workspaceId);
    Proposal project;
    project.kind = QStringLiteral("project");
    project.caseId = caseId;
    project.summary = tr("Create project %1 for workspace %2").arg(name).arg(workspaceId);
    ProposalStep p;
    p.op = QStringLiteral("create_project");
    p.model = QStringLiteral("project.project");
    p.method = QStringLiteral("create");
    p.values = {{QStringLiteral("name"), name},
                {QStringLiteral("description"), OdooProposals::tagged(caseId, description)}};
    p.link = ProposalLinks::workspaceProject(workspaceId);
    project.steps << p;

    Proposal channel;
    channel.kind = QStringLiteral("channel");
    channel.caseId = caseId;
    channel.summary = tr("Create Discuss channel %1 for workspace %2").arg(name).arg(workspaceId);
    ProposalStep c;
    c.op = QStringLiteral("create_channel");
    c.model = QStringLiteral("discuss.channel"); // Odoo 17's name (mail.channel before)
    c.method = QStringLiteral("create");
    c.values = {{QStringLiteral("name"), name},
                {QStringLiteral("channel_type"), QStringLiteral("channel")},
                {QStringLiteral("description"), OdooProposals::tagged(caseId, description)}};
    c.link = ProposalLinks::workspaceChannel(workspaceId);
    channel.steps << c;
    return {project, channel};
}

QString WorkspaceOdoo::effect(const QString& slug, const QString& name)
{
    return tr("Proposes in tenant %1's Odoo a project and a Discuss channel named \"%2\"; nothing is sent to "
              "Odoo until each proposal is executed, which asks again.")
        .arg(slug, name);
}

} // namespace fusion
