// fusionctl odoo propose|proposals|proposal: changes to a tenant's Odoo, proposed, reviewed, executed at most
// once.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/audit/WriteExecutor.h"
#include "models/jobs/ProposalExecute.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooConnection.h"
#include "models/odoo/OdooProposals.h"
#include "models/odoo/ProposalRunner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {
// A proposal as `odoo proposal show` prints it: --json is the stored proposal; a person reads its fields,
// each step with its values (before → after where the step changes a record), the results, then `note` on
// standard error.
void printProposal(Context& c, const Proposal& p, const QString& note = {})
{
    Fields f(p.toJson());
    f.text(tr("Proposal"), QString::number(p.id))
        .text(tr("Tenant"), p.slug)
        .text(tr("Case"), p.caseId)
        .text(tr("Summary"), p.summary)
        .text(tr("State"), p.state)
        .text(tr("Proposed by"), tr("%1 at %2").arg(p.createdBy, p.createdAt.toString(Qt::ISODate)));
    c.show(f, [&] {
        int n = 0;
        for (const ProposalStep& step : p.steps) {
            ++n;
            c.console.out(step.method == QLatin1String("write")
                              ? tr("%1. %2 %3 #%4").arg(n).arg(step.method, step.model).arg(step.recordId)
                              : tr("%1. %2 %3").arg(n).arg(step.method, step.model));
            for (auto it = step.values.cbegin(); it != step.values.cend(); ++it) {
                const QString after = odooCell(it.value());
                if (step.before.contains(it.key()))
                    c.console.out(QStringLiteral("     %1: %2 → %3")
                                      .arg(it.key(), odooCell(step.before.value(it.key())), after));
                else
                    c.console.out(QStringLiteral("     %1: %2").arg(it.key(), after));
            }
        }
        for (const auto& r : p.results) {
            const QJsonObject o = r.toObject();
            const QString what = o.value(QStringLiteral("success")).toBool()
                                     ? tr("done, record %1").arg(o.value(QStringLiteral("record_id")).toInt())
                                 : o.value(QStringLiteral("skipped")).toBool()
                                     ? tr("not run")
                                     : tr("failed: %1").arg(o.value(QStringLiteral("error")).toString());
            c.console.out(tr("Step %1: %2").arg(o.value(QStringLiteral("step")).toInt()).arg(what));
        }
        if (!note.isEmpty())
            c.console.err(note);
    });
}

// Saves a built proposal after asking, then says how to execute it.
void storeProposal(Context& c, const QString& slug, const Result<Proposal>& built)
{
    if (!built)
        return c.done(c.fail(built.error()));
    auto stored = capture([&] { return OdooProposals::planStore(c.db, slug, built.value()); });
    if (!stored)
        return c.done(c.fail(stored.error()));
    c.done(c.confirmAndExecute(stored.value(), [&c](const QJsonObject& outcome) {
        const qint64 id = outcome.value(QStringLiteral("proposal_id")).toInteger();
        c.report(outcome,
                 tr("Saved proposal %1. Review it with \"fusionctl odoo proposal show %1\" and run it with "
                    "\"fusionctl odoo proposal execute %1\".")
                     .arg(id));
    }));
}

