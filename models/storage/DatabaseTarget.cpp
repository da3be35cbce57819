#include "models/storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

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
const QStringList kSessionAttrs = {QStringLiteral("any"),       QStringLiteral("read-write"),
                                   QStringLiteral("read-only"), QStringLiteral("primary"),
                                   QStringLiteral("standby"),   QStringLiteral("prefer-standby")};

// Where the authority's host list sits in an address: after "://" and any "user@", before the path.
struct HostListSpan {
    qsizetype start = -1;
    qsizetype length = 0;
};
HostListSpan hostListSpan(const QString& url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {};
    const qsizetype authority = scheme + 3;
    qsizetype end = authority;
    while (end < url.size() && url[end] != QLatin1Char('/') && url[end] != QLatin1Char('?') &&
           url[end] != QLatin1Char('#'))
        ++end;
    const qsizetype at = url.lastIndexOf(QLatin1Char('@'), end - 1);
    const qsizetype start = at >= authority ? at + 1 : authority;
    return {start, end - start};
}

// One "host[:port]" of the authority's list, checked by QUrl the same way a single host is.
Result<HostPort> parseHostPort(const QString& entry)
{
    const QUrl probe(QStringLiteral("postgresql://") + entry + QLatin1Char('/'), QUrl::StrictMode);
    if (entry.isEmpty() || !probe.isValid() || probe.host().isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a host name or address").arg(entry));
    HostPort hp;
    hp.host = probe.host(QUrl::FullyDecoded);
    hp.port = std::max(probe.port(), 0);
    return hp;
}

// libpq's ?port= for several hosts: one port for all, or one per host (an empty entry is the default).
Result<QList<int>> parsePortList(const QString& value, qsizetype hostCount)
{
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() != 1 && parts.size() != hostCount)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1 ports for %2 hosts: give one port for all or one per host")
                               .arg(parts.size())
                               .arg(hostCount));
    QList<int> ports;
    for (const QString& part : parts) {
        if (part.isEmpty() && parts.size() > 1) {
            ports << 0;
            continue;
        }
        bool ok = false;
        const int port = part.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return Error::make(ErrorKind::InvalidInput, tr("invalid port \"%1\"").arg(part));
        ports << port;
    }
    while (ports.size() < hostCount)
        ports << ports.first();
    return ports;
}

// Whether the authority carries `host` as it is: not a socket directory, and not a name QUrl would
// lower-case or refuse (the fuzz target found "?host=Db1" coming back as "db1").
bool hostFitsAuthority(const QString& host)
{
    if (host.isEmpty())
        return true;
    if (host.startsWith(QLatin1Char('/')))
        return false;
    QUrl probe;
    probe.setHost(host, QUrl::StrictMode);
    return probe.isValid() && probe.host(QUrl::FullyDecoded) == host;
}
} // namespace

const QStringList& DatabaseTarget::sessionAttrValues()
{
    return kSessionAttrs;
}

QList<HostPort> DatabaseTarget::hosts() const
{
    QList<HostPort> all{{host, port}};
    all += otherHosts;
    return all;
}

