#include "models/ai/EventReceiver.h"

#include "models/secrets/ConstantTime.h"
#include "models/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <cmath>

namespace fusion {

namespace {

char receiverAt(const QByteArray& text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text.at(i) : '\0';
}

qsizetype receiverSkipSpace(const QByteArray& text, qsizetype i)
{
    while (QByteArrayView(" \t\r\n").contains(receiverAt(text, i)) && i < text.size())
        ++i;
    return i;
}

qsizetype receiverSkipString(const QByteArray& text, qsizetype i)
{
    for (++i; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return text.size();
}

qsizetype receiverSkipValue(const QByteArray& text, qsizetype i)
{
    const char first = receiverAt(text, i);
    if (first == '"')
        return receiverSkipString(text, i);
    if (first == '{' || first == '[') {
        int depth = 0;
        while (i < text.size()) {
            const char ch = text.at(i);
            if (ch == '"') {
                i = receiverSkipString(text, i);
                continue;
            }
            if (ch == '{' || ch == '[')
                ++depth;
            else if ((ch == '}' || ch == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return text.size();
    }
    while (i < text.size() && !QByteArrayView(",}] \t\r\n").contains(text.at(i)))
        ++i;
    return i;
}

struct ReceiverMember {
    QString key;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Where each top-level member's value lies in `text`, a JSON object QJsonDocument has already accepted. The
// payload is stored as the sender wrote it, so it is cut out of the body rather than re-serialised (which
// would sort its keys and round numbers too large for a double).
QList<ReceiverMember> receiverMembers(const QByteArray& text)
{
    QList<ReceiverMember> out;
    qsizetype i = receiverSkipSpace(text, 0);
    if (receiverAt(text, i) != '{')
        return out;
    ++i;
    while (i < text.size()) {
        i = receiverSkipSpace(text, i);
        if (receiverAt(text, i) != '"')
            break;
        const qsizetype keyEnd = receiverSkipString(text, i);
        const QByteArray rawKey = text.mid(i, keyEnd - i);
        // The key may be written with escapes ("pay\u006coad"): Qt's parser reads it as a sender meant it.
        const QString key = QJsonDocument::fromJson(QByteArrayLiteral("[") + rawKey + QByteArrayLiteral("]"))
                                .array()
                                .at(0)
                                .toString();
        i = receiverSkipSpace(text, keyEnd);
        if (receiverAt(text, i) != ':')
            break;
        const qsizetype begin = receiverSkipSpace(text, i + 1);
        const qsizetype end = receiverSkipValue(text, begin);
        out.append({key, begin, end});
        i = receiverSkipSpace(text, end);
        if (receiverAt(text, i) != ',')
            break;
        ++i;
    }
    return out;
}

QJsonValue receiverOneOf(const QJsonObject& body, const QString& name, const QString& alias)
{
    if (body.contains(name) && body.contains(alias))
        throw Failure(ErrorKind::InvalidInput,
                      EventReceiver::tr("Give \"%1\" or \"%2\", not both.").arg(name, alias));
    return body.contains(name) ? body.value(name) : body.value(alias);
}

QByteArray receiverJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray receiverError(const QString& message)
{
    return receiverJson(QJsonObject{{QStringLiteral("error"), message}});
}

// The log shows which path was asked for, not whatever bytes a sender put there.
QString receiverPrintable(const QByteArray& text)
{
    QString out = QString::fromLatin1(text.left(120));
    for (QChar& ch : out) {
        if (ch.unicode() < 0x20 || ch.unicode() >= 0x7f)
            ch = QLatin1Char('?');
    }
    return text.size() > 120 ? out + QStringLiteral("…") : out;
}

} // namespace

struct EventReceiver::Connection {
    QPointer<QTcpSocket> socket; // null once deleted, while its entry waits to be erased
    HttpServerRequest request;
    QTimer* deadline = nullptr;
    ServedRequest entry;
    bool counted = true; // false for a connection only told the server is busy
    bool headChecked = false;
    bool answered = false;
    bool writeShut = false;
    bool dropped = false;
};

EventReceiver::EventReceiver(Database& db, const SecretBytes& token, EventReceiverOptions options,
                             QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_token(token)
    , m_options(options)
{
    // Refused connections wait in the kernel's backlog rather than in ours.
    m_server.setMaxPendingConnections(m_options.maxConnections);
    connect(&m_server, &QTcpServer::newConnection, this, &EventReceiver::accept);
}

EventReceiver::~EventReceiver()
{
    // Nothing may call back into a receiver half destroyed: the sockets go first, without their signals.
    m_server.close();
    for (const auto& [socket, c] : m_connections) {
        if (QTcpSocket* s = c->socket) {
            s->disconnect(this);
            delete s;
        }
    }
    m_connections.clear();
}

bool EventReceiver::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void EventReceiver::close()
{
    m_server.close();
    QList<QPointer<QTcpSocket>> sockets;
    for (const auto& [socket, c] : m_connections) {
        if (!c->dropped && c->socket)
            sockets << c->socket;
    }
    for (const QPointer<QTcpSocket>& socket : sockets) {
        if (!socket)
            continue;
        socket->abort();
        drop(socket);
    }
}

void EventReceiver::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto owned = std::make_unique<Connection>();
        Connection& c = *owned;
        c.socket = socket;
        c.request = HttpServerRequest(HttpLimits{16 * 1024, 64, m_options.maxBodyBytes});
        c.entry.peer = socket->peerAddress().toString();
        c.entry.method = QStringLiteral("-");
        c.entry.path = QStringLiteral("-");
        // Connections already answered do not count: they are gone once the sender closes, or at the latest
        // after lingerMs.
        int active = 0;
        for (const auto& [s, other] : m_connections)
            active += other->counted && !other->dropped && !other->answered ? 1 : 0;
        c.counted = active < m_options.maxConnections && !m_databaseLost;
        // A new socket may reuse the address of one deleted but not yet erased: the new one takes the entry.
        m_connections[socket] = std::move(owned);

        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it != m_connections.end() && !it->second->dropped)
                readFrom(*it->second);
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it != m_connections.end() && !it->second->dropped && it->second->answered)
                closeWhenWritten(*it->second);
        });
        if (!c.counted) {
            c.entry.problem = QStringLiteral("too many connections");
            answer(c, 503, receiverError(tr("Too many connections at once; send the event again shortly.")),
                   {{"Retry-After", "1"}});
            continue;
        }
        // Slowloris: the whole request within the deadline, however slowly its bytes trickle in.
        c.deadline = new QTimer(socket);
        c.deadline->setSingleShot(true);
        connect(c.deadline, &QTimer::timeout, this, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it == m_connections.end() || it->second->dropped || it->second->answered)
                return;
            it->second->entry.problem = QStringLiteral("request not complete in time");
            answer(*it->second, 408,
                   receiverError(tr("The request did not arrive whole within %1 seconds.")
                                     .arg(m_options.requestTimeoutMs / 1000.0)));
        });
        c.deadline->start(m_options.requestTimeoutMs);
    }
}

