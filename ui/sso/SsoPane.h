#pragma once

#include "models/controlplane/RealmTemplates.h"
#include "models/tenants/SsoRecords.h"
#include "ui/common/Pane.h"

#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace fusion {

class SsoCheckPanel;

// Single sign-on across tenants (the seed's sso_config page): every tenant's SSO record with the last check
// made this session, and for the selected one Test login, Compare with Keycloak and Open in Keycloak
// (SsoCheckPanel, shared with the tenant's SSO tab). A second tab holds the realm templates the create
// wizard fills a new tenant's record from; owners create, edit and delete them through the confirmation.
class SsoPane : public Pane {
    Q_OBJECT

public:
    explicit SsoPane(AppContext* context, QWidget* parent = nullptr);
    void reload() override;
    SsoCheckPanel* checkPanel() const { return m_panel; }

private:
    struct Data {
        QList<SsoRecordRow> records;
        QList<RealmTemplate> templates;
    };
    void apply(const Data& data);
    void fillRecords();
    void selectionChanged();
    void updateButtons();
    void editTemplate(bool create);
    void deleteTemplate();
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    Data m_data;
    QHash<QString, QString> m_lastCheck; // slug → the last check's result, this session
    QTabWidget* m_tabs;
    QLineEdit* m_filter;
    QStackedWidget* m_recordsStack;
    QTreeWidget* m_records;
    QLabel* m_empty;
    SsoCheckPanel* m_panel;
    QTreeWidget* m_templates;
    QPushButton* m_newTemplate;
    QPushButton* m_editTemplate;
    QPushButton* m_deleteTemplate;
};

} // namespace fusion
