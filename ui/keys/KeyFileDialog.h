#pragma once

#include "secrets/SecretBytes.h"
#include "vault/KeyVault.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fusion {

// Choosing what goes into a key export file (which keys, where, the passphrase twice) or which file to import
// (and its passphrase). The passphrase fields never echo and are overwritten when the dialog goes. Opened
// with open(); the pane confirms and does the work.
class KeyFileDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Export, Import };
    KeyFileDialog(Mode mode, const QList<ApiKey>& keys, QWidget* parent = nullptr);
    ~KeyFileDialog() override;

    QString path() const;
    SecretBytes passphrase() const;
    QList<ApiKey> chosenKeys() const;
    void setBusy(bool busy, const QString& what = {});
    void showProblem(const QString& problem);

Q_SIGNALS:
    void submitted();

private:
    void browse();
    void updateOk();

    Mode m_mode;
    QList<ApiKey> m_keys;
    QListWidget* m_list = nullptr;
    QLineEdit* m_path;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace fusion
