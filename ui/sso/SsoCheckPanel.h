#pragma once
// The three actions on one tenant's SSO record and what Keycloak said, shared by the SSO pane and the
// tenant's SSO tab: Test login, Compare with Keycloak (SsoCheck, off the GUI thread), Open in Keycloak (the
// admin console in the browser). The result panel shows the issuer, the endpoints and the token lifetime,
// the drift between our record and Keycloak's client, or exactly what failed; a certificate nobody vouches
// for is shown by its fingerprint with "Trust this certificate…" (a confirmed, audited write), after which
// the check works.
#include "models/jobs/SsoCheck.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace fusion {

class AppContext;
class DetailsDialog;

class SsoCheckPanel : public QWidget {
    Q_OBJECT

public:
    explicit SsoCheckPanel(AppContext* context, QWidget* parent = nullptr);

    // The tenant the actions apply to; `checkable`: it has a realm and a client id to check. Clears what an
    // earlier tenant's check showed.
    void setTenant(const QString& slug, bool checkable);
    QString tenant() const { return m_slug; }
    bool isChecking() const { return !m_job.isNull(); }
    // What Keycloak sent with the last failure, whole: the result shows its first lines and "Details…"
    // (empty when it fits or there was none).
    QString details() const { return m_details; }
    // What the "Details…" link does: the whole text in a non-modal dialog; nullptr when there is none.
    DetailsDialog* openDetails();

    void testLogin();
    void compare();
    void openInKeycloak();

Q_SIGNALS:
    // A check of `slug` ended: `summary` is one line for a list ("OK: token for 300 s", "401: …").
    void checked(const QString& slug, const QString& summary, bool ok);

private:
    void run(SsoCheck::Kind kind);
    void showOutcome(const SsoCheck::Outcome& outcome);
    void showText(const QString& html, bool failure);
    void trustCertificate();
    void updateButtons();

    AppContext* m_context;
    QString m_slug;
    bool m_checkable = false;
    QString m_fingerprint;  // the untrusted certificate the last check met
    QString m_providerCode; // whose it is: keycloak or keycloak_admin_api
    QString m_details;      // Keycloak's whole body behind the last failure's "Details…"
    QString m_summary;      // that failure's message, above the body in the dialog
    QPointer<SsoCheck> m_job;
    QPushButton* m_test;
    QPushButton* m_compare;
    QPushButton* m_open;
    QPushButton* m_trust;
    QLabel* m_result;
};

} // namespace fusion
