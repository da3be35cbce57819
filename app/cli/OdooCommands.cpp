// fusionctl odoo: a tenant's Odoo connection (tested, then stored: settings in the database, the secret in
// the OS keychain), its status, and reading its business data. Proposals are in ProposalCommands.cpp.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/audit/WriteExecutor.h"
#include "models/jobs/OdooSession.h"
#include "models/odoo/OdooConnection.h"
#include "models/odoo/OdooReads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <memory>

namespace fusion::cli {

namespace {
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
                c.report(QJsonObject::fromVariantMap(facts.value()),
                         tr("Saved the Odoo connection of %1.").arg(write.plan.target));
                c.done(ExitOk);
            },
            hadSecret ? SecretStore::LateWrite::Keep : SecretStore::LateWrite::Undo);
    });
    return ExitPending;
}

} // namespace

// The tenant's stored settings and secret, then `work` with a client ready to call its Odoo.
int withOdooClient(Context& c, const QString& slug, const std::function<void(OdooClient*)>& work)
{
    auto* client = new OdooClient(QCoreApplication::instance());
    OdooSession::prepare(jobHost(c), client, slug, client,
                         [&c, client, work](const Result<OdooSettings>& ready) {
                             if (!ready)
                                 return c.done(c.fail(ready.error()));
                             work(client);
                         });
    return ExitPending;
}

