#include "models/vault/KeyVault.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace fusion {

namespace {
const QString KeyColumns = QStringLiteral(
    "k.id, k.provider_id, p.code, p.name, k.label, k.notes, k.kind, k.keychain_ref, k.client_id, "
    "k.fingerprint_last4, k.fingerprint_hash, k.is_default, k.status, k.validation_status, "
    "k.validation_message, "
    "k.created_by, k.created_at, k.rotated_at, k.expires_at, k.last_used_at, k.last_validated_at, "
    "k.revoked_at, "
    "k.retiring_until, k.access_token_expires_at, k.row_version");

ApiKey keyFrom(const QSqlQuery& q)
{
    ApiKey k;
    k.id = q.value(0).toLongLong();
    k.providerId = q.value(1).toLongLong();
    k.providerCode = q.value(2).toString();
    k.providerName = q.value(3).toString();
    k.label = q.value(4).toString();
    k.notes = q.value(5).toString();
    k.kind = q.value(6).toString();
    k.keychainRef = q.value(7).toString();
    k.clientId = q.value(8).toString();
    k.fingerprint.last4 = q.value(9).toString();
    k.fingerprint.hash = q.value(10).toString();
    k.isDefault = q.value(11).toBool();
    k.status = q.value(12).toString();
    k.validationStatus = q.value(13).toString();
    k.validationMessage = q.value(14).toString();
    k.createdBy = q.value(15).toString();
    k.createdAt = Database::toDateTime(q.value(16));
    k.rotatedAt = Database::toDateTime(q.value(17));
    k.expiresAt = Database::toDateTime(q.value(18));
    k.lastUsedAt = Database::toDateTime(q.value(19));
    k.lastValidatedAt = Database::toDateTime(q.value(20));
    k.revokedAt = Database::toDateTime(q.value(21));
    k.retiringUntil = Database::toDateTime(q.value(22));
    k.accessTokenExpiresAt = Database::toDateTime(q.value(23));
    k.rowVersion = q.value(24).toInt();
    return k;
}

} // namespace

QString KeyVault::describe(const ApiKey& k)
{
    return tr("%1 key \"%2\" (%3)").arg(k.providerName, k.label, k.fingerprint.text());
}

QList<ApiKey> KeyVault::keys(Database& db, const QString& providerCode, bool includeRevoked)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM api_keys k JOIN providers p ON p.id = k.provider_id WHERE 1 = 1")
            .arg(KeyColumns);
    QVariantList params;
    if (!providerCode.isEmpty()) {
        sql += QStringLiteral(" AND p.code = ?");
        params << providerCode;
    }
    if (!includeRevoked)
        sql += QStringLiteral(" AND k.status <> 'revoked'");
    sql += QStringLiteral(" ORDER BY p.name, k.is_default DESC, k.status, k.label, k.id");
    QList<ApiKey> list;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        list << keyFrom(q);
    return list;
}

ApiKey KeyVault::requireKey(Database& db, const QString& providerCode, const QString& label)
{
    const Provider p = requireProvider(db, providerCode);
    const QList<ApiKey> live = keys(db, providerCode);
    for (const ApiKey& k : live) {
        if (label.isEmpty() ? k.isDefault : k.label == label)
            return k;
    }
    if (label.isEmpty())
        throw Failure(ErrorKind::NotFound,
                      live.isEmpty() ? tr("%1 has no keys yet.").arg(p.name)
                                     : tr("%1 has no default key; choose one with --key or make one the "
                                          "default.")
                                           .arg(p.name));
    throw Failure(ErrorKind::NotFound, tr("%1 has no live key labelled \"%2\".").arg(p.name, label));
}

