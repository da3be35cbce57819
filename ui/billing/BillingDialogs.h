#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace fusion {

// What the Billing pane asks before a credit note, a proposal or a rejection: an amount in dollars and/or a
// reason, and for a proposal which kind (and the plan of a plan change). Everything is checked again when the
// write is planned; the dialog only keeps OK disabled until the fields make sense.
class BillingEntryDialog : public QDialog {
    Q_OBJECT

public:
    struct Fields {
        bool amount = false;
        bool reason = true;
        QStringList kinds; // proposal kinds offered ("credit", "discount", "plan"); empty: no choice
        QStringList plans; // plan codes for a plan change
    };
    BillingEntryDialog(const QString& objectName, const QString& title, const QString& intro,
                       const Fields& fields, QWidget* parent = nullptr);
    std::optional<qint64> amountMicros() const;
    QString reason() const;
    QString kind() const;
    QString plan() const;

private:
    void updateOk();

    Fields m_fields;
    QComboBox* m_kind = nullptr;
    QComboBox* m_plan = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
