#pragma once
// Prometheus's HTTP query API (INTEGRATIONS.md "Prometheus"): an instant query is
// GET {base}/api/v1/query?query=PROMQL&time=UNIX_SECONDS, answered with
// {"status":"success","data":{"resultType":"vector"|"scalar",...}} or {"status":"error","errorType","error"}
// (400 bad_data, 422 execution, 503 timeout/canceled). The answer is checked whole: a malformed body, an HTML
// page from a proxy or a shape other than a vector or a scalar is one clear error, never a partial result.
// Prometheus itself has no tokens; one behind an authenticating proxy takes a Bearer token, held as
// SecretBytes and never put in a message.
#include "models/core/Error.h"
#include "models/secrets/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace fusion {

class HttpRequest;

struct PromSample {
    QMap<QString, QString> labels; // empty for a scalar
    double value = 0;              // may be NaN or ±infinity: Prometheus sends "NaN", "+Inf", "-Inf"
    double timestamp = 0;          // unix seconds, with milliseconds
};

struct PromReply {
    int httpStatus = 0;
    QString resultType; // "vector" or "scalar"
    QList<PromSample> samples;
    QString errorType; // Prometheus's own ("bad_data", "execution", "timeout", ...) when it answered one
    QString error;     // empty when the answer is whole and well-formed
    // What came with an error status (Prometheus's JSON error, a proxy's page or trace), whole: the error's
    // detail, shown bounded (BoundedText) with the rest on request. Never stored.
    QString body;
    bool ok() const { return error.isEmpty(); }
};

// An answer as it came, before parsing: parse() may then run on another thread.
struct PromAnswer {
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
};

class Prometheus : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 10000;
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    struct Http {
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers; // may hold the token: scrub after use
    };
    // The request of an instant query of `promql` evaluated at `at` (a null time: Prometheus's "now").
    static Http build(const QUrl& base, const QString& promql, const QDateTime& at,
                      const SecretBytes& token = SecretBytes());
    // Checks an answer whole. `contentType` only sharpens the message for an HTML page.
    static PromReply parse(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});

    explicit Prometheus(const QUrl& base, QObject* parent = nullptr);
    ~Prometheus() override;

    QUrl baseUrl() const { return m_base; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setToken(const SecretBytes& token) { m_token = token; }
    // A certificate the owner trusts for this Prometheus (IntegrationEndpoint::tlsSha256); empty: the usual
    // authorities only.
    void setTrustedSha256(const QString& sha256) { m_trustedSha256 = sha256; }

    // One instant query; `done` gets the parsed answer, or the error (ErrorKind::Connection) when there was
    // no answer or a malformed one. Several may run at once; all are aborted when this object goes.
    void query(const QString& promql, const QDateTime& at,
               std::function<void(const Result<PromReply>&)> done);
    // The same without parsing: only a failure to get any HTTP answer is an error here.
    void fetch(const QString& promql, const QDateTime& at,
               std::function<void(const Result<PromAnswer>&)> done);

private:
    QUrl m_base;
    SecretBytes m_token;
    QString m_trustedSha256;
    int m_timeoutMs = kDefaultTimeoutMs;
    QList<QPointer<HttpRequest>> m_running;
};

} // namespace fusion
