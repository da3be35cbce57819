// The list of fusionctl's command groups, in the order the usage text shows them.
#include "app/cli/CommandRegistry.h"

namespace fusion::cli {

QSet<QString> globalFlags()
{
    return {QStringLiteral("json"), QStringLiteral("yes"), QStringLiteral("verbose"), QStringLiteral("help")};
}

const CommandRegistry& commands()
{
    static const CommandRegistry registry = [] {
        CommandRegistry r;
        registerDbCommands(r);
        registerTenantCommands(r);
        registerOperationCommands(r);
        registerControlPlaneCommands(r);
        registerInfraCommands(r);
        registerOdooCommands(r);
        registerProposalCommands(r);
        registerBundleCommands(r);
        registerKeyCommands(r);
        registerKeyTransferCommands(r);
        registerAccessCommands(r);
        registerCallCommand(r);
        registerUsageCommands(r);
        registerAiCommands(r);
        registerAiConsoleCommands(r);
        registerPromptCommands(r);
        registerEventCommands(r);
        registerEventIntakeCommands(r);
        registerWorkspaceCommands(r);
        registerKnowledgeCommands(r);
        registerSsoCommands(r);
        registerAutomationCommands(r);
        registerAnalyticsCommands(r);
        registerHealthCommands(r);
        registerBillingCommands(r);
        registerSupportCommands(r);
        registerProfileCommands(r);
        return r;
    }();
    return registry;
}

} // namespace fusion::cli
