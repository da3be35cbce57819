// fusionctl keys: the key vault — providers' credentials listed by fingerprint, added with the secret read
// from standard input into the OS keychain, made default, revoked, and printed for a program (`keys get`).
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/audit/WriteExecutor.h"
#include "models/jobs/KeyCheck.h"
#include "models/jobs/KeyRevoke.h"
#include "models/jobs/KeySave.h"
#include "models/odoo/OdooClient.h"
#include "models/roles/RoleService.h"
#include "models/vault/KeyAttention.h"
#include "models/vault/KeyValidator.h"
#include "models/vault/KeyVault.h"
#include "models/vault/SecretSprawl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace fusion::cli {

namespace {
QString when(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString shortDate(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().date().toString(Qt::ISODate) : QStringLiteral("-");
}

// A key as `keys list` shows it, its attention flags by `rules`; `keys show --json` is one row of it.
ListView<ApiKey> keysView(const KeyAttention& rules)
{
    using K = ApiKey;
    const auto text = [](QString K::*field) { return [field](const K& k) { return QJsonValue(k.*field); }; };
    const auto time = [](QDateTime K::*field) {
        return [field](const K& k) { return QJsonValue(when(k.*field)); };
    };
    const auto flags = [rules](const K& k) { return rules.flags(k, QDateTime::currentDateTimeUtc()); };
    return ListView<ApiKey>({
        {tr("PROVIDER"), QStringLiteral("provider"), &K::providerCode},
        {tr("LABEL"), QStringLiteral("label"), &K::label},
        {tr("DEFAULT"), QStringLiteral("default"),
         [](const K& k) { return k.isDefault ? tr("yes") : QString(); },
         [](const K& k) { return QJsonValue(k.isDefault); }},
        {tr("STATUS"), QStringLiteral("status"), &K::status},
        {tr("FINGERPRINT"), QStringLiteral("fingerprint"), [](const K& k) { return k.fingerprint.text(); }},
        {tr("VALIDATION"), QStringLiteral("validation"), &K::validationStatus},
        {tr("EXPIRES"), QStringLiteral("expires_at"), [](const K& k) { return shortDate(k.expiresAt); },
         time(&K::expiresAt)},
        {tr("ATTENTION"), QStringLiteral("flags"),
         [flags](const K& k) { return flags(k).join(QStringLiteral(", ")); },
         [flags](const K& k) { return QJsonValue(QJsonArray::fromStringList(flags(k))); }},
        {{}, QStringLiteral("kind"), {}, text(&K::kind)},
        {{}, QStringLiteral("last4"), {}, [](const K& k) { return QJsonValue(k.fingerprint.last4); }},
        {{}, QStringLiteral("hash"), {}, [](const K& k) { return QJsonValue(k.fingerprint.hash); }},
        {{}, QStringLiteral("client_id"), {}, text(&K::clientId)},
        {{}, QStringLiteral("notes"), {}, text(&K::notes)},
        {{}, QStringLiteral("validation_message"), {}, text(&K::validationMessage)},
        {{}, QStringLiteral("created_by"), {}, text(&K::createdBy)},
        {{}, QStringLiteral("created_at"), {}, time(&K::createdAt)},
        {{}, QStringLiteral("rotated_at"), {}, time(&K::rotatedAt)},
        {{}, QStringLiteral("last_used_at"), {}, time(&K::lastUsedAt)},
        {{}, QStringLiteral("last_validated_at"), {}, time(&K::lastValidatedAt)},
        {{}, QStringLiteral("retiring_until"), {}, time(&K::retiringUntil)},
        {{}, QStringLiteral("revoked_at"), {}, time(&K::revokedAt)},
    });
}

// The secret parts from standard input: an API key on its own, or for OAuth the client secret, the refresh
// token and optionally an access token, one per line. Never from an argument.
std::optional<KeySecret> readSecret(Context& c, const QString& kind)
{
    QByteArray raw = c.console.readAllStdin();
    KeySecret s;
    QList<QByteArray> lines = raw.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (kind == QLatin1String("oauth")) {
        if (!lines.isEmpty())
            s.clientSecret = SecretBytes(lines.value(0));
        if (lines.size() > 1)
            s.refreshToken = SecretBytes(lines.value(1));
        if (lines.size() > 2)
            s.accessToken = SecretBytes(lines.value(2));
    } else if (lines.size() == 1) {
        s.key = SecretBytes(lines.first());
    } else if (lines.size() > 1) {
        s.key = SecretBytes(raw); // refused below: a key has no line breaks
    }
    for (QByteArray& line : lines)
        SecretBytes::scrub(line);
    SecretBytes::scrub(raw);
    if (const QString why = KeyVault::validateSecret(kind, s); !why.isEmpty()) {
        c.fail(Error::make(ErrorKind::InvalidInput, why));
        return std::nullopt;
    }
    return s;
}

int list(Context& c)
{
    const QString provider = c.args.option(QStringLiteral("provider")).value_or(QString());
    const bool all = c.args.flag(QStringLiteral("all"));
    KeyAttention rules = KeyAttention::saved(); // what the Keys pane was set to, unless given here
    constexpr Range days{0, 3650};
    const int expiring =
        int(c.args.intOption(QStringLiteral("expiring-days"), days).value_or(rules.expiringDays));
    const int unused = int(c.args.intOption(QStringLiteral("unused-days"), days).value_or(rules.unusedDays));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!provider.isEmpty())
        KeyVault::requireProvider(c.db, provider);
    const QList<ApiKey> keys = KeyVault::keys(c.db, provider, all);
    rules.expiringDays = expiring;
    rules.unusedDays = unused;
    keysView(rules).print(
        c, keys,
        ListText().ifEmpty(provider.isEmpty() ? tr("No keys yet. Add one with \"fusionctl keys add PROVIDER "
                                                   "--label L --secret-stdin\".")
                                              : tr("No keys for %1.").arg(provider)));
    return ExitOk;
}

int providers(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using P = Provider;
    const ListView<Provider> view({
        {tr("CODE"), QStringLiteral("code"), &P::code},
        {tr("NAME"), QStringLiteral("name"), &P::name},
        {tr("KIND"), QStringLiteral("kind"), &P::kind},
        {tr("BASE URL"), QStringLiteral("base_url"), [](const P& p) { return p.effectiveBaseUrl(); }},
        {tr("KEYS"), QStringLiteral("keys"), [](const P& p) { return QString::number(p.liveKeys); },
         [](const P& p) { return QJsonValue(p.liveKeys); }},
        {{}, QStringLiteral("validation"), {}, [](const P& p) { return QJsonValue(p.validation); }},
        {{}, QStringLiteral("tls_sha256"), {}, [](const P& p) { return QJsonValue(p.tlsSha256); }},
    });
    view.print(c, KeyVault::providers(c.db));
    return ExitOk;
}

int provider(Context& c)
{
    const QString action = c.args.requirePositional(tr("provider action (add or set)"));
    const QString code = c.args.requirePositional(tr("provider code"));
    if (action == QLatin1String("add")) {
        Provider p;
        p.code = code;
        p.name = c.args.option(QStringLiteral("name")).value_or(QString());
        p.kind = c.args.option(QStringLiteral("kind")).value_or(QStringLiteral("api_key"));
        p.baseUrl = c.args.option(QStringLiteral("base-url")).value_or(QString());
        p.tokenUrl = c.args.option(QStringLiteral("token-url")).value_or(QString());
        p.validation = c.args.option(QStringLiteral("validation")).value_or(QStringLiteral("none"));
        if (const int code2 = c.finishArgs(); code2 != ExitOk)
            return code2;
        return c.confirmAndExecute(KeyVault::planAddProvider(c.db, p),
                                   [&c, code](const QJsonObject& outcome) {
                                       c.report(outcome, tr("Added provider %1.").arg(code));
                                   });
    }
    if (action == QLatin1String("set")) {
        const auto url = c.args.option(QStringLiteral("base-url"));
        const bool reset = c.args.flag(QStringLiteral("reset"));
        const auto trust = c.args.option(QStringLiteral("trust-sha256"));
        const bool untrust = c.args.flag(QStringLiteral("no-trust"));
        if (const int code2 = c.finishArgs(); code2 != ExitOk)
            return code2;
        if (int(bool(url) || reset) + int(bool(trust) || untrust) != 1)
            return c.usage(tr("keys provider set needs one of --base-url URL, --reset, --trust-sha256 HEX or "
                              "--no-trust"));
        if (trust || untrust)
            return c.confirmAndExecute(
                KeyVault::planTrustCertificate(c.db, code, untrust ? QString() : *trust),
                [&c, code](const QJsonObject& outcome) {
                    c.report(outcome, tr("Saved provider %1.").arg(code));
                });
        return c.confirmAndExecute(KeyVault::planSetBaseUrl(c.db, code, reset ? QString() : *url),
                                   [&c, code](const QJsonObject& outcome) {
                                       c.report(outcome, tr("Saved provider %1.").arg(code));
                                   });
    }
    return c.usage(tr("keys provider add|set CODE ..."));
}

int show(Context& c)
{
    const QString provider = c.args.requirePositional(tr("provider"));
    const QString label = c.args.option(QStringLiteral("key")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const ApiKey k = KeyVault::requireKey(c.db, provider, label);
    const KeyAttention rules = KeyAttention::saved();
    // --json is the key's `keys list` row; a person reads the provider's name and a few fields combined.
    Fields f(keysView(rules).object(k).toObject());
    f.text(tr("Provider"), k.providerName)
        .text(tr("Label"), k.label)
        .text(tr("Default"), k.isDefault ? tr("yes") : tr("no"))
        .text(tr("Status"), k.status)
        .text(tr("Fingerprint"), k.fingerprint.text());
    if (!k.clientId.isEmpty())
        f.text(k.kind == QLatin1String("oauth") ? tr("Client id") : tr("Account id"), k.clientId);
    f.text(tr("Validation"), k.validationMessage.isEmpty()
                                 ? k.validationStatus
                                 : k.validationStatus + QStringLiteral(": ") + k.validationMessage)
        .text(tr("Created"), tr("%1 by %2").arg(when(k.createdAt), k.createdBy))
        .text(tr("Expires"), when(k.expiresAt))
        .text(tr("Last used"), when(k.lastUsedAt))
        .text(tr("Last validated"), when(k.lastValidatedAt));
    if (k.status == QLatin1String("retiring"))
        f.text(tr("Retiring until"), when(k.retiringUntil));
    if (!k.notes.isEmpty())
        f.text(tr("Notes"), k.notes);
    if (const QStringList flags = rules.flags(k, QDateTime::currentDateTimeUtc()); !flags.isEmpty())
        f.text(tr("Attention"), flags.join(QStringLiteral(", ")));
    c.show(f);
    return ExitOk;
}

// Runs a KeySave for `request`; `saved` says what was saved.
int saveKey(Context& c, const KeySave::Request& request,
            const std::function<QString(const KeySave::Outcome&)>& saved)
{
    auto* job = new KeySave(jobHost(c), QCoreApplication::instance());
    showProgress(c, job);
    job->start(request, [&c, job, saved](const Result<KeySave::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        if (result.value().leftoversRemoved > 0)
            c.console.err(KeychainJournal::leftoversRemovedText(result.value().leftoversRemoved));
        c.report(result.value().written, saved(result.value()));
        c.done(ExitOk);
    });
    return ExitPending;
}

int add(Context& c)
{
    NewKey in;
    in.providerCode = c.args.requirePositional(tr("provider"));
    in.label = c.args.option(QStringLiteral("label")).value_or(QString());
    in.notes = c.args.option(QStringLiteral("notes")).value_or(QString());
    in.clientId = c.args.option(QStringLiteral("client-id")).value_or(QString());
    in.makeDefault = c.args.flag(QStringLiteral("default"));
    if (const auto expires = c.args.dateOption(QStringLiteral("expires")))
        in.expires = *expires;
    const bool fromStdin = c.args.flag(QStringLiteral("secret-stdin"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!fromStdin)
        return c.usage(
            tr("give the secret on standard input with --secret-stdin (never as an argument, where other "
               "users and the shell history could see it)"));
    KeySave::Request request;
    request.provider = KeyVault::requireProvider(c.db, in.providerCode);
    auto secret = readSecret(c, request.provider.kind);
    if (!secret)
        return ExitError;
    request.key = in;
    request.secret = *secret;
    request.checkFirst = false;
    return saveKey(c, request, [](const KeySave::Outcome& o) {
        return tr("Added %1 (%2).").arg(o.target, o.fingerprint.text());
    });
}

int setDefault(Context& c)
{
    const QString provider = c.args.requirePositional(tr("provider"));
    const auto label = c.args.option(QStringLiteral("key"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!label || label->isEmpty())
        return c.usage(tr("keys set-default needs --key LABEL"));
    return c.confirmAndExecute(KeyVault::planSetDefault(c.db, provider, *label),
                               [&c](const QJsonObject& outcome) { c.report(outcome, tr("Done.")); });
}

int revoke(Context& c)
{
    const QString provider = c.args.requirePositional(tr("provider"));
    const auto label = c.args.option(QStringLiteral("key"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!label || label->isEmpty())
        return c.usage(tr("keys revoke needs --key LABEL"));
    auto* job = new KeyRevoke(jobHost(c), QCoreApplication::instance());
    job->start(
        provider, *label, [&c, job, provider, label = *label](const Result<KeyRevoke::Outcome>& result) {
            job->deleteLater();
            if (!result)
                return c.done(jobFailed(c, result.error()));
            const KeyRevoke::Outcome& o = result.value();
            if (o.leftoversRemoved > 0)
                c.console.err(KeychainJournal::leftoversRemovedText(o.leftoversRemoved));
            if (o.secretLeft) {
                c.console.err(tr("fusionctl: revoked, but the keychain item %1 could not be deleted: %2 "
                                 "Run the same command again to retry.")
                                  .arg(o.keychainRef, o.secretLeft->message));
                return c.done(ExitError);
            }
            c.report(QJsonObject{{QStringLiteral("revoked"), label},
                                 {QStringLiteral("keychain_ref"), o.keychainRef}},
                     tr("Revoked %1/%2; its secret is deleted from the keychain.").arg(provider, label));
            c.done(ExitOk);
        });
    return ExitPending;
}

// --timeout SECONDS for the calls to a provider (default 15); a bad value is left for finishArgs().
KeyValidator::Options timeoutOption(Context& c)
{
    KeyValidator::Options o;
    if (const auto seconds = c.args.intOption(QStringLiteral("timeout"), {1, 600}))
        o.timeoutMs = int(*seconds) * 1000;
    return o;
}

int validate(Context& c)
{
    const QString provider = c.args.positional().value_or(QString());
    const QString label = c.args.option(QStringLiteral("key")).value_or(QString());
    const bool all = c.args.flag(QStringLiteral("all"));
    const KeyValidator::Options options = timeoutOption(c);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (provider.isEmpty() && !all)
        return c.usage(tr("keys validate needs a provider (and optionally --key LABEL), or --all"));
    QList<ApiKey> keys;
    if (all)
        keys = KeyVault::keys(c.db, provider);
    else
        keys << KeyVault::requireKey(c.db, provider, label);
    if (keys.isEmpty()) {
        c.console.out(tr("No keys to check."));
        return ExitOk;
    }
    auto* job = new KeyCheck(jobHost(c), QCoreApplication::instance());
    job->setOptions(options);
    showProgress(c, job);
    // Each key's result as it comes; an error about one key does not stop the others.
    QObject::connect(job, &KeyCheck::checked, job, [&c](const KeyCheck::Checked& one) {
        if (one.error) {
            c.fail(*one.error);
            return;
        }
        const ApiKey& k = one.key;
        const ValidationResult& r = one.result;
        // One result per key as it comes: with --json, one document each.
        c.report(QJsonObject{{QStringLiteral("provider"), k.providerCode},
                             {QStringLiteral("label"), k.label},
                             {QStringLiteral("status"), r.status},
                             {QStringLiteral("message"), r.message},
                             {QStringLiteral("http_status"), r.httpStatus},
                             {QStringLiteral("latency_ms"), r.latencyMs}},
                 tr("%1/%2: %3 — %4").arg(k.providerCode, k.label, r.status, r.message));
    });
    job->start(keys, [&c, job](const Result<KeyCheck::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        c.done(result.value().allGood() ? ExitOk : ExitError);
    });
    return ExitPending;
}

int rotate(Context& c)
{
    NewKey in;
    in.providerCode = c.args.requirePositional(tr("provider"));
    const auto oldLabel = c.args.option(QStringLiteral("key"));
    in.label = c.args.option(QStringLiteral("label")).value_or(QString());
    in.notes = c.args.option(QStringLiteral("notes")).value_or(QString());
    in.clientId = c.args.option(QStringLiteral("client-id")).value_or(QString());
    const int graceDays = int(c.args.intOption(QStringLiteral("grace-days"), kCount).value_or(7));
    if (const auto expires = c.args.dateOption(QStringLiteral("expires")))
        in.expires = *expires;
    const bool skipCheck = c.args.flag(QStringLiteral("skip-validation"));
    const bool fromStdin = c.args.flag(QStringLiteral("secret-stdin"));
    const KeyValidator::Options options = timeoutOption(c);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!oldLabel || oldLabel->isEmpty() || in.label.isEmpty())
        return c.usage(tr("keys rotate needs --key OLD-LABEL and --label NEW-LABEL"));
    if (!fromStdin)
        return c.usage(tr("give the new secret on standard input with --secret-stdin"));
    KeySave::Request request;
    request.provider = KeyVault::requireProvider(c.db, in.providerCode);
    request.replacing = KeyVault::requireKey(c.db, in.providerCode, *oldLabel);
    auto secret = readSecret(c, request.provider.kind);
    if (!secret)
        return ExitError;
    request.key = in;
    request.secret = *secret;
    request.graceDays = graceDays;
    // The new secret is checked before it replaces anything: a key the provider refuses never becomes the
    // default.
    request.checkFirst = !skipCheck;
    request.options = options;
    return saveKey(c, request, [](const KeySave::Outcome& o) {
        return tr("Rotated: %1 is the default now.").arg(o.target);
    });
}

int get(Context& c)
{
    const QString provider = c.args.requirePositional(tr("provider"));
    const QString label = c.args.option(QStringLiteral("key")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const Capabilities caps = RoleService(c.db).capabilities();
    if (!caps.can(Capability::ManageKeys))
        return c.fail(Error::make(ErrorKind::PermissionDenied, caps.whyNot(Capability::ManageKeys)));
    const ApiKey k = KeyVault::requireKey(c.db, provider, label);
    c.secrets->read(k.keychainRef, c.secrets, [&c, k](const Result<SecretBytes>& secret) {
        if (!secret)
            return c.done(c.fail(KeyVault::secretError(k, secret.error())));
        // Recorded before it is printed: no audit row, no secret.
        auto audited = capture(
            [&] { return WriteExecutor::execute(c.db, KeyVault::planDisclose(k, QStringLiteral("get"))); });
        if (!audited)
            return c.done(c.fail(audited.error()));
        const bool oauth = k.kind == QLatin1String("oauth");
        const KeySecret parts = oauth ? KeySecret::parse(k.kind, secret.value()) : KeySecret();
        const auto plain = [](const SecretBytes& bytes) { return QString::fromUtf8(bytes.bytes()); };
        // Not Context::report: only the form that is printed may hold the secret, the other would be one
        // more copy of it that nobody scrubs.
        if (c.json) {
            c.console.json(oauth ? QJsonObject{{QStringLiteral("client_id"), k.clientId},
                                               {QStringLiteral("client_secret"), plain(parts.clientSecret)},
                                               {QStringLiteral("refresh_token"), plain(parts.refreshToken)},
                                               {QStringLiteral("access_token"), plain(parts.accessToken)}}
                                 : QJsonObject{{QStringLiteral("key"), plain(secret.value())}});
        } else {
            QString text = plain(oauth ? parts.clientSecret : secret.value());
            c.console.out(text);
            SecretBytes::scrub(text);
        }
        c.done(ExitOk);
    });
    return ExitPending;
}
int scan(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const QList<ApiKey> vault = KeyVault::keys(c.db, {}, true);
    return withOdooClient(c, slug, [&c, slug, vault](OdooClient* client) {
        c.console.err(tr("Reading the system parameters of %1's Odoo…").arg(slug));
        SecretSprawl::scan(client, vault, client, [&c, slug](const Result<QList<SprawlFinding>>& found) {
            if (!found)
                return c.done(c.fail(found.error()));
            int known = 0;
            for (const SprawlFinding& f : found.value())
                known += f.vaultKey.isEmpty() ? 0 : 1;
            using F = SprawlFinding;
            const ListView<SprawlFinding> view({
                {tr("PARAMETER"), QStringLiteral("parameter"), &F::parameter},
                {tr("LOOKS LIKE"), QStringLiteral("looks_like"), &F::looksLike},
                {tr("FINGERPRINT"), QStringLiteral("fingerprint"),
                 [](const F& f) { return f.fingerprint.text(); }},
                {tr("IN THE VAULT"), QStringLiteral("vault_key"),
                 [](const F& f) { return f.vaultKey.isEmpty() ? tr("unknown to the vault") : f.vaultKey; },
                 [](const F& f) { return QJsonValue(f.vaultKey); }},
            });
            view.print(c, found.value(),
                       ListText()
                           .ifEmpty(tr("No credentials in %1's system parameters.").arg(slug))
                           .footer(tr("%n plaintext copy(ies) of vault keys to clean up", nullptr, known) +
                                       QStringLiteral(", ") +
                                       tr("%n credential(s) the vault does not know.", nullptr,
                                          int(found.value().size()) - known),
                                   Stream::Err)
                           .jsonIn(QStringLiteral("findings"), {{QStringLiteral("tenant"), slug}}));
            c.done(ExitOk);
        });
    });
}
} // namespace

void registerKeyCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("keys providers"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "the providers keys can be kept for"),
           {},
           providers});
    r.add(
        {QStringLiteral("keys provider"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "add CODE --name N [--kind K] [--base-url URL] [--token-url URL] [--validation "
                           "V]\n| set CODE --base-url URL|--reset|--trust-sha256 HEX|--no-trust"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "add a provider, or change where its API is and which certificate it may present"),
         {QStringLiteral("reset"), QStringLiteral("no-trust")},
         provider});
    r.add({QStringLiteral("keys list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "[--provider P] [--all] [--expiring-days N] [--unused-days N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "API keys with their state, expiry and last use"),
           {QStringLiteral("all")},
           list});
    r.add({QStringLiteral("keys show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "PROVIDER [--key LABEL]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "one key (the default unless --key), never its secret"),
           {},
           show});
    r.add({QStringLiteral("keys add"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "PROVIDER --label L --secret-stdin [--client-id ID] [--expires DATE] [--default] [--notes T]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "store a key; its secret goes to the OS keychain"),
           {QStringLiteral("secret-stdin"), QStringLiteral("default")},
           add});
    r.add({QStringLiteral("keys validate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[PROVIDER] [--key LABEL] [--all] [--timeout S]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ask the provider whether a key still works"),
           {QStringLiteral("all")},
           validate});
    r.add({QStringLiteral("keys rotate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "PROVIDER --key OLD --label NEW --secret-stdin [--skip-validation] "
                             "[--grace-days N]\n[--expires DATE] [--client-id ID] [--notes T] [--timeout S]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "replace a key with a new one, the old one kept for the grace days"),
           {QStringLiteral("secret-stdin"), QStringLiteral("skip-validation")},
           rotate});
    r.add({QStringLiteral("keys set-default"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "PROVIDER --key LABEL"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "make a key its provider's default"),
           {},
           setDefault});
    r.add({QStringLiteral("keys revoke"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "PROVIDER --key LABEL"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "asks for the label, deletes the keychain item"),
           {},
           revoke});
    r.add({QStringLiteral("keys get"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "PROVIDER [--key LABEL]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "print the secret for a program (audited)"),
           {},
           get});
    r.add({QStringLiteral("keys scan"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "credentials in a tenant's Odoo system parameters"),
           {},
           scan});
}

} // namespace fusion::cli
