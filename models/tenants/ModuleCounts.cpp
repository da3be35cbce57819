#include "models/tenants/ModuleCounts.h"

namespace fusion {

ModuleCounts countModules(const QList<ModuleState>& modules)
{
    ModuleCounts counts;
    for (const ModuleState& m : modules) {
        counts.installed += m.state == QLatin1String("installed");
        counts.pending += m.state == QLatin1String("pending");
    }
    counts.total = int(modules.size());
    return counts;
}

} // namespace fusion
