// fusionctl events token generate|set|delete and events serve: the events inbox's HTTP intake and the bearer
// token it checks. The token lives only in the OS keychain (EventReceiver::kTokenKey); these commands write
// no database row, as with the other keychain-only items (connection profiles' passwords).
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/StopSignals.h"
#include "models/ai/EventReceiver.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>

#include <array>
#include <memory>

namespace fusion::cli {

namespace {

QString intakeKey()
{
    return QString::fromLatin1(EventReceiver::kTokenKey);
}

// 32 bytes from the operating system's CSPRNG, as URL-safe base64 without padding (43 characters): fits an
// HTTP header and an n8n credential field without escaping.
SecretBytes intakeNewToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    QByteArray raw(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof words));
    words.fill(0);
    QByteArray text = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    SecretBytes token(text);
    SecretBytes::scrub(raw);
    SecretBytes::scrub(text);
    return token;
}

// A token set by hand goes into an Authorization header as it is: RFC 6750's token68 characters only.
QString intakeTokenProblem(const QByteArray& token)
{
    if (token.size() < EventReceiver::kMinTokenLength)
        return tr("The token must be at least %1 characters (it has %2); nothing was stored.")
            .arg(EventReceiver::kMinTokenLength)
            .arg(token.size());
    if (token.size() > 4096)
        return tr("The token must be at most 4096 characters; nothing was stored.");
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char ch = token.at(i);
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              QByteArrayView("-._~+/").contains(ch)))
            break;
    }
    while (i < token.size() && token.at(i) == '=')
        ++i;
    if (i != token.size())
        return tr("The token may hold only letters, digits and - . _ ~ + / (then = padding); nothing was "
                  "stored.");
    return {};
}

// Whether the keychain already holds a token, then `then(exists)`; a keychain that cannot say (locked,
// missing, refusing) ends the command with its error.
void intakeWhenKnown(Context& c, const std::function<void(bool)>& then)
{
    c.secrets->read(intakeKey(), c.owner, [&c, then](const Result<SecretBytes>& r) {
        if (r) {
            then(true);
            return;
        }
        if (r.error().kind == ErrorKind::KeychainEntryMissing) {
            then(false);
            return;
        }
        c.done(c.fail(r.error()));
    });
}

// Asks (replacing says what it breaks), then writes the token to the keychain and runs `stored`.
void intakeStore(Context& c, const SecretBytes& token, bool exists, const QString& title,
                 const std::function<void()>& stored)
{
    WritePlan plan;
    plan.title = title;
    plan.verb = exists ? tr("Replace") : tr("Store");
    plan.effects << tr("Keeps the token in the OS keychain as %1, nowhere else.").arg(intakeKey());
    if (exists)
        plan.effects << tr(
            "Replaces the current token: senders using it are refused (401) until they use the "
            "new one, and a running \"events serve\" keeps the old one until it is restarted.");
    if (const int asked = c.confirm(plan); asked != ExitOk) {
        c.done(asked);
        return;
    }
    c.secrets->write(
        intakeKey(), token, c.owner,
        [&c, stored](const Result<Unit>& w) {
            if (!w) {
                c.done(c.fail(w.error()));
                return;
            }
            stored();
            c.done(ExitOk);
        },
        exists ? SecretStore::LateWrite::Keep : SecretStore::LateWrite::Undo);
}

int tokenGenerate(Context& c)
{
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    intakeWhenKnown(c, [&c](bool exists) {
        const SecretBytes token = intakeNewToken();
        intakeStore(c, token, exists,
                    exists ? tr("Replace the events intake token with a new random one")
                           : tr("Generate the events intake token"),
                    [&c, token] {
                        // The one time the token is shown: the sender's configuration needs it.
                        const QString text = QString::fromLatin1(token.bytes());
                        c.report(QJsonObject{{QStringLiteral("token"), text},
                                             {QStringLiteral("keychain_item"), intakeKey()}},
                                 text,
                                 tr("The token is in the OS keychain and is not shown again: give it to the "
                                    "sender as \"Authorization: Bearer TOKEN\"."));
                    });
    });
    return ExitPending;
}

