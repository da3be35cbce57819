#pragma once

#include "models/controlplane/PlatformSettings.h"
#include "models/controlplane/ServiceSettings.h"
#include "ui/common/Pane.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace fusion {

// Platform settings (the seed's settings_platform, owners only): which environment this database runs and
// each environment's soft tenant limit, the operations freeze, where runbooks live, and the outside services
// — their addresses, a certificate trusted for them, and their credentials as keychain references (the
// secrets themselves stay in the keychain; the Keys pane manages them). Every change goes through the
// confirmation and the audit log.
class SettingsPane : public Pane {
    Q_OBJECT

public:
    explicit SettingsPane(AppContext* context, QWidget* parent = nullptr);
    void reload() override;

Q_SIGNALS:
    // Manage a service's keys in the Keys pane (`label` empty: the provider's first).
    void keysRequested(const QString& providerCode, const QString& label);

private:
    struct Data {
        PlatformSettingsValues settings;
        int tenants = 0;
        QList<ServiceSetup> services;
    };
    void apply(const Data& data);
    void updateButtons();
    const ServiceSetup* selectedService() const;
    void changeEnvironment();
    void setLimit();
    void saveRunbooks();
    void changeAddress();
    void trustCertificate(bool trust);
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    Data m_data;
    bool m_haveData = false; // the first load arrived: buttons that compare with it may enable
    QComboBox* m_environment;
    QPushButton* m_changeEnvironment;
    QLabel* m_tenantCount;
    QTreeWidget* m_limits;
    QPushButton* m_setLimit;
    QLabel* m_freezeState;
    QPushButton* m_freeze;
    QLineEdit* m_runbooks;
    QPushButton* m_saveRunbooks;
    QLabel* m_runbookExample;
    QTreeWidget* m_services;
    QPushButton* m_address;
    QPushButton* m_trust;
    QPushButton* m_untrust;
    QPushButton* m_keys;
};

} // namespace fusion
