#pragma once

#include "models/portal/PortalSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fusion {

// A tenant's local settings as its admins edit them in the portal: the SSO redirect URIs, the analytics sync
// mode and the Superset dashboard, with the platform's part of both records shown read-only beside them.
// Save… does not close the dialog: it asks the pane to run the write (saveRequested), and the dialog closes
// once the write is done — after a cancelled confirmation or a refusal the edits are still here to fix.
class PortalSettingsDialog : public QDialog {
    Q_OBJECT

public:
    PortalSettingsDialog(const QString& tenant, const PortalSettings& settings, QWidget* parent = nullptr);
    // The changed local settings, column → new value (empty when nothing changed).
    QVariantMap changedValues() const;
    const PortalSettings& settings() const { return m_settings; }
    // Shows why the write was refused (the planner's or the database's words) and keeps the dialog open.
    void showProblem(const QString& problem);

Q_SIGNALS:
    void saveRequested();

private:
    QVariantMap values() const;
    void validate();

    PortalSettings m_settings;
    QPlainTextEdit* m_redirectUris;
    QComboBox* m_syncMode;
    QLineEdit* m_supersetUrl;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
