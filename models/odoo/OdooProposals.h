#pragma once

#include "models/core/Error.h"
#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace fusion {

class OdooClient;

// One Odoo call a proposal will make: a create, or a write to one record with the values it had before.
struct ProposalStep {
    QString op; // "create_partner", "update_partner", "create_lead", "create_task", …
    QString model;
    QString method; // "create" or "write"
    QVariantMap values;
    int recordId = 0;   // write: the record
    QVariantMap before; // write: the changed fields as they are now
    // create: a record of ours that keeps the id Odoo gives the new record (ProposalLinks), or empty
    QString link;
};

// A change to a tenant's Odoo, proposed first and executed only after a person confirmed it.
struct Proposal {
    qint64 id = 0;
    qint64 tenantId = 0;
    QString slug;
    QString kind; // partner, lead, project, tasks, activity, event, channel
    QString caseId;
    QString summary;
    QList<ProposalStep> steps;
    QString state = QStringLiteral("pending"); // executing, executed, cancelled, failed
    QJsonArray results;                        // per step: op, success, record_id or error
    QString createdBy;
    QDateTime createdAt;
    QString claimedBy;
    QString decidedBy;
    QDateTime decidedAt;
    int rowVersion = 0;

    QJsonObject toJson() const;
};

// Building, storing, listing and deciding proposals. Every change to a proposal is a confirmed, audited
// write; executing one is claimed in the same transaction as its audit row (no audit, no Odoo write), and
// only a pending proposal can be claimed, so it runs at most once however many sessions press Execute.
class OdooProposals {
    Q_DECLARE_TR_FUNCTIONS(fusion::OdooProposals)

public:
    struct PartnerInput {
        QString name, email, phone, website, street, city, comment;
        std::optional<bool> isCompany;
    };
    struct LeadInput {
        QString name, email, phone, description;
        std::optional<int> partnerId;
        std::optional<double> expectedRevenue;
    };
    struct ProjectInput {
        QString name, dateStart, description;
        std::optional<int> partnerId, userId;
    };
    struct TaskInput {
        QString name, description, dateDeadline, priority;
    };
    struct ActivityInput {
        QString resModel, activityType, summary, dateDeadline, note;
        int resId = 0;
    };
    struct EventInput {
        QString name, start, stop, location, description;
        QList<int> partnerIds;
    };
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    // The case id goes with every record a proposal writes: "[Fusion Case: <id>] …" in its note field.
    static QString tagged(const QString& caseId, const QString& text);
    static QString validateCaseId(const QString& caseId); // empty when fine

    // Partners are matched by email, then website: a match becomes a write of only what differs.
    static void buildPartner(OdooClient* client, const QString& caseId, const PartnerInput& in,
                             QObject* context, const Callback<Proposal>& done);
    static Proposal buildLead(const QString& caseId, const LeadInput& in);
    static Proposal buildProject(const QString& caseId, const ProjectInput& in);
    static Proposal buildTasks(const QString& caseId, int projectId, const QList<TaskInput>& tasks);
    // Looks up the document model and the activity type by name.
    static void buildActivity(OdooClient* client, const QString& caseId, const ActivityInput& in,
                              QObject* context, const Callback<Proposal>& done);
    static Proposal buildEvent(const QString& caseId, const EventInput& in);

    static PendingWrite planStore(Database& db, const QString& slug, const Proposal& proposal);
    // The row planStore's work writes, for a write that stores proposals as part of something else (a new
    // workspace proposes its Odoo project and channel) under its own plan and audit row. Returns the id.
    static qint64 insert(Database& d, qint64 tenantId, const Proposal& proposal);
    static QList<Proposal> list(Database& db, const QString& state = QStringLiteral("pending"),
                                const QString& slug = {}, int limit = 100);
    static Proposal load(Database& db, qint64 id); // throws NotFound
    static PendingWrite planCancel(Database& db, qint64 id);
    // The confirmation shows the exact calls; applying it claims the proposal (pending → executing).
    static PendingWrite planExecute(Database& db, qint64 id);
    // After the Odoo calls: executing → executed or failed, with each step's result (audited, not asked:
    // it records what already happened).
    static PendingWrite planFinish(Database& db, qint64 id, const QJsonArray& results, bool succeeded);
    // A proposal left "executing" (the session that ran it crashed or lost its connection) is closed as
    // failed, saying that what reached Odoo is unknown; it is never run again.
    static PendingWrite planAbandon(Database& db, qint64 id);

private:
    static void describe(WritePlan& plan, const Proposal& p);
};

} // namespace fusion
