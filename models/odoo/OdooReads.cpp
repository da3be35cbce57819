#include "models/odoo/OdooReads.h"

#include "models/odoo/OdooDomain.h"

namespace fusion {

namespace {
using D = OdooDomain;

QVariantList contains(const QString& field, const QString& text)
{
    return text.trimmed().isEmpty() ? QVariantList{}
                                    : D::term(field, QStringLiteral("ilike"), text.trimmed());
}

QVariantList equals(const QString& field, const std::optional<int>& id)
{
    return id ? D::term(field, QStringLiteral("="), *id) : QVariantList{};
}
} // namespace

int OdooReads::clampLimit(int limit)
{
    return std::clamp(limit, 1, 1000);
}

OdooQuery OdooReads::partners(const PartnerFilter& f)
{
    OdooQuery q;
    q.model = QStringLiteral("res.partner");
    q.fields = {QStringLiteral("name"),    QStringLiteral("email"),      QStringLiteral("phone"),
                QStringLiteral("website"), QStringLiteral("is_company"), QStringLiteral("parent_id"),
                QStringLiteral("city"),    QStringLiteral("country_id")};
    q.order = QStringLiteral("name, id");
    q.limit = clampLimit(f.limit);
    const QString text = f.text.trimmed();
    q.domain = D::allOf(
        {text.isEmpty()
             ? QVariantList{}
             : D::anyOf({contains(QStringLiteral("name"), text), contains(QStringLiteral("email"), text),
                         contains(QStringLiteral("phone"), text), contains(QStringLiteral("website"), text)}),
         contains(QStringLiteral("email"), f.email), contains(QStringLiteral("phone"), f.phone),
         contains(QStringLiteral("website"), f.website),
         f.companiesOnly ? D::term(QStringLiteral("is_company"), QStringLiteral("="), true)
                         : QVariantList{}});
    return q;
}

OdooQuery OdooReads::leads(const LeadFilter& f)
{
    OdooQuery q;
    q.model = QStringLiteral("crm.lead");
    q.fields = {
        QStringLiteral("name"),          QStringLiteral("partner_id"),       QStringLiteral("email_from"),
        QStringLiteral("stage_id"),      QStringLiteral("expected_revenue"), QStringLiteral("probability"),
        QStringLiteral("date_deadline"), QStringLiteral("user_id")};
    q.order = QStringLiteral("id desc");
    q.limit = clampLimit(f.limit);
    q.domain = D::allOf(
        {equals(QStringLiteral("partner_id"), f.partnerId), contains(QStringLiteral("email_from"), f.email),
         contains(QStringLiteral("name"), f.name), contains(QStringLiteral("stage_id.name"), f.stage)});
    return q;
}

OdooQuery OdooReads::projects(const ProjectFilter& f)
{
    OdooQuery q;
    q.model = QStringLiteral("project.project");
    q.fields = {QStringLiteral("name"), QStringLiteral("partner_id"), QStringLiteral("user_id"),
                QStringLiteral("date_start"), QStringLiteral("task_count")};
    q.order = QStringLiteral("name, id");
    q.limit = clampLimit(f.limit);
    q.domain = D::allOf(
        {equals(QStringLiteral("partner_id"), f.partnerId), contains(QStringLiteral("name"), f.name)});
    return q;
}

OdooQuery OdooReads::tasks(const TaskFilter& f)
{
    OdooQuery q;
    q.model = QStringLiteral("project.task");
    q.fields = {QStringLiteral("name"),         QStringLiteral("project_id"), QStringLiteral("partner_id"),
                QStringLiteral("user_ids"),     QStringLiteral("stage_id"),   QStringLiteral("priority"),
                QStringLiteral("date_deadline")};
    q.order = QStringLiteral("id desc");
    q.limit = clampLimit(f.limit);
    q.domain = D::allOf({equals(QStringLiteral("project_id"), f.projectId),
                         equals(QStringLiteral("partner_id"), f.partnerId),
                         contains(QStringLiteral("name"), f.name)});
    return q;
}

OdooQuery OdooReads::activities(const ActivityFilter& f)
{
    OdooQuery q;
    q.model = QStringLiteral("mail.activity");
    q.fields = {QStringLiteral("res_model"), QStringLiteral("res_id"),
                QStringLiteral("res_name"),  QStringLiteral("activity_type_id"),
                QStringLiteral("summary"),   QStringLiteral("date_deadline"),
                QStringLiteral("user_id")};
    q.order = QStringLiteral("date_deadline, id");
    q.limit = clampLimit(f.limit);
    QVariantList onPartner;
    if (f.partnerId)
        onPartner = D::allOf(
            {D::term(QStringLiteral("res_model"), QStringLiteral("="), QStringLiteral("res.partner")),
             D::term(QStringLiteral("res_id"), QStringLiteral("="), *f.partnerId)});
    q.domain = D::allOf({onPartner,
                         f.resModel.trimmed().isEmpty() ? QVariantList{}
                                                        : D::term(QStringLiteral("res_model"),
                                                                  QStringLiteral("="), f.resModel.trimmed()),
                         equals(QStringLiteral("res_id"), f.resId)});
    return q;
}

OdooQuery OdooReads::events(const EventFilter& f)
{
    OdooQuery q;
    q.model = QStringLiteral("calendar.event");
    q.fields = {QStringLiteral("name"),   QStringLiteral("start"),       QStringLiteral("stop"),
                QStringLiteral("allday"), QStringLiteral("partner_ids"), QStringLiteral("location")};
    q.order = QStringLiteral("start desc, id");
    q.limit = clampLimit(f.limit);
    QVariantList ids;
    for (int id : f.partnerIds)
        ids << id;
    q.domain = D::allOf(
        {ids.isEmpty() ? QVariantList{} : D::term(QStringLiteral("partner_ids"), QStringLiteral("in"), ids),
         contains(QStringLiteral("name"), f.name)});
    return q;
}

QList<QPair<QString, OdooQuery>> OdooReads::partnerHistory(int partnerId, int limitEach)
{
    LeadFilter leadsOf;
    leadsOf.partnerId = partnerId;
    leadsOf.limit = limitEach;
    ProjectFilter projectsOf;
    projectsOf.partnerId = partnerId;
    projectsOf.limit = limitEach;
    TaskFilter tasksOf;
    tasksOf.partnerId = partnerId;
    tasksOf.limit = limitEach;
    ActivityFilter activitiesOf;
    activitiesOf.partnerId = partnerId;
    activitiesOf.limit = limitEach;
    EventFilter eventsOf;
    eventsOf.partnerIds = {partnerId};
    eventsOf.limit = limitEach;
    return {{QStringLiteral("leads"), leads(leadsOf)},
            {QStringLiteral("projects"), projects(projectsOf)},
            {QStringLiteral("tasks"), tasks(tasksOf)},
            {QStringLiteral("activities"), activities(activitiesOf)},
            {QStringLiteral("events"), events(eventsOf)}};
}

} // namespace fusion
