#pragma once
// The events inbox over HTTP, as seed 003's POST /ipai_ai_connectors/event: n8n and other senders post one
// event per request with a bearer token, and each is stored with EventsInbox::receive (once per source and
// ref). It answers before reading a body it would refuse anyway (wrong path or method, wrong token, too
// large), never answers 2xx without the row, and bounds what a slow or crowded sender can hold: each request
// must arrive whole within a deadline, and only so many connections are open at once.
//
// The body is a JSON object (the field names of seed 003's ipai.ai.event are accepted too):
//   {"source": "n8n", "event_type": "workflow.failed", "ref": "exec-4711", "payload": {...}}
//   source                 required; the inbox's rule (lowercase letters, digits, ".", "_", "-")
//   event_type or type     required
//   ref or external_ref    optional string or whole number; without one every copy is kept
//   payload or payload_json  required: a JSON object or array, or (payload_json) a string holding one
// Any other field is refused by name, so a misspelt one is not silently dropped.
#include "models/ai/EventsInbox.h"
#include "models/net/HttpServerRequest.h"
#include "models/secrets/SecretBytes.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QTcpSocket;

namespace fusion {

class Database;

struct EventReceiverOptions {
    qsizetype maxBodyBytes = EventsInbox::kMaxPayloadBytes;
    int maxConnections = 64;      // requests being received at once; one more is answered 503
    int requestTimeoutMs = 10000; // from the connection's accept to the request's last byte
    int lingerMs = 2000;          // after answering early: how long a body still arriving is read and dropped
};

// What one request came to, for the server's log: never the token, never the payload.
struct ServedRequest {
    QString peer;
    QString method; // "-" when the request line never arrived
    QString path;   // without the query, shortened and with control characters replaced
    int status = 0;
    std::optional<qint64> eventId;
    bool duplicate = false;
    QString problem; // why it was refused, in a few words (the sender got the full text)
};

// An event as the body describes it, before the inbox checks it.
struct IncomingEvent {
    QString source;
    QString type;
    QString ref;
    QByteArray payload; // the payload's JSON text exactly as sent
};

class EventReceiver : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kPath = "/ipai_ai_connectors/event";
    // The OS keychain item holding the bearer token senders present (fusionctl events token …).
    static constexpr const char* kTokenKey = "events/intake-token";
    // A token set by hand must be at least this long; a generated one is 43 characters (32 random bytes).
    static constexpr int kMinTokenLength = 24;

    EventReceiver(Database& db, const SecretBytes& token, EventReceiverOptions options = {},
                  QObject* parent = nullptr);
    ~EventReceiver() override;

    // Starts accepting; false with the reason in `error` (address in use, not an address of this host).
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    // Stops accepting and drops every open connection; nothing half-received is stored.
    void close();
    int openConnections() const { return int(m_connections.size()); }

    void setLog(std::function<void(const ServedRequest&)> log) { m_log = std::move(log); }
    // Called once, a moment after the database connection was found lost (answered 503): the receiver has
    // stopped accepting by then, and is of no more use.
    void setOnDatabaseLost(std::function<void()> lost) { m_onDatabaseLost = std::move(lost); }

    // The body's event, or Failure(InvalidInput) naming what is wrong with it.
    static IncomingEvent parseBody(const QByteArray& body);
    // "Bearer TOKEN" (scheme in any case) holding exactly `token`, compared in constant time.
    static bool bearerMatches(const std::optional<QByteArray>& authorization, const QByteArray& token);

private:
    struct Connection;
    void accept();
    void readFrom(Connection& c);
    std::optional<int> refuseHead(Connection& c);
    void store(Connection& c);
    void answer(Connection& c, int status, const QByteArray& json,
                const QList<QPair<QByteArray, QByteArray>>& headers = {});
    void closeWhenWritten(Connection& c);
    void drop(QTcpSocket* socket);
    void log(ServedRequest entry);

    Database& m_db;
    SecretBytes m_token;
    EventReceiverOptions m_options;
    QTcpServer m_server;
    std::map<QTcpSocket*, std::unique_ptr<Connection>> m_connections;
    std::function<void(const ServedRequest&)> m_log;
    std::function<void()> m_onDatabaseLost;
    bool m_databaseLost = false;
};

} // namespace fusion
