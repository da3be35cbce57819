#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace fusion {

// One search_read: the model, the domain, the fields and their order — what the Odoo pane and
// `fusionctl odoo partners|leads|…` ask a tenant's Odoo for.
struct OdooQuery {
    QString model;
    QVariantList domain;
    QStringList fields;
    QString order;
    int limit = 100;
};

// The business reads of the source document (contacts, leads, projects, tasks, activities, events), each a
// filter turned into a query. Text filters match case-insensitively anywhere (ilike); empty filters are
// left out; a limit is always set (1 to 1,000) so a tenant's Odoo is never asked for everything at once.
class OdooReads {
    Q_DECLARE_TR_FUNCTIONS(fusion::OdooReads)

public:
    struct PartnerFilter {
        QString text; // name, email, phone or website
        QString email;
        QString phone;
        QString website;
        bool companiesOnly = false;
        int limit = 100;
    };
    struct LeadFilter {
        std::optional<int> partnerId;
        QString email;
        QString name;
        QString stage;
        int limit = 100;
    };
    struct ProjectFilter {
        std::optional<int> partnerId;
        QString name;
        int limit = 100;
    };
    struct TaskFilter {
        std::optional<int> projectId;
        std::optional<int> partnerId;
        QString name;
        int limit = 100;
    };
    struct ActivityFilter {
        std::optional<int> partnerId; // activities on the partner itself
        QString resModel;             // or on any record of a model …
        std::optional<int> resId;     // … or on one record
        int limit = 100;
    };
    struct EventFilter {
        QList<int> partnerIds; // events any of them attends
        QString name;
        int limit = 100;
    };

    static OdooQuery partners(const PartnerFilter& f);
    static OdooQuery leads(const LeadFilter& f);
    static OdooQuery projects(const ProjectFilter& f);
    static OdooQuery tasks(const TaskFilter& f);
    static OdooQuery activities(const ActivityFilter& f);
    static OdooQuery events(const EventFilter& f);
    // The five related searches of a partner's full history, in the order shown.
    static QList<QPair<QString, OdooQuery>> partnerHistory(int partnerId, int limitEach = 50);

    static int clampLimit(int limit);
};

} // namespace fusion
