#include "ui/sso/SsoCheckPanel.h"

#include "models/core/BoundedText.h"
#include "models/integrations/KeycloakDrift.h"
#include "models/roles/Capabilities.h"
#include "models/storage/DbWorker.h"
#include "models/vault/KeyVault.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/DetailsDialog.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fusion {

namespace {

QString ssoPanelEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// One "label: value" row of the result table.
QString ssoPanelRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(ssoPanelEscaped(label), value.isEmpty() ? QStringLiteral("—") : ssoPanelEscaped(value));
}

// What a person does about each failure: which side to fix, and where.
QString ssoPanelRemedy(const KeycloakProblem& p, const QString& provider)
{
    switch (p.kind) {
    case KeycloakFailure::Dns:
        return SsoCheckPanel::tr("Check Keycloak's address in the Keys pane (provider %1).").arg(provider);
    case KeycloakFailure::TlsUntrusted:
        return SsoCheckPanel::tr(
            "If this is your Keycloak's certificate (compare the fingerprint with the server's), trust it; "
            "otherwise do not connect.");
    case KeycloakFailure::Refused:
    case KeycloakFailure::Timeout:
    case KeycloakFailure::ConnectionLost:
        return SsoCheckPanel::tr("Check that Keycloak is running and reachable from here, then try again.");
    case KeycloakFailure::UnknownRealm:
        return SsoCheckPanel::tr("Correct the realm in the tenant's SSO record, or create the realm in "
                                 "Keycloak.");
    case KeycloakFailure::IssuerMismatch:
        return SsoCheckPanel::tr("Keycloak's frontend URL (hostname setting) differs from the address used "
                                 "here; make them the same.");
    case KeycloakFailure::UnauthorizedClient:
        return SsoCheckPanel::tr("Check the client's secret in the Keys pane (keycloak, label = the tenant's "
                                 "slug) and that the client has service accounts enabled.");
    case KeycloakFailure::Forbidden:
        return SsoCheckPanel::tr("Give the admin client the realm-management role view-clients in Keycloak.");
    case KeycloakFailure::InvalidInput:
        return SsoCheckPanel::tr("Complete the tenant's SSO record and Keycloak's address.");
    default:
        return SsoCheckPanel::tr("Look at Keycloak's log for this request.");
    }
}

// The short form of a failure for the pane's "Last check" column.
QString ssoPanelShortFailure(const KeycloakProblem& p)
{
    switch (p.kind) {
    case KeycloakFailure::Dns:
        return SsoCheckPanel::tr("DNS: host not found");
    case KeycloakFailure::TlsUntrusted:
        return SsoCheckPanel::tr("TLS: certificate not trusted");
    case KeycloakFailure::Refused:
        return SsoCheckPanel::tr("Connection refused");
    case KeycloakFailure::Timeout:
        return SsoCheckPanel::tr("Timed out");
    case KeycloakFailure::ConnectionLost:
        return SsoCheckPanel::tr("Connection lost");
    case KeycloakFailure::UnknownRealm:
        return SsoCheckPanel::tr("Wrong realm");
    case KeycloakFailure::IssuerMismatch:
        return SsoCheckPanel::tr("Issuer mismatch");
    case KeycloakFailure::UnauthorizedClient:
        return SsoCheckPanel::tr("401: client refused");
    case KeycloakFailure::Forbidden:
        return SsoCheckPanel::tr("403: admin client refused");
    case KeycloakFailure::ServerError:
        return SsoCheckPanel::tr("Keycloak error %1").arg(p.httpStatus);
    case KeycloakFailure::Malformed:
        return SsoCheckPanel::tr("Unreadable answer");
    default:
        return SsoCheckPanel::tr("Failed");
    }
}

} // namespace

