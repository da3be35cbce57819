#include "models/audit/WriteExecutor.h"

#include "models/audit/AuditLog.h"

namespace fusion {

QJsonObject WriteExecutor::execute(Database& db, const PendingWrite& write)
{
    if (!write.apply)
        return {};
    Transaction tx(db);
    const QJsonObject outcome = write.apply(db);
    AuditLog::append(db, write.plan, outcome);
    tx.commit();
    return outcome;
}

} // namespace fusion
