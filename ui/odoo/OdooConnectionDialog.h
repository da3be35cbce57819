#pragma once

#include "models/odoo/OdooConnection.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class OdooConnectionDialog;
}

namespace fusion {

class AppContext;

// Edits how the app reaches one tenant's Odoo: address, database, login, the password or API key (kept in
// the OS keychain only), a trusted self-signed certificate and the call budget. "Test connection" shows the
// server version, user id and latency; Save tests first, then asks for confirmation like every write, then
// stores the secret in the keychain and the settings in the database. Nothing here blocks the window.
class OdooConnectionDialog : public QDialog {
    Q_OBJECT

public:
    OdooConnectionDialog(AppContext* context, const QString& slug, QWidget* parent = nullptr);
    ~OdooConnectionDialog() override;

Q_SIGNALS:
    void saved();
    void testFinished(bool ok); // for tests and for Save

private:
    void load();
    void test(const std::function<void(bool ok)>& then);
    void save();
    void setBusy(bool busy);
    void showFingerprint();
    QVariantMap values() const;
    OdooSettings edited() const;

    std::unique_ptr<Ui::OdooConnectionDialog> m_ui;
    AppContext* m_context;
    QString m_slug;
    std::optional<OdooSettings> m_loaded;
    OdooClient* m_client;
    QString m_fingerprint; // the trusted one, as edited
    QString m_untrusted;   // the one the last test was refused over
};

} // namespace fusion
