#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace fusion::cli {

struct Context;

// What a command needs before its handler runs: the store with a current schema (most), an open store that
// may be empty or old (db), or no store at all (profiles manage how the store is found).
enum class Store { Current, AnySchema, None };

// One fusionctl command, declared once next to its handler. The registry turns these into dispatch, the
// usage text and every "--help", so what a user reads and what is parsed cannot drift apart.
struct CommandSpec {
    QString path;         // the words typed: "tenants list", "odoo proposal show", "whoami"
    const char* synopsis; // after the path, translatable (QT_TRANSLATE_NOOP "fusion::cli::Commands"); "\n"
                          // starts a continuation line
    const char* summary;  // one line, translatable in the same context
    QStringList flags;    // this command's options that take no value (--desc); every other --x takes one
    std::function<int(Context&)> run;
    Store store = Store::Current;
};

class CommandRegistry {
public:
    void add(CommandSpec spec);

    // The command named by the leading words (the longest registered path), or nullptr; `used` says how
    // many words named it.
    const CommandSpec* find(const QStringList& words, qsizetype* used) const;
    bool isGroup(const QString& word) const;
    QStringList pathsIn(const QString& group) const;
    QSet<QString> allFlags() const; // every command's, for finding the command words before it is known
    const QList<CommandSpec>& all() const { return m_specs; }

    QString usageText() const;                          // fusionctl --help
    QString helpFor(const CommandSpec& spec) const;     // fusionctl tenants list --help
    QString helpForGroup(const QString& group) const;   // fusionctl tenants --help
    static QString usageLines(const CommandSpec& spec); // "tenants list [--status S] ..." (translated)

private:
    QList<CommandSpec> m_specs;
};

// Every fusionctl command, in the order the usage text lists them.
const CommandRegistry& commands();

// Options every command understands (fusionctl --json tenants list); they never take a value unless listed
// in kGlobalOptions.
QSet<QString> globalFlags();

// Each group registers its commands from its own file.
void registerDbCommands(CommandRegistry& r);
void registerTenantCommands(CommandRegistry& r);
void registerOperationCommands(CommandRegistry& r);
void registerControlPlaneCommands(CommandRegistry& r);
void registerInfraCommands(CommandRegistry& r);
void registerOdooCommands(CommandRegistry& r);
void registerProposalCommands(CommandRegistry& r);
void registerBundleCommands(CommandRegistry& r);
void registerKeyCommands(CommandRegistry& r);
void registerKeyTransferCommands(CommandRegistry& r);
void registerAccessCommands(CommandRegistry& r);
void registerCallCommand(CommandRegistry& r);
void registerUsageCommands(CommandRegistry& r);
void registerAiCommands(CommandRegistry& r);
void registerAiConsoleCommands(CommandRegistry& r);
void registerPromptCommands(CommandRegistry& r);
void registerEventCommands(CommandRegistry& r);
void registerEventIntakeCommands(CommandRegistry& r);
void registerWorkspaceCommands(CommandRegistry& r);
void registerKnowledgeCommands(CommandRegistry& r);
void registerSsoCommands(CommandRegistry& r);
void registerAutomationCommands(CommandRegistry& r);
void registerAnalyticsCommands(CommandRegistry& r);
void registerHealthCommands(CommandRegistry& r);
void registerBillingCommands(CommandRegistry& r);
void registerSupportCommands(CommandRegistry& r);
void registerProfileCommands(CommandRegistry& r);

} // namespace fusion::cli