int propose(Context& c)
{
    const QString kind =
        c.args.requirePositional(tr("what to propose (partner, lead, project, tasks, activity, event)"));
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    const QString caseId = c.args.option(QStringLiteral("case")).value_or(QString());
    const auto text = [&c](const char* name) {
        return c.args.option(QLatin1String(name)).value_or(QString());
    };
    bool bad = false;
    if (kind == QLatin1String("partner")) {
        OdooProposals::PartnerInput in;
        in.name = text("name");
        in.email = text("email");
        in.phone = text("phone");
        in.website = text("website");
        in.street = text("street");
        in.city = text("city");
        in.comment = text("comment");
        if (c.args.flag(QStringLiteral("company")))
            in.isCompany = true;
        if (const int code = c.finishArgs(); code != ExitOk)
            return code;
        if (const QString why = OdooProposals::validateCaseId(caseId); !why.isEmpty())
            return c.usage(why + QLatin1Char(' ') + tr("(--case)"));
        return withOdooClient(c, slug, [&c, slug, caseId, in](OdooClient* client) {
            OdooProposals::buildPartner(
                client, caseId, in, client,
                [&c, slug](const Result<Proposal>& built) { storeProposal(c, slug, built); });
        });
    }
    if (kind == QLatin1String("activity")) {
        OdooProposals::ActivityInput in;
        in.resModel = text("model");
        in.resId = positiveIntOption(c, QStringLiteral("record")).value_or(0);
        in.activityType = text("type");
        in.summary = text("summary");
        in.dateDeadline = text("deadline");
        in.note = text("note");
        if (const int code = c.finishArgs(); code != ExitOk)
            return code;
        if (const QString why = OdooProposals::validateCaseId(caseId); !why.isEmpty())
            return c.usage(why + QLatin1Char(' ') + tr("(--case)"));
        return withOdooClient(c, slug, [&c, slug, caseId, in](OdooClient* client) {
            OdooProposals::buildActivity(
                client, caseId, in, client,
                [&c, slug](const Result<Proposal>& built) { storeProposal(c, slug, built); });
        });
    }
    // The others need nothing from Odoo to be built.
    std::function<Proposal()> build;
    if (kind == QLatin1String("lead")) {
        OdooProposals::LeadInput in;
        in.name = text("name");
        in.email = text("email");
        in.phone = text("phone");
        in.description = text("description");
        in.partnerId = positiveIntOption(c, QStringLiteral("partner"));
        if (const auto revenue = c.args.option(QStringLiteral("revenue"))) {
            bool ok = false;
            in.expectedRevenue = revenue->toDouble(&ok);
            bad = bad || !ok || *in.expectedRevenue < 0;
        }
        build = [caseId, in] { return OdooProposals::buildLead(caseId, in); };
    } else if (kind == QLatin1String("project")) {
        OdooProposals::ProjectInput in;
        in.name = text("name");
        in.dateStart = text("start");
        in.description = text("description");
        in.partnerId = positiveIntOption(c, QStringLiteral("partner"));
        in.userId = positiveIntOption(c, QStringLiteral("user"));
        build = [caseId, in] { return OdooProposals::buildProject(caseId, in); };
    } else if (kind == QLatin1String("tasks")) {
        const int project = positiveIntOption(c, QStringLiteral("project")).value_or(0);
        QList<OdooProposals::TaskInput> tasks;
        const QString deadline = text("deadline");
        const QString priority = text("priority");
        for (const QString& name : c.args.options(QStringLiteral("task")))
            tasks << OdooProposals::TaskInput{name, QString(), deadline, priority};
        build = [caseId, project, tasks] { return OdooProposals::buildTasks(caseId, project, tasks); };
    } else if (kind == QLatin1String("event")) {
        OdooProposals::EventInput in;
        in.name = text("name");
        in.start = text("start");
        in.stop = text("stop");
        in.location = text("location");
        in.description = text("description");
        for (const qint64 id : c.args.idOptions(QStringLiteral("partner")))
            in.partnerIds << int(id);
        build = [caseId, in] { return OdooProposals::buildEvent(caseId, in); };
    } else {
        return c.usage(tr("propose partner, lead, project, tasks, activity or event"));
    }
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (bad)
        return c.usage(tr("--partner, --project, --user and --revenue take a positive number"));
    if (const QString why = OdooProposals::validateCaseId(caseId); !why.isEmpty())
        return c.usage(why + QLatin1Char(' ') + tr("(--case)"));
    OdooConnection::load(c.db, slug); // an unknown tenant is "not found" before anything else
    auto built = capture([&] { return build(); });
    if (!built)
        return c.fail(built.error());
    storeProposal(c, slug, built);
    return ExitPending;
}

