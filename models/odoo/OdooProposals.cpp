#include "models/odoo/OdooProposals.h"

#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooDomain.h"
#include "models/odoo/ProposalLinks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {
QJsonArray stepsToJson(const QList<ProposalStep>& steps)
{
    QJsonArray out;
    for (const ProposalStep& s : steps) {
        QJsonObject o{{QStringLiteral("op"), s.op},
                      {QStringLiteral("model"), s.model},
                      {QStringLiteral("method"), s.method},
                      {QStringLiteral("values"), QJsonObject::fromVariantMap(s.values)}};
        if (s.recordId > 0)
            o.insert(QStringLiteral("record_id"), s.recordId);
        if (!s.before.isEmpty())
            o.insert(QStringLiteral("before"), QJsonObject::fromVariantMap(s.before));
        if (!s.link.isEmpty())
            o.insert(QStringLiteral("link"), s.link);
        out.append(o);
    }
    return out;
}

QList<ProposalStep> stepsFromJson(const QByteArray& text)
{
    QList<ProposalStep> steps;
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    for (const auto& v : array) {
        const QJsonObject o = v.toObject();
        ProposalStep s;
        s.op = o.value(QStringLiteral("op")).toString();
        s.model = o.value(QStringLiteral("model")).toString();
        s.method = o.value(QStringLiteral("method")).toString();
        s.values = o.value(QStringLiteral("values")).toObject().toVariantMap();
        s.recordId = o.value(QStringLiteral("record_id")).toInt();
        s.before = o.value(QStringLiteral("before")).toObject().toVariantMap();
        s.link = o.value(QStringLiteral("link")).toString();
        steps << s;
    }
    return steps;
}

// A step that creates one record of `model`.
ProposalStep creating(const QString& op, const QString& model)
{
    ProposalStep s;
    s.op = op;
    s.model = model;
    s.method = QStringLiteral("create");
    return s;
}

void putText(QVariantMap& values, const QString& field, const QString& value)
{
    if (!value.trimmed().isEmpty())
        values.insert(field, value.trimmed());
}

const char* kProposalColumns =
    "p.id, p.tenant_id, t.slug, p.kind, p.case_id, p.summary, p.operations, p.state, p.results, "
    "p.created_by, p.created_at, p.claimed_by, p.decided_by, p.decided_at, p.row_version";

Proposal fromRow(const QSqlQuery& q)
{
    Proposal p;
    p.id = q.value(0).toLongLong();
    p.tenantId = q.value(1).toLongLong();
    p.slug = q.value(2).toString();
    p.kind = q.value(3).toString();
    p.caseId = q.value(4).toString();
    p.summary = q.value(5).toString();
    p.steps = stepsFromJson(q.value(6).toString().toUtf8());
    p.state = q.value(7).toString();
    p.results = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    p.createdBy = q.value(9).toString();
    p.createdAt = Database::toDateTime(q.value(10));
    p.claimedBy = q.value(11).toString();
    p.decidedBy = q.value(12).toString();
    p.decidedAt = Database::toDateTime(q.value(13));
    p.rowVersion = q.value(14).toInt();
    return p;
}
} // namespace

QJsonObject Proposal::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("tenant"), slug},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("case_id"), caseId},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("state"), state},
        {QStringLiteral("operations"), stepsToJson(steps)},
        {QStringLiteral("results"), results},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODate)},
        {QStringLiteral("decided_by"), decidedBy},
        {QStringLiteral("decided_at"), decidedAt.isValid() ? decidedAt.toString(Qt::ISODate) : QString()}};
}

QString OdooProposals::tagged(const QString& caseId, const QString& text)
{
    const QString tag = QStringLiteral("[Fusion Case: %1]").arg(caseId);
    return text.trimmed().isEmpty() ? tag : tag + QLatin1Char(' ') + text.trimmed();
}

QString OdooProposals::validateCaseId(const QString& caseId)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!re.match(caseId).hasMatch())
        return tr("A case id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
    return {};
}

