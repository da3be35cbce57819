#include "models/storage/DefaultDatabase.h"

#include "models/storage/DatabaseTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <optional>

namespace fusion {

namespace {
const QString kFileName = QStringLiteral("fusion.db");
// SQLite's companions of a database file: they belong to it and move with it.
const QStringList kCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

QStringList withCompanions(const QString& path)
{
    QStringList files;
    for (const QString& suffix : kCompanions)
        files << path + suffix;
    files << path; // last: the current folder holds a database only once everything else is there
    return files;
}

// Opening and closing the database is SQLite's own way to finish with it: the write-ahead log is checkpointed
// into the file and removed, a journal left by a crash is rolled back. A log still beside it afterwards
// belongs to another program that has the database open. Returns the driver's complaint, or nothing.
QString settle(const QString& path)
{
    const QString connection = QStringLiteral("fusion-default-database-move");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                error = probe.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

// A saved connection (the last one used in the app, or a profile) that names the old file would open an
// empty database where it was; it names the moved file instead.
void pointSettingsAt(const QString& from, const QString& to)
{
    const auto moved = [&from, &to](const QString& url) -> std::optional<QString> {
        const auto target = DatabaseTarget::parse(url);
        if (!target || target.value().dialect != Dialect::Sqlite || target.value().sqlitePath != from)
            return std::nullopt;
        DatabaseTarget changed = target.value();
        changed.sqlitePath = to;
        return changed.toUrl();
    };
    QSettings settings;
    const QString lastKey = QStringLiteral("ui/lastConnection");
    const QString last = settings.value(lastKey).toString();
    if (last.startsWith(QLatin1String("url:"))) {
        if (const auto url = moved(last.mid(4)))
            settings.setValue(lastKey, QString(QStringLiteral("url:") + *url));
    }
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList profiles = settings.childGroups();
    for (const QString& name : profiles) {
        const QString key = name + QStringLiteral("/url");
        if (const auto url = moved(settings.value(key).toString()))
            settings.setValue(key, *url);
    }
    settings.endGroup();
    settings.sync();
}
} // namespace

QString DefaultDatabase::path()
{
    const QString current = currentPath();
    const QString legacy = legacyPath();
    if (!QFileInfo::exists(current) && QFileInfo::exists(legacy))
        return legacy;
    return current;
}

QString DefaultDatabase::currentPath()
{
    const QDir data(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    return QDir(data.filePath(QCoreApplication::applicationName())).filePath(kFileName);
}

QString DefaultDatabase::legacyPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(kFileName);
}

DefaultDatabase::Move DefaultDatabase::moveFromLegacyLocation()
{
    const QString from = legacyPath();
    const QString to = currentPath();
    Move move;
    if (from == to || !QFileInfo::exists(from) || QFileInfo::exists(to))
        return move;

    const auto failed = [&](const QString& why) {
        move.outcome = Move::Outcome::Failed;
        move.message = tr("Could not move the database from %1 to %2: %3. It stays where it is and is used "
                          "from there.")
                           .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), why);
        return move;
    };
    // A log or journal without its database would be applied to the one moved in next to it.
    for (const QString& file : withCompanions(to)) {
        if (QFileInfo::exists(file))
            return failed(tr("%1 is already there").arg(QDir::toNativeSeparators(file)));
    }
    if (const QString error = settle(from); !error.isEmpty())
        return failed(error);
    if (QFileInfo::exists(from + QStringLiteral("-wal")) ||
        QFileInfo::exists(from + QStringLiteral("-journal")))
        return failed(tr("another program has it open"));
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return failed(tr("the folder %1 cannot be created")
                          .arg(QDir::toNativeSeparators(QFileInfo(to).absolutePath())));

    const QStringList sources = withCompanions(from);
    const QStringList targets = withCompanions(to);
    QList<qsizetype> done;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (!QFileInfo::exists(sources[i]))
            continue;
        QFile file(sources[i]);
        if (!file.rename(targets[i])) {
            const QString why = file.errorString();
            // Put back what already moved, newest first, so the old folder is whole again.
            for (auto it = done.crbegin(); it != done.crend(); ++it)
                QFile::rename(targets[*it], sources[*it]);
            return failed(why);
        }
        done << i;
    }
    pointSettingsAt(from, to);
    QDir().rmdir(QFileInfo(from).absolutePath()); // only if nothing else is in it
    move.outcome = Move::Outcome::Moved;
    move.message = tr("Moved the database from %1 to %2.")
                       .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
    return move;
}

// Defined here rather than with DatabaseTarget's parsing (fusion_parsers, Qt Core only): it asks the
// settings.
QString DatabaseTarget::defaultSqlitePath()
{
    return DefaultDatabase::path();
}

DatabaseTarget DatabaseTarget::defaultSqlite()
{
    DatabaseTarget t;
    t.dialect = Dialect::Sqlite;
    t.sqlitePath = defaultSqlitePath();
    return t;
}

} // namespace fusion
