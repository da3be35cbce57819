#pragma once

#include "models/controlplane/RealmTemplates.h"
#include "models/tenants/Tenant.h"
#include "models/tenants/TenantService.h"

#include <QWizard>

#include <memory>

namespace Ui {
class CreateTenantWizard;
}

class QComboBox;
class QLabel;
class QTimer;

namespace fusion {

class AppContext;
class Loads;

// Identity → Plan → Bundle → Infra → SSO → Review. The slug is checked as it is typed: its format at once,
// whether it is free shortly after (in the background). Create goes through the confirmation path and writes
// the tenant, its subscription, bundles, SSO settings and first operation in one transaction.
class CreateTenantWizard : public QWizard {
    Q_OBJECT

public:
    explicit CreateTenantWizard(AppContext* context, QWidget* parent = nullptr);
    ~CreateTenantWizard() override;

    NewTenant newTenant() const;
    void accept() override;

Q_SIGNALS:
    void tenantCreated(qint64 tenantId);
    void choicesLoaded();
    void realmTemplatesLoaded();

private:
    void loadChoices();
    void checkSlug();
    void updateReview();
    void updateBundleSummary();
    void updatePlanDescription();
    void loadRealmTemplates();
    // Fills realm, client id and redirect URIs from the chosen realm template for this slug and Odoo URL.
    void applyRealmTemplate();
    void updateSsoPreview();

    std::unique_ptr<Ui::CreateTenantWizard> m_ui;
    AppContext* m_context;
    QTimer* m_slugCheck;
    QList<Plan> m_plans;
    QList<Bundle> m_bundles;
    QList<InfraTemplate> m_templates;
    bool m_slugEdited = false;
    bool m_slugAvailable = false;
    QString m_checkedSlug;
    Loads* m_slugChecks; // only the newest check of what is typed may answer
    bool m_creating = false;
    QList<RealmTemplate> m_realmTemplates;
    QComboBox* m_realmTemplate;
    QLabel* m_ssoPreview;
    RenderedSso m_rendered; // what the template last filled in: a field still equal to it was not edited
};

} // namespace fusion
