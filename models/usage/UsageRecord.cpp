#include "models/usage/UsageRecord.h"

#include "models/policy/ConsumerCode.h"
#include "models/usage/Money.h"

#include <QCryptographicHash>

namespace fusion {

namespace {
// Names are one line of printable text; an error message may have line breaks and tabs.
bool plainText(const QString& s, qsizetype maxLength, bool multiline)
{
    if (s.size() > maxLength)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F)
            continue; // printable ASCII, nearly every character of a usage file: no table lookup
        if (multiline && (u == u'\n' || u == u'\t' || u == u'\r'))
            continue;
        if (c.category() == QChar::Other_Control || c == QChar(0xFFFD))
            return false;
    }
    return true;
}
} // namespace

QStringList UsageRecord::problems() const
{
    QStringList out;
    if (!occurredAt.isValid())
        out << QCoreApplication::translate("fusion::UsageRecord", "occurred_at is not a date and time");
    else if (occurredAt > QDateTime::currentDateTimeUtc().addDays(1))
        out << QCoreApplication::translate("fusion::UsageRecord", "occurred_at is in the future");
    else if (occurredAt.date().year() < 2000)
        out << QCoreApplication::translate("fusion::UsageRecord", "occurred_at is before 2000");
    if (const QString p = consumerCodeProblem(consumer); !p.isEmpty())
        out << QCoreApplication::translate("fusion::UsageRecord", "consumer: %1").arg(p);
    if (provider.isEmpty())
        out << QCoreApplication::translate("fusion::UsageRecord", "provider is missing");
    const struct {
        const QString* value;
        const char* name;
        qsizetype max;
    } texts[] = {{&user, "user", 120},    {&feature, "feature", 120},      {&model, "model", 100},
                 {&error, "error", 2000}, {&requestId, "request_id", 200}, {&provider, "provider", 40}};
    for (const auto& t : texts) {
        if (!plainText(*t.value, t.max, t.value == &error))
            out << QCoreApplication::translate("fusion::UsageRecord",
                                               "%1 is longer than %2 characters or holds "
                                               "control or undecodable characters")
                       .arg(QString::fromLatin1(t.name))
                       .arg(t.max);
    }
    const struct {
        qint64 value;
        const char* name;
    } counts[] = {{tokens.in, "tokens_in"}, {tokens.out, "tokens_out"}, {tokens.cached, "tokens_cached"}};
    for (const auto& c : counts) {
        if (c.value < 0)
            out << QCoreApplication::translate("fusion::UsageRecord", "%1 is negative")
                       .arg(QString::fromLatin1(c.name));
        else if (c.value > kMaxTokens)
            out << QCoreApplication::translate("fusion::UsageRecord", "%1 is over a billion")
                       .arg(QString::fromLatin1(c.name));
    }
    if (tokens.cached > tokens.in && tokens.cached >= 0 && tokens.in >= 0)
        out << QCoreApplication::translate("fusion::UsageRecord", "tokens_cached is more than tokens_in");
    if (costMicros && (*costMicros < 0 || *costMicros > Money::kMaxMicros))
        out << QCoreApplication::translate("fusion::UsageRecord", "cost is negative or over a billion");
    if (latencyMs && (*latencyMs < 0 || *latencyMs > kMaxLatencyMs))
        out << QCoreApplication::translate("fusion::UsageRecord", "latency_ms is negative or over a day");
    if (status != QLatin1String("ok") && status != QLatin1String("error") &&
        status != QLatin1String("denied"))
        out << QCoreApplication::translate("fusion::UsageRecord", "status must be ok, error or denied");
    if (httpStatus && (*httpStatus < 100 || *httpStatus > 599))
        out << QCoreApplication::translate("fusion::UsageRecord", "http_status must be from 100 to 599");
    return out;
}

QString UsageRecord::dedupKey() const
{
    if (!requestId.isEmpty())
        return QStringLiteral("id:") + requestId;
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QStringList parts{occurredAt.toUTC().toString(Qt::ISODateWithMs),
                            consumer,
                            provider,
                            user,
                            feature,
                            model,
                            QString::number(tokens.in),
                            QString::number(tokens.out),
                            QString::number(tokens.cached),
                            costMicros ? QString::number(*costMicros) : QString(),
                            latencyMs ? QString::number(*latencyMs) : QString(),
                            status,
                            httpStatus ? QString::number(*httpStatus) : QString(),
                            error};
    for (const QString& p : parts) {
        h.addData(p.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    }
    return QStringLiteral("h:") + QString::fromLatin1(h.result().toHex().left(40));
}

} // namespace fusion
