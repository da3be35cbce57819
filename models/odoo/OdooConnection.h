#pragma once

#include "models/core/WritePlan.h"
#include "models/odoo/OdooClient.h"
#include "models/storage/Database.h"
#include "models/storage/RecordEdit.h"

#include <QCoreApplication>
#include <QString>

namespace fusion {

// One tenant's Odoo connection settings as stored in our database (the secret is in the keychain under
// secretKey(slug), never here), and the confirmed, audited write that changes them.
struct OdooSettings {
    qint64 tenantId = 0;
    QString slug;
    QString url;
    QString database;
    QString login;
    QString tlsSha256; // a trusted self-signed certificate, or empty
    int readsPerMinute = 30;
    int writesPerMinute = 10;
    int rowVersion = 0;

    bool isConfigured() const { return !url.isEmpty() && !database.isEmpty() && !login.isEmpty(); }
    OdooEndpoint endpoint() const;
    OdooLimits limits() const;
};

class OdooConnection {
    Q_DECLARE_TR_FUNCTIONS(fusion::OdooConnection)

public:
    static QString secretKey(const QString& slug) { return QStringLiteral("odoo/") + slug; }
    static const EditableTable& table();

    // Throws NotFound for an unknown (or, under row-level security, invisible) tenant.
    static OdooSettings load(Database& db, const QString& slug);
    // Tenants (not decommissioned) whose Odoo address, database and login are set: slug and name.
    static QList<QPair<QString, QString>> configuredTenants(Database& db);
    // Plans storing new settings; `secretChanged` adds the keychain step to what the person confirms.
    static PendingWrite planSave(Database& db, const OdooSettings& current, const QVariantMap& values,
                                 bool secretChanged);
    // "AB:CD:…" or "abcd…" → 64 lower-case hex digits, or empty when it is not a SHA-256 fingerprint.
    static QString normalizedFingerprint(const QString& text);
};

} // namespace fusion