void OdooProposals::buildPartner(OdooClient* client, const QString& caseId, const PartnerInput& in,
                                 QObject* context, const Callback<Proposal>& done)
{
    if (in.name.trimmed().isEmpty() && in.email.trimmed().isEmpty()) {
        done(Error::make(ErrorKind::InvalidInput, tr("A partner needs a name or an email address.")));
        return;
    }
    QVariantMap wanted;
    putText(wanted, QStringLiteral("name"), in.name);
    putText(wanted, QStringLiteral("email"), in.email);
    putText(wanted, QStringLiteral("phone"), in.phone);
    putText(wanted, QStringLiteral("website"), in.website);
    putText(wanted, QStringLiteral("street"), in.street);
    putText(wanted, QStringLiteral("city"), in.city);
    if (in.isCompany)
        wanted.insert(QStringLiteral("is_company"), *in.isCompany);
    const QString comment = in.comment;

    // Match by email first, then by website (scheme and "www." ignored).
    QVariantList domain;
    if (!in.email.trimmed().isEmpty()) {
        domain = OdooDomain::term(QStringLiteral("email"), QStringLiteral("=ilike"), in.email.trimmed());
    } else if (!in.website.trimmed().isEmpty()) {
        QString site = in.website.trimmed();
        site.remove(QRegularExpression(QStringLiteral("^https?://(www\\.)?"),
                                       QRegularExpression::CaseInsensitiveOption));
        while (site.endsWith(QLatin1Char('/')))
            site.chop(1);
        domain = OdooDomain::term(QStringLiteral("website"), QStringLiteral("ilike"), site);
    }
    const auto build = [caseId, wanted, comment, done](const QVariantMap& match) {
        Proposal p;
        p.kind = QStringLiteral("partner");
        p.caseId = caseId;
        ProposalStep s;
        s.model = QStringLiteral("res.partner");
        if (match.isEmpty()) {
            s.op = QStringLiteral("create_partner");
            s.method = QStringLiteral("create");
            s.values = wanted;
            if (!s.values.contains(QStringLiteral("name")))
                s.values.insert(QStringLiteral("name"), wanted.value(QStringLiteral("email")));
            s.values.insert(QStringLiteral("comment"), tagged(caseId, comment));
            p.summary = tr("Create partner %1").arg(s.values.value(QStringLiteral("name")).toString());
        } else {
            s.op = QStringLiteral("update_partner");
            s.method = QStringLiteral("write");
            s.recordId = match.value(QStringLiteral("id")).toInt();
            for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
                const QVariant now = match.value(it.key());
                const bool same = now.typeId() == QMetaType::Bool && it.value().typeId() != QMetaType::Bool
                                      ? false
                                      : now.toString().trimmed() == it.value().toString().trimmed();
                if (!same) {
                    s.values.insert(it.key(), it.value());
                    s.before.insert(it.key(), now.typeId() == QMetaType::Bool && !now.toBool() &&
                                                      it.value().typeId() != QMetaType::Bool
                                                  ? QVariant(QString())
                                                  : now);
                }
            }
            if (s.values.isEmpty() && comment.trimmed().isEmpty()) {
                done(Error::make(ErrorKind::InvalidInput,
                                 tr("Partner #%1 (%2) already has these values; there is nothing to propose.")
                                     .arg(s.recordId)
                                     .arg(match.value(QStringLiteral("name")).toString())));
                return;
            }
            // The case is noted below what the partner's note already says.
            const QString existing = match.value(QStringLiteral("comment")).typeId() == QMetaType::Bool
                                         ? QString()
                                         : match.value(QStringLiteral("comment")).toString();
            s.before.insert(QStringLiteral("comment"), existing);
            s.values.insert(QStringLiteral("comment"),
                            existing.isEmpty() ? tagged(caseId, comment)
                                               : existing + QStringLiteral("\n") + tagged(caseId, comment));
            p.summary = tr("Update partner #%1 %2")
                            .arg(s.recordId)
                            .arg(match.value(QStringLiteral("name")).toString());
        }
        p.steps << s;
        done(p);
    };
    if (domain.isEmpty()) {
        build({});
        return;
    }
    OdooClient::SearchOptions o;
    o.fields = {QStringLiteral("name"),       QStringLiteral("email"),  QStringLiteral("phone"),
                QStringLiteral("website"),    QStringLiteral("street"), QStringLiteral("city"),
                QStringLiteral("is_company"), QStringLiteral("comment")};
    o.limit = 1;
    o.order = QStringLiteral("id");
    client->searchRead(QStringLiteral("res.partner"), domain, o, context,
                       [build, done](const Result<QVariantList>& r) {
                           if (!r) {
                               done(r.error());
                               return;
                           }
                           build(r.value().isEmpty() ? QVariantMap() : r.value().first().toMap());
                       });
}

