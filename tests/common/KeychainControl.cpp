#include "tests/common/KeychainControl.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace fusion::test {

// Runs a helper program; returns its standard output, or nullopt when it failed.
std::optional<QString> tool(const QString& program, const QStringList& args, const QByteArray& input,
                            QString* error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = p.errorString();
        return std::nullopt;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return std::nullopt;
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// What `secret-tool` shows for the items QtKeychain wrote for `service` (attribute "server").
QString keychainItems(const QString& service)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAll());
}

bool keychainHasItem(const QString& key)
{
    return keychainItems().contains(QStringLiteral("attribute.user = ") + key);
}

// The process that owns org.freedesktop.secrets on this session bus.
qint64 secretServicePid()
{
    const auto reply =
        tool(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                           QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                                           QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                                           QStringLiteral("string:org.freedesktop.secrets")});
    if (!reply)
        return 0;
    static const QRegularExpression re(QStringLiteral("uint32 (\\d+)"));
    const auto m = re.match(*reply);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool lockLoginCollection()
{
    return tool(QStringLiteral("dbus-send"),
                {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                 QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")})
        .has_value();
}

bool loginCollectionLocked()
{
    const auto reply =
        tool(QStringLiteral("dbus-send"),
             {QStringLiteral("--session"), QStringLiteral("--print-reply"),
              QStringLiteral("--dest=org.freedesktop.secrets"),
              QStringLiteral("/org/freedesktop/secrets/collection/login"),
              QStringLiteral("org.freedesktop.DBus.Properties.Get"),
              QStringLiteral("string:org.freedesktop.Secret.Collection"), QStringLiteral("string:Locked")});
    return reply && reply->contains(QStringLiteral("boolean true"));
}

// Unlocking needs a prompt, which a headless session cannot show: replace the daemon by one that unlocks
// the login keyring with its (empty) password, as with-keychain.sh started it.
bool unlockLoginCollection()
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(QStringLiteral("gnome-keyring-daemon"), {QStringLiteral("--replace"), QStringLiteral("--unlock"),
                                                     QStringLiteral("--components=secrets")});
    if (!p.waitForStarted(10000))
        return false;
    p.write("\n");
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QTest::qWaitFor([] { return secretServicePid() > 0 && !loginCollectionLocked(); }, 15000);
}

} // namespace fusion::test
