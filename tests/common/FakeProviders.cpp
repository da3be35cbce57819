#include "tests/common/FakeProviders.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace fusion::test {

namespace {
QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

FakeProviders::FakeProviders()
    : m_server(QStringLiteral("fake_providers.py"), {})
{
}

void FakeProviders::setValidKeys(const QString& provider, const QStringList& keys)
{
    m_server.control("POST", QStringLiteral("/_keys"),
                     compact({{QStringLiteral("provider"), provider},
                              {QStringLiteral("valid"), QJsonArray::fromStringList(keys)}}));
}

void FakeProviders::setValidTwilio(const QString& accountSid, const QString& authToken)
{
    m_server.control("POST", QStringLiteral("/_keys"),
                     compact({{QStringLiteral("provider"), QStringLiteral("twilio")},
                              {QStringLiteral("valid"), QJsonArray{QJsonArray{accountSid, authToken}}}}));
}

void FakeProviders::setValidOAuth(const QString& clientId, const QString& clientSecret,
                                  const QString& refreshToken)
{
    m_server.control(
        "POST", QStringLiteral("/_keys"),
        compact({{QStringLiteral("provider"), QStringLiteral("oauth")},
                 {QStringLiteral("valid"), QJsonArray{QJsonArray{clientId, clientSecret, refreshToken}}}}));
}

void FakeProviders::setValidKapa(const QString& projectId, const QString& key)
{
    m_server.control("POST", QStringLiteral("/_keys"),
                     compact({{QStringLiteral("provider"), QStringLiteral("kapa")},
                              {QStringLiteral("valid"), QJsonArray{QJsonArray{projectId, key}}}}));
}

void FakeProviders::setStream(int delayMs, int extraWords)
{
    m_server.control(
        "POST", QStringLiteral("/_stream"),
        compact({{QStringLiteral("delay_ms"), delayMs}, {QStringLiteral("extra_words"), extraWords}}));
}

void FakeProviders::misbehave(const QString& mode, int count, int seconds)
{
    m_server.control("POST", QStringLiteral("/_misbehave"),
                     compact({{QStringLiteral("mode"), mode},
                              {QStringLiteral("count"), count},
                              {QStringLiteral("seconds"), seconds}}));
}

void FakeProviders::setCachedTokens(int tokens)
{
    m_server.control("POST", QStringLiteral("/_usage"), compact({{QStringLiteral("cached_tokens"), tokens}}));
}

int FakeProviders::chatCalls()
{
    return QJsonDocument::fromJson(m_server.control("GET", QStringLiteral("/_stats")))
        .object()
        .value(QStringLiteral("chat_calls"))
        .toInt(-1);
}

int FakeProviders::pendingRequests()
{
    return QJsonDocument::fromJson(m_server.control("GET", QStringLiteral("/_pending")))
        .object()
        .value(QStringLiteral("pending"))
        .toInt(-1);
}

bool FakeProviders::waitUntilIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return pendingRequests() == 0; }, timeoutMs);
}

QJsonArray FakeProviders::calls()
{
    return QJsonDocument::fromJson(m_server.control("GET", QStringLiteral("/_calls"))).array();
}

void FakeProviders::clearCalls()
{
    m_server.control("DELETE", QStringLiteral("/_calls"));
}

void FakeProviders::reset()
{
    m_server.control("POST", QStringLiteral("/_reset"), "{}");
}

QJsonArray FakeProviders::embeddingOf(const QString& text, int dimensions)
{
    QProcess python;
    python.setWorkingDirectory(QStringLiteral(FUSION_FIXTURES_DIR));
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"), QStringLiteral("import json, sys\n"
                                              "from fakeproviders.embeddings import embed\n"
                                              "print(json.dumps(list(embed(sys.stdin.read(), 1536, %1))))")
                                   .arg(dimensions)});
    python.write(text.toUtf8());
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qFatal("embedding \"%s\" failed: %s", qPrintable(text), python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace fusion::test
