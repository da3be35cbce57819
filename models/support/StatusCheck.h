#pragma once
// The live check of status links, one flow for the Support pane's Status section and `fusionctl support
// status`: each link asked once with a plain GET on a connection of its own (HttpRequest: nothing resent, no
// cookies, no redirects followed), all at once, each within the time limit (5 s unless set). A link is up
// when its server answered in HTTP below 500 — a login page's 401 or a redirect is a server that is there —
// and down otherwise, with exactly what failed in HttpFailure's words: the name does not resolve (DNS), the
// connection is refused, TLS with the certificate's SHA-256 fingerprint, HTTP 5xx, no answer within the
// limit. Never blocks: it runs on the event loop of the thread that starts it.
#include "models/support/StatusLinks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fusion {

class HttpRequest;

struct StatusCheckResult {
    qint64 linkId = 0;
    QString name;
    QString url;
    bool up = false;
    // "up", or what failed: "dns", "refused", "tls", "http", "timeout", "network", "protocol", "invalid"
    QString outcome;
    int httpStatus = 0;   // when the server answered
    qint64 latencyMs = 0; // from the start to the answer (or the failure)
    QString fingerprint;  // the untrusted certificate's SHA-256 (outcome "tls")
    QString message;      // a person's sentence: what answered, or what failed
    QDateTime checkedAt;  // UTC
};

class StatusCheck : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 5000;

    explicit StatusCheck(QObject* parent = nullptr);
    ~StatusCheck() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Checks every link at once; `checked` is emitted as each answer arrives, `done` once with all of them
    // in the links' order. An empty list is done at once (queued).
    void start(const QList<StatusLink>& links, std::function<void(const QList<StatusCheckResult>&)> done);
    bool isRunning() const { return m_pending > 0; }

    // The words of the state, for lists: "up" / "down".
    static QString stateText(const StatusCheckResult& r);

Q_SIGNALS:
    void checked(const fusion::StatusCheckResult& result);

private:
    void finishOne(int index, const StatusCheckResult& result);

    int m_timeoutMs = kDefaultTimeoutMs;
    int m_pending = 0;
    QList<StatusCheckResult> m_results;
    QList<QPointer<HttpRequest>> m_requests;
    std::function<void(const QList<StatusCheckResult>&)> m_done;
};

} // namespace fusion
