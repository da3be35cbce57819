#pragma once
// The AI console's conversations (seed 003's ipai.ai.thread and ipai.ai.message): a login's threads, their
// messages with citations in rank order and the login's feedback, and the confirmed writes a person makes on
// them — close, delete, feedback. Messages are only ever added (by AiAsk); the database refuses edits.
#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

class Database;

struct AiCitation {
    int rank = 1;
    QString sourceKind; // knowledge, web, tenant, operation, key
    QString sourceId;   // what it opens: a tenant slug, an operation or key id, a chunk ref
    QString title;
    QString url; // http(s) only, or empty
    QString snippet;
    std::optional<double> score;
};

struct AiMessage {
    qint64 id = 0;
    qint64 threadId = 0;
    QString role; // user, assistant, system
    QString content;
    std::optional<qint64> latencyMs;
    QString providerStatus; // 200, cut, stopped, timeout, error, refused
    std::optional<double> confidence;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    QDateTime createdAt;
    QList<AiCitation> citations;
    int myRating = 0; // this login's feedback: 1, -1 or 0 (none)
    QString myComment;
};

struct AiThread {
    qint64 id = 0;
    QString title;
    qint64 providerId = 0;
    QString providerName;
    QString providerType;
    std::optional<qint64> tenantId;
    QString tenantSlug;
    QString owner;
    QString state; // active, closed
    QDateTime createdAt, lastMessageAt, closedAt;
    int rowVersion = 0;
    qint64 messages = 0;
};

class AiThreads {
    Q_DECLARE_TR_FUNCTIONS(fusion::AiThreads)

public:
    struct Query {
        QString search; // in the title and the messages' text, case-insensitive
        bool includeClosed = true;
        int limit = 200;
    };
    // The login's own threads, most recent activity first (another login's are never listed: on PostgreSQL
    // row-level security hides them; on SQLite, where the login is the file's owner, the filter does).
    static QList<AiThread> list(Database& db, const Query& query);
    static AiThread require(Database& db, qint64 id);
    // The thread's messages, oldest first, each with its citations and this login's feedback; the last
    // `limit` ones when limit > 0.
    static QList<AiMessage> messages(Database& db, qint64 threadId, int limit = 0);

    static PendingWrite planClose(Database& db, const AiThread& thread);
    // Deletes the thread with its messages, citations and feedback (the only way messages ever go).
    static PendingWrite planDelete(Database& db, const AiThread& thread);
    // Up (1) or down (-1) on an answer, with an optional comment; replaces this login's earlier feedback.
    // The AI audit keeps it too, redacted.
    static PendingWrite planFeedback(Database& db, qint64 messageId, int rating, const QString& comment);

    static constexpr int maxCommentLength = 2000;
};

} // namespace fusion
