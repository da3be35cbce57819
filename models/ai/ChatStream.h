#pragma once
// A provider's streamed answer read as it arrives: OpenAI's chat-completion chunks (Ollama speaks the same)
// and Anthropic's message events, each turned into the text so far, the finish, and the token usage the
// provider reported. What a stream that was cut midway leaves is kept: its text, and whatever usage came.
#include "models/net/SseParser.h"
#include "models/usage/ChatApi.h"

#include <QCoreApplication>
#include <QString>

namespace fusion::ai {

class ChatStream {
    Q_DECLARE_TR_FUNCTIONS(fusion::ai::ChatStream)

public:
    explicit ChatStream(const QString& providerCode);

    // Consumes body bytes (any split); returns the text they added.
    QString feed(const QByteArray& bytes);

    // The provider said the answer is whole ([DONE], or message_stop).
    bool complete() const { return m_complete; }
    // The provider reported an error inside the stream, or the stream is not what the provider sends.
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Both input and output tokens were reported: the answer can be priced.
    bool usageKnown() const { return m_inKnown && m_outKnown; }
    // What arrived: ok only when the answer is whole, without error, with its usage.
    ChatReply reply() const;

private:
    void openAiEvent(const SseEvent& event, QString& added);
    void anthropicEvent(const SseEvent& event, QString& added);
    void setError(const QString& error);

    bool m_anthropic;
    SseParser m_parser;
    QString m_text;
    QString m_model;
    QString m_finish;
    QString m_error;
    TokenCounts m_tokens;
    bool m_inKnown = false;
    bool m_outKnown = false;
    bool m_complete = false;
};

} // namespace fusion::ai
