#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fusion {

// A new support request: the tenant (of those the login may see), a subject, the severity and the text.
// SupportRequests::planOpen checks it all again when the write is planned.
class OpenRequestDialog : public QDialog {
    Q_OBJECT

public:
    OpenRequestDialog(const QStringList& tenants, const QString& tenant, QWidget* parent = nullptr);
    QString tenant() const;
    QString subject() const;
    QString severity() const;
    QString body() const;

private:
    void validate();
    QComboBox* m_tenant;
    QLineEdit* m_subject;
    QComboBox* m_severity;
    QPlainTextEdit* m_body;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

// A message for a tenant's Mattermost channel (sent through its incoming webhook once confirmed).
class PostDialog : public QDialog {
    Q_OBJECT

public:
    PostDialog(const QStringList& tenants, const QString& tenant, const QString& draft,
               QWidget* parent = nullptr);
    QString tenant() const;
    QString message() const;

private:
    QComboBox* m_tenant;
    QPlainTextEdit* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
