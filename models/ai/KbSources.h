#pragma once
// Where a tenant's knowledge lives when it is not our own kb_chunks: a Supabase project offering the seed's
// kb search RPCs (seed 003, sections 2.10 and 5.2). One source per tenant at most; the project's key is a
// key-vault row, so the database holds only which key, never the secret. Every change is a PendingWrite for
// the one confirmation path.
#include "models/core/WritePlan.h"
#include "models/vault/CallKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

class Database;

struct KbSource {
    qint64 id = 0;
    qint64 tenantId = 0;
    QString tenantSlug;
    QString kind = QStringLiteral("supabase");
    QString projectUrl;
    QString schema = QStringLiteral("kb");
    QString tenantRef; // the seed's tenant identifier in kb.chunks, e.g. odoo_company:1
    qint64 apiKeyId = 0;
    QString apiKeyLabel;
    QString apiKeyProvider; // the vault provider the key belongs to
    QString createdBy;
    QDateTime createdAt, updatedAt;
    int rowVersion = 0;
};

// What a person asks for when setting a tenant's source; an empty field of a change keeps what is stored.
struct KbSourceInput {
    QString tenantSlug;
    QString projectUrl;
    QString schema;
    QString tenantRef;
    QString key; // a vault key's id, or its label (unique among live keys), or PROVIDER/LABEL
};

class KbSources {
    Q_DECLARE_TR_FUNCTIONS(fusion::KbSources)

public:
    static QList<KbSource> list(Database& db);
    // The tenant's source; nullopt when its knowledge is only local. NotFound for an unknown tenant.
    static std::optional<KbSource> find(Database& db, const QString& tenantSlug);

    // Adds the tenant's source, or changes the one it has (an empty plan when nothing differs).
    static PendingWrite planSet(Database& db, const KbSourceInput& in);
    // NotFound when the tenant has no source.
    static PendingWrite planRemove(Database& db, const QString& tenantSlug);

    // The key a search sends: only the keychain item's name until the call reads it.
    static CallKey callKey(Database& db, const KbSource& source);
};

} // namespace fusion
