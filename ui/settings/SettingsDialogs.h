#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fusion {

// The soft tenant limit of one environment: a number, or none.
class LimitDialog : public QDialog {
    Q_OBJECT

public:
    LimitDialog(const QString& environmentLabel, std::optional<int> current, int tenants,
                QWidget* parent = nullptr);
    std::optional<int> limit() const;

private:
    QSpinBox* m_limit;
    QCheckBox* m_none;
};

// Where an outside service is reached: another address, or the provider's own default again.
class AddressDialog : public QDialog {
    Q_OBJECT

public:
    AddressDialog(const QString& service, const QString& current, const QString& defaultUrl,
                  QWidget* parent = nullptr);
    QString address() const; // empty: back to the default

private:
    void validate();
    QLineEdit* m_url;
    QCheckBox* m_default;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

// A certificate to trust for a service behind a private authority: its SHA-256 as the server's owner gives it
// (hex, with or without colons). Checked again by KeyVault when the write is planned.
class TrustDialog : public QDialog {
    Q_OBJECT

public:
    TrustDialog(const QString& service, const QString& current, QWidget* parent = nullptr);
    QString fingerprint() const;

private:
    QLineEdit* m_sha;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
