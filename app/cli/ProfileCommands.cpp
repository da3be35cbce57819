// fusionctl profiles: saved connections whose passwords live in the OS keychain.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ListView.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {
// These texts were written for Cli, and are translated under its name.
QString tr(const char* text)
{
    return QCoreApplication::translate("fusion::cli::Cli", text);
}

int list(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using P = ConnectionProfile;
    const QString current = c.profiles->defaultProfile();
    const ListView<ConnectionProfile> view({
        {QString(), QStringLiteral("default"),
         [current](const P& p) { return p.name == current ? QStringLiteral("*") : QString(); },
         [current](const P& p) { return QJsonValue(p.name == current); }},
        {tr("NAME"), QStringLiteral("name"), &P::name},
        {tr("URL"), QStringLiteral("url"), [](const P& p) { return p.target.toUrl(); }},
        {tr("PASSWORD"), QStringLiteral("password_in_keychain"),
         [](const P& p) { return p.hasPassword ? tr("in keychain") : tr("none"); },
         [](const P& p) { return QJsonValue(p.hasPassword); }},
    });
    view.print(
        c, c.profiles->list(),
        ListText().ifEmpty(tr("No connection profiles. Add one with \"fusionctl profiles add NAME --url URL "
                              "--password-stdin\".")));
    return ExitOk;
}

int add(Context& c)
{
    const auto url = c.args.option(QStringLiteral("url"));
    const bool fromStdin = c.args.flag(QStringLiteral("password-stdin"));
    const QString name = c.args.requirePositional(tr("profile name"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!url)
        return c.usage(tr("profiles add needs --url"));
    const QString why = ConnectionProfiles::validateName(name);
    if (!why.isEmpty())
        return c.usage(why);
    auto target = DatabaseTarget::parse(*url);
    if (!target)
        return c.usage(target.error().message);
    SecretBytes password;
    if (fromStdin) {
        QByteArray raw = c.console.readAllStdin();
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        password = SecretBytes(raw);
        SecretBytes::scrub(raw);
        if (password.isEmpty())
            return c.usage(tr("--password-stdin read an empty password"));
    }
    const bool withPassword = !password.isEmpty();
    c.profiles->save(
        name, target.value(), password, c.owner, [&c, name, withPassword](const Result<Unit>& r) {
            if (!r) {
                c.done(c.fail(r.error()));
                return;
            }
            c.console.out(withPassword ? tr("Saved profile %1; its password is in the OS keychain.").arg(name)
                                       : tr("Saved profile %1.").arg(name));
            c.done(ExitOk);
        });
    return ExitPending;
}

int setPassword(Context& c)
{
    const bool fromStdin = c.args.flag(QStringLiteral("password-stdin"));
    const QString name = c.args.requirePositional(tr("profile name"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!fromStdin)
        return c.usage(tr("give the new password on standard input with --password-stdin"));
    QByteArray raw = c.console.readAllStdin();
    while (raw.endsWith('\n') || raw.endsWith('\r'))
        raw.chop(1);
    const SecretBytes password(raw);
    SecretBytes::scrub(raw);
    c.profiles->changePassword(name, password, c.owner, [&c, name](const Result<Unit>& r) {
        if (!r) {
            c.done(c.fail(r.error()));
            return;
        }
        c.console.out(tr("Changed the password of profile %1 in the OS keychain.").arg(name));
        c.done(ExitOk);
    });
    return ExitPending;
}

int remove(Context& c)
{
    const QString name = c.args.requirePositional(tr("profile name"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const auto profile = c.profiles->find(name);
    if (!profile)
        return c.fail(
            Error::make(ErrorKind::NotFound, tr("There is no connection profile \"%1\".").arg(name)));
    WritePlan plan;
    plan.title = tr("Remove connection profile %1 (%2)").arg(name, profile->target.toUrl());
    plan.verb = tr("Remove");
    if (profile->hasPassword)
        plan.effects << tr("Deletes its password from the OS keychain.");
    if (const int asked = c.confirm(plan); asked != ExitOk)
        return asked;
    c.profiles->forget(name, c.owner, [&c, name](const Result<Unit>& r) {
        if (!r) {
            c.done(c.fail(r.error()));
            return;
        }
        c.console.out(tr("Removed profile %1.").arg(name));
        c.done(ExitOk);
    });
    return ExitPending;
}

int use(Context& c)
{
    const bool none = c.args.flag(QStringLiteral("none"));
    const auto name = c.args.positional();
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (none == name.has_value())
        return c.usage(tr("give a profile name, or --none for the embedded SQLite file"));
    if (name && !c.profiles->find(*name))
        return c.fail(
            Error::make(ErrorKind::NotFound, tr("There is no connection profile \"%1\".").arg(*name)));
    c.profiles->setDefaultProfile(name.value_or(QString()));
    c.console.out(name ? tr("fusionctl and the app now open profile %1 by default.").arg(*name)
                       : tr("fusionctl and the app now open the embedded SQLite file by default."));
    return ExitOk;
}
} // namespace

void registerProfileCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("profiles list"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "saved connections; * marks the default"),
           {},
           list,
           Store::None});
    r.add({QStringLiteral("profiles add"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME --url URL [--password-stdin]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "save a connection; its password goes to the OS keychain"),
           {QStringLiteral("password-stdin")},
           add,
           Store::None});
    r.add({QStringLiteral("profiles set-password"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME --password-stdin"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "replace a profile's password in the OS keychain"),
           {QStringLiteral("password-stdin")},
           setPassword,
           Store::None});
    r.add({QStringLiteral("profiles remove"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "forget a connection and its password (asks)"),
           {},
           remove,
           Store::None});
    r.add({QStringLiteral("profiles use"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME|--none"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "the profile the app and fusionctl open by default"),
           {QStringLiteral("none")},
           use,
           Store::None});
}

} // namespace fusion::cli
