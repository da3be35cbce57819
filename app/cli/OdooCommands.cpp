// fusionctl odoo: a tenant's Odoo connection (tested, then stored: settings in the database, the secret in
// the OS keychain) and its status.
#include "Cli.h"
#include "audit/WriteExecutor.h"
#include "odoo/OdooConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace fusion::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fusion::cli", text);
}

// Version, then login: what "Test connection" shows. `then` gets the server version text and the uid.
void probe(OdooClient* client, const std::function<void(Result<QVariantMap>)>& then)
{
    client->version(client, [client, then](const Result<QVariantMap>& version) {
        if (!version)
            return then(version.error());
        const qint64 latency = client->lastLatencyMs();
        client->authenticate(client, [version, latency, then](Result<int> uid) {
            if (!uid)
                return then(uid.error());
            QVariantMap facts;
            facts.insert(QStringLiteral("server_version"),
                         version.value().value(QStringLiteral("server_version")).toString());
            facts.insert(QStringLiteral("uid"), uid.value());
            facts.insert(QStringLiteral("latency_ms"), latency);
            then(facts);
        });
    });
}

int connect(Context& c)
{
    const auto url = c.args.option(QStringLiteral("url"));
    std::optional<QString> database;
    if (c.odooDatabase.size() > 1)
        return c.usage(tr("--db is given more than once"));
    if (!c.odooDatabase.isEmpty())
        database = c.odooDatabase.first();
    const auto login = c.args.option(QStringLiteral("login"));
    const auto fingerprint = c.args.option(QStringLiteral("trust-fingerprint"));
    const auto reads = c.args.option(QStringLiteral("reads-per-minute"));
    const auto writes = c.args.option(QStringLiteral("writes-per-minute"));
    const bool fromStdin = c.args.flag(QStringLiteral("password-stdin"));
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!url || !database || !login)
        return c.usage(tr("odoo connect needs --url, --db (the Odoo database) and --login"));
    if (!fromStdin)
        return c.usage(tr("give the password or API key on standard input with --password-stdin (never as an "
                          "argument, where other users and the shell history could see it)"));

    OdooSettings current = OdooConnection::load(c.db, slug);
    QVariantMap values{{QStringLiteral("odoo_url"), *url},
                       {QStringLiteral("odoo_db"), *database},
                       {QStringLiteral("odoo_login"), *login}};
    if (fingerprint)
        values.insert(QStringLiteral("odoo_tls_sha256"), *fingerprint);
    if (reads)
        values.insert(QStringLiteral("odoo_reads_per_minute"), *reads);
    if (writes)
        values.insert(QStringLiteral("odoo_writes_per_minute"), *writes);
    // Checked before anything goes over the network.
    const PendingWrite write = OdooConnection::planSave(c.db, current, values, true);

    QByteArray raw = c.console.readAllStdin();
    while (raw.endsWith('\n') || raw.endsWith('\r'))
        raw.chop(1);
    const SecretBytes secret(raw);
    SecretBytes::scrub(raw);
    if (secret.isEmpty())
        return c.usage(tr("--password-stdin read an empty password"));

    OdooSettings proposed = current;
    proposed.url =
        write.plan.changes.isEmpty() ? current.url : values.value(QStringLiteral("odoo_url")).toString();
    for (const FieldChange& change : write.plan.changes) {
        const QString v = change.after.toString();
        if (change.field == QLatin1String("odoo_url"))
            proposed.url = v;
        else if (change.field == QLatin1String("odoo_db"))
            proposed.database = v;
        else if (change.field == QLatin1String("odoo_login"))
            proposed.login = v;
        else if (change.field == QLatin1String("odoo_tls_sha256"))
            proposed.tlsSha256 = v;
        else if (change.field == QLatin1String("odoo_reads_per_minute"))
            proposed.readsPerMinute = v.toInt();
        else if (change.field == QLatin1String("odoo_writes_per_minute"))
            proposed.writesPerMinute = v.toInt();
    }

    auto* client = new OdooClient(QCoreApplication::instance());
    client->setCredentials(proposed.endpoint(), secret);
    client->setLimits(proposed.limits());
    c.console.err(tr("Testing the connection to %1 …").arg(proposed.url));
    const bool hadSecret = current.isConfigured();
    probe(client, [&c, client, write, secret, slug, hadSecret](Result<QVariantMap> facts) {
        if (!facts)
            return c.done(c.fail(facts.error()));
        c.console.err(tr("Connected: Odoo %1, uid %2, %3 ms.")
                          .arg(facts.value().value(QStringLiteral("server_version")).toString())
                          .arg(facts.value().value(QStringLiteral("uid")).toInt())
                          .arg(facts.value().value(QStringLiteral("latency_ms")).toLongLong()));
        if (const int code = c.confirm(write.plan); code != ExitOk)
            return c.done(code);
        // The secret first: if the keychain refuses, nothing at all is stored.
        c.secrets->write(
            OdooConnection::secretKey(slug), secret, client,
            [&c, write, facts](const Result<Unit>& stored) {
                if (!stored)
                    return c.done(c.fail(stored.error()));
                auto done = capture([&] { return WriteExecutor::execute(c.db, write); });
                if (!done)
                    return c.done(c.fail(done.error()));
                if (c.json)
                    c.console.json(QJsonObject::fromVariantMap(facts.value()));
                else
                    c.console.out(tr("Saved the Odoo connection of %1.").arg(write.plan.target));
                c.done(ExitOk);
            },
            hadSecret ? SecretStore::LateWrite::Keep : SecretStore::LateWrite::Undo);
    });
    return ExitPending;
}

