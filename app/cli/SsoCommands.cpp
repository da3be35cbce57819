// fusionctl sso: a tenant's Keycloak client tried (test login) and compared with our record, each secret read
// from the keychain just before the request that needs it (models/jobs/SsoCheck), and the realm templates the
// create wizard fills a tenant's SSO record from.
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/IntegrationCli.h"
#include "app/cli/ListView.h"
#include "models/controlplane/RealmTemplates.h"
#include "models/integrations/KeycloakClient.h"
#include "models/jobs/SsoCheck.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {

using namespace integration;

int keycloakFailed(Context& c, const KeycloakProblem& p)
{
    // The admin client refused by Keycloak is a permission to grant there; the rest are errors to fix.
    Error e = Error::make(
        p.kind == KeycloakFailure::Forbidden ? ErrorKind::PermissionDenied : ErrorKind::Connection, p.message,
        // Keycloak's body bounded, whole with --verbose ("Database said:" is not its label)
        p.kind == KeycloakFailure::Forbidden ? QString() : p.body);
    if (p.kind == KeycloakFailure::TlsUntrusted && !p.fingerprint.isEmpty())
        e.message += QLatin1Char(' ') + tr("(certificate SHA-256 %1)").arg(p.fingerprint);
    return c.fail(e);
}

// Runs one SsoCheck for the tenant named on the command line; `show` prints what Keycloak answered.
int ssoCheck(Context& c, SsoCheck::Kind kind, std::function<int(const SsoCheck::Outcome&)> show)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    auto* job = new SsoCheck(jobHost(c), QCoreApplication::instance());
    job->start(kind, slug, [&c, job, show = std::move(show)](const Result<SsoCheck::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        if (!result.value().ok())
            return c.done(keycloakFailed(c, result.value().problem));
        c.done(show(result.value()));
    });
    return ExitPending;
}

int ssoTest(Context& c)
{
    return ssoCheck(c, SsoCheck::Kind::TestLogin, [&c](const SsoCheck::Outcome& o) {
        const KeycloakLoginReport& r = *o.login;
        Fields f;
        f.add(tr("Tenant"), QStringLiteral("tenant"), o.slug)
            .add(tr("Realm"), QStringLiteral("realm"), o.realm)
            .add(tr("Client"), QStringLiteral("client_id"), o.clientId)
            .add(tr("Issuer"), QStringLiteral("issuer"), r.discovery.issuer)
            .add(tr("Authorization endpoint"), QStringLiteral("authorization_endpoint"),
                 r.discovery.authorizationEndpoint)
            .add(tr("Token endpoint"), QStringLiteral("token_endpoint"), r.discovery.tokenEndpoint)
            .add(tr("Userinfo endpoint"), QStringLiteral("userinfo_endpoint"), r.discovery.userinfoEndpoint)
            .add(tr("JWKS"), QStringLiteral("jwks_uri"), r.discovery.jwksUri)
            .add(tr("Token lifetime"), QStringLiteral("expires_in"), tr("%n second(s)", nullptr, r.expiresIn),
                 r.expiresIn)
            .add(tr("Token type"), QStringLiteral("token_type"), r.tokenType)
            .add(tr("Scope"), QStringLiteral("scope"), r.scope)
            .json(QStringLiteral("ok"), true);
        const QString slug = o.slug;
        c.show(f, [&c, slug] { c.console.err(tr("Test login of %1 succeeded.").arg(slug)); });
        return int(ExitOk);
    });
}

int ssoCompare(Context& c)
{
    return ssoCheck(c, SsoCheck::Kind::Compare, [&c](const SsoCheck::Outcome& o) {
        const KeycloakComparison& r = *o.comparison;
        const QStringList findings = KeycloakDriftCheck::describe(r.drift, o.clientId);
        Fields f;
        f.add(tr("Tenant"), QStringLiteral("tenant"), o.slug)
            .add(tr("Realm"), QStringLiteral("realm"), o.realm)
            .add(tr("Client"), QStringLiteral("client_id"), o.clientId)
            .add(tr("In sync"), QStringLiteral("in_sync"), r.drift.inSync() ? tr("yes") : tr("no"),
                 r.drift.inSync())
            .add(tr("Console"), QStringLiteral("console_url"), r.consoleUrl.toString())
            .json(QStringLiteral("client_missing"), r.drift.clientMissing)
            .json(QStringLiteral("client_disabled"), r.drift.clientDisabled)
            .json(QStringLiteral("only_ours"), QJsonArray::fromStringList(r.drift.onlyOurs))
            .json(QStringLiteral("only_keycloak"), QJsonArray::fromStringList(r.drift.onlyKeycloak))
            .json(QStringLiteral("findings"), QJsonArray::fromStringList(findings));
        c.show(f, [&c, findings] { c.console.out(findings.join(QLatin1Char('\n'))); });
        // Drift is what a script checks for: exit 1 unless in sync.
        return int(r.drift.inSync() ? ExitOk : ExitError);
    });
}

