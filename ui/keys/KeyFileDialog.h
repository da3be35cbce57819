#pragma once

#include "models/secrets/SecretBytes.h"
#include "models/vault/KeyVault.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fusion {

class AppContext;
class Job;

// Choosing what goes into a key export file (which keys, where, the passphrase twice) or which file to import
// (and its passphrase), then presenting the KeyExport or KeyFileImport job: its confirmation over the
// dialog, its progress in the dialog, its outcome. The passphrase fields never echo and are overwritten when
// the dialog goes. Opened with open().
class KeyFileDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Export, Import };
    KeyFileDialog(AppContext* context, Mode mode, const QList<ApiKey>& keys, QWidget* parent = nullptr);
    ~KeyFileDialog() override;

    QString path() const;
    SecretBytes passphrase() const;
    QList<ApiKey> chosenKeys() const;
    void setBusy(bool busy, const QString& what = {});
    void showProblem(const QString& problem);

Q_SIGNALS:
    void submitted();
    void completed(const QString& message); // exported or imported; the dialog has closed

private:
    void follow(Job* job);
    void runExport();
    void runImport();
    void browse();
    void updateOk();

    AppContext* m_context;
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
