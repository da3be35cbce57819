// The providers half of the key vault: the services keys belong to, their addresses and the certificate an
// owner trusts for each (the keys themselves are KeyVault.cpp's).
#include "models/vault/KeyVault.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace fusion {

QList<Provider> KeyVault::providers(Database& db)
{
    QList<Provider> list;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT p.id, p.code, p.name, p.kind, p.base_url, "
                               "p.base_url_override, p.token_url, p.validation, p.builtin, "
                               "p.row_version, p.tls_sha256, (SELECT count(*) FROM api_keys k WHERE "
                               "k.provider_id = p.id AND k.status <> 'revoked') "
                               "FROM providers p ORDER BY p.builtin DESC, p.name"));
    while (q.next()) {
        Provider p;
        p.id = q.value(0).toLongLong();
        p.code = q.value(1).toString();
        p.name = q.value(2).toString();
        p.kind = q.value(3).toString();
        p.baseUrl = q.value(4).toString();
        p.baseUrlOverride = q.value(5).toString();
        p.tokenUrl = q.value(6).toString();
        p.validation = q.value(7).toString();
        p.builtin = q.value(8).toBool();
        p.rowVersion = q.value(9).toInt();
        p.tlsSha256 = q.value(10).toString();
        p.liveKeys = q.value(11).toInt();
        list << p;
    }
    return list;
}

namespace {
QString urlProblem(const QString& url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) ||
        u.host().isEmpty() || url.size() > 500)
        return KeyVault::tr("\"%1\" is not an http(s) address.").arg(url.left(80));
    if (!u.userInfo().isEmpty())
        return KeyVault::tr(
            "A base URL must not contain a user name or password; keys live in the keychain.");
    return {};
}
} // namespace

PendingWrite KeyVault::planAddProvider(Database& db, const Provider& in)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    QStringList problems;
    if (!code.match(in.code).hasMatch())
        problems << tr("The code must be 1–40 lowercase letters, digits, \"-\" or \"_\".");
    if (in.name.trimmed().isEmpty() || in.name.size() > 80)
        problems << tr("The name must have 1–80 characters.");
    if (in.kind != QLatin1String("api_key") && in.kind != QLatin1String("oauth"))
        problems << tr("The kind is api_key or oauth.");
    if (const QString why = urlProblem(in.baseUrl); !why.isEmpty())
        problems << why;
    if (in.kind == QLatin1String("oauth") && !urlProblem(in.tokenUrl).isEmpty())
        problems << tr("An OAuth provider needs its token URL (http or https).");
    static const QStringList methods{
        QStringLiteral("openai_models"),       QStringLiteral("anthropic_models"),
        QStringLiteral("google_maps_geocode"), QStringLiteral("twilio_account"),
        QStringLiteral("oauth_refresh"),       QStringLiteral("none")};
    const QString validation = in.validation.isEmpty() ? QStringLiteral("none") : in.validation;
    if (!methods.contains(validation))
        problems << tr("The validation is one of %1.").arg(methods.join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    for (const Provider& p : providers(db)) {
        if (p.code == in.code)
            throw Failure(ErrorKind::Conflict, tr("There already is a provider \"%1\".").arg(in.code));
    }
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("provider.add");
    plan.title = tr("Add provider %1").arg(in.code);
    plan.verb = tr("Add Provider");
    plan.targetType = QStringLiteral("provider");
    plan.target = in.code;
    plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), {}, in.name.trimmed()}
                 << FieldChange{QStringLiteral("kind"), tr("Kind"), {}, in.kind}
                 << FieldChange{QStringLiteral("base_url"), tr("Base URL"), {}, in.baseUrl}
                 << FieldChange{QStringLiteral("validation"), tr("Validation"), {}, validation};
    if (!in.tokenUrl.isEmpty())
        plan.changes << FieldChange{QStringLiteral("token_url"), tr("Token URL"), {}, in.tokenUrl};
    plan.rowsAffected = 1;
    const Provider p = in;
    write.apply = [p, validation](Database& d) {
        const qint64 id = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO providers (code, name, kind, base_url, token_url, validation, builtin) VALUES "
                "(?, ?, ?, ?, ?, ?, ?)"),
            {p.code, p.name.trimmed(), p.kind, p.baseUrl, p.tokenUrl, validation, false});
        return QJsonObject{{QStringLiteral("provider_id"), id}};
    };
    return write;
}

