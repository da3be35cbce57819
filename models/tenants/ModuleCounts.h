#pragma once

#include "models/tenants/Tenant.h"

namespace fusion {

// How far a tenant's modules are; the tenant detail view and `fusionctl tenants show` count them the same
// way.
struct ModuleCounts {
    int installed = 0;
    int pending = 0;
    int total = 0;
};
ModuleCounts countModules(const QList<ModuleState>& modules);

} // namespace fusion