namespace {

int status(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const OdooSettings settings = OdooConnection::load(c.db, slug);
    return withOdooClient(c, slug, [&c, settings](OdooClient* client) {
        probe(client, [&c, settings](Result<QVariantMap> facts) {
            if (!facts)
                return c.done(c.fail(facts.error()));
            QVariantMap all = facts.value();
            all.insert(QStringLiteral("tenant"), settings.slug);
            all.insert(QStringLiteral("url"), settings.url);
            all.insert(QStringLiteral("database"), settings.database);
            all.insert(QStringLiteral("login"), settings.login);
            // --json: every fact the probe read, as Odoo gave them.
            c.show(Fields(QJsonObject::fromVariantMap(all))
                       .text(tr("Tenant"), settings.slug)
                       .text(tr("Odoo"), settings.url)
                       .text(tr("Database"), settings.database)
                       .text(tr("Login"), settings.login)
                       .text(tr("Server version"), all.value(QStringLiteral("server_version")).toString())
                       .text(tr("User id"), all.value(QStringLiteral("uid")).toString())
                       .text(tr("Latency"),
                             tr("%1 ms").arg(all.value(QStringLiteral("latency_ms")).toLongLong())));
            c.done(ExitOk);
        });
    });
}

// How a value Odoo sent reads in a table: many2one [id, "Name"] as the name, id lists joined, False as
// nothing (Odoo's "empty"), True as "yes".
QString cell(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? tr("yes") : QString();
    case QMetaType::QVariantList: {
        const QVariantList list = v.toList();
        const int first = list.value(0).typeId();
        const bool number =
            first == QMetaType::Int || first == QMetaType::LongLong || first == QMetaType::Double;
        if (list.size() == 2 && number && list.at(1).typeId() == QMetaType::QString)
            return list.at(1).toString();
        if (list.size() == 1 && list.first().toList().size() == 3 && list.first().toList().at(0).toInt() == 6)
            return cell(list.first().toList().at(2)); // Odoo's [[6, 0, ids]]: the ids
        QStringList parts;
        for (const QVariant& item : list)
            parts << cell(item);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return v.toString().section(QLatin1Char('\n'), 0, 0).left(60);
    }
}

void printRecords(Context& c, const OdooQuery& q, const QVariantList& records)
{
    // The columns are the fields the search asked for; a script gets each record as Odoo sent it.
    QList<Column<QVariant>> columns{{QStringLiteral("ID"), {}, [](const QVariant& r) {
                                         return r.toMap().value(QStringLiteral("id")).toString();
                                     }}};
    for (const QString& f : q.fields)
        columns.append({f.toUpper(), {}, [f](const QVariant& r) { return cell(r.toMap().value(f)); }});
    const ListView<QVariant> view(columns, [](const QVariant& r) { return QJsonValue::fromVariant(r); });
    view.print(c, records,
               ListText()
                   .ifEmpty(tr("Nothing found."))
                   .footer(records.size() >= q.limit
                               ? tr("Showing the first %1; narrow the search or raise --limit.").arg(q.limit)
                               : QString(),
                           Stream::Err)
                   .jsonIn(QStringLiteral("items"),
                           {{QStringLiteral("model"), q.model}, {QStringLiteral("count"), records.size()}}));
}

int search(Context& c, const QString& kind)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    const int limit = positiveIntOption(c, QStringLiteral("limit")).value_or(100);
    OdooQuery q;
    if (kind == QLatin1String("partners")) {
        OdooReads::PartnerFilter f;
        f.text = c.args.option(QStringLiteral("search")).value_or(QString());
        f.email = c.args.option(QStringLiteral("email")).value_or(QString());
        f.phone = c.args.option(QStringLiteral("phone")).value_or(QString());
        f.website = c.args.option(QStringLiteral("website")).value_or(QString());
        f.companiesOnly = c.args.flag(QStringLiteral("companies"));
        f.limit = limit;
        q = OdooReads::partners(f);
    } else if (kind == QLatin1String("leads")) {
        OdooReads::LeadFilter f;
        f.partnerId = positiveIntOption(c, QStringLiteral("partner"));
        f.email = c.args.option(QStringLiteral("email")).value_or(QString());
        f.name = c.args.option(QStringLiteral("name")).value_or(QString());
        f.stage = c.args.option(QStringLiteral("stage")).value_or(QString());
        f.limit = limit;
        q = OdooReads::leads(f);
    } else if (kind == QLatin1String("projects")) {
        OdooReads::ProjectFilter f;
        f.partnerId = positiveIntOption(c, QStringLiteral("partner"));
        f.name = c.args.option(QStringLiteral("name")).value_or(QString());
        f.limit = limit;
        q = OdooReads::projects(f);
    } else if (kind == QLatin1String("tasks")) {
        OdooReads::TaskFilter f;
        f.projectId = positiveIntOption(c, QStringLiteral("project"));
        f.partnerId = positiveIntOption(c, QStringLiteral("partner"));
        f.name = c.args.option(QStringLiteral("name")).value_or(QString());
        f.limit = limit;
        q = OdooReads::tasks(f);
    } else if (kind == QLatin1String("activities")) {
        OdooReads::ActivityFilter f;
        f.partnerId = positiveIntOption(c, QStringLiteral("partner"));
        f.resModel = c.args.option(QStringLiteral("model")).value_or(QString());
        f.resId = positiveIntOption(c, QStringLiteral("record"));
        f.limit = limit;
        q = OdooReads::activities(f);
    } else {
        OdooReads::EventFilter f;
        for (const qint64 id : c.args.idOptions(QStringLiteral("partner")))
            f.partnerIds << int(id);
        f.name = c.args.option(QStringLiteral("name")).value_or(QString());
        f.limit = limit;
        q = OdooReads::events(f);
    }
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return withOdooClient(c, slug, [&c, q](OdooClient* client) {
        OdooClient::SearchOptions o;
        o.fields = q.fields;
        o.limit = q.limit;
        o.order = q.order;
        client->searchRead(q.model, q.domain, o, client, [&c, q](const Result<QVariantList>& records) {
            if (!records)
                return c.done(c.fail(records.error()));
            printRecords(c, q, records.value());
            c.done(ExitOk);
        });
    });
}

