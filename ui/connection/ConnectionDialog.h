#pragma once

#include "models/secrets/SecretBytes.h"
#include "models/storage/DatabaseTarget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace fusion {

class AppContext;

// Choose what to open: the embedded SQLite file, another file, or a saved PostgreSQL profile. Profiles are
// saved here; their passwords go to the OS keychain and are never shown again (type a new one to change it).
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectionDialog(AppContext* context, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

Q_SIGNALS:
    // profileName is empty for an unsaved target; password is empty unless one was typed and not saved.
    void connectRequested(const fusion::DatabaseTarget& target, const QString& profileName,
                          const fusion::SecretBytes& password);

private:
    void reloadProfiles(const QString& select = {});
    void showSelected();
    void updateKind();
    std::optional<DatabaseTarget> targetFromForm(QString* problem) const;
    void save();
    void forget();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    AppContext* m_context;
    QComboBox* m_sessionCombo; // libpq's target_session_attrs: which of the listed servers to use
    QCheckBox* m_standbyCheck; // read-only panes may read on a standby (DatabaseTarget::standbyReads)
};

} // namespace fusion
