#include "models/storage/Database.h"

#include "models/storage/StandbyReads.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <libpq-fe.h>

namespace fusion {

namespace {
QAtomicInteger<quint64> g_connectionCounter;

QString localUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("local");
}

// How long a prefer-standby connection reads on the primary before it looks for a standby again
// (Database::setStandbyRetryInterval).
std::atomic<qint64> s_standbyRetryMs{30000};

// SQLite primary result codes we explain to people (sqlite3.h).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("fusion-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

void Database::close()
{
    m_reconnectable = false;
    m_password.clear();
    m_server.clear();
    m_standby = false;
    closeConnection();
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = handle();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
}

void Database::open(const DatabaseTarget& target, const QByteArray& password)
{
    close();
    m_target = target;
    if (target.dialect == Dialect::Sqlite) {
        openSqlite();
        return;
    }
    m_standbyLooks = 0;
    openPostgres(password);
    m_password = SecretBytes(password);
    m_reconnectable = true;
}

void Database::ensureConnected()
{
    // A failover shows only when the next statement fails; a connection idle for a while is checked first,
    // with a statement that changes nothing, so that the job about to run starts on a live server.
    constexpr qint64 kIdleCheckMs = 1000;
    m_gaveUp = false;
    if (!isPostgres() || inTransaction() || !m_reconnectable)
        return;
    if (!m_lost && m_onPrimarySince.isValid() &&
        m_onPrimarySince.elapsed() >= s_standbyRetryMs.load() << std::min(m_standbyLooks, 4) &&
        lookForStandby())
        return;
    if (!m_lost && isOpen() && m_lastUse.isValid() && m_lastUse.elapsed() < kIdleCheckMs)
        return;
    if (!m_lost && isOpen()) {
        QSqlQuery probe(handle());
        if (probe.exec(QStringLiteral("SELECT 1"))) {
            m_lastUse.start();
            return;
        }
    }
    reconnect();
}

void Database::setStandbyRetryInterval(qint64 ms)
{
    s_standbyRetryMs.store(ms);
}

bool Database::lookForStandby()
{
    // Opening again is what moves the reads: the connection on the primary is idle between jobs, so nothing
    // is lost by closing it. A standby's host that drops packets would hold the job for the whole connect
    // timeout, hence a short one here and longer and longer pauses between looks. When no server answers at
    // all the job finds the connection lost and reconnects as after any other loss.
    constexpr int kLookTimeoutS = 3;
    const int looks = m_standbyLooks + 1;
    closeConnection();
    try {
        openPostgres(m_password.bytes(), kLookTimeoutS);
    } catch (const Failure&) {
        m_lost = true;
        m_standbyLooks = looks;
        return false;
    }
    m_standbyLooks = m_standby ? 0 : looks;
    return true;
}

QString Database::standbyRefusal() const
{
    return tr("The server at %1 is a read-only standby; nothing was saved. Writes need a connection with "
              "target_session_attrs=read-write.")
        .arg(m_server);
}

void Database::requireWritable() const
{
    if (m_standby)
        throw Failure(ErrorKind::PermissionDenied, standbyRefusal());
}

void Database::reviveIfLost() const
{
    // A statement outside a transaction after one that lost the connection (a read before a prompt, the
    // next step of a flow): nothing of a transaction can be lost by reopening here. Reopening changes no
    // property a caller sees — same target, same login — which is why a const query may do it.
    if (m_lost && !m_gaveUp && !inTransaction())
        const_cast<Database*>(this)->ensureConnected();
}

void Database::reconnect()
{
    // A failover takes a moment: the old primary refuses new sessions while it shuts down, the standby only
    // takes writes once promoted. Connecting again is safe (nothing of any write is sent), so it is tried for
    // a few seconds, more slowly each time, before the person is told. This runs on a worker thread or in
    // fusionctl, never on the GUI thread.
    constexpr qint64 kReconnectWindowMs = 8000;
    constexpr unsigned long kFirstPauseMs = 100;
    constexpr unsigned long kLongestPauseMs = 1600;
    const QString before = m_server.isEmpty() ? m_target.displayName() : m_server;
    if (m_onReconnecting)
        m_onReconnecting(tr("Connection to PostgreSQL at %1 lost — reconnecting…").arg(before));
    QElapsedTimer trying;
    trying.start();
    for (unsigned long pause = kFirstPauseMs;; pause = std::min(pause * 2, kLongestPauseMs)) {
        closeConnection();
        try {
            openPostgres(m_password.bytes());
            break;
        } catch (const Failure& f) {
            if (trying.elapsed() + qint64(pause) < kReconnectWindowMs) {
                QThread::msleep(pause);
                continue;
            }
            m_lost = true;
            m_gaveUp = true;
            throw Failure(
                ErrorKind::Connection,
                tr("The connection to PostgreSQL at %1 was lost and no listed server answered for %2 "
                   "seconds (%3). Nothing more was sent.")
                    .arg(before)
                    .arg(kReconnectWindowMs / 1000)
                    .arg(m_target.displayName()),
                f.error().detail);
        }
    }
    QString notice =
        m_server == before
            ? tr("The connection to PostgreSQL at %1 was lost; reconnected.").arg(before)
            : tr("The connection to PostgreSQL at %1 was lost; reconnected to %2.").arg(before, m_server);
    if (m_standby)
        notice += QLatin1Char(' ') + tr("That server is a standby: it can be read but not written.");
    if (m_onReconnected)
        m_onReconnected(notice);
}

void Database::openSqlite()
{
    const QString path = m_target.sqlitePath;
    const QFileInfo info(path);
    if (path == DatabaseTarget::defaultSqlitePath())
        QDir().mkpath(info.absolutePath());
    if (!info.absoluteDir().exists())
        throw Failure(ErrorKind::Connection,
                      tr("The folder for the database file does not exist: %1").arg(info.absolutePath()));
    if (info.exists() && !info.isFile())
        throw Failure(ErrorKind::Connection, tr("%1 is not a file.").arg(path));
    const bool fresh = !info.exists() || info.size() == 0;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw failure(db.lastError(), tr("Opening %1").arg(path));

    // SQLite opens anything lazily; the first read tells a damaged file or a non-database apart.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const Failure f = failure(probe.lastError(), tr("Reading %1").arg(path));
        probe = QSqlQuery();
        close();
        throw f;
    }
    probe = QSqlQuery();
    // Write-ahead logging lets fusionctl and the app read while the other writes. Set once, on a new file.
    if (fresh)
        execRaw(QStringLiteral("PRAGMA journal_mode = WAL"));
    execRaw(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_actor = localUser();
}

void Database::openPostgres(const QByteArray& password, int connectTimeoutS)
{
    // m_server keeps naming the server last connected until an open succeeds: reconnecting tries for a few
    // seconds at a time, and each later try must still say which server was lost (not the whole address).
    m_standby = false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        throw Failure(ErrorKind::Connection,
                      tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    QStringList options = {QStringLiteral("connect_timeout=%1").arg(connectTimeoutS),
                           QStringLiteral("application_name=fusion-console")};
    if (m_target.isMultiHost()) {
        // libpq tries the hosts in order; the driver's single port would apply to all of them, so the list
        // goes into the options (an empty entry is that host's default port).
        QStringList names;
        QStringList ports;
        for (const HostPort& hp : m_target.hosts()) {
            names << hp.host;
            ports << (hp.port > 0 ? QString::number(hp.port) : QString());
        }
        db.setHostName(names.join(QLatin1Char(',')));
        options << QStringLiteral("port=") + ports.join(QLatin1Char(','));
    } else {
        db.setHostName(m_target.host);
        if (m_target.port > 0)
            db.setPort(m_target.port);
    }
    db.setUserName(m_target.user);
    db.setDatabaseName(m_target.database);
    if (!m_target.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_target.sslMode;
    if (!m_target.targetSessionAttrs.isEmpty())
        options << QStringLiteral("target_session_attrs=") + m_target.targetSessionAttrs;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!password.isEmpty())
        db.setPassword(QString::fromUtf8(password));
    const bool opened = db.open();
    db.setPassword(QString()); // the driver is connected; keep no copy of the secret around
    if (!opened) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        closeConnection(); // not close(): a reconnection that failed may be tried again with the password
        QString text = error.databaseText().trimmed();
        if (text.isEmpty())
            text = error.driverText();
        QString hint;
        if (text.contains(QLatin1String("password authentication failed")) ||
            text.contains(QLatin1String("no password supplied")))
            hint = tr(" Save the password in a connection profile (it is kept in the OS keychain) or set "
                      "PGPASSWORD.");
        throw Failure(ErrorKind::Connection,
                      tr("Could not connect to PostgreSQL at %1.").arg(m_target.displayName()) + hint, text);
    }
    m_lost = false; // before the first statement: a lost flag left from before would reopen again
    m_gaveUp = false;
    execRaw(QStringLiteral("SET TIME ZONE 'UTC'"));
    // Which of the listed servers answered, and whether it is a standby: said when reconnecting after a
    // failover, and shown so that nobody wonders why a write is refused on a read-only connection.
    QSqlQuery who = exec(QStringLiteral("SELECT session_user, pg_is_in_recovery()"));
    if (who.next()) {
        m_actor = who.value(0).toString();
        m_standby = who.value(1).toBool();
    }
    // libpq knows which listed host it kept (a name as written, or a socket directory); the server does not
    // tell an unprivileged login its socket directory.
    const QVariant native = handle().driver()->handle();
    // Qt 6 names the handle's type after libpq's struct ("pg_conn*"); its documentation says "PGconn*".
    const QByteArray handleType = native.isValid() ? QByteArray(native.typeName()) : QByteArray();
    QString server;
    if (handleType == "pg_conn*" || handleType == "PGconn*") {
        if (auto* conn = *static_cast<PGconn* const*>(native.constData())) {
            // A host listed without a port has none to tell ("db2:" would read as a typo): name the host.
            const QString port = QString::fromUtf8(PQport(conn));
            server = QString::fromUtf8(PQhost(conn)) + (port.isEmpty() ? QString() : QLatin1Char(':') + port);
        }
    }
    m_server = server;
    m_lastUse.start();
    if (!m_standby && m_target.targetSessionAttrs == QLatin1String("prefer-standby")) {
        m_onPrimarySince.start();
    } else {
        m_onPrimarySince.invalidate();
        m_standbyLooks = 0;
    }
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& params) const
{
    reviveIfLost();
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (isPostgres()) {
        // Values are inlined as literals by the driver's own escaping (what QPSQL's EXECUTE does too): one
        // round trip instead of PREPARE/EXECUTE/DEALLOCATE, and no deallocation failing noisily after an
        // error has aborted the transaction.
        if (!query.exec(inlineParameters(sql, params)))
            throw failure(query.lastError());
        m_lastUse.start();
        return query;
    }
    if (!query.prepare(sql))
        throw failure(query.lastError());
    for (const QVariant& p : params) {
        // A null QString would bind as SQL NULL; our text columns are NOT NULL with '' for "none". SQL NULL
        // is bound with an invalid QVariant or a typed null of a non-text type.
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        // SQLite's C API would cut the text at the NUL (a search for "x\0y" would become one for "x"); refuse
        // it as PostgreSQL does.
        else if (p.typeId() == QMetaType::QString && p.toString().contains(QChar(0)))
            throw Failure(ErrorKind::InvalidInput, tr("Text with a NUL character cannot be stored."));
        else
            query.addBindValue(p);
    }
    if (!query.exec())
        throw failure(query.lastError());
    return query;
}

QString Database::inlineParameters(const QString& sql, const QVariantList& params) const
{
    QSqlDriver* driver = handle().driver();
    QString out;
    out.reserve(sql.size() + params.size() * 16);
    qsizetype next = 0;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\'')) {
            inString = !inString;
            out += c;
            continue;
        }
        if (c != QLatin1Char('?') || inString) {
            out += c;
            continue;
        }
        if (next >= params.size())
            throw Failure(ErrorKind::Internal, QStringLiteral("Too few parameters for: %1").arg(sql));
        const QVariant& value = params[next++];
        if (!value.isValid() || value.isNull()) {
            if (value.typeId() == QMetaType::QString) {
                out += QStringLiteral("''");
                continue;
            }
            out += QStringLiteral("NULL");
            continue;
        }
        if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
            const QString text = value.toString();
            if (text.contains(QChar(0)))
                throw Failure(ErrorKind::InvalidInput, tr("Text with a NUL character cannot be stored."));
        }
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        QString literal = driver->formatValue(field);
        // Text stays an untyped literal so that PostgreSQL coerces it to the column's type (timestamps are
        // stored from their ISO text); dates and times are typed explicitly.
        switch (value.typeId()) {
        case QMetaType::QDateTime:
            literal = QStringLiteral("CAST('") + value.toDateTime().toUTC().toString(Qt::ISODateWithMs) +
                      QStringLiteral("' AS timestamptz)");
            break;
        case QMetaType::QDate:
            literal = QStringLiteral("CAST('") + value.toDate().toString(Qt::ISODate) +
                      QStringLiteral("' AS date)");
            break;
        default:
            break;
        }
        out += literal;
    }
    if (next != params.size())
        throw Failure(ErrorKind::Internal, QStringLiteral("Too many parameters for: %1").arg(sql));
    return out;
}

