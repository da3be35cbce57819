#include "app/cli/Cli.h"

#include "models/storage/Migrator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fusion::cli {

namespace {
// Options that never take a value; every other --option consumes the next word.
const QSet<QString> kFlags = {QStringLiteral("json"),
                              QStringLiteral("yes"),
                              QStringLiteral("help"),
                              QStringLiteral("desc"),
                              QStringLiteral("password-stdin"),
                              QStringLiteral("none"),
                              QStringLiteral("companies"),
                              QStringLiteral("company"),
                              QStringLiteral("include-core"),
                              QStringLiteral("all"),
                              QStringLiteral("secret-stdin"),
                              QStringLiteral("default"),
                              QStringLiteral("skip-validation"),
                              QStringLiteral("reset"),
                              QStringLiteral("passphrase-stdin"),
                              QStringLiteral("enable"),
                              QStringLiteral("disable"),
                              QStringLiteral("block"),
                              QStringLiteral("unblock"),
                              QStringLiteral("strict"),
                              QStringLiteral("rebuild"),
                              QStringLiteral("prompt-stdin")};

QString usageText()
{
    return QCoreApplication::translate(
        "fusion::cli::Cli",
        "Usage: fusionctl [--db URL | --profile NAME] [--json] [--yes] [--lang LANG] COMMAND ...\n"
        "\n"
        "Store: --db sqlite:///path/file.db or postgresql://user@host:port/db, else $FUSION_DB, else the\n"
        "default profile (fusionctl profiles use NAME), else the embedded SQLite file.\n"
        "\n"
        "Commands:\n"
        "  db status | db migrate                      schema version; create or upgrade the schema\n"
        "  demo seed [--tenants N]                     fill an empty database with demo data\n"
        "  tenants list [--status S] [--search Q] [--plan P] [--agency G]\n"
        "               [--sort name|slug|status|plan|agency|region|updated|created] [--desc]\n"
        "               [--page N] [--limit N]\n"
        "  tenants show SLUG\n"
        "  tenants create --slug S --name N [--agency G] [--plan P] [--bundle B]... [--template T]\n"
        "               [--region R] [--db-strategy db_per_tenant|schema_per_tenant] [--db-host H]\n"
        "               [--odoo-url URL] [--realm R] [--client-id C] [--redirect-uri URI]...\n"
        "  tenants pause|resume|rebuild|decommission SLUG\n"
        "  tenants edit SLUG --set FIELD=VALUE... [--expect-version N]\n"
        "  operations list [--tenant SLUG] [--status S] [--limit N]\n"
        "  operations abandon ID                       close a module install left running (app closed) as "
        "failed\n"
        "  audit list [--search Q] [--tenant SLUG] [--limit N] | audit verify\n"
        "  roles list | roles grant LOGIN ROLE [--tenant SLUG] | roles revoke LOGIN ROLE [--tenant SLUG]\n"
        "  whoami\n"
        "  odoo connect SLUG --url URL --db DB --login LOGIN --password-stdin [--trust-fingerprint SHA256]\n"
        "       [--reads-per-minute N] [--writes-per-minute N]   test, then store a tenant's Odoo "
        "connection\n"
        "  odoo status SLUG                            server version, uid and latency of a tenant's Odoo\n"
        "  odoo partners SLUG [--search Q] [--email E] [--phone P] [--website W] [--companies] [--limit N]\n"
        "  odoo partner SLUG ID                        a partner with its leads, projects, tasks, "
        "activities, events\n"
        "  odoo leads SLUG [--partner ID] [--email E] [--name N] [--stage S] [--limit N]\n"
        "  odoo projects SLUG [--partner ID] [--name N] [--limit N]\n"
        "  odoo tasks SLUG [--project ID] [--partner ID] [--name N] [--limit N]\n"
        "  odoo activities SLUG [--partner ID] [--model M] [--record ID] [--limit N]\n"
        "  odoo events SLUG [--partner ID]... [--name N] [--limit N]\n"
        "  odoo propose partner|lead|project|tasks|activity|event SLUG --case ID [fields]\n"
        "                                              save a proposed change (nothing goes to Odoo yet)\n"
        "  odoo proposals [--state S|all] [--tenant SLUG]\n"
        "  odoo proposal show|execute|cancel ID        review, run once (asks) or drop a proposal\n"
        "  odoo proposal abandon ID                    close a proposal left executing (after a crash) as "
        "failed\n"
        "  odoo modules SLUG                           record the modules of a tenant's Odoo\n"
        "  bundles list | bundles show CODE | bundles delete CODE\n"
        "  bundles create CODE --name N --modules M,M... [--type T] [--version V] [--description D]\n"
        "  bundles edit CODE [--name N] [--type T] [--version V] [--description D] [--modules M,M...]\n"
        "               [--add-module M]... [--remove-module M]...\n"
        "  bundles assign|unassign|apply CODE SLUG     apply: install the missing modules in its Odoo\n"
        "  bundles drift [SLUG] [--bundle CODE] [--include-core] [--all]   wanted vs installed modules\n"
        "  keys providers | keys list [--provider P] [--all] [--expiring-days N] [--unused-days N]\n"
        "  keys show PROVIDER [--key LABEL]\n"
        "  keys add PROVIDER --label L --secret-stdin [--client-id ID] [--expires DATE] [--default] [--notes "
        "T]\n"
        "  keys set-default|revoke PROVIDER --key LABEL  revoke: asks for the label, deletes the keychain "
        "item\n"
        "  keys get PROVIDER [--key LABEL]             print the secret for a program (audited)\n"
        "  keys export FILE [--provider P]... [--key PROVIDER/LABEL]... --passphrase-stdin\n"
        "  keys import FILE --passphrase-stdin         shows what is added or replaced, then asks\n"
        "  keys scan SLUG                              credentials in a tenant's Odoo system parameters\n"
        "  access check --consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]   exit 0 allow, "
        "3 "
        "deny\n"
        "  access list [--consumer C] | access consumers | access users | access alerts [--all] | access ack "
        "ID...|--all\n"
        "  access set --consumer C --provider P [--enable|--disable] [--monthly A|none] [--daily A|none]\n"
        "             [--rpm N|none] [--rpd N|none] [--notes T]\n"
        "  access remove --consumer C --provider P | access kill CONSUMER [--reason R] | access revive "
        "CONSUMER\n"
        "  access user NAME [--monthly A|none] [--daily-requests N|none] [--block|--unblock] [--notes T]\n"
        "  access propose --consumer C --provider P [rule options] [--reason R]   finance: an owner "
        "approves\n"
        "  access proposals [--all] | access approve ID | access reject ID\n"
        "  call openai|anthropic --consumer C --model M (--prompt TEXT|--prompt-stdin) [--feature F] [--user "
        "U]\n"
        "       [--system TEXT] [--max-tokens N] [--timeout S]   checked, paid from the budget, logged\n"
        "  usage record --consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] "
        "[--tokens-cached "
        "N]\n"
        "               [--cost A] [--latency-ms N] [--status ok|error] [--at TIME] [--request-id ID] ...\n"
        "  usage import FILE [--strict]                CSV or JSON lines; bad rows reported by line\n"
        "  usage aggregate [--rebuild] | usage prune --before DATE | usage unpriced\n"
        "  usage summary [--by consumer|provider|model|feature|user|day] [--from DATE] [--to DATE]\n"
        "  usage prices [--provider P] | usage price set PROVIDER MODEL --from DATE --input A --output A "
        "[--cached "
        "A]\n"
        "  profiles list | profiles add NAME --url URL [--password-stdin] | profiles set-password NAME\n"
        "           --password-stdin | profiles remove NAME | profiles use NAME|--none\n"
        "\n"
        "Every write shows what will change and asks; without a terminal it needs --yes.\n"
        "Exit codes: 0 ok, 1 error, 2 usage error, 3 not confirmed, 4 permission denied, 5 not found.");
}
} // namespace

int exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::PermissionDenied:
    case ErrorKind::OdooAccessDenied:
    case ErrorKind::OdooAccessError:
        return ExitDenied;
    case ErrorKind::NotFound:
    case ErrorKind::KeychainEntryMissing:
        return ExitNotFound;
    case ErrorKind::NotConfirmed:
        return ExitNotConfirmed;
    default:
        return ExitError;
    }
}

int Context::fail(const Error& error)
{
    if (json) {
        QJsonObject o{{QStringLiteral("error"), error.kindName()},
                      {QStringLiteral("message"), error.message}};
        if (!error.current.isEmpty())
            o.insert(QStringLiteral("current"), QJsonObject::fromVariantMap(error.current));
        console.json(o);
    }
    console.err(QStringLiteral("fusionctl: ") + error.message);
    if (!error.current.isEmpty() && !json) {
        console.err(QCoreApplication::translate("fusion::cli::Cli", "Current values:"));
        for (auto it = error.current.cbegin(); it != error.current.cend(); ++it) {
            if (!it.key().startsWith(QLatin1Char('_')))
                console.err(QStringLiteral("  %1: %2").arg(it.key(), it.value().toString()));
        }
    }
    if (!error.detail.isEmpty() && error.detail != error.message && error.kind != ErrorKind::PermissionDenied)
        console.err(QCoreApplication::translate("fusion::cli::Cli", "Details: %1").arg(error.detail));
    else if (error.kind == ErrorKind::PermissionDenied && !error.detail.isEmpty())
        console.err(QCoreApplication::translate("fusion::cli::Cli", "Database said: %1").arg(error.detail));
    return exitCodeFor(error);
}