QString KeyVault::newKeychainRef()
{
    return QStringLiteral("vault/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error KeyVault::secretError(const ApiKey& k, const Error& e)
{
    if (e.kind != ErrorKind::KeychainEntryMissing)
        return e;
    return Error::make(
        e.kind,
        tr("The secret of %1/%2 is not in this machine's keychain (item %3). Import it from an export "
           "file, or revoke the key and add it again.")
            .arg(k.providerCode, k.label, k.keychainRef),
        e.detail);
}

PendingWrite KeyVault::planAdd(Database& db, const NewKey& in, const QString& ref, const Fingerprint& fp)
{
    const Provider p = requireProvider(db, in.providerCode);
    const QString label = in.label.trimmed();
    if (label.isEmpty() || label.size() > 80)
        throw Failure(ErrorKind::InvalidInput, tr("A key needs a label of 1–80 characters."));
    if (in.notes.size() > 2000)
        throw Failure(ErrorKind::InvalidInput, tr("Notes may have at most 2,000 characters."));
    if (p.kind == QLatin1String("oauth") && in.clientId.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("An OAuth key needs its client id."));
    if (p.validation == QLatin1String("twilio_account") && in.clientId.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("A Twilio key needs its Account SID (--client-id)."));
    const QList<ApiKey> live = keys(db, p.code);
    for (const ApiKey& k : live) {
        if (k.label == label)
            throw Failure(ErrorKind::Conflict,
                          tr("%1 already has a key labelled \"%2\".").arg(p.name, label));
    }
    const bool makeDefault = in.makeDefault || std::none_of(live.cbegin(), live.cend(),
                                                            [](const ApiKey& k) { return k.isDefault; });
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("key.add");
    plan.title = tr("Add %1 key \"%2\"").arg(p.name, label);
    plan.verb = tr("Add Key");
    plan.targetType = QStringLiteral("api_key");
    plan.target = p.code + QLatin1Char('/') + label;
    plan.changes << FieldChange{QStringLiteral("label"), tr("Label"), {}, label}
                 << FieldChange{QStringLiteral("fingerprint"), tr("Fingerprint"), {}, fp.text()};
    if (!in.clientId.trimmed().isEmpty())
        plan.changes << FieldChange{QStringLiteral("client_id"),
                                    p.kind == QLatin1String("oauth") ? tr("Client id") : tr("Account id"),
                                    {},
                                    in.clientId.trimmed()};
    if (in.expires)
        plan.changes << FieldChange{QStringLiteral("expires_at"), tr("Expires"), {}, *in.expires};
    if (!in.notes.isEmpty())
        plan.changes << FieldChange{QStringLiteral("notes"), tr("Notes"), {}, in.notes};
    plan.effects
        << tr("Stores the secret in the OS keychain only (item %1); the database keeps its fingerprint.")
               .arg(ref);
    // What checking the secret found is part of what the person agrees to.
    plan.effects << (in.validationStatus == QLatin1String("valid")
                         ? tr("The new secret was checked with %1: %2").arg(p.name, in.validationMessage)
                         : tr("The new secret was NOT checked with %1.").arg(p.name));
    if (makeDefault) {
        const auto old =
            std::find_if(live.cbegin(), live.cend(), [](const ApiKey& k) { return k.isDefault; });
        plan.effects << (old != live.cend()
                             ? tr("Becomes %1's default key instead of \"%2\".").arg(p.name, old->label)
                             : tr("Becomes %1's default key.").arg(p.name));
    }
    plan.rowsAffected = makeDefault ? 2 : 1;
    const QString expires =
        in.expires ? QDateTime(*in.expires, QTime(23, 59, 59), Qt::UTC).toString(Qt::ISODate) : QString();
    write.apply = [p, in, label, ref, fp, makeDefault, expires](Database& d) {
        const QString now = Database::nowText();
        if (makeDefault)
            d.exec(QStringLiteral("UPDATE api_keys SET is_default = ?, row_version = row_version + 1 WHERE "
                                  "provider_id = ? AND is_default = ?"),
                   {false, p.id, true});
        const qint64 id = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO api_keys (provider_id, label, notes, kind, keychain_ref, client_id, "
                "fingerprint_last4, fingerprint_hash, is_default, expires_at, created_by, created_at, "
                "validation_status, validation_message, last_validated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {p.id, label, in.notes, p.kind, ref, in.clientId.trimmed(), fp.last4, fp.hash, makeDefault,
             expires.isEmpty() ? QVariant() : QVariant(expires), d.actor(), now, in.validationStatus,
             in.validationMessage.left(500),
             in.validationStatus == QLatin1String("unknown") ? QVariant() : QVariant(now)});
        return QJsonObject{{QStringLiteral("key_id"), id},
                           {QStringLiteral("keychain_ref"), ref},
                           {QStringLiteral("default"), makeDefault}};
    };
    return write;
}

PendingWrite KeyVault::planSetDefault(Database& db, const QString& providerCode, const QString& label)
{
    const ApiKey k = requireKey(db, providerCode, label);
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("key.set_default");
    plan.title = tr("Make \"%1\" the default %2 key").arg(k.label, k.providerName);
    plan.verb = tr("Make Default");
    plan.targetType = QStringLiteral("api_key");
    plan.target = k.providerCode + QLatin1Char('/') + k.label;
    if (k.isDefault)
        return write; // nothing to change
    if (k.status != QLatin1String("active"))
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is retiring; only an active key can be the default.").arg(k.label));
    QString previous;
    for (const ApiKey& other : keys(db, providerCode)) {
        if (other.isDefault)
            previous = other.label;
    }
    plan.changes << FieldChange{QStringLiteral("default"), tr("Default key"),
                                previous.isEmpty() ? QVariant() : QVariant(previous), k.label};
    plan.rowsAffected = previous.isEmpty() ? 1 : 2;
    const qint64 id = k.id;
    const qint64 providerId = k.providerId;
    const int version = k.rowVersion;
    const QString name = k.providerName;
    write.apply = [id, providerId, version, name](Database& d) {
        d.exec(QStringLiteral(
                   "UPDATE api_keys SET is_default = ?, row_version = row_version + 1 WHERE provider_id = "
                   "? AND is_default = ? AND id <> ?"),
               {false, providerId, true, id});
        try {
            QSqlQuery q =
                d.exec(QStringLiteral("UPDATE api_keys SET is_default = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND status = 'active' AND row_version = ?"),
                       {true, id, version});
            if (q.numRowsAffected() != 1)
                throw Failure(ErrorKind::Conflict,
                              tr("The key was changed by someone else meanwhile; nothing was changed."));
        } catch (const Failure& f) {
            if (f.error().kind != ErrorKind::Conflict)
                throw;
            // Two admins choosing different defaults at the same moment: the database keeps the first.
            throw Failure(ErrorKind::Conflict,
                          tr("Someone else changed %1's default key at the same moment; nothing was changed. "
                             "Look again and choose.")
                              .arg(name),
                          f.error().detail);
        }
        return QJsonObject{{QStringLiteral("key_id"), id}};
    };
    return write;
}

PendingWrite KeyVault::planRevoke(Database& db, const QString& providerCode, const QString& label,
                                  QString* keychainRef)
{
    const Provider p = requireProvider(db, providerCode);
    std::optional<ApiKey> target;
    const QList<ApiKey> all = keys(db, providerCode, true);
    for (const ApiKey& k : all) {
        if (k.label == label && k.status != QLatin1String("revoked"))
            target = k;
    }
    const bool again = !target;
    if (again) {
        for (const ApiKey& k : all) {
            if (k.label == label && (!target || k.revokedAt > target->revokedAt))
                target = k;
        }
    }
    if (!target)
        throw Failure(ErrorKind::NotFound, tr("%1 has no key labelled \"%2\".").arg(p.name, label));
    const ApiKey k = *target;
    if (keychainRef)
        *keychainRef = k.keychainRef;
    if (!again && k.isDefault) {
        const bool others = std::any_of(all.cbegin(), all.cend(), [&k](const ApiKey& o) {
            return o.id != k.id && o.status == QLatin1String("active");
        });
        if (others)
            throw Failure(
                ErrorKind::InvalidInput,
                tr("\"%1\" is %2's default key; make another key the default first.").arg(k.label, p.name));
    }
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("key.revoke");
    plan.title = again ? tr("Delete the keychain item of revoked key %1").arg(describe(k))
                       : tr("Revoke %1").arg(describe(k));
    plan.verb = tr("Revoke");
    plan.targetType = QStringLiteral("api_key");
    plan.target = k.providerCode + QLatin1Char('/') + k.label;
    plan.destructive = true;
    plan.confirmPhrase = k.label;
    if (!again)
        plan.changes << FieldChange{QStringLiteral("status"), tr("Status"), k.status,
                                    QStringLiteral("revoked")};
    plan.effects
        << tr("Deletes the secret from the OS keychain (item %1). Anything still using this key stops "
              "working.")
               .arg(k.keychainRef);
    if (k.isDefault && !again)
        plan.effects << tr("%1 is left without a key.").arg(p.name);
    plan.rowsAffected = again ? 0 : 1;
    const qint64 id = k.id;
    const int version = k.rowVersion;
    const QString ref = k.keychainRef;
    write.apply = [id, version, ref, again](Database& d) {
        if (!again) {
            QSqlQuery q = d.exec(
                QStringLiteral(
                    "UPDATE api_keys SET status = 'revoked', is_default = ?, revoked_at = ?, row_version = "
                    "row_version + 1 WHERE id = ? AND row_version = ?"),
                {false, Database::nowText(), id, version});
            if (q.numRowsAffected() != 1)
                throw Failure(ErrorKind::Conflict,
                              tr("The key was changed by someone else meanwhile; nothing "
                                 "was revoked. Look again."));
        }
        return QJsonObject{{QStringLiteral("key_id"), id}, {QStringLiteral("keychain_ref"), ref}};
    };
    return write;
}

PendingWrite KeyVault::planRotate(Database& db, const QString& providerCode, const QString& oldLabel,
                                  const NewKey& key, const QString& ref, const Fingerprint& fp, int graceDays,
                                  const QString& validated, const QString& validationMessage)
{
    const ApiKey old = requireKey(db, providerCode, oldLabel);
    if (old.status != QLatin1String("active"))
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is already retiring; rotate the key that replaced it.").arg(old.label));
    if (graceDays < 0 || graceDays > 365)
        throw Failure(ErrorKind::InvalidInput, tr("The grace period is 0–365 days."));
    NewKey in = key;
    in.providerCode = providerCode;
    in.makeDefault = true;
    in.validationStatus = validated.isEmpty() ? QStringLiteral("unknown") : validated;
    in.validationMessage = validationMessage;
    if (in.clientId.isEmpty())
        in.clientId = old.clientId; // the same OAuth client or Twilio account, with a new secret
    PendingWrite add = planAdd(db, in, ref, fp);
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan = add.plan;
    plan.action = QStringLiteral("key.rotate");
    plan.title = tr("Rotate %1: \"%2\" replaces \"%3\"").arg(old.providerName, in.label.trimmed(), old.label);
    plan.verb = tr("Rotate");
    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(graceDays);
    plan.changes << FieldChange{QStringLiteral("old_status"), tr("\"%1\"").arg(old.label), old.status,
                                QStringLiteral("retiring")};
    plan.effects << (graceDays == 0
                         ? tr("\"%1\" stops being the default now; revoke it when nothing uses it any more.")
                               .arg(old.label)
                         : tr("\"%1\" keeps working for %n day(s) as a retiring key (until %2); then revoke "
                              "it.",
                              nullptr, graceDays)
                               .arg(old.label, until.toString(Qt::ISODate)));
    plan.rowsAffected = add.plan.rowsAffected + 1;
    const qint64 oldId = old.id;
    const int oldVersion = old.rowVersion;
    const auto insert = add.apply;
    const QString untilText = until.toString(Qt::ISODate);
    write.apply = [insert, oldId, oldVersion, untilText](Database& d) {
        // The old key first: taking its default away frees the one-default index for the new key.
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE api_keys SET status = 'retiring', is_default = ?, retiring_until = "
                                  "?, rotated_at = ?, row_version = row_version + 1 WHERE id = ? AND "
                                  "row_version = ? AND status = 'active'"),
                   {false, untilText, Database::nowText(), oldId, oldVersion});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The old key was changed by someone else meanwhile; nothing was "
                             "rotated."));
        QJsonObject outcome = insert(d);
        outcome.insert(QStringLiteral("retired_key_id"), oldId);
        return outcome;
    };
    return write;
}