void EventReceiver::readFrom(Connection& c)
{
    QTcpSocket* socket = c.socket;
    if (!socket)
        return;
    const QByteArray bytes = socket->readAll();
    // After an early answer, whatever body is still on its way is read and dropped, so that closing does not
    // reset the connection before the sender has read why.
    if (c.answered)
        return;
    const HttpServerRequest::State state = c.request.feed(bytes);
    if (!c.request.method().isEmpty()) {
        c.entry.method = receiverPrintable(c.request.method());
        c.entry.path = receiverPrintable(c.request.path());
    }
    if (state == HttpServerRequest::State::Failed) {
        const int status = c.request.status();
        c.entry.problem = status == 413   ? QStringLiteral("too large")
                          : status == 411 ? QStringLiteral("no Content-Length")
                          : status == 431 ? QStringLiteral("headers too large")
                                          : QStringLiteral("malformed request");
        answer(c, c.request.status(), receiverError(c.request.error()));
        return;
    }
    if (c.request.headRead() && !c.headChecked) {
        c.headChecked = true;
        if (refuseHead(c))
            return;
    }
    if (state == HttpServerRequest::State::Complete)
        store(c);
}

std::optional<int> EventReceiver::refuseHead(Connection& c)
{
    if (c.request.path() != QByteArrayView(kPath)) {
        answer(c, 404,
               receiverError(tr("Nothing here: events are sent with POST to %1.").arg(QLatin1String(kPath))));
        return 404;
    }
    if (c.request.method() != "POST") {
        answer(c, 405, receiverError(tr("Events are sent with POST.")), {{"Allow", "POST"}});
        return 405;
    }
    if (!bearerMatches(c.request.header("authorization"), m_token.bytes())) {
        c.entry.problem =
            c.request.header("authorization") ? QStringLiteral("wrong token") : QStringLiteral("no token");
        answer(c, 401, receiverError(tr("Send the intake token as \"Authorization: Bearer TOKEN\".")),
               {{"WWW-Authenticate", "Bearer realm=\"fusion-events\""}});
        return 401;
    }
    return std::nullopt;
}