void Database::execRaw(const QString& sql) const
{
    reviveIfLost();
    QSqlQuery query(handle());
    if (!query.exec(sql))
        throw failure(query.lastError());
    m_lastUse.start();
}

QVariant Database::scalar(const QString& sql, const QVariantList& params) const
{
    QSqlQuery query = exec(sql, params);
    return query.next() ? query.value(0) : QVariant();
}

qint64 Database::insertReturningId(const QString& sql, const QVariantList& params) const
{
    QSqlQuery query = exec(sql + QStringLiteral(" RETURNING id"), params);
    if (!query.next())
        throw Failure(ErrorKind::Internal, tr("The database returned no id for a new row."));
    return query.value(0).toLongLong();
}

QString Database::containsPattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text.toLower()) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

std::optional<qint64> Database::toOptionalInt(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDateTime Database::toDateTime(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QString Database::nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QString Database::timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Failure Database::failure(const QSqlError& error, const QString& what) const
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // libpq's text reads "ERROR:  message\n(SQLSTATE)"; keep the message.
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    static const QRegularExpression sqlState(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    text.remove(sqlState);
    const QString prefix = what.isEmpty() ? QString() : what + QStringLiteral(": ");
    const QString code = error.nativeErrorCode();

    if (isPostgres()) {
        if (code == QLatin1String("42501"))
            return Failure(ErrorKind::PermissionDenied,
                           tr("Permission denied: the database refused this for your role."), text);
        if (code == QLatin1String("23505"))
            return Failure(ErrorKind::Conflict, prefix + tr("A record with the same key already exists."),
                           text);
        if (code.startsWith(QLatin1String("23")))
            return Failure(ErrorKind::InvalidInput,
                           prefix + tr("The database rejected the values: %1").arg(text), text);
        if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
            return Failure(ErrorKind::Conflict,
                           tr("Another session changed the same data at the same time; nothing was saved. "
                              "Reload and try again."),
                           text);
        if (code == QLatin1String("P0001") && text.contains(QLatin1String("fusion:")))
            return Failure(ErrorKind::InvalidInput,
                           text.mid(text.indexOf(QLatin1String("fusion:")) + 7).trimmed(), text);
        if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) ||
            error.type() == QSqlError::ConnectionError || !handle().isOpen() ||
            text.contains(QLatin1String("server closed the connection")) ||
            text.contains(QLatin1String("no connection to the server"))) {
            m_lost = true; // the next job or transaction reconnects first (ensureConnected)
            return Failure(ErrorKind::Connection,
                           tr("The connection to PostgreSQL was lost before this finished; nothing of it was "
                              "saved. Check the current state before trying again."),
                           text);
        }
        if (code == QLatin1String("25006"))
            return Failure(ErrorKind::PermissionDenied, standbyRefusal(), text);
        return Failure(ErrorKind::Internal, prefix + tr("The database reported an error: %1").arg(text),
                       text);
    }

    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric) & 0xff;
    if (numeric) {
        switch (sqliteCode) {
        case kSqliteCorrupt:
        case kSqliteNotADb:
            return Failure(ErrorKind::CorruptDatabase,
                           tr("%1 is not a valid Fusion Console database file or it is damaged. Nothing was "
                              "changed. Restore it from a backup or choose another file.")
                               .arg(m_target.sqlitePath),
                           text);
        case kSqliteBusy:
        case kSqliteLocked:
            return Failure(ErrorKind::Conflict,
                           tr("The database file is busy in another program; nothing was saved. Try again."),
                           text);
        case kSqliteReadOnly:
            return Failure(ErrorKind::PermissionDenied, tr("The database file is read-only."), text);
        case kSqliteFull:
            return Failure(ErrorKind::Internal, tr("The disk is full; nothing was saved."), text);
        case kSqliteCantOpen:
            return Failure(ErrorKind::Connection,
                           tr("Cannot open the database file %1.").arg(m_target.sqlitePath), text);
        case kSqliteConstraint:
            if (text.contains(QLatin1String("UNIQUE")))
                return Failure(ErrorKind::Conflict, prefix + tr("A record with the same key already exists."),
                               text);
            if (text.contains(QLatin1String("fusion:")))
                return Failure(ErrorKind::InvalidInput,
                               text.mid(text.indexOf(QLatin1String("fusion:")) + 7).trimmed(), text);
            return Failure(ErrorKind::InvalidInput,
                           prefix + tr("The database rejected the values: %1").arg(text), text);
        default:
            break;
        }
    }
    return Failure(ErrorKind::Internal, prefix + tr("The database reported an error: %1").arg(text), text);
}