Proposal OdooProposals::buildLead(const QString& caseId, const LeadInput& in)
{
    if (in.name.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("A lead needs a name."));
    Proposal p;
    p.kind = QStringLiteral("lead");
    p.caseId = caseId;
    ProposalStep s = creating(QStringLiteral("create_lead"), QStringLiteral("crm.lead"));
    putText(s.values, QStringLiteral("name"), in.name);
    putText(s.values, QStringLiteral("email_from"), in.email);
    putText(s.values, QStringLiteral("phone"), in.phone);
    if (in.partnerId)
        s.values.insert(QStringLiteral("partner_id"), *in.partnerId);
    if (in.expectedRevenue)
        s.values.insert(QStringLiteral("expected_revenue"), *in.expectedRevenue);
    s.values.insert(QStringLiteral("description"), tagged(caseId, in.description));
    p.steps << s;
    p.summary = tr("Create lead %1").arg(in.name.trimmed());
    return p;
}

Proposal OdooProposals::buildProject(const QString& caseId, const ProjectInput& in)
{
    if (in.name.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("A project needs a name."));
    Proposal p;
    p.kind = QStringLiteral("project");
    p.caseId = caseId;
    ProposalStep s = creating(QStringLiteral("create_project"), QStringLiteral("project.project"));
    putText(s.values, QStringLiteral("name"), in.name);
    putText(s.values, QStringLiteral("date_start"), in.dateStart);
    if (in.partnerId)
        s.values.insert(QStringLiteral("partner_id"), *in.partnerId);
    if (in.userId)
        s.values.insert(QStringLiteral("user_id"), *in.userId);
    s.values.insert(QStringLiteral("description"), tagged(caseId, in.description));
    p.steps << s;
    p.summary = tr("Create project %1").arg(in.name.trimmed());
    return p;
}

Proposal OdooProposals::buildTasks(const QString& caseId, int projectId, const QList<TaskInput>& tasks)
{
    if (projectId <= 0)
        throw Failure(ErrorKind::InvalidInput, tr("Tasks need the project they belong to."));
    if (tasks.isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("Propose at least one task."));
    Proposal p;
    p.kind = QStringLiteral("tasks");
    p.caseId = caseId;
    for (const TaskInput& t : tasks) {
        if (t.name.trimmed().isEmpty())
            throw Failure(ErrorKind::InvalidInput, tr("Every task needs a name."));
        if (!t.priority.isEmpty() && t.priority != QLatin1String("0") && t.priority != QLatin1String("1"))
            throw Failure(ErrorKind::InvalidInput, tr("A task's priority is 0 (normal) or 1 (high)."));
        ProposalStep s = creating(QStringLiteral("create_task"), QStringLiteral("project.task"));
        s.values.insert(QStringLiteral("project_id"), projectId);
        putText(s.values, QStringLiteral("name"), t.name);
        putText(s.values, QStringLiteral("date_deadline"), t.dateDeadline);
        putText(s.values, QStringLiteral("priority"), t.priority);
        s.values.insert(QStringLiteral("description"), tagged(caseId, t.description));
        p.steps << s;
    }
    p.summary = tr("Create %n task(s) in project #%1", nullptr, int(tasks.size())).arg(projectId);
    return p;
}