void EventReceiver::store(Connection& c)
{
    IncomingEvent event;
    try {
        event = parseBody(c.request.body());
        const ReceivedEvent r =
            EventsInbox::receive(m_db, event.source, event.type, event.ref, event.payload);
        c.entry.eventId = r.id;
        c.entry.duplicate = r.duplicate;
        answer(c, r.duplicate ? 200 : 201,
               receiverJson({{QStringLiteral("id"), r.id ? QJsonValue(*r.id) : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("duplicate"), r.duplicate}}));
    } catch (const Failure& f) {
        if (f.error().kind == ErrorKind::InvalidInput) {
            c.entry.problem = QStringLiteral("invalid event");
            answer(c, 400, receiverError(f.error().message));
            return;
        }
        // Not the sender's fault, and perhaps not stored: a 5xx makes it send again, and the (source, ref)
        // keeps that retry from storing it twice. The database's own text stays out of the log: it can quote
        // the payload.
        c.entry.problem = QStringLiteral("database: ") + f.error().kindName();
        answer(c, 503, receiverError(tr("The event could not be stored just now; send it again later.")));
        if (f.error().kind == ErrorKind::Connection && !m_databaseLost) {
            // The connection does not come back by itself: stop taking events, let the answers in hand go
            // out, then say so (events serve exits, and its service manager starts it again).
            m_databaseLost = true;
            m_server.close();
            QTimer::singleShot(m_options.lingerMs, this, [this] {
                if (m_onDatabaseLost)
                    m_onDatabaseLost();
            });
        }
    } catch (const std::exception&) {
        c.entry.problem = QStringLiteral("database: internal");
        answer(c, 503, receiverError(tr("The event could not be stored just now; send it again later.")));
    }
}

void EventReceiver::answer(Connection& c, int status, const QByteArray& json,
                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QTcpSocket* socket = c.socket;
    if (c.answered || !socket)
        return;
    c.answered = true;
    if (c.deadline)
        c.deadline->stop();
    c.entry.status = status;
    socket->write(HttpServerRequest::response(
        status, QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}} + headers, json));
    log(c.entry);
    closeWhenWritten(c);
}

void EventReceiver::closeWhenWritten(Connection& c)
{
    QTcpSocket* socket = c.socket;
    if (!socket || c.writeShut || socket->bytesToWrite() > 0)
        return;
    c.writeShut = true;
#ifdef Q_OS_UNIX
    // Half-close: the sender reads the answer to its end and closes; until then (at most lingerMs) what it
    // still sends is read and dropped. A full close with unread bytes would reset the connection instead,
    // and the sender might never see the answer.
    if (socket->socketDescriptor() != -1 && ::shutdown(int(socket->socketDescriptor()), SHUT_WR) == 0) {
        QTimer::singleShot(m_options.lingerMs, socket, [socket] { socket->abort(); });
        return;
    }
#endif
    socket->disconnectFromHost();
}

void EventReceiver::drop(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->second->dropped)
        return;
    Connection& c = *it->second;
    c.dropped = true;
    if (!c.answered && c.request.headRead()) {
        // The sender went away before its request was whole: nothing was stored, and the log says so.
        c.entry.status = 0;
        c.entry.problem = QStringLiteral("closed before the request was complete");
        log(c.entry);
    }
    // Later: this may run inside one of the socket's own signals, with `c` still in use up the stack.
    socket->deleteLater();
    const Connection* gone = &c;
    QTimer::singleShot(0, this, [this, socket, gone] {
        const auto entry = m_connections.find(socket);
        if (entry != m_connections.end() && entry->second.get() == gone)
            m_connections.erase(entry);
    });
}