int tokenSet(Context& c)
{
    const bool fromStdin = c.args.flag(QStringLiteral("token-stdin"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (!fromStdin)
        return c.usage(tr("give the token on standard input with --token-stdin"));
    // One byte over the longest accepted token is enough to refuse it.
    QByteArray raw = c.console.readStdin(4097 + 2);
    while (raw.endsWith('\n') || raw.endsWith('\r'))
        raw.chop(1);
    const SecretBytes token(raw);
    SecretBytes::scrub(raw);
    if (const QString problem = intakeTokenProblem(token.bytes()); !problem.isEmpty())
        return c.fail(Error::make(ErrorKind::InvalidInput, problem));
    intakeWhenKnown(c, [&c, token](bool exists) {
        intakeStore(c, token, exists,
                    exists ? tr("Replace the events intake token") : tr("Store the events intake token"),
                    [&c] {
                        c.report(QJsonObject{{QStringLiteral("keychain_item"), intakeKey()}},
                                 tr("Stored the events intake token in the OS keychain."));
                    });
    });
    return ExitPending;
}

int tokenDelete(Context& c)
{
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    intakeWhenKnown(c, [&c](bool exists) {
        if (!exists) {
            c.done(c.fail(
                Error::make(ErrorKind::NotFound, tr("There is no events intake token in the OS keychain."))));
            return;
        }
        WritePlan plan;
        plan.title = tr("Delete the events intake token");
        plan.verb = tr("Delete");
        plan.effects
            << tr("Deletes %1 from the OS keychain: \"events serve\" will not start until a new token "
                  "is made, and a running one keeps its copy until it is restarted.")
                   .arg(intakeKey());
        if (const int asked = c.confirm(plan); asked != ExitOk) {
            c.done(asked);
            return;
        }
        c.secrets->remove(intakeKey(), c.owner, [&c](const Result<Unit>& r) {
            if (!r) {
                c.done(c.fail(r.error()));
                return;
            }
            c.report(QJsonObject{{QStringLiteral("deleted"), intakeKey()}},
                     tr("Deleted the events intake token from the OS keychain."));
            c.done(ExitOk);
        });
    });
    return ExitPending;
}

// "127.0.0.1:8787", "[::1]:8787", "localhost:8787"; nullopt with the reason in `problem`.
std::optional<std::pair<QHostAddress, quint16>> intakeListenAddress(const QString& text, QString* problem)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? text.left(colon) : QString();
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else
        address.setAddress(host);
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        *problem = Args::invalid(QStringLiteral("listen"),
                                 tr("an address and port such as 127.0.0.1:8787 or [::1]:8787"), text);
        return std::nullopt;
    }
    return std::make_pair(address, quint16(port));
}

QString intakeLogLine(const ServedRequest& r)
{
    const QString request = QStringLiteral("%1 %2 %3").arg(r.peer, r.method, r.path);
    if (r.status == 0)
        return tr("%1: no answer (%2)").arg(request, r.problem);
    if (r.eventId)
        return r.duplicate
                   ? tr("%1: %2, event %3 (already received)").arg(request).arg(r.status).arg(*r.eventId)
                   : tr("%1: %2, event %3").arg(request).arg(r.status).arg(*r.eventId);
    if (r.duplicate)
        return tr("%1: %2 (already received)").arg(request).arg(r.status);
    return r.problem.isEmpty() ? tr("%1: %2").arg(request).arg(r.status)
                               : tr("%1: %2 (%3)").arg(request).arg(r.status).arg(r.problem);
}

