#pragma once
// The wire format of embeddings: OpenAI's POST /v1/embeddings, which Ollama also speaks under its base URL
// (no key needed there: no Authorization header for an empty key). The answer is checked whole before it is
// used — one vector per input, in the inputs' order, all of one length, every value a finite number — so a
// malformed or partial answer is an error, never a half-filled index.
#include "models/secrets/SecretBytes.h"
#include "models/usage/ChatApi.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

struct EmbeddingsRequest {
    QString model;
    QStringList inputs;            // 1 … 2048 texts, none empty
    std::optional<int> dimensions; // text-embedding-3 models can shorten their vectors
};

struct EmbeddingsReply {
    int httpStatus = 0;
    QList<QList<float>> vectors; // in the order of the inputs
    int dimensions = 0;
    qint64 promptTokens = 0;
    QString error;     // empty when the answer is whole and well-formed
    QString errorBody; // an error answer's body as it came, for a details view (shown bounded)
    bool ok() const { return error.isEmpty(); }
};

class EmbeddingsApi {
    Q_DECLARE_TR_FUNCTIONS(fusion::EmbeddingsApi)

public:
    static constexpr qsizetype kMaxInputs = 2048;
    static ChatApi::Http build(const QString& baseUrl, const EmbeddingsRequest& request,
                               const SecretBytes& key);
    // `expected` inputs were sent.
    static EmbeddingsReply parse(int httpStatus, const QByteArray& body, qsizetype expected);
};

} // namespace fusion
