#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QList>
#include <QString>

namespace fusion {

struct Migration {
    int version = 0;
    QString name;     // from the file name: 0002_roles_and_row_security.sql → "roles and row security"
    QString resource; // :/sql/<dialect>/NNNN_name.sql
};

struct SchemaStatus {
    int current = 0; // 0: no Fusion Console schema yet
    int latest = 0;  // the newest this build knows
    QList<Migration> pending;
    bool tooNew() const { return current > latest; }
    bool upToDate() const { return current == latest; }
};

// Numbered, transactional migrations for both dialects, recorded in schema_version.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(fusion::Migrator)

public:
    static QList<Migration> available(Dialect dialect);
    static int latestVersion(Dialect dialect);
    // Reads the schema version. Refuses (NotFusionDatabase) a database that has tables but no
    // schema_version: it belongs to something else and is never migrated into.
    static SchemaStatus status(Database& db);
    // Throws SchemaTooNew or SchemaMissing unless the schema is exactly what this build knows. Writes
    // nothing.
    static void requireCurrent(Database& db);
    // The write that applies every pending migration in one transaction (and its audit row).
    static PendingWrite planUpgrade(Database& db);
    static Failure tooNewFailure(const SchemaStatus& status);
};

} // namespace fusion