void OdooProposals::buildActivity(OdooClient* client, const QString& caseId, const ActivityInput& in,
                                  QObject* context, const Callback<Proposal>& done)
{
    if (in.resModel.trimmed().isEmpty() || in.resId <= 0) {
        done(Error::make(ErrorKind::InvalidInput,
                         tr("An activity needs the record it is about (model and id).")));
        return;
    }
    if (in.summary.trimmed().isEmpty() && in.activityType.trimmed().isEmpty()) {
        done(Error::make(ErrorKind::InvalidInput, tr("An activity needs a summary or a type.")));
        return;
    }
    OdooClient::SearchOptions o;
    o.fields = {QStringLiteral("model"), QStringLiteral("name")};
    o.limit = 1;
    client->searchRead(
        QStringLiteral("ir.model"),
        OdooDomain::term(QStringLiteral("model"), QStringLiteral("="), in.resModel.trimmed()), o, context,
        [client, caseId, in, context, done](const Result<QVariantList>& models) {
            if (!models)
                return done(models.error());
            if (models.value().isEmpty())
                return done(
                    Error::make(ErrorKind::InvalidInput, tr("Odoo has no model \"%1\".").arg(in.resModel)));
            const int modelId = models.value().first().toMap().value(QStringLiteral("id")).toInt();
            const auto finish = [caseId, in, modelId, done](int typeId) {
                Proposal p;
                p.kind = QStringLiteral("activity");
                p.caseId = caseId;
                ProposalStep s =
                    creating(QStringLiteral("schedule_activity"), QStringLiteral("mail.activity"));
                s.values.insert(QStringLiteral("res_model_id"), modelId);
                s.values.insert(QStringLiteral("res_id"), in.resId);
                if (typeId > 0)
                    s.values.insert(QStringLiteral("activity_type_id"), typeId);
                putText(s.values, QStringLiteral("summary"), in.summary);
                putText(s.values, QStringLiteral("date_deadline"), in.dateDeadline);
                s.values.insert(QStringLiteral("note"), tagged(caseId, in.note));
                p.steps << s;
                p.summary = tr("Schedule %1 on %2 #%3")
                                .arg(in.summary.isEmpty() ? in.activityType : in.summary, in.resModel)
                                .arg(in.resId);
                done(p);
            };
            if (in.activityType.trimmed().isEmpty())
                return finish(0);
            OdooClient::SearchOptions t;
            t.fields = {QStringLiteral("name")};
            t.limit = 1;
            client->searchRead(
                QStringLiteral("mail.activity.type"),
                OdooDomain::term(QStringLiteral("name"), QStringLiteral("=ilike"), in.activityType.trimmed()),
                t, context, [in, finish, done](const Result<QVariantList>& types) {
                    if (!types)
                        return done(types.error());
                    if (types.value().isEmpty())
                        return done(
                            Error::make(ErrorKind::InvalidInput,
                                        tr("Odoo has no activity type \"%1\".").arg(in.activityType)));
                    finish(types.value().first().toMap().value(QStringLiteral("id")).toInt());
                });
        });
}

