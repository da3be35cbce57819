#include "models/tenants/Tenant.h"

#include <QCoreApplication>

namespace fusion {

QStringList TenantStatus::all()
{
    return {Active, Paused, Error, Decommissioned};
}

QString TenantStatus::label(const QString& status)
{
    if (status == Active)
        return QCoreApplication::translate("fusion::TenantStatus", "Active");
    if (status == Paused)
        return QCoreApplication::translate("fusion::TenantStatus", "Paused");
    if (status == Error)
        return QCoreApplication::translate("fusion::TenantStatus", "Error");
    if (status == Decommissioned)
        return QCoreApplication::translate("fusion::TenantStatus", "Decommissioned");
    return status;
}

QString TenantHealth::reason() const
{
    switch (severity) {
    case Critical:
        return failedOperations > 0
                   ? QCoreApplication::translate("fusion::TenantHealth", "In error, %n recent failure(s)",
                                                 nullptr, int(failedOperations))
                   : QCoreApplication::translate("fusion::TenantHealth", "In error");
    case Warning:
        return QCoreApplication::translate("fusion::TenantHealth", "%n recent failure(s)", nullptr,
                                           int(failedOperations));
    case Paused:
        return QCoreApplication::translate("fusion::TenantHealth", "Paused");
    case Healthy:
        break;
    }
    return QCoreApplication::translate("fusion::TenantHealth", "Healthy");
}

} // namespace fusion
