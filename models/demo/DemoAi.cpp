#include "models/demo/DemoAi.h"

#include "models/ai/AiAsk.h"
#include "models/ai/PlatformFacts.h"
#include "models/policy/Consumers.h"
#include "models/storage/Database.h"

#include <QCoreApplication>

namespace fusion {

namespace {
struct DemoAiTr {
    Q_DECLARE_TR_FUNCTIONS(fusion::DemoAi)
};
} // namespace

QJsonObject DemoAi::seed(Database& db, const QDateTime& now)
{
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    const qint64 provider = db.insertReturningId(
        QStringLiteral(
            "INSERT INTO ai_providers (name, sequence, provider_type, active, is_default, model, base_url, "
            "created_by, created_at, updated_at) VALUES ('Local Llama', 10, 'ollama', ?, ?, "
            "'llama3.2:3b', 'http://localhost:11434', ?, ?, ?)"),
        {true, true, db.actor(), at, at});
    const qint64 consumer = Consumers::ensure(db, AiAsk::consumerCode());
    db.exec(QStringLiteral(
                "INSERT INTO access_rules (consumer_id, provider_id, enabled, rpm, notes) SELECT ?, id, ?, "
                "30, ? FROM providers WHERE code = 'ollama'"),
            {consumer, true, DemoAiTr::tr("The AI console on the local model")});

    PlatformFacts::Query query;
    query.limit = 4;
    const QList<PlatformFact> facts = PlatformFacts::gather(db, now, query);
    if (facts.isEmpty())
        return QJsonObject{{QStringLiteral("ai_providers"), 1}, {QStringLiteral("ai_threads"), 0}};
    const QString question = DemoAiTr::tr("Which tenants need attention, and what should I do first?");
    QString answer =
        DemoAiTr::tr("(A sample answer of the demo data.) These need attention now, most urgent first:");
    for (qsizetype i = 0; i < facts.size(); ++i)
        answer += QStringLiteral("\n%1. %2: %3 [%1]").arg(i + 1).arg(facts[i].fixTitle, facts[i].title);
    const QString earlier = now.addSecs(-3600).toUTC().toString(Qt::ISODateWithMs);
    const qint64 thread =
        db.insertReturningId(QStringLiteral("INSERT INTO ai_threads (provider_id, owner, created_at, "
                                            "last_message_at) VALUES (?, ?, ?, ?)"),
                             {provider, db.actor(), earlier, earlier});
    db.exec(QStringLiteral(
                "INSERT INTO ai_messages (thread_id, role, content, created_at) VALUES (?, 'user', ?, ?)"),
            {thread, question, earlier});
    const qint64 message = db.insertReturningId(
        QStringLiteral(
            "INSERT INTO ai_messages (thread_id, role, content, latency_ms, provider_status, tokens_in, "
            "tokens_out, created_at) VALUES (?, 'assistant', ?, 2140, '200', 812, 96, ?)"),
        {thread, answer, earlier});
    for (qsizetype i = 0; i < facts.size(); ++i)
        db.exec(QStringLiteral(
                    "INSERT INTO ai_citations (message_id, rank, source_kind, source_id, title, snippet) "
                    "VALUES (?, ?, ?, ?, ?, ?)"),
                {message, int(i + 1), PlatformFacts::citationKind(facts[i].kind), facts[i].sourceId.left(200),
                 QStringLiteral("[%1] %2").arg(i + 1).arg(facts[i].title).left(300),
                 facts[i].detail.left(500)});
    return QJsonObject{{QStringLiteral("ai_providers"), 1}, {QStringLiteral("ai_threads"), 1}};
}

} // namespace fusion
