#include "models/odoo/OdooConnection.h"

#include "models/tenants/TenantValidation.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {
QString perMinute(const QString& v)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (!ok || n < 1 || n > 600)
        return OdooConnection::tr("Enter a number of calls a minute from 1 to 600.");
    return {};
}

QString fingerprint(const QString& v)
{
    if (v.trimmed().isEmpty() || !OdooConnection::normalizedFingerprint(v).isEmpty())
        return {};
    return OdooConnection::tr("A certificate fingerprint is 64 hexadecimal digits (SHA-256).");
}
} // namespace

OdooEndpoint OdooSettings::endpoint() const
{
    OdooEndpoint e;
    e.url = QUrl(url);
    e.database = database;
    e.login = login;
    e.trustedCertificateSha256 = tlsSha256;
    return e;
}

OdooLimits OdooSettings::limits() const
{
    OdooLimits l;
    l.readsPerMinute = readsPerMinute;
    l.writesPerMinute = writesPerMinute;
    return l;
}

const EditableTable& OdooConnection::table()
{
    static const EditableTable spec{
        QStringLiteral("tenants"),
        QStringLiteral("id"),
        {
            {QStringLiteral("odoo_url"), QT_TRANSLATE_NOOP("fusion::Fields", "Odoo URL"), EditableField::Text,
             [](const QString& v) { return TenantValidation::url(v, true); }},
            {QStringLiteral("odoo_db"), QT_TRANSLATE_NOOP("fusion::Fields", "Odoo database"),
             EditableField::Text,
             [](const QString& v) {
                 return v.trimmed().isEmpty() ? tr("Enter the Odoo database name.")
                                              : TenantValidation::databaseName(v);
             }},
            {QStringLiteral("odoo_login"), QT_TRANSLATE_NOOP("fusion::Fields", "Odoo login"),
             EditableField::Text,
             [](const QString& v) {
                 return v.trimmed().isEmpty() ? tr("Enter the Odoo login.") : QString();
             }},
            {QStringLiteral("odoo_tls_sha256"), QT_TRANSLATE_NOOP("fusion::Fields", "Trusted certificate"),
             EditableField::Text, fingerprint},
            {QStringLiteral("odoo_reads_per_minute"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Odoo reads a minute"), EditableField::Text, perMinute},
            {QStringLiteral("odoo_writes_per_minute"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Odoo writes a minute"), EditableField::Text, perMinute},
        }};
    return spec;
}

OdooSettings OdooConnection::load(Database& db, const QString& slug)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, slug, odoo_url, odoo_db, odoo_login, odoo_tls_sha256, "
                                         "odoo_reads_per_minute, odoo_writes_per_minute, row_version "
                                         "FROM tenants WHERE slug = ?"),
                          {slug});
    if (!q.next())
        throw Failure(ErrorKind::NotFound,
                      tr("There is no tenant \"%1\" (or your role may not see it).").arg(slug));
    OdooSettings s;
    s.tenantId = q.value(0).toLongLong();
    s.slug = q.value(1).toString();
    s.url = q.value(2).toString();
    s.database = q.value(3).toString();
    s.login = q.value(4).toString();
    s.tlsSha256 = q.value(5).toString();
    s.readsPerMinute = q.value(6).toInt();
    s.writesPerMinute = q.value(7).toInt();
    s.rowVersion = q.value(8).toInt();
    return s;
}

QList<QPair<QString, QString>> OdooConnection::configuredTenants(Database& db)
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT slug, name FROM tenants WHERE odoo_url <> '' AND odoo_db <> '' AND "
                               "odoo_login <> '' AND status <> 'decommissioned' ORDER BY slug"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

PendingWrite OdooConnection::planSave(Database& db, const OdooSettings& current, const QVariantMap& values,
                                      bool secretChanged)
{
    QVariantMap cleaned = values;
    if (cleaned.contains(QStringLiteral("odoo_tls_sha256"))) {
        const QString raw = cleaned.value(QStringLiteral("odoo_tls_sha256")).toString();
        const QString hex = normalizedFingerprint(raw);
        cleaned.insert(QStringLiteral("odoo_tls_sha256"), hex.isEmpty() ? raw.trimmed() : hex);
    }
    if (cleaned.contains(QStringLiteral("odoo_url"))) {
        QString url = cleaned.value(QStringLiteral("odoo_url")).toString().trimmed();
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        cleaned.insert(QStringLiteral("odoo_url"), url);
    }
    PendingWrite write = RecordEdit::plan(db, table(), current.tenantId, current.rowVersion, cleaned);
    write.plan.action = QStringLiteral("tenant.odoo.connect");
    write.plan.title = tr("Connect tenant %1 to its Odoo").arg(current.slug);
    write.plan.verb = tr("Save");
    write.plan.targetType = QStringLiteral("tenant");
    write.plan.target = current.slug;
    write.plan.tenantId = current.tenantId;
    if (secretChanged) {
        write.plan.effects << tr(
            "Stores the password or API key in the OS keychain (never in the database).");
        // A new secret alone is still a write the audit log must show (that it changed, never what it is).
        if (!write.apply)
            write.apply = [](Database&) {
                return QJsonObject{{QStringLiteral("secret"), QStringLiteral("replaced")}};
            };
    }
    return write;
}

QString OdooConnection::normalizedFingerprint(const QString& text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

} // namespace fusion