PendingWrite KeyVault::planRecordValidation(const ApiKey& key, const QString& status, const QString& message,
                                            const QDateTime& accessTokenExpiresAt)
{
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("key.validate");
    plan.title = tr("Record the check of %1").arg(describe(key));
    plan.targetType = QStringLiteral("api_key");
    plan.target = key.providerCode + QLatin1Char('/') + key.label;
    plan.changes << FieldChange{QStringLiteral("validation_status"), tr("Validation"), key.validationStatus,
                                status};
    if (!message.isEmpty())
        plan.effects << message;
    plan.rowsAffected = 1;
    const qint64 id = key.id;
    const QString expires =
        accessTokenExpiresAt.isValid() ? accessTokenExpiresAt.toUTC().toString(Qt::ISODate) : QString();
    write.apply = [id, status, message, expires](Database& d) {
        d.exec(
            QStringLiteral(
                "UPDATE api_keys SET validation_status = ?, validation_message = ?, last_validated_at = ?, "
                "access_token_expires_at = COALESCE(?, access_token_expires_at) WHERE id = ?"),
            {status, message.left(500), Database::nowText(),
             expires.isEmpty() ? QVariant() : QVariant(expires), id});
        return QJsonObject{{QStringLiteral("key_id"), id}, {QStringLiteral("status"), status}};
    };
    return write;
}

PendingWrite KeyVault::planDisclose(const ApiKey& key, const QString& how)
{
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("key.") + how; // key.reveal, key.copy, key.get, key.export
    plan.title = how == QLatin1String("copy")     ? tr("Copy the secret of %1").arg(describe(key))
                 : how == QLatin1String("export") ? tr("Export the secret of %1").arg(describe(key))
                 : how == QLatin1String("get")    ? tr("Print the secret of %1").arg(describe(key))
                                                  : tr("Reveal the secret of %1").arg(describe(key));
    plan.targetType = QStringLiteral("api_key");
    plan.target = key.providerCode + QLatin1Char('/') + key.label;
    plan.effects << tr("The secret leaves the keychain; this is recorded, the secret is not.");
    const qint64 id = key.id;
    const bool used = how == QLatin1String("get");
    write.apply = [id, used](Database& d) {
        if (used)
            d.exec(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"),
                   {Database::nowText(), id});
        return QJsonObject{{QStringLiteral("key_id"), id}};
    };
    return write;
}

} // namespace fusion