// How `odoo partner` reads for a person: the partner's name and set fields, then each linked list.
QString partnerText(const QJsonObject& history, const QStringList& fields)
{
    const QJsonObject p = history.value(QStringLiteral("partner")).toObject();
    QStringList lines{p.value(QStringLiteral("name")).toString()};
    for (const QString& f : fields) {
        const QString v = cell(p.value(f).toVariant());
        if (!v.isEmpty() && f != QLatin1String("name"))
            lines << QStringLiteral("  %1: %2").arg(f, v);
    }
    for (const QString& section :
         {QStringLiteral("leads"), QStringLiteral("projects"), QStringLiteral("tasks"),
          QStringLiteral("activities"), QStringLiteral("events")}) {
        const QJsonArray items = history.value(section).toArray();
        lines << tr("%1 (%2)").arg(section).arg(items.size());
        for (const auto& item : items) {
            const QJsonObject o = item.toObject();
            const QString label = o.contains(QStringLiteral("name"))
                                      ? o.value(QStringLiteral("name")).toString()
                                      : o.value(QStringLiteral("summary")).toString();
            lines << QStringLiteral("  #%1 %2").arg(o.value(QStringLiteral("id")).toInt()).arg(label);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// A partner and everything linked to it: leads, projects, tasks, activities and events.
int partner(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    const int id = int(c.args.idPositional(tr("partner id")).value_or(0));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return withOdooClient(c, slug, [&c, id](OdooClient* client) {
        const OdooQuery who = OdooReads::partners({});
        client->read(
            who.model, {id}, who.fields, client, [&c, client, id, who](const Result<QVariantList>& found) {
                if (!found)
                    return c.done(c.fail(found.error()));
                if (found.value().isEmpty())
                    return c.done(
                        c.fail(Error::make(ErrorKind::NotFound, tr("Odoo has no partner %1.").arg(id))));
                auto history = std::make_shared<QJsonObject>();
                history->insert(QStringLiteral("partner"),
                                QJsonObject::fromVariantMap(found.value().first().toMap()));
                const auto parts = OdooReads::partnerHistory(id);
                auto remaining = std::make_shared<int>(int(parts.size()));
                auto failed = std::make_shared<bool>(false);
                for (const auto& part : parts) {
                    // Copies, not structured bindings: lambdas capture them portably.
                    const QString name = part.first;
                    const OdooQuery q = part.second;
                    OdooClient::SearchOptions o;
                    o.fields = q.fields;
                    o.limit = q.limit;
                    o.order = q.order;
                    client->searchRead(
                        q.model, q.domain, o, client,
                        [&c, history, remaining, failed, name, q, who](const Result<QVariantList>& rows) {
                            if (*failed)
                                return;
                            if (!rows) {
                                *failed = true;
                                return c.done(c.fail(rows.error()));
                            }
                            history->insert(name, QJsonArray::fromVariantList(rows.value()));
                            if (--*remaining > 0)
                                return;
                            c.report(*history, partnerText(*history, who.fields));
                            c.done(ExitOk);
                        });
                }
            });
    });
}
} // namespace

QString odooCell(const QVariant& value)
{
    return cell(value);
}

std::optional<int> positiveIntOption(Context& c, const QString& name)
{
    const auto n = c.args.intOption(name, kPositive);
    return n ? std::optional<int>(int(*n)) : std::nullopt;
}

void registerOdooCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("odoo connect"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "SLUG --url URL --db DB --login LOGIN --password-stdin [--trust-fingerprint "
                             "SHA256]\n[--reads-per-minute N] [--writes-per-minute N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "test, then store a tenant's Odoo connection"),
           {QStringLiteral("password-stdin")},
           connect});
    r.add({QStringLiteral("odoo status"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "server version, uid and latency of a tenant's Odoo"),
           {},
           status});
    r.add({QStringLiteral("odoo partners"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "SLUG [--search Q] [--email E] [--phone P] [--website W] [--companies] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "search a tenant's Odoo contacts"),
           {QStringLiteral("companies")},
           [](Context& c) { return search(c, QStringLiteral("partners")); }});
    r.add({QStringLiteral("odoo partner"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "a partner with its leads, projects, tasks, activities, events"),
           {},
           partner});
    r.add({QStringLiteral("odoo leads"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "SLUG [--partner ID] [--email E] [--name N] [--stage S] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "search a tenant's CRM leads"),
           {},
           [](Context& c) { return search(c, QStringLiteral("leads")); }});
    r.add({QStringLiteral("odoo projects"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG [--partner ID] [--name N] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "search a tenant's projects"),
           {},
           [](Context& c) { return search(c, QStringLiteral("projects")); }});
    r.add({QStringLiteral("odoo tasks"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "SLUG [--project ID] [--partner ID] [--name N] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "search a tenant's project tasks"),
           {},
           [](Context& c) { return search(c, QStringLiteral("tasks")); }});
    r.add({QStringLiteral("odoo activities"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "SLUG [--partner ID] [--model M] [--record ID] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "search a tenant's scheduled activities"),
           {},
           [](Context& c) { return search(c, QStringLiteral("activities")); }});
    r.add({QStringLiteral("odoo events"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG [--partner ID]... [--name N] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "search a tenant's calendar events"),
           {},
           [](Context& c) { return search(c, QStringLiteral("events")); }});
}

} // namespace fusion::cli
