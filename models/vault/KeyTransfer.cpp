#include "models/vault/KeyTransfer.h"

#include "models/vault/KeyFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace fusion {

KeyImport KeyTransfer::planImport(Database& db, const KeyFileContent& file)
{
    KeyImport out;
    QList<Provider> known = KeyVault::providers(db);
    const auto findProvider = [&known](const QString& code) -> const Provider* {
        for (const Provider& p : known) {
            if (p.code == code)
                return &p;
        }
        return nullptr;
    };
    WritePlan& plan = out.write.plan;
    plan.action = QStringLiteral("keys.import");
    plan.title = tr("Import %n key(s)", nullptr, int(file.keys.size()));
    plan.verb = tr("Import");
    plan.targetType = QStringLiteral("api_key");
    if (!file.exportedBy.isEmpty())
        plan.effects
            << tr("Exported by %1 at %2.").arg(file.exportedBy, file.exportedAt.toString(Qt::ISODate));

    // Providers first: a custom one the file brings is added (checked like one typed in).
    QList<PendingWrite> providerWrites;
    for (const ExportedKey& k : file.keys) {
        if (findProvider(k.provider))
            continue;
        auto def = std::find_if(file.providers.cbegin(), file.providers.cend(),
                                [&k](const Provider& p) { return p.code == k.provider; });
        if (def == file.providers.cend())
            throw Failure(
                ErrorKind::InvalidInput,
                tr("The file has a key for provider \"%1\", which neither this database nor the file "
                   "defines.")
                    .arg(k.provider.left(40)));
        PendingWrite w = KeyVault::planAddProvider(db, *def);
        plan.effects << tr("Adds provider %1 (%2, %3).").arg(def->code, def->name, def->baseUrl);
        providerWrites << w;
        Provider added = *def;
        added.id = -1;
        known << added;
    }

    struct Step {
        ExportedKey key;
        QString ref;
        Fingerprint fp;
        std::optional<ApiKey> existing;
    };
    QList<Step> steps;
    QSet<QString> seen;
    for (const ExportedKey& k : file.keys) {
        const QString id = k.provider + QLatin1Char('/') + k.label;
        if (seen.contains(id))
            throw Failure(ErrorKind::InvalidInput, tr("The file has %1 twice.").arg(id));
        seen.insert(id);
        const Provider* p = findProvider(k.provider);
        // Every key's provider was found or added above; said again for the optimiser (-Wnull-dereference).
        if (!p)
            throw Failure(ErrorKind::Internal,
                          tr("The file's provider %1 was not found.").arg(k.provider.left(40)));
        if (p->kind != k.kind)
            throw Failure(ErrorKind::InvalidInput,
                          tr("%1 in the file is a %2 key, but %3 here takes %4 keys.")
                              .arg(id, k.kind, p->name, p->kind));
        Step step{k, QString(), Fingerprint::of(k.secret.identifying(k.kind)), std::nullopt};
        if (p->id > 0) {
            for (const ApiKey& live : KeyVault::keys(db, k.provider)) {
                if (live.label == k.label)
                    step.existing = live;
            }
        }
        if (step.existing && step.existing->fingerprint.hash == step.fp.hash &&
            step.existing->fingerprint.last4 == step.fp.last4) {
            ++out.unchanged;
            plan.effects << tr("%1 is already here with the same secret; left as it is.").arg(id);
            continue;
        }
        step.ref = KeyVault::newKeychainRef();
        out.toStore << qMakePair(step.ref, k.secret.serialized(k.kind));
        if (step.existing) {
            ++out.replaced;
            out.toDeleteAfter << step.existing->keychainRef;
            plan.changes << FieldChange{QStringLiteral("fingerprint"), id, step.existing->fingerprint.text(),
                                        step.fp.text()};
        } else {
            ++out.added;
            plan.changes << FieldChange{QStringLiteral("fingerprint"), id, {}, step.fp.text()};
        }
        steps << step;
    }
    if (out.added + out.replaced > 0)
        plan.effects
            << tr("Adds %1 and replaces %2 secret(s) in the OS keychain; the replaced keys' old secrets are "
                  "deleted afterwards.")
                   .arg(out.added)
                   .arg(out.replaced);
    plan.rowsAffected = out.added + out.replaced + providerWrites.size();
    if (plan.rowsAffected == 0)
        return out; // nothing to change
    out.write.apply = [providerWrites, steps](Database& d) {
        for (const PendingWrite& w : providerWrites)
            w.apply(d);
        QJsonArray done;
        for (const Step& s : steps) {
            const qint64 providerId =
                d.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {s.key.provider})
                    .toLongLong();
            const QVariant expires = s.key.expiresAt.isValid()
                                         ? QVariant(s.key.expiresAt.toUTC().toString(Qt::ISODate))
                                         : QVariant();
            if (s.existing) {
                QSqlQuery q = d.exec(
                    QStringLiteral(
                        "UPDATE api_keys SET keychain_ref = ?, fingerprint_last4 = ?, fingerprint_hash = ?, "
                        "notes = ?, client_id = ?, expires_at = ?, validation_status = 'unknown', "
                        "validation_message = '', rotated_at = ?, row_version = row_version + 1 WHERE id = ? "
                        "AND row_version = ?"),
                    {s.ref, s.fp.last4, s.fp.hash, s.key.notes, s.key.clientId, expires, Database::nowText(),
                     s.existing->id, s.existing->rowVersion});
                if (q.numRowsAffected() != 1)
                    throw Failure(ErrorKind::Conflict,
                                  tr("%1/%2 was changed by someone else meanwhile; nothing was "
                                     "imported.")
                                      .arg(s.key.provider, s.key.label));
            } else {
                const bool hasDefault =
                    d.scalar(QStringLiteral(
                                 "SELECT count(*) FROM api_keys WHERE provider_id = ? AND is_default = ?"),
                             {providerId, true})
                        .toInt() > 0;
                d.insertReturningId(
                    QStringLiteral(
                        "INSERT INTO api_keys (provider_id, label, notes, kind, keychain_ref, client_id, "
                        "fingerprint_last4, fingerprint_hash, is_default, expires_at, created_by, "
                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {providerId, s.key.label, s.key.notes, s.key.kind, s.ref, s.key.clientId, s.fp.last4,
                     s.fp.hash, !hasDefault, expires, d.actor(), Database::nowText()});
            }
            done.append(QString(s.key.provider + QLatin1Char('/') + s.key.label));
        }
        return QJsonObject{{QStringLiteral("imported"), done}};
    };
    return out;
}

PendingWrite KeyTransfer::planExport(const QList<ApiKey>& keys, const QString& path)
{
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("keys.export");
    plan.title = tr("Export %n key(s) with their secrets", nullptr, int(keys.size()));
    plan.verb = tr("Export");
    plan.targetType = QStringLiteral("file");
    plan.target = path;
    QJsonArray which;
    for (const ApiKey& k : keys) {
        plan.effects << KeyVault::describe(k);
        which.append(QString(k.providerCode + QLatin1Char('/') + k.label));
    }
    plan.effects
        << tr("Writes %1, encrypted with your passphrase (Argon2id, XChaCha20-Poly1305). Whoever has the "
              "file and the passphrase has these secrets.")
               .arg(path);
    write.apply = [which](Database&) { return QJsonObject{{QStringLiteral("exported"), which}}; };
    return write;
}

} // namespace fusion
