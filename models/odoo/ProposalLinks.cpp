#include "models/odoo/ProposalLinks.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace fusion {

namespace {

struct LinkTarget {
    qint64 workspaceId = 0;
    QString column; // odoo_project_id or odoo_channel_id
};

std::optional<LinkTarget> linksParsedLink(const QString& text)
{
    static const QRegularExpression rule(QRegularExpression::anchoredPattern(
        QStringLiteral("workspace:([1-9][0-9]{0,17}):(project|channel)")));
    const QRegularExpressionMatch m = rule.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return LinkTarget{m.captured(1).toLongLong(), m.captured(2) == QLatin1String("project")
                                                      ? QStringLiteral("odoo_project_id")
                                                      : QStringLiteral("odoo_channel_id")};
}

// The Odoo id a step created, from the results ProposalRunner recorded ("step" counts from 1), or 0.
qint64 linksCreatedId(const QJsonArray& results, qsizetype index)
{
    for (const QJsonValue& v : results) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("step")).toInteger() == index + 1 &&
            r.value(QStringLiteral("success")).toBool())
            return r.value(QStringLiteral("record_id")).toInteger();
    }
    return 0;
}

} // namespace

QString ProposalLinks::workspaceProject(qint64 workspaceId)
{
    return QStringLiteral("workspace:%1:project").arg(workspaceId);
}

QString ProposalLinks::workspaceChannel(qint64 workspaceId)
{
    return QStringLiteral("workspace:%1:channel").arg(workspaceId);
}

QStringList ProposalLinks::intent(const QList<ProposalStep>& steps)
{
    QStringList lines;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto link = linksParsedLink(steps.at(i).link);
        if (!link)
            continue;
        lines << (link->column == QLatin1String("odoo_project_id")
                      ? tr("Step %1 links the project it creates to workspace %2")
                            .arg(i + 1)
                            .arg(link->workspaceId)
                      : tr("Step %1 links the Discuss channel it creates to workspace %2")
                            .arg(i + 1)
                            .arg(link->workspaceId));
    }
    return lines;
}

QStringList ProposalLinks::describe(const QList<ProposalStep>& steps, const QJsonArray& results)
{
    QStringList lines;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto link = linksParsedLink(steps.at(i).link);
        const qint64 odooId = linksCreatedId(results, i);
        if (!link || odooId <= 0)
            continue;
        lines << (link->column == QLatin1String("odoo_project_id")
                      ? tr("Links Odoo project #%1 to workspace %2").arg(odooId).arg(link->workspaceId)
                      : tr("Links Discuss channel #%1 to workspace %2").arg(odooId).arg(link->workspaceId));
    }
    return lines;
}

QJsonArray ProposalLinks::apply(Database& d, qint64 proposalId, const QList<ProposalStep>& steps,
                                const QJsonArray& results)
{
    QJsonArray out;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto link = linksParsedLink(steps.at(i).link);
        const qint64 odooId = linksCreatedId(results, i);
        if (!link || odooId <= 0)
            continue;
        bool written = false;
        if (d.isPostgres()) {
            // The function reads the Odoo id from the stored result itself: what we pass only names it.
            written = d.scalar(QStringLiteral("SELECT fusion_workspace_link(?, ?, ?)"),
                               {link->workspaceId, proposalId, int(i + 1)})
                          .toBool();
        } else {
            // The column name comes from parsedLink's two choices, never from the stored text.
            written = d.exec(QStringLiteral("UPDATE workspaces SET %1 = ?, updated_at = ?, "
                                            "row_version = row_version + 1 WHERE id = ?")
                                 .arg(link->column),
                             {odooId, Database::nowText(), link->workspaceId})
                          .numRowsAffected() == 1;
        }
        out.append(QJsonObject{{QStringLiteral("link"), steps.at(i).link},
                               {QStringLiteral("odoo_id"), odooId},
                               {QStringLiteral("linked"), written}});
    }
    return out;
}

} // namespace fusion