Proposal OdooProposals::buildEvent(const QString& caseId, const EventInput& in)
{
    if (in.name.trimmed().isEmpty() || in.start.trimmed().isEmpty() || in.stop.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("An event needs a name, a start and a stop."));
    const auto parse = [](const QString& text) {
        QString t = text.trimmed();
        t.replace(QLatin1Char('T'), QLatin1Char(' '));
        return QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    const QDateTime start = parse(in.start);
    const QDateTime stop = parse(in.stop);
    if (!start.isValid() || !stop.isValid())
        throw Failure(ErrorKind::InvalidInput, tr("Give start and stop as YYYY-MM-DDTHH:MM:SS (UTC)."));
    if (stop < start)
        throw Failure(ErrorKind::InvalidInput, tr("An event cannot stop before it starts."));
    Proposal p;
    p.kind = QStringLiteral("event");
    p.caseId = caseId;
    ProposalStep s = creating(QStringLiteral("create_event"), QStringLiteral("calendar.event"));
    putText(s.values, QStringLiteral("name"), in.name);
    s.values.insert(QStringLiteral("start"), start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    s.values.insert(QStringLiteral("stop"), stop.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    putText(s.values, QStringLiteral("location"), in.location);
    if (!in.partnerIds.isEmpty()) {
        QVariantList ids;
        for (int id : in.partnerIds)
            ids << id;
        // Odoo's x2many command "replace with these": [6, 0, ids].
        s.values.insert(QStringLiteral("partner_ids"),
                        QVariantList{QVariant(QVariantList{6, 0, QVariant(ids)})});
    }
    s.values.insert(QStringLiteral("description"), tagged(caseId, in.description));
    p.steps << s;
    p.summary = tr("Create event %1 at %2")
                    .arg(in.name.trimmed(), s.values.value(QStringLiteral("start")).toString());
    return p;
}

void OdooProposals::describe(WritePlan& plan, const Proposal& p)
{
    int n = 0;
    for (const ProposalStep& s : p.steps) {
        ++n;
        const QString where = s.method == QLatin1String("write")
                                  ? QStringLiteral("%1 #%2").arg(s.model).arg(s.recordId)
                                  : s.model;
        for (auto it = s.values.cbegin(); it != s.values.cend(); ++it)
            plan.changes << FieldChange{QStringLiteral("%1.%2").arg(n).arg(it.key()),
                                        QStringLiteral("%1. %2 %3").arg(n).arg(where, it.key()),
                                        s.before.value(it.key()), it.value()};
    }
}

PendingWrite OdooProposals::planStore(Database& db, const QString& slug, const Proposal& proposal)
{
    if (const QString why = validateCaseId(proposal.caseId); !why.isEmpty())
        throw Failure(ErrorKind::InvalidInput, why);
    const qint64 tenantId =
        db.scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"), {slug}).toLongLong();
    if (tenantId == 0)
        throw Failure(ErrorKind::NotFound,
                      tr("There is no tenant \"%1\" (or your role may not see it).").arg(slug));
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("odoo.proposal.create");
    plan.title =
        tr("Save the proposal \"%1\" for tenant %2 (case %3)").arg(proposal.summary, slug, proposal.caseId);
    plan.verb = tr("Save proposal");
    plan.targetType = QStringLiteral("tenant");
    plan.target = slug;
    plan.tenantId = tenantId;
    describe(plan, proposal);
    plan.effects << tr("Nothing is sent to Odoo until the proposal is executed, which asks again.");
    plan.rowsAffected = 1;
    write.apply = [tenantId, proposal](Database& d) {
        return QJsonObject{{QStringLiteral("proposal_id"), insert(d, tenantId, proposal)}};
    };
    return write;
}

qint64 OdooProposals::insert(Database& d, qint64 tenantId, const Proposal& proposal)
{
    const QByteArray operations = QJsonDocument(stepsToJson(proposal.steps)).toJson(QJsonDocument::Compact);
    return d.insertReturningId(
        QStringLiteral(
            "INSERT INTO odoo_proposals (tenant_id, kind, case_id, summary, operations, created_by, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {tenantId, proposal.kind, proposal.caseId, proposal.summary, QString::fromUtf8(operations), d.actor(),
         Database::nowText()});
}

QList<Proposal> OdooProposals::list(Database& db, const QString& state, const QString& slug, int limit)
{
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kProposalColumns) +
                  QStringLiteral(" FROM odoo_proposals p JOIN tenants t ON t.id = p.tenant_id WHERE 1 = 1");
    QVariantList params;
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND p.state = ?");
        params << state;
    }
    if (!slug.isEmpty()) {
        sql += QStringLiteral(" AND t.slug = ?");
        params << slug;
    }
    sql += QStringLiteral(" ORDER BY p.created_at DESC, p.id DESC LIMIT ?");
    params << std::clamp(limit, 1, 1000);
    QList<Proposal> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        out << fromRow(q);
    return out;
}

Proposal OdooProposals::load(Database& db, qint64 id)
{
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT ") + QLatin1String(kProposalColumns) +
            QStringLiteral(" FROM odoo_proposals p JOIN tenants t ON t.id = p.tenant_id WHERE p.id = ?"),
        {id});
    if (!q.next())
        throw Failure(ErrorKind::NotFound,
                      tr("There is no proposal %1 (or your role may not see it).").arg(id));
    return fromRow(q);
}

PendingWrite OdooProposals::planCancel(Database& db, qint64 id)
{
    const Proposal p = load(db, id);
    if (p.state != QLatin1String("pending"))
        throw Failure(ErrorKind::Conflict,
                      tr("Proposal %1 is %2, not pending; only a pending proposal can be cancelled.")
                          .arg(id)
                          .arg(p.state));
    PendingWrite write;
    write.plan.action = QStringLiteral("odoo.proposal.cancel");
    write.plan.title = tr("Cancel proposal %1: %2").arg(id).arg(p.summary);
    write.plan.verb = tr("Cancel proposal");
    write.plan.targetType = QStringLiteral("tenant");
    write.plan.target = p.slug;
    write.plan.tenantId = p.tenantId;
    write.plan.changes << FieldChange{QStringLiteral("state"), tr("State"), p.state,
                                      QStringLiteral("cancelled")};
    write.plan.rowsAffected = 1;
    write.apply = [id](Database& d) {
        QSqlQuery q = d.exec(
            QStringLiteral("UPDATE odoo_proposals SET state = 'cancelled', decided_by = ?, decided_at = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND state = 'pending'"),
            {d.actor(), Database::nowText(), id});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Proposal %1 was decided meanwhile; nothing was changed.").arg(id));
        return QJsonObject{{QStringLiteral("proposal_id"), id}};
    };
    return write;
}