int status(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const OdooSettings settings = OdooConnection::load(c.db, slug);
    if (!settings.isConfigured())
        return c.fail(Error::make(
            ErrorKind::InvalidInput,
            tr("Tenant %1 has no Odoo connection yet; set it with \"fusionctl odoo connect\".").arg(slug)));
    auto* client = new OdooClient(QCoreApplication::instance());
    c.secrets->read(
        OdooConnection::secretKey(slug), client, [&c, client, settings](Result<SecretBytes> secret) {
            if (!secret) {
                Error e = secret.error();
                if (e.kind == ErrorKind::KeychainEntryMissing)
                    e.message = tr("The OS keychain has no password or API key for %1's Odoo; store one with "
                                   "\"fusionctl odoo connect\".")
                                    .arg(settings.slug);
                return c.done(c.fail(e));
            }
            client->setCredentials(settings.endpoint(), secret.value());
            client->setLimits(settings.limits());
            probe(client, [&c, settings](Result<QVariantMap> facts) {
                if (!facts)
                    return c.done(c.fail(facts.error()));
                QVariantMap all = facts.value();
                all.insert(QStringLiteral("tenant"), settings.slug);
                all.insert(QStringLiteral("url"), settings.url);
                all.insert(QStringLiteral("database"), settings.database);
                all.insert(QStringLiteral("login"), settings.login);
                if (c.json) {
                    c.console.json(QJsonObject::fromVariantMap(all));
                } else {
                    c.console.keyValues(
                        {{tr("Tenant"), settings.slug},
                         {tr("Odoo"), settings.url},
                         {tr("Database"), settings.database},
                         {tr("Login"), settings.login},
                         {tr("Server version"), all.value(QStringLiteral("server_version")).toString()},
                         {tr("User id"), all.value(QStringLiteral("uid")).toString()},
                         {tr("Latency"),
                          tr("%1 ms").arg(all.value(QStringLiteral("latency_ms")).toLongLong())}});
                }
                c.done(ExitOk);
            });
        });
    return ExitPending;
}
} // namespace

int odooCommand(Context& c, const QString& action)
{
    if (action == QLatin1String("connect"))
        return connect(c);
    if (action == QLatin1String("status"))
        return status(c);
    return c.usage(action.isEmpty() ? tr("odoo needs an action: connect or status")
                                    : tr("unknown odoo action \"%1\"").arg(action));
}

} // namespace fusion::cli