void Database::begin()
{
    if (m_transactionDepth == 0)
        ensureConnected(); // nothing of this transaction was sent yet: a lost connection is safe to replace
    if (m_transactionDepth++ > 0)
        return;
    try {
        execRaw(isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    } catch (...) {
        m_transactionDepth = 0;
        throw;
    }
}

void Database::commit()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0)
        return;
    QSqlQuery query(handle());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Failure f = failure(query.lastError());
        if (f.error().kind == ErrorKind::Connection)
            throw Failure(ErrorKind::Connection,
                          tr("The connection was lost while this change was being committed, so whether it "
                             "was saved is unknown. Check its outcome before trying again: repeating it "
                             "blindly could apply it twice."),
                          f.error().detail);
        rollback();
        throw f;
    }
    if (m_commitMark && isPostgres() && !m_standby) {
        // The commit stands whatever happens here. A position that could not be read is unknown: standby
        // reads go to the primary until a later commit tells one, rather than missing this write.
        try {
            m_commitMark->record(StandbyReads::currentLsn(*this));
        } catch (const Failure&) {
            m_commitMark->markUnknown();
        }
    }
}

void Database::rollback() noexcept
{
    m_transactionDepth = 0;
    if (!isOpen())
        return;
    QSqlQuery query(handle());
    query.exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_done = true;
    m_db.commit();
}

} // namespace fusion