PendingWrite KeyVault::planSetBaseUrl(Database& db, const QString& code, const QString& url)
{
    const Provider p = requireProvider(db, code);
    const QString override = url.trimmed() == p.baseUrl ? QString() : url.trimmed();
    if (!override.isEmpty())
        if (const QString why = urlProblem(override); !why.isEmpty())
            throw Failure(ErrorKind::InvalidInput, why);
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("provider.base_url");
    plan.title = tr("Change where %1 is reached").arg(p.name);
    plan.verb = tr("Save");
    plan.targetType = QStringLiteral("provider");
    plan.target = code;
    if (override == p.baseUrlOverride)
        return write;
    plan.changes << FieldChange{QStringLiteral("base_url"), tr("Base URL"), p.effectiveBaseUrl(),
                                override.isEmpty() ? p.baseUrl : override};
    if (override.isEmpty())
        plan.effects << tr("Back to the provider's own address.");
    if (override.startsWith(QLatin1String("http:")))
        plan.effects << tr("Plain http: keys sent for validation and calls travel unencrypted.");
    plan.rowsAffected = 1;
    const qint64 id = p.id;
    const int version = p.rowVersion;
    write.apply = [id, version, override](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE providers SET base_url_override = ?, updated_at = ?, row_version = "
                                  "row_version + 1 WHERE id = ? AND row_version = ?"),
                   {override, Database::nowText(), id, version});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The provider was changed by someone else meanwhile; nothing was saved."));
        return QJsonObject{{QStringLiteral("provider_id"), id}};
    };
    return write;
}

PendingWrite KeyVault::planTrustCertificate(Database& db, const QString& code, const QString& sha256)
{
    const Provider p = requireProvider(db, code);
    QString hex = sha256.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.isEmpty() && !sha.match(hex).hasMatch())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits).").arg(sha256.left(100)));
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("provider.trust_certificate");
    plan.title = hex.isEmpty() ? tr("Stop trusting %1's own certificate").arg(p.name)
                               : tr("Trust a certificate for %1").arg(p.name);
    plan.verb = hex.isEmpty() ? tr("Stop trusting") : tr("Trust");
    plan.targetType = QStringLiteral("provider");
    plan.target = code;
    if (hex == p.tlsSha256)
        return write;
    plan.changes << FieldChange{QStringLiteral("tls_sha256"), tr("Trusted certificate (SHA-256)"),
                                p.tlsSha256, hex};
    plan.effects << (hex.isEmpty()
                         ? tr("Only certificates a certificate authority vouches for are accepted again.")
                         : tr("Connections to %1 accept this certificate although no certificate authority "
                              "vouches for it. Compare the fingerprint with the server's own before you "
                              "confirm.")
                               .arg(p.effectiveBaseUrl()));
    plan.rowsAffected = 1;
    const qint64 id = p.id;
    const int version = p.rowVersion;
    write.apply = [id, version, hex](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE providers SET tls_sha256 = ?, updated_at = ?, row_version = "
                                  "row_version + 1 WHERE id = ? AND row_version = ?"),
                   {hex, Database::nowText(), id, version});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The provider was changed by someone else meanwhile; nothing was saved."));
        return QJsonObject{{QStringLiteral("provider_id"), id}};
    };
    return write;
}

Provider KeyVault::requireProvider(Database& db, const QString& code)
{
    for (const Provider& p : providers(db)) {
        if (p.code == code)
            return p;
    }
    throw Failure(ErrorKind::NotFound, tr("There is no provider \"%1\".").arg(code));
}

} // namespace fusion