int Context::usage(const QString& problem)
{
    console.err(QStringLiteral("fusionctl: ") + problem);
    console.err(QCoreApplication::translate("fusion::cli::Cli", "Run \"fusionctl --help\" for usage."));
    return ExitUsage;
}

int Context::finishArgs()
{
    const QString problem = args.leftover();
    return problem.isEmpty() ? int(ExitOk) : usage(problem);
}

int Context::confirm(const WritePlan& plan)
{
    console.err(plan.summaryText());
    if (yes)
        return ExitOk;
    if (!console.stdinIsTerminal()) {
        console.err(QCoreApplication::translate(
            "fusion::cli::Cli", "fusionctl: not confirmed: standard input is not a terminal. Nothing "
                                "was changed; add --yes to confirm."));
        return ExitNotConfirmed;
    }
    if (!plan.confirmPhrase.isEmpty()) {
        console.prompt(
            QCoreApplication::translate("fusion::cli::Cli", "This cannot be undone. Type \"%1\" to confirm: ")
                .arg(plan.confirmPhrase));
        const auto answer = console.readLine();
        if (!answer || answer->trimmed() != plan.confirmPhrase) {
            console.err(
                QCoreApplication::translate("fusion::cli::Cli", "Not confirmed; nothing was changed."));
            return ExitNotConfirmed;
        }
        return ExitOk;
    }
    console.prompt(QCoreApplication::translate("fusion::cli::Cli", "%1? [y/N] ").arg(plan.verb));
    const auto answer = console.readLine();
    const QString a = answer ? answer->trimmed().toLower() : QString();
    if (a != QLatin1String("y") && a != QLatin1String("yes")) {
        console.err(QCoreApplication::translate("fusion::cli::Cli", "Not confirmed; nothing was changed."));
        return ExitNotConfirmed;
    }
    return ExitOk;
}

Cli::Cli(QObject* parent)
    : QObject(parent)
    , m_profiles(&m_secrets)
{
}

Cli::~Cli() = default;

void Cli::finish(int code)
{
    if (auto done = std::exchange(m_finished, nullptr))
        done(code);
}

Context Cli::makeContext()
{
    return Context{*m_args, m_console, m_db, m_json, m_yes, &m_secrets, m_odooDatabase, {}};
}

int Cli::fail(const Error& error)
{
    Context c = makeContext();
    return c.fail(error);
}

int Cli::usage(const QString& problem)
{
    Context c = makeContext();
    return c.usage(problem);
}

