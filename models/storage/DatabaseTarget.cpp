#include "models/storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace fusion {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fusion::DatabaseTarget", text);
}

const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
// The address as typed, minus any password in it (user:password@ or password=), so that an error message
// can quote what the user wrote without putting a secret on the screen or into a log.
QString redactedAddress(const QString& url)
{
    QString out = url;
    // A password wherever it is — from a colon (not the scheme's "://") to the last '@' before a '/', '?',
    // '#' or space — not only after a well-formed scheme at the start: the fuzz target found mistyped
    // addresses
    // ("sq\x9blite:/ostgresql://alice:pw@…", "postgrWORD@db.e:pw@…") quoted back with the password in them.
    static const QRegularExpression userInfo(QStringLiteral(":(?!//)[^/?#\\s]*@"));
    out.replace(userInfo, QStringLiteral(":***@"));
    static const QRegularExpression param(QStringLiteral("(password=)[^&#\\s]*"),
                                          QRegularExpression::CaseInsensitiveOption);
    out.replace(param, QStringLiteral("\\1***"));
    // QUrl's own error text names the parts it read: userinfo = "alice:password".
    static const QRegularExpression quotedUserInfo(QStringLiteral("(userinfo = \")[^\"]*\""));
    out.replace(quotedUserInfo, QStringLiteral("\\1***\""));
    return out;
}
} // namespace

Result<DatabaseTarget> DatabaseTarget::parse(const QString& text)
{
    const QString url = text.trimmed();
    const auto invalid = [&](const QString& why) {
        return Error::make(
            ErrorKind::InvalidInput,
            // `why` too: QUrl's errors quote the whole address ("source was …"), which
            // the fuzz target found repeating a password.
            tr("Invalid database address \"%1\": %2").arg(redactedAddress(url), redactedAddress(why)));
    };
    if (url.isEmpty())
        return invalid(tr("it is empty"));

    DatabaseTarget t;
    if (url.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        // sqlite:///abs/path, sqlite://rel/path and sqlite:path all name a file; percent-escapes allowed.
        QString rest = url.mid(int(qstrlen("sqlite:")));
        if (rest.startsWith(QLatin1String("//")))
            rest = rest.mid(2);
        rest = QUrl::fromPercentEncoding(rest.toUtf8());
        if (rest.isEmpty())
            return invalid(tr("no file name after sqlite://"));
        t.dialect = Dialect::Sqlite;
        t.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(rest));
        return t;
    }

    if (!url.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) &&
        !url.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return invalid(tr("use sqlite:///path/to/file.db or postgresql://user@host:port/database"));

    const QString noPassword = tr("do not put a password in the address; save a connection profile (its "
                                  "password is kept in the OS keychain) or use PGPASSWORD");
    // A password is refused before QUrl reads the address: its errors quote the parts it read, password too.
    static const QRegularExpression withPassword(QStringLiteral("^[A-Za-z]+://[^/@?#:]*:[^/?#]*@"));
    if (withPassword.match(url).hasMatch())
        return invalid(noPassword);
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return invalid(parsed.errorString());
    if (!parsed.password().isEmpty())
        return invalid(noPassword);
    t.dialect = Dialect::Postgres;
    t.user = parsed.userName(QUrl::FullyDecoded);
    t.host = parsed.host(QUrl::FullyDecoded);
    if (parsed.port() > 0)
        t.port = parsed.port();
    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path = path.mid(1);
    if (path.contains(QLatin1Char('/')))
        return invalid(tr("the database name must not contain '/'"));
    t.database = path;

    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return invalid(tr("unknown sslmode \"%1\"").arg(value));
            t.sslMode = value;
        } else if (key == QLatin1String("host")) {
            t.host = value; // libpq allows a socket directory here
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            t.port = value.toInt(&ok);
            if (!ok || t.port <= 0 || t.port > 65535)
                return invalid(tr("invalid port \"%1\"").arg(value));
        } else if (key == QLatin1String("user")) {
            t.user = value;
        } else if (key == QLatin1String("dbname")) {
            t.database = value;
        } else if (key == QLatin1String("password")) {
            return invalid(noPassword);
        } else {
            return invalid(tr("unknown parameter \"%1\"").arg(key));
        }
    }
    return t;
}

QString DatabaseTarget::toUrl() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite://") + QString::fromUtf8(QUrl::toPercentEncoding(sqlitePath, "/"));
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    // A host that the address's authority would not carry as it is — a socket directory, or a name given
    // with ?host= that QUrl would lower-case or refuse (the fuzz target found "?host=Db1" coming back as
    // "db1") — goes back into ?host=, so parse(toUrl()) is the same target.
    QUrl probe;
    probe.setHost(host, QUrl::StrictMode);
    const bool hostAsParam =
        host.startsWith(QLatin1Char('/')) ||
        (!host.isEmpty() && (!probe.isValid() || probe.host(QUrl::FullyDecoded) != host));
    // An IPv6 literal needs brackets, or its colons would read as the port.
    if (!hostAsParam)
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0 && !hostAsParam)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList params;
    if (hostAsParam)
        params << QStringLiteral("host=") + QString::fromUtf8(QUrl::toPercentEncoding(host, "/"));
    if (hostAsParam && port > 0)
        params << QStringLiteral("port=") + QString::number(port);
    if (!sslMode.isEmpty())
        params << QStringLiteral("sslmode=") + sslMode;
    if (!params.isEmpty())
        url += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return url;
}

QString DatabaseTarget::displayName() const
{
    if (!profileName.isEmpty())
        return profileName;
    if (dialect == Dialect::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    QString where = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port > 0)
        where += QLatin1Char(':') + QString::number(port);
    return QStringLiteral("%1@%2/%3")
        .arg(user.isEmpty() ? QStringLiteral("(default user)") : user, where,
             database.isEmpty() ? QStringLiteral("(default)") : database);
}

} // namespace fusion
