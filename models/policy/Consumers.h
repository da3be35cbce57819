#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

// Who calls a provider: "<tenant slug>/<module>" for a tenant's Odoo module, any other name for a script.
struct Consumer {
    qint64 id = 0;
    QString code;
    qint64 tenantId = 0; // 0: not a tenant's
    QString tenantSlug;
    QString module;
    bool killed = false;
    QString killReason;
    QDateTime firstSeenAt;
    int rowVersion = 0;
};

// The consumer register: looked up by code, registered on first use, switched off and on by the kill switch.
class Consumers {
    Q_DECLARE_TR_FUNCTIONS(fusion::Consumers)

public:
    // Lower-case letters, digits and _ . : / -, starting with a letter or digit, at most 120; empty when
    // fine.
    static QString validateCode(const QString& code);
    static QList<Consumer> all(Database& db);
    static std::optional<Consumer> find(Database& db, const QString& code);
    // The consumer's id, registering it first when it is new (linked to the tenant its code names, if one
    // exists). Runs in the caller's transaction; safe when two sessions register the same code at once.
    static qint64 ensure(Database& db, const QString& code);
    // The kill switch: every call of the consumer is refused while it is on. Confirmed, audited.
    static PendingWrite planKill(Database& db, const QString& code, bool killed, const QString& reason);
};

} // namespace fusion