// --- sso realm templates -------------------------------------------------------------------------------

int ssoTemplatesList(Context& c)
{
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    using T = RealmTemplate;
    const ListView<RealmTemplate> view({
        {tr("NAME"), QStringLiteral("name"), [](const T& t) { return t.values.name; }},
        {tr("REALM"), QStringLiteral("realm_pattern"), [](const T& t) { return t.values.realmPattern; }},
        {tr("CLIENT ID"), QStringLiteral("client_id_pattern"),
         [](const T& t) { return t.values.clientIdPattern; }},
        {tr("REDIRECT URIS"), QStringLiteral("redirect_uris"),
         [](const T& t) { return t.values.redirectUris.split(QLatin1Char('\n')).join(QStringLiteral(", ")); },
         [](const T& t) {
             return QJsonValue(QJsonArray::fromStringList(
                 t.values.redirectUris.split(QLatin1Char('\n'), Qt::SkipEmptyParts)));
         }},
        {tr("DESCRIPTION"), QStringLiteral("description"), [](const T& t) { return t.values.description; }},
    });
    view.print(
        c, RealmTemplates::list(c.db),
        ListText().ifEmpty(tr("No realm templates. Create one with \"fusionctl sso templates create\".")));
    return ExitOk;
}

// The fields given on the command line over `base` (what the template holds now, or nothing).
RealmTemplateInput ssoTemplateFields(Context& c, RealmTemplateInput base)
{
    const auto set = [&c](const char* option, QString& field) {
        if (const auto v = c.args.option(QLatin1String(option)))
            field = *v;
    };
    set("realm", base.realmPattern);
    set("client-id", base.clientIdPattern);
    set("description", base.description);
    if (const QStringList uris = c.args.options(QStringLiteral("redirect-uri")); !uris.isEmpty())
        base.redirectUris = uris.join(QLatin1Char('\n'));
    if (c.args.flag(QStringLiteral("no-redirect-uris")))
        base.redirectUris.clear();
    return base;
}

int ssoTemplatesCreate(Context& c)
{
    RealmTemplateInput in;
    in.name = c.args.requirePositional(tr("name"));
    in = ssoTemplateFields(c, in);
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return c.confirmAndExecute(RealmTemplates::planCreate(c.db, in), [&c, in](const QJsonObject& o) {
        c.report(o, tr("Created the realm template \"%1\".").arg(in.name.trimmed()));
    });
}

int ssoTemplatesEdit(Context& c)
{
    const QString name = c.args.requirePositional(tr("name"));
    const auto current = RealmTemplates::find(c.db, name);
    const RealmTemplateInput in = ssoTemplateFields(c, current ? current->values : RealmTemplateInput{});
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return c.confirmAndExecute(RealmTemplates::planEdit(c.db, name, in), [&c, name](const QJsonObject& o) {
        c.report(o, tr("Saved the realm template \"%1\".").arg(name));
    });
}

int ssoTemplatesDelete(Context& c)
{
    const QString name = c.args.requirePositional(tr("name"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return c.confirmAndExecute(RealmTemplates::planDelete(c.db, name), [&c, name](const QJsonObject& o) {
        c.report(o, tr("Deleted the realm template \"%1\".").arg(name));
    });
}

} // namespace

void registerSsoCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("sso test"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "a test login with a tenant's Keycloak client (its secret: vault key keycloak/SLUG): "
               "issuer, endpoints, token lifetime, or exactly what failed"),
           {},
           ssoTest});
    r.add({QStringLiteral("sso compare"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "drift between a tenant's SSO record and its Keycloak client's redirect URIs (admin "
               "key keycloak_admin_api), with the console URL; exit 1 when they differ"),
           {},
           ssoCompare});
    r.add({QStringLiteral("sso templates list"),
           {},
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "Keycloak realm templates the create wizard fills a tenant's SSO record from"),
           {},
           ssoTemplatesList});
    r.add({QStringLiteral("sso templates create"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "NAME --realm PATTERN --client-id PATTERN [--redirect-uri PATTERN]...\n"
                             "[--description TEXT]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "a realm template; patterns may hold {slug} and {odoo_url} (owners; asks)"),
           {},
           ssoTemplatesCreate});
    r.add({QStringLiteral("sso templates edit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "NAME [--realm P] [--client-id P] [--redirect-uri P]... [--no-redirect-uris]\n"
                             "[--description TEXT]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "change a realm template (tenants' SSO records are not changed)"),
           {QStringLiteral("no-redirect-uris")},
           ssoTemplatesEdit});
    r.add({QStringLiteral("sso templates delete"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "delete a realm template (owners; asks)"),
           {},
           ssoTemplatesDelete});
}

} // namespace fusion::cli
