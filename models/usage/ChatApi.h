#pragma once

#include "models/secrets/SecretBytes.h"
#include "models/usage/TokenCounts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace fusion {

// An earlier message of the conversation, sent again so the model sees it.
struct ChatTurn {
    QString role; // user or assistant
    QString content;
};

// One chat turn for a provider's chat API.
struct ChatRequest {
    QString model;
    QString system;          // optional instructions
    QList<ChatTurn> history; // earlier turns, oldest first
    QString prompt;          // the user's message
    int maxTokens = 1024;
    bool stream = false; // ask for server-sent events (ChatStream reads them)
};

// What an answer said: the text, the model that answered, and the tokens it was billed for.
struct ChatReply {
    bool ok = false;
    int httpStatus = 0;
    QString text;
    QString model;
    QString finish; // stop, length, end_turn, max_tokens, …
    TokenCounts tokens;
    QString error; // the provider's own words, or what was wrong with the answer (never the key)
    // An error answer's body as it came (an HTML page, a stack dump): for a details view, which shows it
    // bounded (BoundedText). Never stored: rows keep `error`.
    QString errorBody;
};

// The wire format of OpenAI's chat completions and Anthropic's messages API: the request to send and the
// reading of the answer, token usage included (OpenAI counts cached tokens inside prompt_tokens, Anthropic
// outside input_tokens; both become TokenCounts where `in` includes the cached ones). Ollama speaks OpenAI's
// under its base URL and needs no key: build() sends no Authorization header for an empty key.
class ChatApi {
    Q_DECLARE_TR_FUNCTIONS(fusion::ChatApi)

public:
    struct Http {
        QUrl url;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // hold the key: scrub after use
    };
    static bool supports(const QString& providerCode); // openai, anthropic (what `fusionctl call` reaches)
    static bool isAnthropic(const QString& providerCode);
    static Http build(const QString& providerCode, const QString& baseUrl, const ChatRequest& request,
                      const SecretBytes& key);
    static ChatReply parse(const QString& providerCode, int httpStatus, const QByteArray& body);
    // For the estimate: the bytes of everything sent as input, and the number of messages.
    static qint64 inputBytes(const ChatRequest& request);
    static int messageCount(const ChatRequest& request);
};

} // namespace fusion