int eventsServe(Context& c)
{
    const auto listen = c.args.option(QStringLiteral("listen"));
    const auto maxBytes = c.args.intOption(QStringLiteral("max-bytes"), {1, 16 * 1024 * 1024});
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (!listen)
        return c.usage(tr("events serve needs --listen ADDR:PORT (for example 127.0.0.1:8787)"));
    QString problem;
    const auto where = intakeListenAddress(*listen, &problem);
    if (!where)
        return c.usage(problem);
    EventReceiverOptions options;
    options.maxBodyBytes = maxBytes.value_or(EventsInbox::kMaxPayloadBytes);
    // Stopping works from the start, also while the keychain is being asked; the receiver exists later.
    auto receiver = std::make_shared<QPointer<EventReceiver>>();
    auto* stopper = new StopSignals(
        [&c, receiver](int) {
            // A request being stored finishes first: the event loop runs one thing at a time.
            if (EventReceiver* r = *receiver) {
                r->close();
                delete r;
                c.console.err(tr("Stopped; no longer listening."));
            }
            c.done(ExitOk);
        },
        c.owner);
    if (!stopper->installed())
        c.console.err(tr("Cannot catch SIGTERM and SIGINT here; stopping will not be clean."));

    // The token is read once, before listening: a sender is never answered by a server that cannot check it.
    c.secrets->read(intakeKey(), c.owner, [&c, where, options, receiver](const Result<SecretBytes>& token) {
        if (!token) {
            Error e = token.error();
            if (e.kind == ErrorKind::KeychainEntryMissing)
                e.message =
                    tr("There is no events intake token in the OS keychain: make one with \"fusionctl "
                       "events token generate\". Nothing is listening.");
            else
                e.message += QLatin1Char(' ') + tr("Nothing is listening.");
            c.fail(e);
            c.done(ExitError);
            return;
        }
        auto* r = new EventReceiver(c.db, token.value(), options, c.owner);
        r->setLog([&c](const ServedRequest& served) { c.console.err(intakeLogLine(served)); });
        r->setOnDatabaseLost([&c, receiver] {
            // Without its database it can only refuse: exit, so that the service manager starts it afresh.
            // Called by the receiver itself: it is deleted once this has returned.
            if (EventReceiver* lost = *receiver) {
                lost->close();
                lost->deleteLater();
            }
            c.fail(Error::make(ErrorKind::Connection,
                               tr("The connection to the database was lost; stopped listening.")));
            c.done(ExitError);
        });
        QString error;
        if (!r->listen(where->first, where->second, &error)) {
            delete r;
            c.fail(Error::make(ErrorKind::Connection,
                               tr("Cannot listen on %1: %2").arg(where->first.toString()).arg(error)));
            c.done(ExitError);
            return;
        }
        *receiver = r;
        const QHostAddress address = r->address();
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                 : address.toString();
        c.console.err(tr("Listening on http://%1:%2%3")
                          .arg(host)
                          .arg(r->port())
                          .arg(QLatin1String(EventReceiver::kPath)));
    });
    return ExitPending;
}

} // namespace

void registerEventIntakeCommands(CommandRegistry& r)
{
    r.add(
        {QStringLiteral("events token generate"),
         "",
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "a new random intake token for events serve, kept in the OS keychain and printed "
                           "once (asks)"),
         {},
         tokenGenerate,
         Store::None});
    r.add({QStringLiteral("events token set"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--token-stdin"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "keep a given intake token (at least 24 characters) in the OS keychain (asks)"),
           {QStringLiteral("token-stdin")},
           tokenSet,
           Store::None});
    r.add({QStringLiteral("events token delete"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "delete the intake token from the OS keychain (asks)"),
           {},
           tokenDelete,
           Store::None});
    r.add({QStringLiteral("events serve"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--listen ADDR:PORT [--max-bytes N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "receive events over HTTP at POST /ipai_ai_connectors/event (checks the intake "
                             "token)"),
           {},
           eventsServe});
}

} // namespace fusion::cli