DatabaseTarget DatabaseTarget::withSessionAttrs(const QString& attrs) const
{
    DatabaseTarget t = *this;
    t.targetSessionAttrs = attrs;
    return t;
}

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
    // Profiles and settings keep toUrl(): an address that would read back as another target is refused rather
    // than saved changed. QUrl turns an encoded noncharacter such as U+7FFFF into U+FFFD in any part of an
    // address — the fuzz target found it in a query value, then in the user name.
    static thread_local bool readingBack = false; // the check's own parse() is not checked again
    const auto readsBack = [&](const DatabaseTarget& target) -> Result<DatabaseTarget> {
        if (readingBack)
            return target;
        readingBack = true;
        const Result<DatabaseTarget> again = parse(target.toUrl());
        readingBack = false;
        if (!again || !(again.value() == target))
            return invalid(tr("it has characters an address cannot carry (such as a Unicode noncharacter)"));
        return target;
    };

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
        return readsBack(t);
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
    // libpq's multi-host form: QUrl reads one host, so the list is taken out of the authority and QUrl
    // reads the address with its first host only.
    QString single = url;
    QList<HostPort> listed;
    if (const HostListSpan span = hostListSpan(url); span.start >= 0) {
        const QString list = url.mid(span.start, span.length);
        if (list.contains(QLatin1Char(','))) {
            for (const QString& entry : list.split(QLatin1Char(','))) {
                const Result<HostPort> hp = parseHostPort(entry);
                if (!hp)
                    return invalid(hp.error().message);
                listed << hp.value();
            }
            single = url.left(span.start) + list.section(QLatin1Char(','), 0, 0) +
                     url.mid(span.start + span.length);
        }
    }
    const QUrl parsed(single, QUrl::StrictMode);
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
    t.database = path;
    if (!listed.isEmpty())
        t.otherHosts = listed.mid(1);

    QString hostParam;
    QString portParam;
    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // A value must read back the same once written percent-encoded (profiles store toUrl()): QUrl turns
        // an encoded noncharacter such as U+7FFFF into U+FFFD, so one typed as it is would not (the fuzz
        // target).
        QUrlQuery written;
        written.setQuery(QStringLiteral("v=") + QString::fromUtf8(QUrl::toPercentEncoding(value)));
        if (written.queryItemValue(QStringLiteral("v"), QUrl::FullyDecoded) != value)
            return invalid(tr("the %1 parameter has characters an address cannot carry").arg(key));
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return invalid(tr("unknown sslmode \"%1\"").arg(value));
            t.sslMode = value;
        } else if (key == QLatin1String("host")) {
            hostParam = value; // libpq allows socket directories here, several separated by commas
            if (hostParam.isEmpty())
                return invalid(tr("the host parameter is empty"));
        } else if (key == QLatin1String("port")) {
            portParam = value;
            if (portParam.isEmpty())
                return invalid(tr("invalid port \"%1\"").arg(value));
        } else if (key == QLatin1String("target_session_attrs")) {
            if (!kSessionAttrs.contains(value))
                return invalid(tr("unknown target_session_attrs \"%1\"; use one of: %2")
                                   .arg(value, kSessionAttrs.join(QStringLiteral(", "))));
            t.targetSessionAttrs = value;
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
    // Checked after ?dbname= too: the fuzz target found "?dbname=%2F" giving an address that did not parse
    // back.
    if (t.database.contains(QLatin1Char('/')))
        return invalid(tr("the database name must not contain '/'"));
    // ?host= names the servers instead of the authority; ?port= gives one port for all or one per host.
    if (!hostParam.isEmpty()) {
        const QStringList names = hostParam.split(QLatin1Char(','));
        if (names.contains(QString()))
            return invalid(tr("the host list \"%1\" has an empty entry").arg(hostParam));
        t.host = names.first();
        t.otherHosts.clear();
        for (qsizetype i = 1; i < names.size(); ++i)
            t.otherHosts << HostPort{names[i], t.port};
    }
    if (!portParam.isEmpty()) {
        const Result<QList<int>> ports = parsePortList(portParam, 1 + t.otherHosts.size());
        if (!ports)
            return invalid(ports.error().message);
        t.port = ports.value().first();
        for (qsizetype i = 0; i < t.otherHosts.size(); ++i)
            t.otherHosts[i].port = ports.value()[i + 1];
    }
    return readsBack(t);
}

QString DatabaseTarget::toUrl() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite://") + QString::fromUtf8(QUrl::toPercentEncoding(sqlitePath, "/"));
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    // Hosts the authority would not carry as they are (a socket directory, a name QUrl would change) go
    // into ?host=, so that parse(toUrl()) is the same target.
    const QList<HostPort> all = hosts();
    const bool hostAsParam = std::any_of(all.begin(), all.end(), [](const HostPort& hp) {
        return !hostFitsAuthority(hp.host) || hp.host.contains(QLatin1Char(','));
    });
    if (!hostAsParam) {
        QStringList authority;
        for (const HostPort& hp : all) {
            // An IPv6 literal needs brackets, or its colons would read as the port.
            QString entry =
                hp.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + hp.host + QLatin1Char(']') : hp.host;
            if (hp.port > 0)
                entry += QLatin1Char(':') + QString::number(hp.port);
            authority << entry;
        }
        url += authority.join(QLatin1Char(','));
    }
    url += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList params;
    if (hostAsParam) {
        QStringList names;
        QStringList ports;
        for (const HostPort& hp : all) {
            names << QString::fromUtf8(QUrl::toPercentEncoding(hp.host, "/"));
            ports << (hp.port > 0 ? QString::number(hp.port) : QString());
        }
        params << QStringLiteral("host=") + names.join(QLatin1Char(','));
        const bool samePort = std::all_of(all.begin(), all.end(),
                                          [&](const HostPort& hp) { return hp.port == all.first().port; });
        if (samePort && all.first().port > 0)
            params << QStringLiteral("port=") + ports.first();
        else if (!samePort)
            params << QStringLiteral("port=") + ports.join(QLatin1Char(','));
    }
    if (!sslMode.isEmpty())
        params << QStringLiteral("sslmode=") + sslMode;
    if (!targetSessionAttrs.isEmpty())
        params << QStringLiteral("target_session_attrs=") + targetSessionAttrs;
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
    QStringList servers;
    for (const HostPort& hp : hosts()) {
        QString where = hp.host.isEmpty() ? QStringLiteral("localhost") : hp.host;
        if (hp.port > 0)
            where += QLatin1Char(':') + QString::number(hp.port);
        servers << where;
    }
    const QString where = servers.join(QLatin1Char(','));
    return QStringLiteral("%1@%2/%3")
        .arg(user.isEmpty() ? QStringLiteral("(default user)") : user, where,
             database.isEmpty() ? QStringLiteral("(default)") : database);
}

} // namespace fusion
