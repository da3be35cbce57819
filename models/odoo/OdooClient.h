#pragma once

#include "models/core/Error.h"
#include "models/odoo/XmlRpc.h"
#include "models/secrets/SecretBytes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <optional>

class QTimer;

namespace fusion {

class HttpRequest;

// Where one tenant's Odoo is and who we are there. The secret (password or API key) comes from the
// keychain and is never stored here beyond the client's lifetime.
struct OdooEndpoint {
    QUrl url; // https://erp.example.com (no path: /xmlrpc/2/… is appended)
    QString database;
    QString login;
    QString trustedCertificateSha256; // hex; a self-signed certificate the user chose to trust, or empty
};

// The per-tenant governor: Odoo has no rate limiter of its own (only a login cooldown), so we keep ours.
struct OdooLimits {
    int readsPerMinute = 30;
    int writesPerMinute = 10;
    int maxConcurrent = 2;
    int timeoutMs = 30000;      // every call; a module install gets longTimeoutMs
    int longTimeoutMs = 900000; // button_immediate_install can take minutes
    int maxQueueWaitMs = 60000; // a call that would wait longer for a slot is refused instead
    xmlrpc::Limits decode;
};

// Talks XML-RPC to one tenant's Odoo, asynchronously. Every call ends in exactly one callback on the
// client's thread (never re-entrantly from inside the call), unless `context` was destroyed first.
// Nothing is ever retried automatically; after an authentication failure the client stops calling until
// setCredentials() is given new ones, so that Odoo's login cooldown is never triggered by us.
class OdooClient : public QObject {
    Q_OBJECT

public:
    enum class CallKind { Read, Write, LongWrite };

    explicit OdooClient(QObject* parent = nullptr);
    ~OdooClient() override;

    void setCredentials(const OdooEndpoint& endpoint, const SecretBytes& secret);
    void setLimits(const OdooLimits& limits);
    const OdooEndpoint& endpoint() const { return m_endpoint; }
    std::optional<int> uid() const { return m_uid; }
    bool isStopped() const { return m_stopped.has_value(); }

    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    // /xmlrpc/2/common
    void version(QObject* context, const Callback<QVariantMap>& done);
    void authenticate(QObject* context,
                      const Callback<int>& done); // the uid; cached until credentials change

    // /xmlrpc/2/object execute_kw; authenticates first when needed.
    void executeKw(const QString& model, const QString& method, const QVariantList& args,
                   const QVariantMap& kwargs, CallKind kind, QObject* context,
                   const Callback<QVariant>& done);

    struct SearchOptions {
        QStringList fields;
        int limit = 0; // 0: no limit
        int offset = 0;
        QString order;
    };
    void search(const QString& model, const QVariantList& domain, const SearchOptions& options,
                QObject* context, const Callback<QList<int>>& done);
    void searchRead(const QString& model, const QVariantList& domain, const SearchOptions& options,
                    QObject* context, const Callback<QVariantList>& done);
    void searchCount(const QString& model, const QVariantList& domain, QObject* context,
                     const Callback<qint64>& done);
    void read(const QString& model, const QList<int>& ids, const QStringList& fields, QObject* context,
              const Callback<QVariantList>& done);
    void fieldsGet(const QString& model, const QStringList& attributes, QObject* context,
                   const Callback<QVariantMap>& done);
    void nameSearch(const QString& model, const QString& name, const QVariantList& domain, int limit,
                    QObject* context, const Callback<QVariantList>& done);
    void create(const QString& model, const QVariantMap& values, QObject* context, const Callback<int>& done);
    void write(const QString& model, const QList<int>& ids, const QVariantMap& values, QObject* context,
               const Callback<bool>& done);
    void unlink(const QString& model, const QList<int>& ids, QObject* context, const Callback<bool>& done);

    // How long the last completed call took on the wire, for "Test connection".
    qint64 lastLatencyMs() const { return m_lastLatencyMs; }

    // One line for a person from a faultString (a traceback's last line, or the message's first line).
    static QString humanFaultMessage(const QString& faultString);
    static Error faultError(int code, const QString& faultString);
    static QVariantMap
    searchKwargs(const SearchOptions& options); // fields, limit, offset, order as Odoo takes them

private:
    struct Call {
        QString service; // "common" or "object"
        QString method;
        QVariantList params;
        CallKind kind = CallKind::Read;
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(Result<QVariant>)> done;
        qint64 queuedAtMs = 0;
        bool needsUid = false; // params[1] is filled with the uid when it starts
        QString model, modelMethod;
    };

    void enqueue(Call call);
    void pump();
    void start(const Call& call);
    void finishCall(const Call& call, Result<QVariant> result);
    void stop(const Error& why);
    bool windowAllows(CallKind kind, qint64 now);
    void login();
    Error transportError(const HttpRequest& post, const Call& call) const;

    OdooEndpoint m_endpoint;
    SecretBytes m_secret;
    OdooLimits m_limits;
    std::optional<int> m_uid;
    std::optional<Error> m_stopped;
    quint64 m_generation = 0; // bumped by setCredentials: answers to older calls do not touch the uid cache
    QList<Call> m_queue;
    QList<Call> m_waitingForUid;
    bool m_authenticating = false;
    int m_running = 0;
    QList<qint64> m_readStarts;
    QList<qint64> m_writeStarts;
    QElapsedTimer m_clock;
    QTimer* m_pumpTimer;
    qint64 m_lastLatencyMs = -1;
};

} // namespace fusion
