#include "models/usage/ChatApi.h"

#include "models/core/BoundedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fusion {

namespace {
qint64 count(const QJsonValue& v, bool& ok)
{
    if (v.isUndefined() || v.isNull())
        return 0;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 1e12 || d != double(qint64(d))) {
        ok = false;
        return 0;
    }
    return qint64(d);
}

QString providerError(const QJsonObject& root, int status)
{
    const QJsonValue error = root.value(QStringLiteral("error"));
    QString message =
        error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
    if (message.isEmpty())
        message = ChatApi::tr("HTTP status %1").arg(status);
    return BoundedText::oneLine(message, 500);
}
} // namespace

bool ChatApi::isAnthropic(const QString& providerCode)
{
    return providerCode == QLatin1String("anthropic");
}

bool ChatApi::supports(const QString& providerCode)
{
    return providerCode == QLatin1String("openai") || isAnthropic(providerCode);
}

qint64 ChatApi::inputBytes(const ChatRequest& request)
{
    qint64 bytes = request.system.toUtf8().size() + request.prompt.toUtf8().size();
    for (const ChatTurn& turn : request.history)
        bytes += turn.content.toUtf8().size();
    return bytes;
}

int ChatApi::messageCount(const ChatRequest& request)
{
    return int(request.history.size()) + (request.system.isEmpty() ? 1 : 2);
}

ChatApi::Http ChatApi::build(const QString& providerCode, const QString& baseUrl, const ChatRequest& request,
                             const SecretBytes& key)
{
    Http h;
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QJsonObject body{{QStringLiteral("model"), request.model}};
    QJsonArray messages;
    if (isAnthropic(providerCode)) {
        h.url = QUrl(base + QStringLiteral("/v1/messages"));
        body.insert(QStringLiteral("max_tokens"), request.maxTokens);
        if (!request.system.isEmpty())
            body.insert(QStringLiteral("system"), request.system);
        h.headers << qMakePair(QByteArrayLiteral("x-api-key"), key.bytes())
                  << qMakePair(QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01"));
    } else {
        h.url = QUrl(base + QStringLiteral("/v1/chat/completions"));
        // The current name of the output cap; reasoning models refuse the older "max_tokens".
        body.insert(QStringLiteral("max_completion_tokens"), request.maxTokens);
        if (!request.system.isEmpty())
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                        {QStringLiteral("content"), request.system}});
        if (!key.isEmpty())
            h.headers << qMakePair(QByteArrayLiteral("Authorization"),
                                   QByteArrayLiteral("Bearer ") + key.bytes());
        if (request.stream)
            body.insert(QStringLiteral("stream_options"),
                        QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    if (request.stream)
        body.insert(QStringLiteral("stream"), true);
    for (const ChatTurn& turn : request.history)
        messages.append(
            QJsonObject{{QStringLiteral("role"), turn.role}, {QStringLiteral("content"), turn.content}});
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), request.prompt}});
    body.insert(QStringLiteral("messages"), messages);
    h.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return h;
}

ChatReply ChatApi::parse(const QString& providerCode, int httpStatus, const QByteArray& body)
{
    ChatReply r;
    r.httpStatus = httpStatus;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (httpStatus != 200) {
        r.error = doc.isObject() ? providerError(doc.object(), httpStatus)
                                 : tr("HTTP status %1 (the answer was not JSON)").arg(httpStatus);
        r.errorBody = QString::fromUtf8(body);
        return r;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        r.error = tr("The provider's answer is not valid JSON (%1).").arg(parseError.errorString());
        return r;
    }
    const QJsonObject root = doc.object();
    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    bool ok = !usage.isEmpty();
    r.model = root.value(QStringLiteral("model")).toString().left(100);
    if (isAnthropic(providerCode)) {
        const qint64 uncached = count(usage.value(QStringLiteral("input_tokens")), ok);
        const qint64 cacheRead = count(usage.value(QStringLiteral("cache_read_input_tokens")), ok);
        const qint64 cacheWrite = count(usage.value(QStringLiteral("cache_creation_input_tokens")), ok);
        r.tokens.in = uncached + cacheRead + cacheWrite;
        r.tokens.cached = cacheRead;
        r.tokens.out = count(usage.value(QStringLiteral("output_tokens")), ok);
        for (const auto& part : root.value(QStringLiteral("content")).toArray()) {
            if (part.toObject().value(QStringLiteral("type")).toString() == QLatin1String("text"))
                r.text += part.toObject().value(QStringLiteral("text")).toString();
        }
        r.finish = root.value(QStringLiteral("stop_reason")).toString();
    } else {
        r.tokens.in = count(usage.value(QStringLiteral("prompt_tokens")), ok);
        r.tokens.cached = count(usage.value(QStringLiteral("prompt_tokens_details"))
                                    .toObject()
                                    .value(QStringLiteral("cached_tokens")),
                                ok);
        r.tokens.out = count(usage.value(QStringLiteral("completion_tokens")), ok);
        const QJsonObject choice = root.value(QStringLiteral("choices")).toArray().at(0).toObject();
        r.text =
            choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
        r.finish = choice.value(QStringLiteral("finish_reason")).toString();
    }
    if (!ok || r.tokens.cached > r.tokens.in) {
        r.tokens = {};
        r.error = tr("The provider's answer carries no readable token usage.");
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace fusion