void Cli::run(const QStringList& arguments, std::function<void(int)> finished)
{
    m_finished = std::move(finished);
    // "--version" alone (or with other options) asks for ours; after a command it is that command's option
    // (bundles create --version 2.0).
    bool command = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--profile") || a == QLatin1String("--lang"))
            ++i; // its value
        else if (!a.startsWith(QLatin1Char('-')))
            command = true;
    }
    if (!command && arguments.contains(QStringLiteral("--version"))) {
        m_console.out(QStringLiteral("fusionctl %1").arg(QStringLiteral(FUSION_VERSION)));
        finish(ExitOk);
        return;
    }
    m_args = std::make_unique<Args>(arguments, kFlags);
    m_json = m_args->flag(QStringLiteral("json"));
    m_yes = m_args->flag(QStringLiteral("yes"));
    m_args->option(QStringLiteral("lang")); // applied by main() before any text is produced
    if (m_args->flag(QStringLiteral("help"))) {
        m_console.out(usageText());
        finish(ExitOk);
        return;
    }
    dispatch();
}

void Cli::dispatch()
{
    const QString command = m_args->positional().value_or(QString());
    // "odoo connect SLUG --db NAME" names the tenant's Odoo database (as Odoo's own tools do); there a --db
    // that is not a store address (no "://", not "sqlite:") is that name, and the store comes from
    // --profile, $FUSION_DB or the default.
    std::optional<QString> dbUrl;
    const QStringList dbValues = m_args->options(QStringLiteral("db"));
    for (const QString& v : dbValues) {
        const bool storeAddress = v.contains(QLatin1String("://")) || v.startsWith(QLatin1String("sqlite:"));
        if (command == QLatin1String("odoo") && !storeAddress) {
            m_odooDatabase << v;
            continue;
        }
        if (dbUrl) {
            finish(usage(tr("--db is given more than once")));
            return;
        }
        dbUrl = v;
    }
    const auto profile = m_args->option(QStringLiteral("profile"));
    if (dbUrl && profile) {
        finish(usage(tr("use either --db or --profile, not both")));
        return;
    }
    if (command.isEmpty() || command == QLatin1String("help")) {
        m_console.out(usageText());
        finish(command.isEmpty() ? ExitUsage : ExitOk);
        return;
    }
    if (command == QLatin1String("profiles")) {
        profiles(m_args->positional().value_or(QString()));
        return;
    }

    // Resolve the store before anything else, so a wrong address is reported as such.
    std::optional<ConnectionProfile> chosenProfile;
    if (dbUrl) {
        auto parsed = DatabaseTarget::parse(*dbUrl);
        if (!parsed) {
            finish(usage(parsed.error().message));
            return;
        }
        m_target = parsed.value();
    } else if (profile) {
        chosenProfile = m_profiles.find(*profile);
        if (!chosenProfile) {
            finish(fail(Error::make(ErrorKind::NotFound,
                                    tr("There is no connection profile \"%1\".").arg(*profile))));
            return;
        }
    } else if (const QString env = qEnvironmentVariable("FUSION_DB"); !env.isEmpty()) {
        auto parsed = DatabaseTarget::parse(env);
        if (!parsed) {
            finish(
                fail(Error::make(ErrorKind::InvalidInput, tr("FUSION_DB: %1").arg(parsed.error().message))));
            return;
        }
        m_target = parsed.value();
    } else if (const QString name = m_profiles.defaultProfile(); !name.isEmpty()) {
        chosenProfile = m_profiles.find(name);
        if (!chosenProfile) {
            finish(fail(
                Error::make(ErrorKind::NotFound,
                            tr("The default connection profile \"%1\" no longer exists; choose another with "
                               "\"fusionctl profiles use\".")
                                .arg(name))));
            return;
        }
    } else {
        m_target = DatabaseTarget::defaultSqlite();
    }
    if (chosenProfile)
        m_target = chosenProfile->target;

    const QString action =
        (command == QLatin1String("whoami")) ? QString() : m_args->positional().value_or(QString());
    Command run;
    bool requireSchema = true;
    if (command == QLatin1String("db")) {
        requireSchema = false;
        run = [action](Context& c) { return dbCommand(c, action); };
    } else if (command == QLatin1String("demo")) {
        run = [action](Context& c) { return demoCommand(c, action); };
    } else if (command == QLatin1String("tenants")) {
        run = [action](Context& c) { return tenantsCommand(c, action); };
    } else if (command == QLatin1String("operations")) {
        run = [action](Context& c) { return operationsCommand(c, action); };
    } else if (command == QLatin1String("audit")) {
        run = [action](Context& c) { return auditCommand(c, action); };
    } else if (command == QLatin1String("roles")) {
        run = [action](Context& c) { return rolesCommand(c, action); };
    } else if (command == QLatin1String("whoami")) {
        run = [](Context& c) { return whoamiCommand(c); };
    } else if (command == QLatin1String("odoo")) {
        run = [action](Context& c) {
            return action == QLatin1String("modules") ? odooModulesCommand(c) : odooCommand(c, action);
        };
    } else if (command == QLatin1String("bundles")) {
        run = [action](Context& c) { return bundlesCommand(c, action); };
    } else if (command == QLatin1String("keys")) {
        run = [action](Context& c) { return keysCommand(c, action); };
    } else if (command == QLatin1String("access")) {
        run = [action](Context& c) { return accessCommand(c, action); };
    } else if (command == QLatin1String("usage")) {
        run = [action](Context& c) { return usageCommand(c, action); };
    } else if (command == QLatin1String("call")) {
        run = [action](Context& c) { return callCommand(c, action); };
    } else {
        finish(usage(tr("unknown command \"%1\"").arg(command)));
        return;
    }

    // A missing embedded file is not created just to be told it is empty.
    if (m_target.dialect == Dialect::Sqlite && !QFileInfo::exists(m_target.sqlitePath) &&
        !(command == QLatin1String("db") && action == QLatin1String("migrate"))) {
        if (command == QLatin1String("db") && action == QLatin1String("status")) {
            const int leftover = makeContext().finishArgs();
            if (leftover != ExitOk) {
                finish(leftover);
                return;
            }
            if (m_json)
                m_console.json(
                    QJsonObject{{QStringLiteral("database"), m_target.displayName()},
                                {QStringLiteral("exists"), false},
                                {QStringLiteral("current"), 0},
                                {QStringLiteral("latest"), Migrator::latestVersion(Dialect::Sqlite)}});
            else
                m_console.out(tr("No database at %1 yet; \"fusionctl db migrate\" creates it.")
                                  .arg(m_target.sqlitePath));
            finish(ExitOk);
            return;
        }
        finish(fail(Error::make(ErrorKind::SchemaMissing,
                                tr("There is no database at %1 yet. Create it with \"fusionctl db migrate\".")
                                    .arg(m_target.sqlitePath))));
        return;
    }

    if (chosenProfile && chosenProfile->hasPassword) {
        m_profiles.password(chosenProfile->name, this,
                            [this, run, requireSchema](const Result<SecretBytes>& password) {
                                if (!password) {
                                    finish(fail(password.error()));
                                    return;
                                }
                                runCommand(run, requireSchema, password.value());
                            });
        return;
    }
    runCommand(run, requireSchema, SecretBytes());
}

void Cli::runCommand(Command command, bool requireSchema, const SecretBytes& password)
{
    m_context = std::make_unique<Context>(makeContext());
    Context& context = *m_context;
    context.done = [this](int code) { finish(code); };
    // `db migrate` on a missing embedded file creates it; if the person then declines, leave no empty file.
    const bool newFile = m_target.dialect == Dialect::Sqlite && !QFileInfo::exists(m_target.sqlitePath);
    const auto removeNewFile = [&] {
        if (!newFile)
            return;
        m_db.close();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_target.sqlitePath + QLatin1String(suffix));
    };
    auto opened = capture([&] {
        m_db.open(m_target, password.bytes());
        if (requireSchema)
            Migrator::requireCurrent(m_db);
        return Unit{};
    });
    if (!opened) {
        const int failed = context.fail(opened.error());
        removeNewFile();
        finish(failed);
        return;
    }
    auto code = capture([&] { return command(context); });
    const int exitCode = code ? code.value() : context.fail(code.error());
    if (exitCode == ExitPending)
        return;
    if (exitCode != ExitOk)
        removeNewFile();
    finish(exitCode);
}

} // namespace fusion::cli
