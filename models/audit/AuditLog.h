#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

struct AuditEntry {
    qint64 id = 0;
    QString at; // UTC ISO-8601 text, exactly as hashed
    QString actor;
    QString action;
    QString targetType;
    QString target;
    std::optional<qint64> tenantId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

struct AuditQuery {
    QString search; // matches action, target and actor
    QString action; // exact action, or empty
    std::optional<qint64> tenantId;
    int limit = 100;
    int offset = 0;
};

struct AuditVerification {
    bool ok = true;
    qint64 rowsChecked = 0;
    // The first row that fails the check; when rows at the end were removed, the last row id the chain once
    // reached.
    qint64 firstBadId = 0;
    QString problem; // one line for a person
};

// The append-only, hash-chained record of every confirmed write. append() runs inside the write's own
// transaction, so a write and its audit row commit or vanish together.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(fusion::AuditLog)

public:
    static void append(Database& db, const WritePlan& plan, const QJsonObject& outcome);
    static QList<AuditEntry> list(Database& db, const AuditQuery& query);
    static qint64 count(Database& db, const AuditQuery& query);
    static AuditVerification verify(Database& db);
    // SHA-256 (hex) over the row's content and the previous row's hash, fields length-prefixed so that no
    // two different rows serialise alike.
    static QString computeHash(const AuditEntry& entry);
};

} // namespace fusion
