// fusionctl events receive|list|show|process: the events inbox.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/ai/EventsInbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fusion::cli {

namespace {

QString eventsTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue eventsTimeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

const ListView<InboxEvent>& eventsView()
{
    using E = InboxEvent;
    static const ListView<InboxEvent> view({
        {tr("ID"), QStringLiteral("id"), [](const E& e) { return QString::number(e.id); },
         [](const E& e) { return QJsonValue(e.id); }},
        {tr("RECEIVED (UTC)"), QStringLiteral("received_at"),
         [](const E& e) {
             return eventsTime(e.receivedAt).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
         },
         [](const E& e) { return eventsTimeJson(e.receivedAt); }},
        {tr("SOURCE"), QStringLiteral("source"), &E::source},
        {tr("TYPE"), QStringLiteral("type"), &E::type},
        {tr("REF"), QStringLiteral("ref"),
         [](const E& e) { return e.ref.isEmpty() ? QStringLiteral("-") : e.ref; },
         [](const E& e) { return QJsonValue(e.ref); }},
        {tr("PROCESSED"), QStringLiteral("processed"),
         [](const E& e) { return e.processed ? tr("by %1").arg(e.processedBy) : tr("no"); },
         [](const E& e) { return QJsonValue(e.processed); }},
        {{}, QStringLiteral("received_by"), {}, [](const E& e) { return QJsonValue(e.receivedBy); }},
        {{}, QStringLiteral("processed_at"), {}, [](const E& e) { return eventsTimeJson(e.processedAt); }},
        {{}, QStringLiteral("processed_by"), {}, [](const E& e) { return QJsonValue(e.processedBy); }},
        {{}, QStringLiteral("notes"), {}, [](const E& e) { return QJsonValue(e.notes); }},
    });
    return view;
}

int eventsReceive(Context& c)
{
    const QString source = c.args.option(QStringLiteral("source")).value_or(QString());
    const QString type = c.args.option(QStringLiteral("type")).value_or(QString());
    const QString ref = c.args.option(QStringLiteral("ref")).value_or(QString());
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (source.isEmpty() || type.isEmpty())
        return c.usage(tr("events receive needs --source and --type (the payload comes on standard input)"));
    if (c.console.stdinIsTerminal())
        c.console.err(
            tr("Reading the payload (a JSON object or array) from standard input; end it with Ctrl+D."));
    // One byte over the limit is enough to refuse it.
    const QByteArray payload = c.console.readStdin(EventsInbox::kMaxPayloadBytes + 1);
    const ReceivedEvent r = EventsInbox::receive(c.db, source, type, ref, payload);
    const QJsonObject json{{QStringLiteral("id"), r.id ? QJsonValue(*r.id) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("duplicate"), r.duplicate}};
    if (!r.duplicate) {
        c.report(json, QString::number(r.id.value_or(0)));
        return ExitOk;
    }
    // A retry of something already here is what idempotency is for: a success, not an error.
    c.report(json, r.id ? tr("Already received as event %1 (source %2, ref %3); nothing stored.")
                              .arg(*r.id)
                              .arg(source, ref)
                        : tr("Already received (source %1, ref %2); nothing stored.").arg(source, ref));
    return ExitOk;
}

int eventsList(Context& c)
{
    EventFilter filter;
    filter.source = c.args.option(QStringLiteral("source")).value_or(QString());
    const QString processed = c.args.option(QStringLiteral("processed")).value_or(QStringLiteral("no"));
    filter.limit = int(c.args.intOption(QStringLiteral("limit"), {1, 10000}).value_or(50));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (processed == QLatin1String("yes"))
        filter.processed = EventFilter::Processed::Yes;
    else if (processed == QLatin1String("no"))
        filter.processed = EventFilter::Processed::No;
    else if (processed == QLatin1String("all"))
        filter.processed = EventFilter::Processed::Any;
    else
        return c.usage(
            Args::invalid(QStringLiteral("processed"), QStringLiteral("yes, no or all"), processed));
    eventsView().print(c, EventsInbox::list(c.db, filter),
                       ListText().ifEmpty(filter.processed == EventFilter::Processed::No
                                              ? tr("No events waiting (--processed all lists every one).")
                                              : tr("No events.")));
    return ExitOk;
}

int eventsShow(Context& c)
{
    const qint64 id = c.args.idPositional(tr("event id")).value_or(0);
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const InboxEvent e = EventsInbox::require(c.db, id);
    const QJsonDocument payload = QJsonDocument::fromJson(e.payload);
    Fields f(eventsView().object(e).toObject());
    f.text(tr("ID"), QString::number(e.id))
        .text(tr("Source"), e.source)
        .text(tr("Type"), e.type)
        .text(tr("Reference"), e.ref.isEmpty() ? tr("(none)") : e.ref)
        .text(tr("Received"), tr("%1 by %2").arg(eventsTime(e.receivedAt), e.receivedBy))
        .text(tr("Processed"),
              e.processed ? tr("%1 by %2").arg(eventsTime(e.processedAt), e.processedBy) : tr("no"))
        .text(tr("Notes"), e.notes.isEmpty() ? QStringLiteral("-") : e.notes)
        .json(QStringLiteral("payload"),
              payload.isArray() ? QJsonValue(payload.array()) : QJsonValue(payload.object()));
    c.show(f, [&c, &payload] {
        c.console.out(QString());
        c.console.out(QString::fromUtf8(payload.toJson(QJsonDocument::Indented)).trimmed());
    });
    return ExitOk;
}

int eventsProcess(Context& c)
{
    const QString notes = c.args.option(QStringLiteral("notes")).value_or(QString());
    QList<qint64> ids;
    if (const auto first = c.args.idPositional(tr("event id")))
        ids << *first;
    while (const auto word = c.args.positional()) {
        const auto id = Args::wholeNumber(*word, kPositive);
        if (!id)
            return c.usage(
                tr("events process takes event ids (positive whole numbers), not \"%1\"").arg(*word));
        ids << *id;
    }
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    return c.confirmAndExecute(EventsInbox::planProcess(c.db, ids, notes), [&c](const QJsonObject& outcome) {
        QStringList done;
        for (const QJsonValue& v : outcome.value(QStringLiteral("processed")).toArray())
            done << QString::number(v.toInteger());
        c.report(outcome, tr("Marked processed: %1.").arg(done.join(QStringLiteral(", "))));
    });
}

} // namespace

void registerEventCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("events receive"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--source S --type T [--ref R]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "store an event (JSON payload on standard input), once per source and ref"),
           {},
           eventsReceive});
    r.add({QStringLiteral("events list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--source S] [--processed yes|no|all] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "events, newest first; unprocessed ones unless --processed says otherwise"),
           {},
           eventsList});
    r.add({QStringLiteral("events show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "an event with its payload"),
           {},
           eventsShow});
    r.add({QStringLiteral("events process"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID... [--notes TEXT]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "mark events processed, with notes (asks)"),
           {},
           eventsProcess});
}

} // namespace fusion::cli
