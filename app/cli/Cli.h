#pragma once

#include "app/cli/Args.h"
#include "app/cli/Console.h"
#include "models/core/Error.h"
#include "models/core/WritePlan.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/ConnectionProfiles.h"
#include "models/storage/Database.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace fusion {
struct Operation;
class OdooClient;
} // namespace fusion

namespace fusion::cli {

struct CommandSpec;
class Fields;

// fusionctl's texts, translated under "fusion::cli": lupdate files the tr() calls of this namespace there.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1);

// Exit codes (DESIGN.md): 0 ok, 1 error, 2 usage error, 3 not confirmed, 4 permission denied, 5 not found.
enum ExitCode {
    ExitOk = 0,
    ExitError = 1,
    ExitUsage = 2,
    ExitNotConfirmed = 3,
    ExitDenied = 4,
    ExitNotFound = 5,
    // Not an exit code: the command goes on asynchronously (network, keychain) and calls Context::done().
    ExitPending = -1
};
int exitCodeFor(const Error& error);

// What every command works with: the parsed arguments, the console, the open database and the shared
// confirm-then-execute path.
struct Context {
    Args& args;
    Console& console;
    Database& db;
    bool json = false;
    bool yes = false;
    bool verbose = false; // --verbose: a server's text whole, not its first lines
    SecretStore* secrets = nullptr;
    ConnectionProfiles* profiles = nullptr; // for the profiles commands, which run without a store
    QObject* owner = nullptr;               // keeps asynchronous callbacks alive only as long as the run
    QStringList odooDatabase;               // "odoo connect --db NAME": the Odoo database, not our store
    std::function<void(int)> done;          // for commands that returned ExitPending

    // The one path for every write: print the plan, ask (or take --yes; refuse without a terminal), run it
    // with its audit row in one transaction. Returns the exit code; on success `onDone` prints the result.
    int confirmAndExecute(const PendingWrite& write, const std::function<void(const QJsonObject&)>& onDone);
    // Asks the question of confirmAndExecute for anything; returns ExitOk or the exit code to stop with.
    int confirm(const WritePlan& plan);
    // The one place a command's result picks its form: `json` with --json; for a person `text` on standard
    // output (several lines joined by '\n'; nothing when nullopt), then `note` on standard error (when not
    // empty; with --json the JSON says it).
    void report(const QJsonValue& json, const std::optional<QString>& text, const QString& note = {});
    // A show command: its fields as one JSON object, or as aligned "Label: value" lines followed by what
    // `more` prints for a person only (steps, a table, a second block).
    void show(const Fields& fields, const std::function<void()>& more = nullptr);
    int fail(const Error& error);
    int usage(const QString& problem);
    int finishArgs(); // ExitOk, or ExitUsage when arguments were left over
    // Text a server sent (a traceback, an error body) as a person reads it: with --verbose all of it, else
    // BoundedText's first lines followed, when something was left out, by how to see the rest.
    QString remoteText(const QString& text) const;
};

class Cli : public QObject {
    Q_OBJECT

public:
    explicit Cli(QObject* parent = nullptr);
    ~Cli() override;
    void run(const QStringList& arguments, std::function<void(int)> finished);

private:
    using Command = std::function<int(Context&)>;
    void withDatabase(bool requireSchema, Command command);
    void runCommand(Command command, bool requireSchema, const SecretBytes& password);
    void finish(int code);
    int fail(const Error& error);
    int usage(const QString& problem);
    void dispatch(const CommandSpec& spec);
    void runWithoutStore(const Command& command);
    Context makeContext();

    Console m_console;
    std::unique_ptr<Args> m_args;
    std::function<void(int)> m_finished;
    SecretStore m_secrets;
    ConnectionProfiles m_profiles;
    Database m_db;
    DatabaseTarget m_target;
    bool m_json = false;
    bool m_yes = false;
    bool m_verbose = false;
    std::unique_ptr<Context> m_context; // lives until an asynchronous command is done
    QStringList m_odooDatabase;
};

// Shared by the odoo, proposal and bundle commands: how Odoo values read in a table, a positive --option.
QString odooCell(const QVariant& value);
std::optional<int> positiveIntOption(Context& c, const QString& name); // bad values: see Args
// Reads the tenant's stored Odoo settings and keychain secret, then runs `work` with a ready client; returns
// ExitPending (or the exit code of a failure before that).
int withOdooClient(Context& c, const QString& slug, const std::function<void(OdooClient*)>& work);

template <typename Row>
class ListView;
// An operation as `operations list` shows it; `tenants show --json` lists recent ones the same way.
const ListView<fusion::Operation>& operationsView();

} // namespace fusion::cli
