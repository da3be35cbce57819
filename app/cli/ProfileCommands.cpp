// fusionctl profiles: saved connections whose passwords live in the OS keychain.
#include "app/cli/Cli.h"

#include <QJsonArray>

namespace fusion::cli {

void Cli::profiles(const QString& action)
{
    Context c = makeContext();
    if (action == QLatin1String("list")) {
        if (const int code = c.finishArgs(); code != ExitOk) {
            finish(code);
            return;
        }
        const auto list = m_profiles.list();
        const QString current = m_profiles.defaultProfile();
        if (m_json) {
            QJsonArray items;
            for (const auto& p : list)
                items.append(QJsonObject{{QStringLiteral("name"), p.name},
                                         {QStringLiteral("url"), p.target.toUrl()},
                                         {QStringLiteral("password_in_keychain"), p.hasPassword},
                                         {QStringLiteral("default"), p.name == current}});
            m_console.json(items);
        } else if (list.isEmpty()) {
            m_console.out(tr("No connection profiles. Add one with \"fusionctl profiles add NAME --url URL "
                             "--password-stdin\"."));
        } else {
            QList<QStringList> rows;
            for (const auto& p : list)
                rows << QStringList{p.name == current ? QStringLiteral("*") : QString(), p.name,
                                    p.target.toUrl(), p.hasPassword ? tr("in keychain") : tr("none")};
            m_console.table({QString(), tr("NAME"), tr("URL"), tr("PASSWORD")}, rows);
        }
        finish(ExitOk);
        return;
    }

    if (action == QLatin1String("add")) {
        const auto url = m_args->option(QStringLiteral("url"));
        const bool fromStdin = m_args->flag(QStringLiteral("password-stdin"));
        const QString name = m_args->requirePositional(tr("profile name"));
        if (const int code = c.finishArgs(); code != ExitOk) {
            finish(code);
            return;
        }
        if (!url) {
            finish(c.usage(tr("profiles add needs --url")));
            return;
        }
        const QString why = ConnectionProfiles::validateName(name);
        if (!why.isEmpty()) {
            finish(c.usage(why));
            return;
        }
        auto target = DatabaseTarget::parse(*url);
        if (!target) {
            finish(c.usage(target.error().message));
            return;
        }
        SecretBytes password;
        if (fromStdin) {
            QByteArray raw = m_console.readAllStdin();
            while (raw.endsWith('\n') || raw.endsWith('\r'))
                raw.chop(1);
            password = SecretBytes(raw);
            SecretBytes::scrub(raw);
            if (password.isEmpty()) {
                finish(c.usage(tr("--password-stdin read an empty password")));
                return;
            }
        }
        const bool withPassword = !password.isEmpty();
        m_profiles.save(
            name, target.value(), password, this, [this, name, withPassword](const Result<Unit>& r) {
                if (!r) {
                    finish(fail(r.error()));
                    return;
                }
                m_console.out(withPassword
                                  ? tr("Saved profile %1; its password is in the OS keychain.").arg(name)
                                  : tr("Saved profile %1.").arg(name));
                finish(ExitOk);
            });
        return;
    }

    if (action == QLatin1String("set-password")) {
        const bool fromStdin = m_args->flag(QStringLiteral("password-stdin"));
        const QString name = m_args->requirePositional(tr("profile name"));
        if (const int code = c.finishArgs(); code != ExitOk) {
            finish(code);
            return;
        }
        if (!fromStdin) {
            finish(c.usage(tr("give the new password on standard input with --password-stdin")));
            return;
        }
        QByteArray raw = m_console.readAllStdin();
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        const SecretBytes password(raw);
        SecretBytes::scrub(raw);
        m_profiles.changePassword(name, password, this, [this, name](const Result<Unit>& r) {
            if (!r) {
                finish(fail(r.error()));
                return;
            }
            m_console.out(tr("Changed the password of profile %1 in the OS keychain.").arg(name));
            finish(ExitOk);
        });
        return;
    }

    if (action == QLatin1String("remove")) {
        const QString name = m_args->requirePositional(tr("profile name"));
        if (const int code = c.finishArgs(); code != ExitOk) {
            finish(code);
            return;
        }
        const auto profile = m_profiles.find(name);
        if (!profile) {
            finish(fail(
                Error::make(ErrorKind::NotFound, tr("There is no connection profile \"%1\".").arg(name))));
            return;
        }
        WritePlan plan;
        plan.title = tr("Remove connection profile %1 (%2)").arg(name, profile->target.toUrl());
        plan.verb = tr("Remove");
        if (profile->hasPassword)
            plan.effects << tr("Deletes its password from the OS keychain.");
        if (const int asked = c.confirm(plan); asked != ExitOk) {
            finish(asked);
            return;
        }
        m_profiles.forget(name, this, [this, name](const Result<Unit>& r) {
            if (!r) {
                finish(fail(r.error()));
                return;
            }
            m_console.out(tr("Removed profile %1.").arg(name));
            finish(ExitOk);
        });
        return;
    }

    if (action == QLatin1String("use")) {
        const bool none = m_args->flag(QStringLiteral("none"));
        const auto name = m_args->positional();
        if (const int code = c.finishArgs(); code != ExitOk) {
            finish(code);
            return;
        }
        if (none == name.has_value()) {
            finish(c.usage(tr("give a profile name, or --none for the embedded SQLite file")));
            return;
        }
        if (name && !m_profiles.find(*name)) {
            finish(fail(
                Error::make(ErrorKind::NotFound, tr("There is no connection profile \"%1\".").arg(*name))));
            return;
        }
        m_profiles.setDefaultProfile(name.value_or(QString()));
        m_console.out(name ? tr("fusionctl and the app now open profile %1 by default.").arg(*name)
                           : tr("fusionctl and the app now open the embedded SQLite file by default."));
        finish(ExitOk);
        return;
    }

    finish(c.usage(action.isEmpty() ? tr("profiles needs an action: list, add, set-password, remove or use")
                                    : tr("unknown profiles action \"%1\"").arg(action)));
}

} // namespace fusion::cli