SsoCheckPanel::SsoCheckPanel(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("ssoCheckPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test login"), this);
    m_test->setObjectName(QStringLiteral("ssoTestButton"));
    m_test->setToolTip(tr("OIDC discovery of the realm and a client-credentials token request with the "
                          "client's secret from the keychain."));
    m_compare = new QPushButton(tr("&Compare with Keycloak"), this);
    m_compare->setObjectName(QStringLiteral("ssoCompareButton"));
    m_compare->setToolTip(tr("Reads the client through Keycloak's admin API (the keycloak_admin_api key) and "
                             "compares its redirect URIs with this record."));
    m_open = new QPushButton(tr("Open in &Keycloak"), this);
    m_open->setObjectName(QStringLiteral("ssoOpenButton"));
    m_open->setToolTip(tr("The realm in Keycloak's admin console, in your browser."));
    row->addWidget(m_test);
    row->addWidget(m_compare);
    row->addWidget(m_open);
    row->addStretch(1);
    layout->addLayout(row);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("ssoResult"));
    m_result->setTextFormat(Qt::RichText);
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_result->setMargin(6);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(m_result);
    layout->addWidget(scroll, 1);

    m_trust =
        makeWriteButton(QStringLiteral("ssoTrustCertificateButton"), tr("T&rust this certificate…"), this);
    m_trust->setVisible(false);
    auto* trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust);
    trustRow->addStretch(1);
    layout->addLayout(trustRow);

    connect(m_test, &QPushButton::clicked, this, &SsoCheckPanel::testLogin);
    connect(m_compare, &QPushButton::clicked, this, &SsoCheckPanel::compare);
    connect(m_open, &QPushButton::clicked, this, &SsoCheckPanel::openInKeycloak);
    connect(m_trust, &QPushButton::clicked, this, &SsoCheckPanel::trustCertificate);
    connect(m_result, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("#details"))
            openDetails();
    });
    setTenant({}, false);
}

void SsoCheckPanel::setTenant(const QString& slug, bool checkable)
{
    if (SsoCheck* running = m_job.data(); slug != m_slug && running) {
        // The answer about the earlier tenant no longer belongs here.
        running->cancel();
        running->deleteLater();
        m_job.clear();
    }
    if (slug != m_slug || checkable != m_checkable) {
        m_fingerprint.clear();
        m_trust->setVisible(false);
        showText(slug.isEmpty() ? tr("Choose a tenant to test its login or compare it with Keycloak.")
                 : checkable    ? tr("Test login signs in as %1's client; Compare reads the client from "
                                        "Keycloak and shows what differs from this record.")
                                   .arg(ssoPanelEscaped(slug))
                             : tr("%1 has no Keycloak realm and client id yet: fill them in and save "
                                  "before testing.")
                                   .arg(ssoPanelEscaped(slug)),
                 false);
    }
    m_slug = slug;
    m_checkable = checkable;
    updateButtons();
}

void SsoCheckPanel::updateButtons()
{
    const bool can = !m_slug.isEmpty() && m_checkable && !m_job;
    m_test->setEnabled(can);
    m_compare->setEnabled(can);
    m_open->setEnabled(!m_slug.isEmpty() && m_checkable);
    const QString why = m_slug.isEmpty() ? tr("Choose a tenant first.")
                        : !m_checkable   ? tr("The SSO record needs a realm and a client id.")
                                         : QString();
    for (QPushButton* b : {m_test, m_compare, m_open})
        b->setStatusTip(why);
    const bool owner = m_context->capabilities().can(Capability::ManageProviders);
    m_trust->setEnabled(owner && !m_job);
    m_trust->setToolTip(owner ? tr("Trust the certificate with this fingerprint for Keycloak from now on "
                                   "(asks first; audited).")
                              : tr("Only owners may trust a certificate: ask one to do it."));
}

void SsoCheckPanel::testLogin()
{
    run(SsoCheck::Kind::TestLogin);
}

void SsoCheckPanel::compare()
{
    run(SsoCheck::Kind::Compare);
}

void SsoCheckPanel::run(SsoCheck::Kind kind)
{
    if (m_slug.isEmpty() || !m_checkable || m_job)
        return;
    m_fingerprint.clear();
    m_trust->setVisible(false);
    showText(kind == SsoCheck::Kind::TestLogin
                 ? tr("Testing the login of %1…").arg(ssoPanelEscaped(m_slug))
                 : tr("Reading %1's client from Keycloak…").arg(ssoPanelEscaped(m_slug)),
             false);
    auto* job = new SsoCheck(AppJobs::host(m_context, window()), this);
    m_job = job;
    const QString slug = m_slug;
    job->start(kind, slug, [this, job, slug, kind](const Result<SsoCheck::Outcome>& result) {
        job->deleteLater();
        m_job.clear();
        updateButtons();
        if (!result) {
            showText(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                         .arg(ssoPanelEscaped(kind == SsoCheck::Kind::TestLogin
                                                  ? tr("The login of %1 could not be tested.").arg(slug)
                                                  : tr("%1 could not be compared with Keycloak.").arg(slug)),
                              ssoPanelEscaped(result.error().message)),
                     true);
            Q_EMIT checked(slug,
                           tr("Not set up: %1").arg(result.error().message.section(QLatin1Char(';'), 0, 0)),
                           false);
            return;
        }
        showOutcome(result.value());
    });
    updateButtons();
}

