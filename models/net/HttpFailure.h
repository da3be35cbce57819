#pragma once
// What an outside service's client tells a person when an HttpRequest failed on the way (no HTTP answer): the
// n8n, Superset and Keycloak clients share this one mapping from HttpRequest's failure to what happened, and
// the plain sentences for it, so that a timeout or an untrusted certificate reads the same for every
// service. A client words a case itself only where its service needs more (n8n's webhooks may have run,
// Keycloak says which request and tells a DNS failure from a refused connection).
#include "models/net/HttpRequest.h"

#include <QCoreApplication>
#include <QString>

namespace fusion {

class HttpFailure {
    Q_DECLARE_TR_FUNCTIONS(HttpFailure)

public:
    enum class Kind {
        None,
        Timeout,        // no answer within the client's time limit
        Unreachable,    // the request never left: DNS, refused, no route
        ConnectionLost, // sent, then the connection closed before the whole answer
        TooLarge,       // the answer is over the client's limit
        Untrusted,      // TLS: the certificate is not trusted
        Protocol,       // not HTTP
    };

    static Kind kindOf(const HttpRequest& request);

    // Who was asked, for the sentences: "n8n", "https://n8n.example.com", seconds, "32 MB".
    struct Service {
        QString name;
        QString address;
        int timeoutS = 0;
        QString sizeLimit;
    };
    // The plain sentence for `request`'s failure (empty when it did not fail).
    static QString describe(const HttpRequest& request, const Service& service);
};

} // namespace fusion
