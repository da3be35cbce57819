#pragma once
// The prompt library (seed 003's prompts): a code, a name, a scope and a history of immutable versions, one
// of them published. An edit is always a new version (the database refuses to change one), so what a past
// answer was asked with can always be shown; publishing only moves the prompt's pointer. Every change is a
// PendingWrite for the one confirmation path.
#include "models/ai/PromptTemplate.h"
#include "models/ai/TextDiff.h"
#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

class Database;

struct Prompt {
    qint64 id = 0;
    QString code;
    QString name;
    bool active = true;
    std::optional<qint64> tenantId; // none: every scope
    QString tenantSlug;
    std::optional<int> publishedVersion;
    int latestVersion = 0;
    QString createdBy;
    QDateTime createdAt, updatedAt;
    int rowVersion = 0;

    QString scopeText() const; // "all" or the tenant's slug
};

struct PromptVersion {
    int version = 0;
    QString templateText;
    QStringList variables; // declared, in the order given
    QString note;
    QString createdBy;
    QDateTime createdAt;
};

class PromptLibrary {
    Q_DECLARE_TR_FUNCTIONS(fusion::PromptLibrary)
public:
    // By code; inactive ones only when asked. A tenant's list holds its own prompts and those of every scope.
    static QList<Prompt> list(Database& db, bool includeInactive = false,
                              const std::optional<QString>& tenantSlug = std::nullopt);
    static Prompt require(Database& db, const QString& code); // NotFound names the code
    // Oldest first; version(…) throws NotFound naming the version.
    static QList<PromptVersion> versions(Database& db, const Prompt& prompt);
    static PromptVersion version(Database& db, const Prompt& prompt, int version);

    // The template must parse, use only declared variables, and the declared names must be valid and
    // distinct; each refusal names the position or the variable. Version 1 is published at once.
    static PendingWrite planCreate(Database& db, const QString& code, const QString& name,
                                   const QString& tenantSlug, const QString& templateText,
                                   const QStringList& declared, const QString& note);
    // Version N+1 (a version is never edited); refused when nothing changed. Two sessions saving N+1 at once:
    // the primary key keeps the first, the second gets a Conflict saying so.
    static PendingWrite planNewVersion(Database& db, const Prompt& prompt, const QString& templateText,
                                       const QStringList& declared, const QString& note, bool publish);
    static PendingWrite planPublish(Database& db, const Prompt& prompt, int version);
    static PendingWrite planSetActive(Database& db, const Prompt& prompt, bool active);

    // The published version unless one is named. The result's problem names missing or undeclared
    // variables; values are inserted literally.
    static PromptTemplate::Rendered render(Database& db, const QString& code,
                                           const QHash<QString, QString>& values,
                                           std::optional<int> version = std::nullopt);
    static TextDiff diff(Database& db, const Prompt& prompt, int fromVersion, int toVersion);
};

} // namespace fusion
