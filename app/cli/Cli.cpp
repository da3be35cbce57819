#include "app/cli/Cli.h"

#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "models/core/BoundedText.h"
#include "models/storage/Migrator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fusion::cli {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("fusion::cli", text, disambiguation, n);
}

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
        console.err(
            QCoreApplication::translate("fusion::cli::Cli", "Details: %1").arg(remoteText(error.detail)));
    else if (error.kind == ErrorKind::PermissionDenied && !error.detail.isEmpty())
        console.err(QCoreApplication::translate("fusion::cli::Cli", "Database said: %1")
                        .arg(remoteText(error.detail)));
    return exitCodeFor(error);
}

QString Context::remoteText(const QString& text) const
{
    if (verbose)
        return text;
    const QString shown = BoundedText::of(text);
    if (!BoundedText::isCut(text))
        return shown;
    return shown + QLatin1Char('\n') +
           QCoreApplication::translate("fusion::cli::Cli", "(--verbose shows all of it)");
}

void Context::report(const QJsonValue& json_, const std::optional<QString>& text, const QString& note)
{
    if (json) {
        console.json(json_);
        return;
    }
    if (text)
        console.out(*text);
    if (!note.isEmpty())
        console.err(note);
}

void Context::show(const Fields& fields, const std::function<void()>& more)
{
    if (json) {
        console.json(fields.object());
        return;
    }
    console.keyValues(fields.pairs());
    if (more)
        more();
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
    Context c{*m_args,    m_console,   m_db, m_json,         m_yes, m_verbose,
              &m_secrets, &m_profiles, this, m_odooDatabase, {}};
    return c;
}

void Cli::runWithoutStore(const Command& command)
{
    m_context = std::make_unique<Context>(makeContext());
    m_context->done = [this](int code) { finish(code); };
    auto code = capture([&] { return command(*m_context); });
    const int exitCode = code ? code.value() : m_context->fail(code.error());
    if (exitCode != ExitPending)
        finish(exitCode);
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
    const CommandRegistry& registry = commands();
    // Which words name the command is read with every command's flags known; the command's own flag set
    // then decides what its options consume.
    Args scan(arguments, registry.allFlags());
    QStringList words;
    while (const auto word = scan.positional())
        words << *word;
    bool help = scan.flag(QStringLiteral("help"));
    if (words.value(0) == QLatin1String("help")) {
        help = true;
        words.removeFirst();
        if (words.isEmpty()) {
            m_console.out(registry.usageText());
            finish(ExitOk);
            return;
        }
    }
    qsizetype used = 0;
    const CommandSpec* spec = registry.find(words, &used);
    m_args = std::make_unique<Args>(
        arguments,
        globalFlags() + (spec ? QSet<QString>(spec->flags.cbegin(), spec->flags.cend()) : QSet<QString>()));
    m_json = m_args->flag(QStringLiteral("json"));
    m_yes = m_args->flag(QStringLiteral("yes"));
    m_verbose = m_args->flag(QStringLiteral("verbose"));
    m_args->option(QStringLiteral("lang")); // applied by main() before any text is produced
    m_args->flag(QStringLiteral("help"));
    if (!spec) {
        const QString group = words.value(0);
        if (group.isEmpty()) {
            m_console.out(registry.usageText());
            finish(help ? ExitOk : ExitUsage);
        } else if (!registry.isGroup(group)) {
            finish(usage(tr("unknown command \"%1\"").arg(group)));
        } else if (help) {
            m_console.out(registry.helpForGroup(group));
            finish(ExitOk);
        } else {
            QStringList actions = registry.pathsIn(group);
            for (QString& path : actions)
                path = path.section(QLatin1Char(' '), 1);
            finish(usage(words.size() < 2
                             ? tr("%1 needs an action: %2").arg(group, actions.join(QStringLiteral(", ")))
                             : tr("unknown %1 action \"%2\"").arg(group, words.at(1))));
        }
        return;
    }
    if (help) {
        m_console.out(registry.helpFor(*spec));
        finish(ExitOk);
        return;
    }
    for (qsizetype i = 0; i < used; ++i)
        m_args->positional();
    dispatch(*spec);
}

void Cli::dispatch(const CommandSpec& spec)
{
    const QString command = spec.path.section(QLatin1Char(' '), 0, 0);
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
    if (spec.store == Store::None) {
        runWithoutStore(spec.run);
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

    const Command run = spec.run;
    const bool requireSchema = spec.store == Store::Current;

    // A missing embedded file is not created just to be told it is empty.
    if (m_target.dialect == Dialect::Sqlite && !QFileInfo::exists(m_target.sqlitePath) &&
        spec.path != QLatin1String("db migrate")) {
        if (spec.path == QLatin1String("db status")) {
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
    // A command that outlives a failover (a prompt answered later, a long import) reconnects by itself before
    // its next transaction; the person hears of it on stderr, where it cannot mix with --json output.
    m_db.setReconnectHandler(
        [this](const QString& notice) { m_console.err(tr("fusionctl: %1").arg(notice)); });
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