void SsoCheckPanel::showOutcome(const SsoCheck::Outcome& o)
{
    QString html;
    const bool login = o.kind == SsoCheck::Kind::TestLogin;
    if (!o.ok()) {
        const KeycloakProblem& p = o.problem;
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                    .arg(ssoPanelEscaped(
                             login ? tr("Test login of %1 failed: %2").arg(o.slug, ssoPanelShortFailure(p))
                                   : tr("Comparing %1 with Keycloak failed: %2")
                                         .arg(o.slug, ssoPanelShortFailure(p))),
                         ssoPanelEscaped(p.message));
        QString details;
        // What Keycloak (or a proxy) sent, in its first lines: a stack trace must not fill the panel.
        if (!p.body.trimmed().isEmpty()) {
            constexpr TextBounds kSsoBodyBounds{8, 200, 1200};
            html += QStringLiteral("<p>%1</p><p style=\"font-family:monospace\">%2</p>")
                        .arg(ssoPanelEscaped(tr("Keycloak said:")),
                             ssoPanelEscaped(BoundedText::of(p.body, kSsoBodyBounds))
                                 .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            if (BoundedText::isCut(p.body, kSsoBodyBounds)) {
                details = p.body;
                html += QStringLiteral("<p><a href=\"#details\">%1</a></p>").arg(tr("Details…"));
            }
        }
        if (p.kind == KeycloakFailure::TlsUntrusted && !p.fingerprint.isEmpty()) {
            html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                        .arg(ssoPanelEscaped(tr("The certificate's SHA-256 fingerprint:")),
                             ssoPanelEscaped(p.fingerprint));
            m_fingerprint = p.fingerprint;
            m_providerCode = o.providerCode;
            m_trust->setVisible(true);
        }
        html += QStringLiteral("<p><i>%1</i></p>").arg(ssoPanelEscaped(ssoPanelRemedy(p, o.providerCode)));
        showText(html, true);
        m_details = details;
        m_summary = p.message;
        updateButtons();
        Q_EMIT checked(o.slug, ssoPanelShortFailure(p), false);
        return;
    }
    if (login) {
        const KeycloakLoginReport& r = *o.login;
        html += QStringLiteral("<p><b>%1</b></p><table>")
                    .arg(ssoPanelEscaped(tr("Test login of %1 succeeded.").arg(o.slug)));
        html += ssoPanelRow(tr("Realm"), o.realm) + ssoPanelRow(tr("Client"), o.clientId) +
                ssoPanelRow(tr("Issuer"), r.discovery.issuer) +
                ssoPanelRow(tr("Token lifetime"), tr("%1 seconds").arg(r.expiresIn)) +
                ssoPanelRow(tr("Token type"), r.tokenType) + ssoPanelRow(tr("Scope"), r.scope) +
                ssoPanelRow(tr("Authorization endpoint"), r.discovery.authorizationEndpoint) +
                ssoPanelRow(tr("Token endpoint"), r.discovery.tokenEndpoint) +
                ssoPanelRow(tr("Userinfo endpoint"), r.discovery.userinfoEndpoint) +
                ssoPanelRow(tr("JWKS"), r.discovery.jwksUri) +
                ssoPanelRow(tr("End session endpoint"), r.discovery.endSessionEndpoint);
        html += QStringLiteral("</table>");
        showText(html, false);
        Q_EMIT checked(o.slug, tr("Login OK (token %1 s)").arg(r.expiresIn), true);
        return;
    }
    const KeycloakComparison& c = *o.comparison;
    const KeycloakDrift& d = c.drift;
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(ssoPanelEscaped(d.inSync() ? tr("%1 is in sync with Keycloak.").arg(o.slug)
                                                : tr("%1 differs from Keycloak.").arg(o.slug)));
    if (d.clientMissing)
        html += QStringLiteral("<p>%1</p>")
                    .arg(ssoPanelEscaped(tr("Realm %1 has no client %2: nobody can sign in through it.")
                                             .arg(o.realm, o.clientId)));
    if (d.clientDisabled)
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(ssoPanelEscaped(
                    tr("Client %1 is disabled in Keycloak: nobody can sign in through it.").arg(o.clientId)));
    const auto list = [&](const QString& title, const QStringList& uris) {
        if (uris.isEmpty())
            return;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(ssoPanelEscaped(title));
        for (const QString& u : uris)
            html += QStringLiteral("<li>%1</li>").arg(ssoPanelEscaped(u));
        html += QStringLiteral("</ul>");
    };
    list(tr("Only in our record (Keycloak would refuse these redirects):"), d.onlyOurs);
    list(tr("Only in Keycloak (allowed there, not in our record):"), d.onlyKeycloak);
    if (c.client && !d.clientMissing) {
        html +=
            QStringLiteral("<table>") +
            ssoPanelRow(tr("Keycloak's redirect URIs"), c.client->redirectUris.join(QStringLiteral(", "))) +
            ssoPanelRow(tr("Enabled"), c.client->enabled ? tr("yes") : tr("no")) + QStringLiteral("</table>");
    }
    showText(html, false);
    Q_EMIT checked(
        o.slug,
        d.inSync()        ? tr("In sync")
        : d.clientMissing ? tr("Client missing in Keycloak")
        : d.clientDisabled
            ? tr("Client disabled in Keycloak")
            : tr("Drift: %1 only ours, %2 only Keycloak's").arg(d.onlyOurs.size()).arg(d.onlyKeycloak.size()),
        d.inSync());
}

DetailsDialog* SsoCheckPanel::openDetails()
{
    if (m_details.isEmpty())
        return nullptr;
    return DetailsDialog::showText(this, tr("What Keycloak said"), m_summary, m_details);
}

void SsoCheckPanel::showText(const QString& html, bool failure)
{
    // A new result replaces the last failure's details (showOutcome sets them again after this).
    m_details.clear();
    m_summary.clear();
    m_result->setText(html);
    m_result->setProperty("failure", failure);
    m_result->setStyleSheet(failure ? QStringLiteral("QLabel { color: #b71c1c; }") : QString());
}

void SsoCheckPanel::openInKeycloak()
{
    if (m_slug.isEmpty())
        return;
    const QString slug = m_slug;
    m_context->worker()->run<QUrl>(
        this, [slug](Database& db) { return SsoCheck::adminConsoleUrl(db, slug); },
        [this](Result<QUrl> url) {
            if (!url) {
                showText(QStringLiteral("<p>%1</p>").arg(ssoPanelEscaped(url.error().message)), true);
                return;
            }
            if (!QDesktopServices::openUrl(url.value()))
                showText(
                    QStringLiteral("<p>%1</p>")
                        .arg(ssoPanelEscaped(tr("No browser could open %1.").arg(url.value().toString()))),
                    true);
        });
}

void SsoCheckPanel::trustCertificate()
{
    if (m_fingerprint.isEmpty())
        return;
    const QString code = m_providerCode.isEmpty() ? QStringLiteral("keycloak") : m_providerCode;
    const QString fingerprint = m_fingerprint;
    WriteRunner::run(
        m_context, this,
        [code, fingerprint](Database& db) { return KeyVault::planTrustCertificate(db, code, fingerprint); },
        [this, fingerprint](const Result<QJsonObject>& r) {
            if (!r) {
                if (r.error().kind != ErrorKind::NotConfirmed)
                    showText(QStringLiteral("<p>%1</p>").arg(ssoPanelEscaped(r.error().message)), true);
                return;
            }
            m_fingerprint.clear();
            m_trust->setVisible(false);
            showText(
                QStringLiteral("<p>%1</p>")
                    .arg(ssoPanelEscaped(
                        tr("The certificate %1 is trusted for Keycloak now; test again.").arg(fingerprint))),
                false);
        });
}

} // namespace fusion
