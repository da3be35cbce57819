#include "models/ai/ChatStream.h"

#include "models/core/BoundedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fusion::ai {

namespace {
// A token count as providers send it; anything else (negative, fractional, absurd) is not one.
std::optional<qint64> tokenCount(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 1e12 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

QString errorText(const QJsonValue& error)
{
    const QJsonObject e = error.toObject();
    QString message = e.value(QStringLiteral("message")).toString();
    const QString type = e.value(QStringLiteral("type")).toString();
    if (message.isEmpty())
        message = error.toString();
    if (!type.isEmpty())
        message = QStringLiteral("%1 (%2)").arg(message, type);
    return BoundedText::oneLine(message, 500);
}
} // namespace

ChatStream::ChatStream(const QString& providerCode)
    : m_anthropic(ChatApi::isAnthropic(providerCode))
{
}

QString ChatStream::feed(const QByteArray& bytes)
{
    QString added;
    if (m_complete || failed())
        return added;
    const QList<SseEvent> events = m_parser.feed(bytes);
    // The events before a framing error are read first: the text they carry arrived, however the reads fell.
    for (const SseEvent& event : events) {
        if (m_complete || failed())
            break;
        if (m_anthropic)
            anthropicEvent(event, added);
        else
            openAiEvent(event, added);
    }
    m_text += added;
    if (m_parser.failed() && !m_complete && !failed())
        setError(m_parser.error());
    return added;
}

void ChatStream::setError(const QString& error)
{
    if (m_error.isEmpty())
        m_error = error;
}

void ChatStream::openAiEvent(const SseEvent& event, QString& added)
{
    if (event.data == "[DONE]") {
        m_complete = true;
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(event.data);
    if (!doc.isObject()) {
        setError(tr("The provider sent a chunk that is not JSON."));
        return;
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(QStringLiteral("error"))) {
        setError(errorText(chunk.value(QStringLiteral("error"))));
        return;
    }
    if (const QString model = chunk.value(QStringLiteral("model")).toString(); !model.isEmpty())
        m_model = model.left(100);
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.at(0).toObject();
        added += choice.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString();
        if (const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
            !finish.isEmpty())
            m_finish = finish;
    }
    const QJsonValue usage = chunk.value(QStringLiteral("usage"));
    if (usage.isObject()) {
        const QJsonObject u = usage.toObject();
        const auto in = tokenCount(u.value(QStringLiteral("prompt_tokens")));
        const auto out = tokenCount(u.value(QStringLiteral("completion_tokens")));
        const QJsonValue cachedValue = u.value(QStringLiteral("prompt_tokens_details"))
                                           .toObject()
                                           .value(QStringLiteral("cached_tokens"));
        const auto cached = cachedValue.isUndefined() ? std::optional<qint64>(0) : tokenCount(cachedValue);
        if (!in || !out || !cached || *cached > *in) {
            setError(tr("The provider's answer carries no readable token usage."));
            return;
        }
        m_tokens = TokenCounts{*in, *out, *cached};
        m_inKnown = m_outKnown = true;
    }
}

void ChatStream::anthropicEvent(const SseEvent& event, QString& added)
{
    const QJsonDocument doc = QJsonDocument::fromJson(event.data);
    if (!doc.isObject()) {
        setError(tr("The provider sent an event that is not JSON."));
        return;
    }
    const QJsonObject data = doc.object();
    const QString type = data.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("error") || event.name == "error") {
        setError(errorText(data.value(QStringLiteral("error"))));
    } else if (type == QLatin1String("message_start")) {
        const QJsonObject message = data.value(QStringLiteral("message")).toObject();
        m_model = message.value(QStringLiteral("model")).toString().left(100);
        const QJsonObject u = message.value(QStringLiteral("usage")).toObject();
        const auto uncached = tokenCount(u.value(QStringLiteral("input_tokens")));
        const auto read = tokenCount(u.value(QStringLiteral("cache_read_input_tokens")).isUndefined()
                                         ? QJsonValue(0)
                                         : u.value(QStringLiteral("cache_read_input_tokens")));
        const auto written = tokenCount(u.value(QStringLiteral("cache_creation_input_tokens")).isUndefined()
                                            ? QJsonValue(0)
                                            : u.value(QStringLiteral("cache_creation_input_tokens")));
        if (uncached && read && written) {
            m_tokens.in = *uncached + *read + *written;
            m_tokens.cached = *read;
            m_inKnown = true;
        }
    } else if (type == QLatin1String("content_block_delta")) {
        const QJsonObject delta = data.value(QStringLiteral("delta")).toObject();
        if (delta.value(QStringLiteral("type")).toString() == QLatin1String("text_delta"))
            added += delta.value(QStringLiteral("text")).toString();
    } else if (type == QLatin1String("message_delta")) {
        if (const QString stop = data.value(QStringLiteral("delta"))
                                     .toObject()
                                     .value(QStringLiteral("stop_reason"))
                                     .toString();
            !stop.isEmpty())
            m_finish = stop;
        // Cumulative: the last one is the answer's whole output.
        if (const auto out = tokenCount(
                data.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")))) {
            m_tokens.out = *out;
            m_outKnown = true;
        }
    } else if (type == QLatin1String("message_stop")) {
        m_complete = true;
    }
    // ping, content_block_start/stop and event types added later carry nothing we keep.
}

ChatReply ChatStream::reply() const
{
    ChatReply r;
    r.httpStatus = 200;
    r.text = m_text;
    r.model = m_model;
    r.finish = m_finish;
    r.tokens = m_tokens;
    r.error = m_error;
    if (r.error.isEmpty() && !m_complete)
        r.error = tr("The stream ended before the answer was complete.");
    else if (r.error.isEmpty() && !usageKnown())
        r.error = tr("The provider's answer carries no readable token usage.");
    r.ok = r.error.isEmpty();
    return r;
}

} // namespace fusion::ai
