#include "models/vault/KeyImportJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>

namespace fusion {

namespace {
QStringList keyImportJournalRefs(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray list = value.toArray();
    for (const QJsonValue& v : list) {
        // Only what an import could have written: a vault item, never anything else of the keychain.
        const QString ref = v.toString();
        if (ref.startsWith(QLatin1String("vault/")))
            out << ref;
    }
    return out;
}
} // namespace

KeyImportJournal KeyImportJournal::forTarget(const DatabaseTarget& target)
{
    // The address without a password (toUrl never carries one), hashed: a file name of fixed length that
    // tells databases apart without spelling out where they are.
    const QByteArray id =
        QCryptographicHash::hash(target.toUrl().toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    const QDir data(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    return KeyImportJournal(
        QDir(data.filePath(QCoreApplication::applicationName()))
            .filePath(QStringLiteral("key-imports/%1.json").arg(QString::fromLatin1(id))));
}

KeyImportJournal::KeyImportJournal(const QString& path)
    : m_path(path)
{
}

std::unique_ptr<QLockFile> KeyImportJournal::lock() const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        throw Failure(ErrorKind::Internal,
                      tr("Cannot create %1 to note what the import stores; nothing was imported.")
                          .arg(QFileInfo(m_path).absolutePath()));
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // An import may wait long for its confirmation: only a holder that is gone makes the lock stale.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        throw Failure(ErrorKind::Conflict,
                      tr("Another key import into this database is running on this machine (process %1); "
                         "try again when it has finished.")
                          .arg(pid));
    }
    throw Failure(ErrorKind::Internal,
                  tr("Cannot lock %1 for the import; nothing was imported.").arg(lock->fileName()));
}

QStringList KeyImportJournal::leftovers(Database& db) const
{
    QFile in(m_path);
    if (!in.exists())
        return {};
    if (!in.open(QIODevice::ReadOnly))
        throw Failure(ErrorKind::Internal,
                      tr("Cannot read %1, the note of an earlier import: %2").arg(m_path, in.errorString()));
    const QJsonObject journal = QJsonDocument::fromJson(in.readAll()).object();
    QStringList out;
    QSet<QString> seen;
    const QStringList listed = keyImportJournalRefs(journal.value(QStringLiteral("stored"))) +
                               keyImportJournalRefs(journal.value(QStringLiteral("retired")));
    for (const QString& ref : listed) {
        if (seen.contains(ref))
            continue;
        seen.insert(ref);
        // Any key naming the item keeps it, revoked ones too: only an item no row names is a leftover.
        if (db.scalar(QStringLiteral("SELECT count(*) FROM api_keys WHERE keychain_ref = ?"), {ref})
                .toInt() == 0)
            out << ref;
    }
    return out;
}

void KeyImportJournal::record(const QStringList& stored, const QStringList& retired) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        throw Failure(ErrorKind::Internal,
                      tr("Cannot create %1 to note what the import stores; nothing was imported.")
                          .arg(QFileInfo(m_path).absolutePath()));
    QSaveFile out(m_path);
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("stored"), QJsonArray::fromStringList(stored)},
                                  {QStringLiteral("retired"), QJsonArray::fromStringList(retired)}})
            .toJson(QJsonDocument::Compact);
    // Written whole and renamed into place: a kill while writing leaves the previous journal or this one.
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        throw Failure(ErrorKind::Internal,
                      tr("Cannot write %1 to note what the import stores (%2); nothing was imported.")
                          .arg(m_path, out.errorString()));
}

void KeyImportJournal::clear() const
{
    QFile::remove(m_path);
}

} // namespace fusion
