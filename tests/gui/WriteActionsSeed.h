#pragma once
// What tst_gui_write_actions needs in the demo database before it clicks every write control: a tenant in
// error and a paused one, Odoo proposals (pending and stuck), a proposed rule change, a spare bundle, two
// keys (never in the keychain: every write is cancelled), a stuck module install, AI providers, a console
// thread, a prompt with two versions, a workspace and an inbox event.
#include "models/ai/AiProviders.h"
#include "models/ai/EventsInbox.h"
#include "models/ai/PromptLibrary.h"
#include "models/ai/Workspaces.h"
#include "models/audit/WriteExecutor.h"
#include "models/bundles/BundleCatalog.h"
#include "models/odoo/OdooModules.h"
#include "models/odoo/OdooProposals.h"
#include "models/policy/AccessProposals.h"
#include "models/policy/AccessRules.h"
#include "models/tenants/TenantRepository.h"
#include "models/vault/KeyVault.h"

namespace fusion::test {

struct WriteActionsSeed {
    QString errorSlug;       // a tenant in error: Pause, Rebuild, Decommission; Odoo proposals go to it
    QString pausedSlug;      // a paused tenant: Resume, the detail view's forms
    qint64 proposalId = 0;   // a pending Odoo proposal: Execute and Cancel
    qint64 stuckId = 0;      // a proposal claimed and never finished: Close as Failed
    qint64 stuckInstall = 0; // a module install never recorded as finished: the operation's Close as Failed
};

inline WriteActionsSeed seedWriteActions(Database& db)
{
    WriteActionsSeed s;
    TenantQuery q;
    q.status = TenantStatus::Error;
    s.errorSlug = TenantRepository(db).list(q).rows.first().slug;
    q.status = TenantStatus::Paused;
    s.pausedSlug = TenantRepository(db).list(q).rows.first().slug;
    // A pending proposal, for the Proposals pane's Execute and Cancel.
    s.proposalId = WriteExecutor::execute(
                       db, OdooProposals::planStore(
                               db, s.errorSlug,
                               OdooProposals::buildLead(QStringLiteral("case-gui"),
                                                        {QStringLiteral("A lead"), {}, {}, {}, {}, {}})))
                       .value(QStringLiteral("proposal_id"))
                       .toInteger();
    // A proposal another session claimed and never finished, for Close as Failed.
    s.stuckId =
        WriteExecutor::execute(
            db,
            OdooProposals::planStore(db, s.errorSlug,
                                     OdooProposals::buildLead(QStringLiteral("case-stuck"),
                                                              {QStringLiteral("Stuck"), {}, {}, {}, {}, {}})))
            .value(QStringLiteral("proposal_id"))
            .toInteger();
    WriteExecutor::execute(db, OdooProposals::planExecute(db, s.stuckId));
    // A rule change finance proposed, for the Access pane's Approve and Reject.
    {
        RuleChange change;
        change.consumer = AccessRules::rules(db, QDateTime::currentDateTimeUtc()).first().consumer;
        change.provider = AccessRules::rules(db, QDateTime::currentDateTimeUtc()).first().provider;
        change.rpm = std::optional<qint64>(7);
        WriteExecutor::execute(db, AccessProposals::planPropose(db, change, QStringLiteral("slow it down")));
    }
    // Odoo settings (no secret) so that the tenant can be proposed to; a lead needs nothing from Odoo.
    db.exec(
        QStringLiteral("UPDATE tenants SET odoo_url = 'http://127.0.0.1:9', odoo_db = 'odoo', odoo_login = "
                       "'admin' WHERE slug = ?"),
        {s.errorSlug});
    // A bundle no tenant has, for Delete.
    WriteExecutor::execute(db, BundleCatalog::planCreate(db, BundleDraft{QStringLiteral("gui-spare"),
                                                                         QStringLiteral("Spare"),
                                                                         {},
                                                                         QStringLiteral("custom"),
                                                                         QStringLiteral("1.0"),
                                                                         {QStringLiteral("crm")}}));
    // Two OpenAI keys (their keychain items are never touched here: every write is cancelled).
    for (const char* label : {"first", "second"}) {
        NewKey k;
        k.providerCode = QStringLiteral("openai");
        k.label = QLatin1String(label);
        WriteExecutor::execute(
            db, KeyVault::planAdd(db, k, KeyVault::newKeychainRef(),
                                  Fingerprint::of(SecretBytes(QByteArray("sk-never-stored-") + label))));
    }
    // A module install this app started and never finished recording, for the Operations pane's Close as
    // Failed.
    s.stuckInstall =
        WriteExecutor::execute(db, OdooModules::planApply(db, s.errorSlug, QStringLiteral("crm-sales"),
                                                          {QStringLiteral("crm")}, {}, QStringLiteral("ui")))
            .value(QStringLiteral("operation_id"))
            .toInteger();
    // Two AI providers of the platform (the first is its default) and an AI audit row past its retention, for
    // the AI pane's Make Default, Deactivate, Delete and Prune Now.
    for (const char* name : {"Local", "Spare"}) {
        NewAiProvider p;
        p.name = QLatin1String(name);
        p.type = QStringLiteral("ollama");
        p.model = QStringLiteral("llama3.1");
        WriteExecutor::execute(db, AiProviders::planAdd(db, p));
    }
    db.exec(QStringLiteral("INSERT INTO ai_audit (occurred_at, operation, login, status) VALUES "
                           "('2020-01-01T00:00:00.000Z', 'ask', 'someone', 'success')"));
    // A console thread of this login with an answer, for Feedback, Close and Delete.
    const qint64 thread = db.insertReturningId(
        QStringLiteral(
            "INSERT INTO ai_threads (provider_id, owner) SELECT id, ? FROM ai_providers WHERE name = "
            "'Local'"),
        {db.actor()});
    db.exec(QStringLiteral("INSERT INTO ai_messages (thread_id, role, content) VALUES (?, 'user', 'Why?')"),
            {thread});
    db.exec(QStringLiteral("INSERT INTO ai_messages (thread_id, role, content, provider_status) VALUES (?, "
                           "'assistant', 'Because.', '200')"),
            {thread});
    // A prompt with two versions (v2 published) and an event waiting in the inbox, for the Prompts tab's
    // Save, Publish and Deactivate and the Events tab's Mark Processed.
    WriteExecutor::execute(db,
                           PromptLibrary::planCreate(db, QStringLiteral("summary"), QStringLiteral("Summary"),
                                                     QString(), QStringLiteral("Sum up {{tenant}}."),
                                                     {QStringLiteral("tenant")}, QString()));
    WriteExecutor::execute(
        db, PromptLibrary::planNewVersion(db, PromptLibrary::require(db, QStringLiteral("summary")),
                                          QStringLiteral("Summarise {{tenant}}."), {QStringLiteral("tenant")},
                                          QString(), true));
    // A workspace with a second owner (so that this login may leave) and a member, for the Workspaces tab.
    {
        const QString tenant = TenantRepository(db).liveSlugs().first();
        WriteExecutor::execute(db, Workspaces::planCreate(db, tenant, QStringLiteral("Finance"), QString(),
                                                          QStringLiteral("internal")));
        const qint64 ws = Workspaces::list(db).first().id;
        WriteExecutor::execute(
            db, Workspaces::planAddMember(db, ws, QStringLiteral("other"), QStringLiteral("owner")));
        WriteExecutor::execute(
            db, Workspaces::planAddMember(db, ws, QStringLiteral("ada"), QStringLiteral("member")));
    }
    EventsInbox::receive(db, QStringLiteral("n8n"), QStringLiteral("order.created"), QStringLiteral("ord-1"),
                         QByteArrayLiteral("{\"order\": 1}"));
    return s;
}

} // namespace fusion::test
