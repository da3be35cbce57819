#pragma once
// Posting to a Mattermost channel through its incoming webhook (INTEGRATIONS.md "Mattermost incoming
// webhooks"): POST {server}/hooks/{id} with {"text": …} answers 200 "ok"; a refusal answers a JSON error
// {"id", "message", "status_code"}. The webhook's address is a secret — whoever has it may post as the hook —
// so it is given as SecretBytes, sent once, never resent, and never part of a message: errors name the server
// only.
#include "models/core/Error.h"
#include "models/secrets/SecretBytes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace fusion {

class HttpRequest;

// What a post came to: posted, or exactly what failed, in words for the person and as codes for the audit.
struct MattermostPostResult {
    bool posted = false;
    QString outcome; // "posted", "refused", "timeout", "tls", "dns", "network", "protocol", "invalid_url"
    int status = 0;  // HTTP status when Mattermost answered
    QString errorId; // Mattermost's error id, e.g. web.incoming_webhook.invalid.app_error
    QString message; // a person's sentence: what happened and what to do (bounded; never the address)
    bool maybeSent = false; // the request left, but no answer came: the message may have been posted
    // What Mattermost (or a proxy before it) answered a refused post with, whole, the address taken out:
    // views show it bounded (BoundedText), whole on request (Details…, --verbose). Never audited.
    QString body;
};

class MattermostClient : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxText = 16000; // Mattermost's limit of a post
    static constexpr int kMaxErrorText = 300;

    explicit MattermostClient(QObject* parent = nullptr);
    ~MattermostClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setTrustedSha256(const QString& sha256) { m_trustedSha256 = sha256; }

    // True for an http(s) address of the form …/hooks/ID; `why` says what is wrong otherwise (never the
    // address).
    static bool isWebhookUrl(const QString& url, QString* why = nullptr);
    // The server part of a webhook address, safe to show: scheme, host and port.
    static QString serverOf(const QString& url);
    // The JSON body of a post.
    static QByteArray payload(const QString& text, const QString& username = {});

    // Posts `text` once; `done` gets the result (also on failure; never an exception).
    void post(const SecretBytes& webhookUrl, const QString& text,
              std::function<void(MattermostPostResult)> done);

private:
    int m_timeoutMs = 15000;
    QString m_trustedSha256;
    QPointer<HttpRequest> m_request;
};

} // namespace fusion
