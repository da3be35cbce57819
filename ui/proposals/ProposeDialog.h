#pragma once

#include "models/odoo/OdooProposals.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace fusion {

class AppContext;
class MessageBar;
class OdooClient;

// Proposing a change to a tenant's Odoo from the app: the tenant, the case id, what to propose (partner,
// lead, project, tasks, activity, calendar event) and its fields. Review builds the proposal — asking Odoo
// where it must (a partner matched by email or website becomes an update of only what differs) — and shows
// the exact calls in the confirmation dialog; confirmed, it is stored as pending. Nothing reaches Odoo until
// someone executes it in the Proposals pane. A refusal keeps everything typed.
class ProposeDialog : public QDialog {
    Q_OBJECT

public:
    explicit ProposeDialog(AppContext* context, QWidget* parent = nullptr);
    void setTenant(const QString& slug);
    void setKind(const QString& kind); // partner, lead, project, tasks, activity, event

Q_SIGNALS:
    void proposed(qint64 proposalId);
    void tenantsLoaded();

private:
    QWidget* partnerForm();
    QWidget* leadForm();
    QWidget* projectForm();
    QWidget* tasksForm();
    QWidget* activityForm();
    QWidget* eventForm();
    void review();
    void store(const QString& slug, const Proposal& proposal);
    void fail(const QString& message);
    void setBusy(bool busy, const QString& text = {});
    QString kind() const;
    static std::optional<int> idOf(const QSpinBox* spin); // 0 means "none"

    AppContext* m_context;
    OdooClient* m_client;
    QComboBox* m_tenant;
    QLineEdit* m_case;
    QComboBox* m_kind;
    QStackedWidget* m_forms;
    MessageBar* m_status;
    QPushButton* m_review;
    QString m_wantedTenant;
    bool m_busy = false;

    struct {
        QLineEdit *name, *email, *phone, *website, *street, *city;
        QCheckBox* company;
        QPlainTextEdit* comment;
    } m_partner{};
    struct {
        QLineEdit *name, *email, *phone;
        QSpinBox* partner;
        QDoubleSpinBox* revenue;
        QPlainTextEdit* description;
    } m_lead{};
    struct {
        QLineEdit* name;
        QSpinBox *partner, *user;
        QCheckBox* hasStart;
        QDateEdit* start;
        QPlainTextEdit* description;
    } m_project{};
    struct {
        QSpinBox* project;
        QPlainTextEdit* names;
        QCheckBox* hasDeadline;
        QDateEdit* deadline;
        QCheckBox* high;
    } m_tasks{};
    struct {
        QLineEdit *model, *type, *summary;
        QSpinBox* record;
        QCheckBox* hasDeadline;
        QDateEdit* deadline;
        QPlainTextEdit* note;
    } m_activity{};
    struct {
        QLineEdit *name, *location, *partners;
        QDateTimeEdit *start, *stop;
        QPlainTextEdit* description;
    } m_event{};
};

} // namespace fusion