int proposals(Context& c)
{
    const QString state = c.args.option(QStringLiteral("state")).value_or(QStringLiteral("pending"));
    const QString slug = c.args.option(QStringLiteral("tenant")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    static const QStringList states{QStringLiteral("pending"),  QStringLiteral("executing"),
                                    QStringLiteral("executed"), QStringLiteral("cancelled"),
                                    QStringLiteral("failed"),   QStringLiteral("all")};
    if (!states.contains(state))
        return c.usage(tr("--state is one of %1").arg(states.join(QStringLiteral(", "))));
    const QList<Proposal> list =
        OdooProposals::list(c.db, state == QLatin1String("all") ? QString() : state, slug, 200);
    using P = Proposal;
    // A script gets each proposal whole, as `odoo proposal show --json` does.
    const ListView<Proposal> view(
        {
            {tr("ID"), {}, [](const P& p) { return QString::number(p.id); }},
            {tr("TENANT"), {}, &P::slug},
            {tr("CASE"), {}, &P::caseId},
            {tr("STATE"), {}, &P::state},
            {tr("SUMMARY"), {}, &P::summary},
            {tr("PROPOSED (UTC)"),
             {},
             [](const P& p) { return p.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")); }},
        },
        [](const P& p) { return QJsonValue(p.toJson()); });
    view.print(c, list,
               ListText()
                   .ifEmpty(tr("No proposals."))
                   .jsonIn(QStringLiteral("items"), {{QStringLiteral("count"), list.size()}}));
    return ExitOk;
}

int proposal(Context& c)
{
    const QString verb = c.args.requirePositional(tr("show, execute, cancel or abandon"));
    const QString idText = c.args.requirePositional(tr("proposal id"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return c.usage(tr("the proposal id is a positive number"));
    if (verb == QLatin1String("show")) {
        printProposal(c, OdooProposals::load(c.db, id));
        return ExitOk;
    }
    if (verb == QLatin1String("cancel")) {
        return c.confirmAndExecute(OdooProposals::planCancel(c.db, id), [&c, id](const QJsonObject& outcome) {
            c.report(outcome, tr("Cancelled proposal %1; nothing was sent to Odoo.").arg(id));
        });
    }
    if (verb == QLatin1String("abandon")) {
        return c.confirmAndExecute(
            OdooProposals::planAbandon(c.db, id), [&c, id](const QJsonObject& outcome) {
                c.report(outcome, tr("Closed proposal %1 as failed; check in Odoo what it changed.").arg(id));
            });
    }
    if (verb != QLatin1String("execute"))
        return c.usage(tr("odoo proposal show|execute|cancel|abandon ID"));
    auto* job = new ProposalExecute(jobHost(c), nullptr, QCoreApplication::instance());
    job->start(id, [&c, id](const Result<ProposalExecute::Outcome>& result) {
        if (!result)
            return c.done(jobFailed(c, result.error()));
        printProposal(
            c, result.value().proposal,
            result.value().succeeded
                ? QString()
                : tr("Proposal %1 failed part-way; the steps above say what is in Odoo now. Nothing "
                     "was retried.")
                      .arg(id));
        c.done(result.value().succeeded ? ExitOk : ExitError);
    });
    return ExitPending;
}
} // namespace

void registerProposalCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("odoo propose"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "partner|lead|project|tasks|activity|event SLUG --case ID [fields]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "save a proposed change (nothing goes to Odoo yet)"),
           {QStringLiteral("company")},
           propose});
    r.add({QStringLiteral("odoo proposals"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--state S|all] [--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "proposed changes, pending ones unless --state says otherwise"),
           {},
           proposals});
    r.add({QStringLiteral("odoo proposal"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "show|execute|cancel|abandon ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "review, run once (asks), drop, or close as failed a proposal left executing"),
           {},
           proposal});
}

} // namespace fusion::cli
