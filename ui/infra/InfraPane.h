#pragma once

#include "models/controlplane/ImageTags.h"
#include "models/controlplane/ImageUpgrade.h"
#include "models/controlplane/InfraTemplates.h"
#include "models/controlplane/MaintenanceWindows.h"
#include "models/controlplane/PlatformSettings.h"
#include "ui/common/Pane.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace fusion {

// Infrastructure and images (the seed's infra_templates page): the upgrades scheduled in maintenance windows,
// the windows, the image tags tested per environment, and the operations freeze. Owners record tags and
// freeze; operators schedule and cancel upgrades and windows; the database enforces the same.
class InfraPane : public Pane {
    Q_OBJECT

public:
    explicit InfraPane(AppContext* context, QWidget* parent = nullptr);
    void reload() override;
    // Opens the upgrade dialog for these tenants (a tenant's Infra tab), or for every active one.
    void upgradeTenants(const QStringList& slugs = {});

Q_SIGNALS:
    void operationRequested(qint64 id); // a scheduled upgrade's operation, in the drawer

private:
    struct Data {
        PlatformSettingsValues settings;
        QList<UpgradeOperation> upgrades;
        QList<MaintenanceWindow> windows;
        QList<TestedTag> tags;
        QList<TemplateRow> templates;
    };
    void apply(const Data& data);
    void updateButtons();
    void recordTag();
    void retireTag();
    void createWindow();
    void cancelWindow();
    void cancelUpgrades();
    void toggleFreeze();
    void editTemplate(bool create);
    void retireTemplate();
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    Data m_data;
    QLabel* m_state;
    QPushButton* m_freeze;
    QTabWidget* m_tabs;
    QTreeWidget* m_upgrades;
    QTreeWidget* m_windows;
    QTreeWidget* m_tags;
    QPushButton* m_upgrade;
    QPushButton* m_cancelUpgrades;
    QPushButton* m_newWindow;
    QPushButton* m_cancelWindow;
    QPushButton* m_recordTag;
    QPushButton* m_retireTag;
    QTreeWidget* m_templates;
    QPushButton* m_newTemplate;
    QPushButton* m_editTemplate;
    QPushButton* m_retireTemplate;
};

} // namespace fusion