PendingWrite OdooProposals::planExecute(Database& db, qint64 id)
{
    const Proposal p = load(db, id);
    if (p.state != QLatin1String("pending"))
        throw Failure(
            ErrorKind::Conflict,
            tr("Proposal %1 is %2, not pending; a proposal is executed at most once.").arg(id).arg(p.state));
    PendingWrite write;
    write.plan.action = QStringLiteral("odoo.proposal.execute");
    write.plan.title =
        tr("Execute proposal %1 in tenant %2's Odoo: %3 (case %4)").arg(id).arg(p.slug, p.summary, p.caseId);
    write.plan.verb = tr("Execute");
    write.plan.targetType = QStringLiteral("tenant");
    write.plan.target = p.slug;
    write.plan.tenantId = p.tenantId;
    describe(write.plan, p);
    write.plan.effects << tr(
        "Makes %n call(s) to Odoo, in order; a failed call stops the rest, and nothing is retried.", nullptr,
        int(p.steps.size()));
    write.plan.effects << ProposalLinks::intent(p.steps);
    write.plan.rowsAffected = p.steps.size();
    // Claiming is the write: its audit row commits with it, before anything goes to Odoo.
    write.apply = [id](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE odoo_proposals SET state = 'executing', claimed_by = ?, "
                                  "row_version = row_version + 1 WHERE id = ? AND state = 'pending'"),
                   {d.actor(), id});
        if (q.numRowsAffected() != 1)
            throw Failure(
                ErrorKind::Conflict,
                tr("Proposal %1 was executed, cancelled or claimed by another session meanwhile; it runs at "
                   "most once.")
                    .arg(id));
        return QJsonObject{{QStringLiteral("proposal_id"), id}, {QStringLiteral("claimed"), true}};
    };
    return write;
}

PendingWrite OdooProposals::planFinish(Database& db, qint64 id, const QJsonArray& results, bool succeeded)
{
    const Proposal p = load(db, id);
    PendingWrite write;
    write.plan.action = QStringLiteral("odoo.proposal.result");
    write.plan.title = succeeded ? tr("Proposal %1 executed").arg(id) : tr("Proposal %1 failed").arg(id);
    write.plan.targetType = QStringLiteral("tenant");
    write.plan.target = p.slug;
    write.plan.tenantId = p.tenantId;
    const QString state = succeeded ? QStringLiteral("executed") : QStringLiteral("failed");
    write.plan.changes << FieldChange{QStringLiteral("state"), tr("State"), p.state, state};
    write.plan.effects << ProposalLinks::describe(p.steps, results);
    write.plan.rowsAffected = 1;
    const QString resultText = QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact));
    write.apply = [id, state, resultText, results, steps = p.steps](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral(
                       "UPDATE odoo_proposals SET state = ?, results = ?, decided_by = ?, decided_at = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND state = 'executing'"),
                   {state, resultText, d.actor(), Database::nowText(), id});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict, tr("Proposal %1 is not being executed.").arg(id));
        QJsonObject outcome{{QStringLiteral("proposal_id"), id}, {QStringLiteral("results"), results}};
        // What Odoo created is linked where the proposal said, with the result it comes from.
        if (const QJsonArray links = ProposalLinks::apply(d, id, steps, results); !links.isEmpty())
            outcome.insert(QStringLiteral("links"), links);
        return outcome;
    };
    return write;
}

PendingWrite OdooProposals::planAbandon(Database& db, qint64 id)
{
    const Proposal p = load(db, id);
    if (p.state != QLatin1String("executing"))
        throw Failure(
            ErrorKind::Conflict,
            tr("Proposal %1 is %2; only one left executing can be closed this way.").arg(id).arg(p.state));
    const QJsonArray results{
        QJsonObject{{QStringLiteral("step"), 0},
                    {QStringLiteral("success"), false},
                    {QStringLiteral("error"),
                     tr("Closed by hand while executing (claimed by %1): what reached Odoo is unknown; "
                        "check there before proposing again.")
                         .arg(p.claimedBy)}}};
    PendingWrite write = planFinish(db, id, results, false);
    write.plan.action = QStringLiteral("odoo.proposal.abandon");
    write.plan.title = tr("Close proposal %1, left executing, as failed").arg(id);
    write.plan.verb = tr("Close as failed");
    write.plan.effects << tr("Nothing is sent to Odoo; the proposal is never run again.");
    return write;
}

} // namespace fusion
