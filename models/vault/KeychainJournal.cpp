#include "models/vault/KeychainJournal.h"

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
QStringList keychainJournalRefs(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray list = value.toArray();
    for (const QJsonValue& v : list) {
        // Only what a key flow could have written: a vault item, never anything else of the keychain.
        const QString ref = v.toString();
        if (ref.startsWith(QLatin1String("vault/")))
            out << ref;
    }
    return out;
}
} // namespace

KeychainJournal KeychainJournal::forTarget(const DatabaseTarget& target)
{
    // The address without a password (toUrl never carries one), hashed: a file name of fixed length that
    // tells databases apart without spelling out where they are.
    const QByteArray id =
        QCryptographicHash::hash(target.toUrl().toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    const QDir data(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    const QDir app(data.filePath(QCoreApplication::applicationName()));
    const QString name = QString::fromLatin1(id) + QStringLiteral(".json");
    return KeychainJournal(app.filePath(QStringLiteral("keychain-journal/") + name),
                           app.filePath(QStringLiteral("key-imports/") + name));
}

KeychainJournal::KeychainJournal(const QString& path, const QString& legacyPath)
    : m_path(path)
    , m_legacyPath(legacyPath)
{
}

std::unique_ptr<QLockFile> KeychainJournal::lock() const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        throw Failure(ErrorKind::Internal,
                      tr("Cannot create %1 to note what goes into the keychain; nothing was changed.")
                          .arg(QFileInfo(m_path).absolutePath()));
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // A flow may wait long for its confirmation: only a holder that is gone makes the lock stale.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        throw Failure(ErrorKind::Conflict,
                      tr("Another command changing this database's keys in the keychain is running on this "
                         "machine (process %1); nothing was changed. Try again when it has finished.")
                          .arg(pid));
    }
    throw Failure(
        ErrorKind::Internal,
        tr("Cannot lock %1 to change keys in the keychain; nothing was changed.").arg(lock->fileName()));
}

QStringList KeychainJournal::leftovers(Database& db) const
{
    QStringList listed;
    for (const QString& path : {m_path, m_legacyPath}) {
        QFile in(path);
        if (path.isEmpty() || !in.exists())
            continue;
        if (!in.open(QIODevice::ReadOnly))
            throw Failure(ErrorKind::Internal,
                          tr("Cannot read %1, the note of an earlier change to the keychain: %2")
                              .arg(path, in.errorString()));
        const QJsonObject journal = QJsonDocument::fromJson(in.readAll()).object();
        listed << keychainJournalRefs(journal.value(QStringLiteral("stored")))
               << keychainJournalRefs(journal.value(QStringLiteral("retired")));
    }
    QStringList out;
    QSet<QString> seen;
    for (const QString& ref : std::as_const(listed)) {
        if (seen.contains(ref))
            continue;
        seen.insert(ref);
        // A key that is not revoked keeps its item; one no row names, or only revoked ones, is a leftover.
        if (db.scalar(QStringLiteral(
                          "SELECT count(*) FROM api_keys WHERE keychain_ref = ? AND status <> 'revoked'"),
                      {ref})
                .toInt() == 0)
            out << ref;
    }
    return out;
}

void KeychainJournal::record(const QStringList& stored, const QStringList& retired) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        throw Failure(ErrorKind::Internal,
                      tr("Cannot create %1 to note what goes into the keychain; nothing was changed.")
                          .arg(QFileInfo(m_path).absolutePath()));
    QSaveFile out(m_path);
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("stored"), QJsonArray::fromStringList(stored)},
                                  {QStringLiteral("retired"), QJsonArray::fromStringList(retired)}})
            .toJson(QJsonDocument::Compact);
    // Written whole and renamed into place: a kill while writing leaves the previous journal or this one.
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        throw Failure(ErrorKind::Internal,
                      tr("Cannot write %1 to note what goes into the keychain (%2); nothing was changed.")
                          .arg(m_path, out.errorString()));
}

void KeychainJournal::clear() const
{
    QFile::remove(m_path);
    if (!m_legacyPath.isEmpty())
        QFile::remove(m_legacyPath);
}

QString KeychainJournal::leftoversRemovedText(int removed)
{
    return tr("Removed %n secret(s) that an interrupted earlier change of keys (add, rotate, revoke or "
              "import) had left in the keychain, unused by any key.",
              nullptr, removed);
}

} // namespace fusion
