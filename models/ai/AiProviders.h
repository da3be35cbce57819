#pragma once
// The AI providers (seed 003's ipai.ai.provider): which model answers for the platform or for one tenant,
// with its secret in the key vault. Statistics come from the usage log, so they can never drift from what was
// metered. Every change is a PendingWrite for the one confirmation path.
#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

class Database;

struct AiProvider {
    qint64 id = 0;
    QString name;
    int sequence = 10;
    QString type; // openai, anthropic, ollama, kapa
    bool active = true;
    std::optional<qint64> tenantId; // none: the platform
    QString tenantSlug;
    bool isDefault = false;
    QString model;
    QString embeddingModel;
    std::optional<qint64> apiKeyId;
    QString apiKeyLabel;
    QString baseUrl;
    QString kapaProjectId;
    QString createdBy;
    QDateTime createdAt, updatedAt;
    int rowVersion = 0;
    // From the usage log (api_usage rows naming this provider) and the threads table.
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 tokens = 0;
    std::optional<double> averageLatencyMs;
    qint64 threads = 0;

    QString scopeText() const; // "platform" or the tenant's slug
};

// What a person asks for when adding a provider.
struct NewAiProvider {
    QString name;
    QString type;
    QString tenantSlug; // empty: the platform
    QString model;
    QString embeddingModel;
    QString keyLabel; // a key of the vault provider of the same type (ollama: none)
    QString baseUrl;
    QString kapaProjectId;
    int sequence = 10;
    bool makeDefault = false;
};

class AiProviders {
    Q_DECLARE_TR_FUNCTIONS(fusion::AiProviders)
public:
    static const QStringList& types();

    // In order of scope (the platform first), sequence and name; inactive ones only when asked.
    static QList<AiProvider> list(Database& db, bool includeInactive = false,
                                  const std::optional<QString>& tenantSlug = std::nullopt);
    // A provider by id ("12") or by name within a scope; NotFound names what was looked for.
    static AiProvider require(Database& db, const QString& idOrName, const QString& tenantSlug = {});
    // The scope's default, falling back to the platform's: what an ask uses unless told otherwise.
    static std::optional<AiProvider> defaultFor(Database& db, const std::optional<qint64>& tenantId);

    // The first active provider of a scope becomes its default whatever was asked: a scope with providers
    // always has one.
    static PendingWrite planAdd(Database& db, const NewAiProvider& in);
    static PendingWrite planSetDefault(Database& db, const AiProvider& p);
    // Deactivating keeps the provider's history; the default can be deactivated only as the scope's last.
    static PendingWrite planSetActive(Database& db, const AiProvider& p, bool active);
    // Refused while a thread uses the provider: deactivate it instead.
    static PendingWrite planDelete(Database& db, const AiProvider& p);
};

} // namespace fusion