void EventReceiver::log(ServedRequest entry)
{
    if (m_log)
        m_log(entry);
}

bool EventReceiver::bearerMatches(const std::optional<QByteArray>& authorization, const QByteArray& token)
{
    if (!authorization || token.isEmpty())
        return false;
    const QByteArray value = authorization->trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).toLower() != "bearer")
        return false;
    const QByteArray presented = value.mid(space + 1).trimmed();
    return !presented.isEmpty() && constantTimeEquals(presented, token);
}

IncomingEvent EventReceiver::parseBody(const QByteArray& body)
{
    const auto refuse = [](const QString& message) { throw Failure(ErrorKind::InvalidInput, message); };
    if (body.trimmed().isEmpty())
        refuse(tr("The body is empty: send a JSON object with source, event_type, ref and payload."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        refuse(tr("The body is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        refuse(tr("The body must be a JSON object with source, event_type, ref and payload."));

    static const QStringList known{QStringLiteral("source"),       QStringLiteral("event_type"),
                                   QStringLiteral("type"),         QStringLiteral("ref"),
                                   QStringLiteral("external_ref"), QStringLiteral("payload"),
                                   QStringLiteral("payload_json")};
    const QList<ReceiverMember> members = receiverMembers(body);
    QSet<QString> seen;
    for (const ReceiverMember& m : members) {
        if (seen.contains(m.key))
            refuse(tr("The field \"%1\" is given twice.").arg(m.key.left(80)));
        seen.insert(m.key);
        if (!known.contains(m.key))
            refuse(tr("Unknown field \"%1\": the body takes source, event_type (or type), ref (or "
                      "external_ref) and payload (or payload_json).")
                       .arg(m.key.left(80)));
    }

    const QJsonObject o = doc.object();
    IncomingEvent e;
    const QJsonValue source = o.value(QStringLiteral("source"));
    if (!source.isString())
        refuse(source.isUndefined() ? tr("The body has no \"source\".") : tr("\"source\" must be a string."));
    e.source = source.toString();

    const QJsonValue type = receiverOneOf(o, QStringLiteral("event_type"), QStringLiteral("type"));
    if (!type.isString())
        refuse(type.isUndefined() ? tr("The body has no \"event_type\".")
                                  : tr("\"event_type\" must be a string."));
    e.type = type.toString();

    const QJsonValue ref = receiverOneOf(o, QStringLiteral("ref"), QStringLiteral("external_ref"));
    if (ref.isString()) {
        e.ref = ref.toString();
    } else if (ref.isDouble()) {
        // Ids are often numbers (a GitHub delivery, an n8n execution); a fraction is not an id.
        const double d = ref.toDouble();
        if (std::floor(d) != d || std::abs(d) > 9007199254740992.0)
            refuse(tr("\"ref\" must be a string or a whole number."));
        e.ref = QString::number(ref.toInteger());
    } else if (!ref.isUndefined() && !ref.isNull()) {
        refuse(tr("\"ref\" must be a string or a whole number."));
    }

    if (o.contains(QStringLiteral("payload")) && o.contains(QStringLiteral("payload_json")))
        refuse(tr("Give \"payload\" or \"payload_json\", not both."));
    if (o.contains(QStringLiteral("payload"))) {
        const QJsonValue payload = o.value(QStringLiteral("payload"));
        if (!payload.isObject() && !payload.isArray())
            refuse(tr("\"payload\" must be a JSON object or array."));
        for (const ReceiverMember& m : members) {
            if (m.key == QLatin1String("payload"))
                e.payload = body.mid(m.begin, m.end - m.begin);
        }
    } else if (o.contains(QStringLiteral("payload_json"))) {
        // Seed 003 keeps the payload as text: a string holding the JSON, checked by the inbox like any other.
        const QJsonValue payload = o.value(QStringLiteral("payload_json"));
        if (!payload.isString())
            refuse(tr("\"payload_json\" must be a string holding a JSON object or array."));
        e.payload = payload.toString().toUtf8();
    } else {
        refuse(tr("The body has no \"payload\" (a JSON object or array)."));
    }
    return e;
}

} // namespace fusion
