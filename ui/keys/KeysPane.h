#pragma once

#include "models/vault/KeyVault.h"
#include "ui/common/Pane.h"
#include "ui/keys/KeyFileDialog.h"

#include <QByteArray>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace fusion {

class ApiKeyListModel;
class KeyEditorDialog;
struct ValidationResult;

// The key vault: providers on the left, their keys (by label and fingerprint, never the secret) in a table,
// the selected key's details below. Reveal shows the secret until a delay passes or the window loses focus;
// Copy puts it on the clipboard marked as secret for clipboard managers and clears it after a delay — but
// only if the clipboard still holds it. Reveal, copy and every change are audited; revoke asks for the label.
class KeysPane : public Pane {
    Q_OBJECT

public:
    explicit KeysPane(AppContext* context, QWidget* parent = nullptr);
    ~KeysPane() override;
    void reload() override;
    void selectKey(const QString& providerCode, const QString& label);
    // How long a revealed secret stays shown and a copied one stays on the clipboard.
    void setRevealSeconds(int seconds) { m_revealSeconds = seconds; }
    void setClipboardSeconds(int seconds) { m_clipboardSeconds = seconds; }
    bool isRevealed() const { return m_revealed; }

Q_SIGNALS:
    void revealed();
    void copied();
    void checked(const QString& status);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Snapshot {
        QList<Provider> providers;
        QList<ApiKey> keys;
    };
    void showSelected();
    void updateButtons();
    std::optional<ApiKey> selected() const;
    // What the secret field holds while masked: shown as dots, never a real secret.
    static QString maskedText() { return QStringLiteral("secret-is-masked"); }
    std::optional<Provider> currentProvider() const;
    void reveal(bool on);
    void mask();
    void copy();
    void clearClipboardIfOurs();
    // Reads the key's secret, records that it leaves the keychain (`how`: reveal, copy), then hands it over.
    void disclose(const ApiKey& key, const QString& how, const std::function<void(const KeySecret&)>& use);
    void check();
    void makeDefault();
    void revoke();
    void openEditor(bool rotate);
    void saveFromEditor(KeyEditorDialog* editor, bool rotate, const ApiKey& replacing);
    void exportKeys();
    void openKeyFileDialog(KeyFileDialog::Mode mode, const QList<ApiKey>& keys);
    void editProvider(bool add);
    void scanTenant();
    void importKeys();

    ApiKeyListModel* m_model;
    QListWidget* m_providers;
    QTableView* m_table;
    QCheckBox* m_showRevoked;
    QSpinBox* m_expiringDays;
    QSpinBox* m_unusedDays;
    QLabel* m_countLabel;
    QLabel* m_title;
    QLabel* m_details;
    QLineEdit* m_secret;
    QPushButton* m_reveal;
    QPushButton* m_copy;
    QPushButton* m_add;
    QPushButton* m_check;
    QPushButton* m_rotate;
    QPushButton* m_default;
    QPushButton* m_revoke;
    QPushButton* m_export;
    QPushButton* m_addProvider;
    QPushButton* m_address;
    QPushButton* m_scanTenant;
    QPushButton* m_import;
    QTimer* m_maskTimer;
    QTimer* m_clipboardTimer;
    QList<Provider> m_providerList;
    QList<ApiKey> m_allKeys;
    QByteArray m_clipboardHash; // SHA-256 of what we put on the clipboard; empty when nothing is pending
    qint64 m_wantedId = 0;
    QString m_wantedProvider;
    QString m_wantedLabel;
    int m_revealSeconds = 30;
    int m_clipboardSeconds = 30;
    bool m_revealed = false;
    bool m_busy = false;
    QObject* m_watchedWindow = nullptr;
};

} // namespace fusion
