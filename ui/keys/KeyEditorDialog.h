#pragma once

#include "models/vault/KeyVault.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fusion {

// Typing a new key — or the replacement of one (rotate): label, the secret (an API key, or an OAuth client
// secret with its refresh and access tokens), client or account id, expiry, notes. The secret fields never
// echo; what was typed is scrubbed when the dialog goes. Opened with open(); the pane plans and confirms.
class KeyEditorDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Add, Rotate };
    KeyEditorDialog(Mode mode, const Provider& provider, const std::optional<ApiKey>& replacing,
                    QWidget* parent = nullptr);
    ~KeyEditorDialog() override;

    NewKey newKey() const;
    KeySecret secret() const;
    int graceDays() const;
    bool checkFirst() const; // check the secret with the provider before anything is stored
    const Provider& provider() const { return m_provider; }
    // While the pane checks and stores: the form is disabled; a problem is shown and the form given back.
    void setBusy(bool busy, const QString& what = {});
    void showProblem(const QString& problem);

Q_SIGNALS:
    void submitted(); // the person pressed Review/Rotate; the dialog stays open until the pane accepts it

private:
    void updateOk();

    Mode m_mode;
    Provider m_provider;
    QLineEdit* m_label;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_clientSecret = nullptr;
    QLineEdit* m_refreshToken = nullptr;
    QLineEdit* m_accessToken = nullptr;
    QCheckBox* m_hasExpiry;
    QDateEdit* m_expires;
    QPlainTextEdit* m_notes;
    QCheckBox* m_makeDefault = nullptr;
    QSpinBox* m_grace = nullptr;
    QCheckBox* m_check;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace fusion
