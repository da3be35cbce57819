#pragma once
// The AI audit (seed 003's ipai.ai.audit): one row per ask, search, feedback, embedding and sync, with the
// request and the response redacted before they are stored — personal data and any secret the key vault
// holds never reach the table. Rows are pruned after the retention (AiRetention); logins never delete them.
#include "models/ai/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

class Database;

struct AiAuditRow {
    qint64 id = 0;
    QDateTime occurredAt;
    QString operation; // ask, search, feedback, embed, sync
    std::optional<qint64> providerId;
    QString providerName;
    QString login;
    std::optional<qint64> threadId;
    std::optional<qint64> messageId;
    QString request;    // as stored: redacted
    QString response;   // as stored: redacted
    QString redactions; // "email 2, card 1"
    std::optional<qint64> latencyMs;
    QString status; // success, error, timeout, cancelled, refused
    QString error;
};

class AiAudit {
    Q_DECLARE_TR_FUNCTIONS(fusion::AiAudit)

public:
    // What happened, as it happened: record() redacts request, response and error before writing.
    struct Entry {
        QString operation;
        std::optional<qint64> providerId;
        std::optional<qint64> threadId;
        std::optional<qint64> messageId;
        QString request;
        QString response;
        std::optional<qint64> latencyMs;
        QString status;
        QString error;
    };
    // A redactor that knows the fingerprints of every secret in the key vault this login may see (on
    // PostgreSQL a login without access to the keys gets one without them: it cannot have read a secret).
    static ai::Redactor redactor(Database& db);
    // Writes one row (inside the caller's transaction when there is one); returns its id.
    static qint64 record(Database& db, const ai::Redactor& redactor, const Entry& entry);

    struct Query {
        QString operation; // empty: all
        QString status;    // empty: all
        QString login;     // empty: all this login may read
        std::optional<qint64> threadId;
        QDateTime since;
        int limit = 200;
    };
    // Newest first.
    static QList<AiAuditRow> list(Database& db, const Query& query);

    // The redactions' stable text: kind names with their counts, "card 1, email 2".
    static QString countsText(const QMap<QString, int>& counts);
    static constexpr int maxStoredLength = 100000; // of a request or a response, after redaction
};

} // namespace fusion
