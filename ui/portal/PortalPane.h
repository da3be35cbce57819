#pragma once

#include "models/portal/TenantPortal.h"
#include "ui/common/Pane.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace fusion {

class SupportThreadView;

// The tenant admins' own portal (the seed's tenant_portal): for the selected one of its tenants (a selector
// when it has several), the status, bundles and modules, the subscription, this month's AI spend against the
// plan's allowance and the budgets, its invoices and its support requests. Pause, Resume and Rebuild go
// through the same confirmation as everywhere (WriteRunner); Open request… opens a support request for it,
// and the selected request's conversation (the Support pane's SupportThreadView) takes its admin's replies;
// Edit local settings… changes what the seed lets a tenant admin manage (LocalSettings).
// What the login sees is what the database shows it: other tenants do not exist here.
class PortalPane : public Pane {
    Q_OBJECT

public:
    explicit PortalPane(AppContext* context, QWidget* parent = nullptr);
    void reload() override;
    const PortalView& view() const { return m_view; }
    // Shows this tenant (a staff preview opened from its detail), or the first one if it is not visible.
    void showTenant(const QString& slug);
    // Staff see the portal as a preview of what a tenant's admins see; its actions are disabled.
    bool isPreview() const;

private:
    void apply(const PortalView& view);
    void updateButtons();
    void runAction(int action, const QString& done);
    void openRequest();
    void showThread();
    void savePdf();
    void editSettings();
    QString settingsText() const;

    PortalView m_view;
    QString m_selected; // the tenant asked for; empty: the first
    QLabel* m_heading;
    QComboBox* m_tenant;
    QLabel* m_preview;
    QLabel* m_summary;
    QLabel* m_usage;
    QLabel* m_settings;
    QTreeWidget* m_invoices;
    QTreeWidget* m_requests;
    SupportThreadView* m_thread;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_rebuild;
    QPushButton* m_open;
    QPushButton* m_savePdf;
    QPushButton* m_editSettings;
};

} // namespace fusion
