#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"
#include "models/tenants/Tenant.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

// What a template is made of (the seed's InfraTemplate fields), as a form or `fusionctl infra templates`
// gives it.
struct TemplateInput {
    QString name;
    QString k8sChart;
    QString imageOdoo; // IMAGE:TAG
    QString imagePg;
    QString sizeProfile = QStringLiteral("small");
    QString envDefaults = QStringLiteral("{}"); // a JSON object
    QString version;
};

// A template as the Infra pane lists it: whether it is retired, how many tenants were built from it, and
// whether its Odoo image is a tag tested in this environment (upgrades to it would be allowed).
struct TemplateRow {
    InfraTemplate values;
    QDateTime retiredAt;
    int tenants = 0;
    bool odooImageTested = false;
    int rowVersion = 0;

    bool retired() const { return retiredAt.isValid(); }
};

// Infra templates (the seed's infra_templates page): created, edited and retired through the confirmation
// path, by owners. A retired template is kept — tenants still point at it — but no new tenant is built from
// it.
class InfraTemplates {
    Q_DECLARE_TR_FUNCTIONS(fusion::InfraTemplates)

public:
    static const QStringList& sizeProfiles(); // small, medium, large, xlarge

    static QList<TemplateRow> list(Database& db, bool withRetired = false);
    static std::optional<TemplateRow> find(Database& db, const QString& name);
    // Problems with the fields, one sentence each (empty: it can be saved).
    static QStringList validate(const TemplateInput& input);

    static PendingWrite planCreate(Database& db, const TemplateInput& input);
    // Only what differs from the stored template is written; tenants built from it are not changed.
    static PendingWrite planEdit(Database& db, const QString& name, const TemplateInput& input);
    static PendingWrite planRetire(Database& db, const QString& name);
};

} // namespace fusion
