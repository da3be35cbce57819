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

// Two prompts to try the editor and the console's prompt on: one with an earlier version (so the history has
// a diff), one with two variables.
void seedPrompts(Database& db, const QDateTime& now)
{
    struct Version {
        QString text;
        QString variables; // JSON array
        QString note;
    };
    const auto add = [&](const QString& code, const QString& name, const QList<Version>& versions) {
        const QString at = now.addDays(-3).toUTC().toString(Qt::ISODateWithMs);
        const qint64 id = db.insertReturningId(
            QStringLiteral(
                "INSERT INTO ai_prompts (code, name, created_by, created_at, updated_at) VALUES (?, ?, "
                "?, ?, ?)"),
            {code, name, db.actor(), at, at});
        int n = 0;
        for (const Version& v : versions)
            db.exec(QStringLiteral(
                        "INSERT INTO ai_prompt_versions (prompt_id, version, template, variables_json, "
                        "note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {id, ++n, v.text, v.variables, v.note, db.actor(),
                     now.addDays(n - 3).toUTC().toString(Qt::ISODateWithMs)});
        db.exec(QStringLiteral("UPDATE ai_prompts SET published_version = ? WHERE id = ?"), {n, id});
    };
    add(QStringLiteral("tenant_brief"), DemoAiTr::tr("Tenant brief"),
        {{DemoAiTr::tr("Write a short brief about {{tenant}} for the on-call engineer."),
          QStringLiteral("[\"tenant\"]"), DemoAiTr::tr("first draft")},
         {DemoAiTr::tr(
              "Write a short brief about {{tenant}} for the on-call engineer.\nStart with what failed in "
              "the last week and what to do first; end with its budgets."),
          QStringLiteral("[\"tenant\"]"), DemoAiTr::tr("failures first, budgets last")}});
    add(QStringLiteral("incident_summary"), DemoAiTr::tr("Incident summary"),
        {{DemoAiTr::tr(
              "Summarise the incident on {{tenant}} for {{audience}}: what happened, who was affected, "
              "what was done and what is left."),
          QStringLiteral("[\"tenant\", \"audience\"]"), DemoAiTr::tr("for status pages and customers")}});
}

// What n8n and GitHub would have sent: two waiting, one already handled.
void seedEvents(Database& db, const QDateTime& now)
{
    struct Event {
        const char* source;
        const char* type;
        const char* ref;
        const char* payload;
        int minutesAgo;
    };
    const Event events[] = {
        {"n8n", "tenant.signup", "wf-1042-run-88",
         R"({"company": "Nordlicht GmbH", "plan": "growth", "seats": 12})", 25},
        {"github", "release.published", "rel-17.0.42",
         R"({"tag": "17.0.42", "repo": "platform/odoo-addons"})", 90},
        {"n8n", "invoice.overdue", "wf-2210-run-3",
         R"({"tenant": "acme", "invoice": "INV-2026-0311", "days": 14})", 600},
    };
    for (const Event& e : events)
        db.exec(QStringLiteral(
                    "INSERT INTO ai_events (source, event_type, ref, payload, received_at, received_by) "
                    "VALUES (?, ?, ?, ?, ?, 'n8n')"),
                {QString::fromLatin1(e.source), QString::fromLatin1(e.type), QString::fromLatin1(e.ref),
                 QString::fromUtf8(e.payload),
                 now.addSecs(-60 * e.minutesAgo).toUTC().toString(Qt::ISODateWithMs)});
    db.exec(QStringLiteral(
                "UPDATE ai_events SET processed = ?, processed_at = ?, processed_by = ?, notes = ? WHERE "
                "ref = 'wf-2210-run-3'"),
            {true, now.addSecs(-60 * 540).toUTC().toString(Qt::ISODateWithMs), db.actor(),
             DemoAiTr::tr("Reminder sent; the customer paid the next day.")});
}
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

    seedPrompts(db, now);
    seedEvents(db, now);

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
