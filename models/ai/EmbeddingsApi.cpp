#include "models/ai/EmbeddingsApi.h"

#include "models/core/BoundedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace fusion {

ChatApi::Http EmbeddingsApi::build(const QString& baseUrl, const EmbeddingsRequest& request,
                                   const SecretBytes& key)
{
    ChatApi::Http h;
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    h.url = QUrl(base + QStringLiteral("/v1/embeddings"));
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("input"), QJsonArray::fromStringList(request.inputs)},
                     {QStringLiteral("encoding_format"), QStringLiteral("float")}};
    if (request.dimensions)
        body.insert(QStringLiteral("dimensions"), *request.dimensions);
    if (!key.isEmpty())
        h.headers << qMakePair(QByteArrayLiteral("Authorization"),
                               QByteArrayLiteral("Bearer ") + key.bytes());
    h.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return h;
}

EmbeddingsReply EmbeddingsApi::parse(int httpStatus, const QByteArray& body, qsizetype expected)
{
    EmbeddingsReply r;
    r.httpStatus = httpStatus;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (httpStatus < 200 || httpStatus >= 300) {
        const QString message = doc.object()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        r.error = message.isEmpty() ? tr("The embeddings endpoint answered HTTP %1.").arg(httpStatus)
                                    : tr("The embeddings endpoint answered HTTP %1: %2")
                                          .arg(httpStatus)
                                          .arg(BoundedText::oneLine(message, 300));
        r.errorBody = QString::fromUtf8(body);
        return r;
    }
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        r.error = tr("The embeddings answer is not a JSON object.");
        return r;
    }
    const QJsonValue data = doc.object().value(QStringLiteral("data"));
    if (!data.isArray()) {
        r.error = tr("The embeddings answer has no \"data\" list.");
        return r;
    }
    const QJsonArray items = data.toArray();
    if (items.size() != expected) {
        r.error = tr("The embeddings answer has %1 vectors for %2 texts.").arg(items.size()).arg(expected);
        return r;
    }
    QList<QList<float>> vectors(expected);
    QList<bool> seen(expected, false);
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        const QJsonValue index = o.value(QStringLiteral("index"));
        const double at = index.toDouble(-1);
        if (!index.isDouble() || at < 0 || at >= double(expected) || at != std::floor(at) ||
            seen[qsizetype(at)]) {
            r.error = tr("The embeddings answer has a missing, repeated or out-of-range index.");
            return r;
        }
        const QJsonValue embedding = o.value(QStringLiteral("embedding"));
        if (!embedding.isArray() || embedding.toArray().isEmpty()) {
            r.error = tr("Vector %1 of the embeddings answer is not a list of numbers.").arg(qsizetype(at));
            return r;
        }
        const QJsonArray values = embedding.toArray();
        if (r.dimensions == 0)
            r.dimensions = int(values.size());
        if (values.size() != r.dimensions || r.dimensions > 8192) {
            r.error = tr("The vectors of the embeddings answer differ in length.");
            return r;
        }
        QList<float>& v = vectors[qsizetype(at)];
        v.reserve(values.size());
        for (const QJsonValue& x : values) {
            const double d = x.toDouble(std::nan(""));
            if (!x.isDouble() || !std::isfinite(d)) {
                r.error =
                    tr("Vector %1 of the embeddings answer holds something that is not a finite number.")
                        .arg(qsizetype(at));
                return r;
            }
            v << float(d);
        }
        seen[qsizetype(at)] = true;
    }
    r.vectors = std::move(vectors);
    r.promptTokens = doc.object()
                         .value(QStringLiteral("usage"))
                         .toObject()
                         .value(QStringLiteral("prompt_tokens"))
                         .toInteger(0);
    return r;
}

} // namespace fusion
