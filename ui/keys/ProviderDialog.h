#pragma once

#include "models/vault/KeyVault.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fusion {

// A provider: a new custom one (code, name, kind, base URL, token URL, how its keys are checked), or where an
// existing one is reached (its base URL override). Opened with open(); the pane plans and confirms.
class ProviderDialog : public QDialog {
    Q_OBJECT

public:
    // `existing`: edit that provider's address only; empty: a new provider.
    explicit ProviderDialog(const std::optional<Provider>& existing, QWidget* parent = nullptr);

    Provider provider() const; // a new one as typed
    QString baseUrl() const;   // the address typed (empty: the provider's own)
    bool isNew() const { return !m_existing.has_value(); }
    void showProblem(const QString& problem);

Q_SIGNALS:
    void submitted();

private:
    void updateOk();

    std::optional<Provider> m_existing;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_validation = nullptr;
    QLineEdit* m_tokenUrl = nullptr;
    QLineEdit* m_baseUrl;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace fusion
