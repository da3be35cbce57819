#include "models/jobs/BundleApply.h"

#include "models/audit/WriteExecutor.h"
#include "models/bundles/BundleCatalog.h"
#include "models/jobs/OdooSession.h"
#include "models/odoo/BundleInstaller.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooModules.h"

#include <QJsonArray>

namespace fusion {

namespace {
QStringList strings(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray list = value.toArray();
    for (const QJsonValue& v : list)
        out << v.toString();
    return out;
}
} // namespace

QStringList BundleApply::Outcome::installed() const
{
    return strings(recorded.value(QStringLiteral("installed")));
}

QStringList BundleApply::Outcome::notInstalled() const
{
    return strings(recorded.value(QStringLiteral("not_installed")));
}

QString BundleApply::Outcome::error() const
{
    return recorded.value(QStringLiteral("error")).toString();
}

BundleApply::BundleApply(JobHost host, OdooClient* client, QObject* parent)
    : Job(std::move(host), parent)
    , m_client(client ? client : new OdooClient(this))
{
}

void BundleApply::start(const QString& bundleCode, const QString& slug, Done done)
{
    m_code = bundleCode; // before begin(): workDescription() names them
    m_slug = slug;
    begin();
    m_done = std::move(done);
    m_operationId = 0;
    const QString remedy = OdooSession::connectionRemedy(host());
    // Plan: what is missing by our records (an unknown bundle is refused here), then the tenant's settings.
    onDatabase<QPair<QStringList, OdooSettings>>(
        [code = m_code, slug, remedy](Database& db) {
            if (!BundleCatalog::find(db, code))
                throw Failure(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(code));
            // Before anything is sent to Odoo: an earlier apply of this bundle to this tenant still running
            // (or left running by a killed process) is never doubled.
            OdooModules::requireNoRunningApply(db, slug, code);
            const QStringList missing = OdooModules::drift(db, slug, code);
            if (missing.isEmpty())
                return qMakePair(missing, OdooSettings{});
            return qMakePair(missing, OdooSession::loadConfigured(db, slug, remedy));
        },
        [this](const Result<QPair<QStringList, OdooSettings>>& planned) {
            if (!planned)
                return finish(planned.error());
            m_missing = planned.value().first;
            if (m_missing.isEmpty()) {
                Outcome nothing;
                nothing.nothingToDo = true;
                return finish(nothing);
            }
            // What this Odoo can install is part of what the person confirms, so the secret is read for
            // that read-only question before the confirmation.
            report(0, 0, tr("Connecting to %1's Odoo…").arg(m_slug));
            OdooSession::unlock(host(), m_client, planned.value().second, this,
                                [this](const Result<OdooSettings>& ready) {
                                    if (!ready)
                                        return finish(ready.error());
                                    checkAvailability();
                                });
        });
}

QString BundleApply::workDescription() const
{
    return tr("Applying bundle %1 to %2").arg(m_code, m_slug);
}

void BundleApply::checkAvailability()
{
    report(0, 0, tr("Asking %1's Odoo which modules it has…").arg(m_slug));
    BundleInstaller::checkAvailability(
        m_client, m_missing, this, [this](const Result<BundleInstaller::Availability>& found) {
            if (!found)
                return finish(found.error());
            const BundleInstaller::Availability a = found.value();
            onDatabase<PendingWrite>(
                [slug = m_slug, code = m_code, a, source = host().source](Database& db) {
                    return OdooModules::planApply(db, slug, code, a.available, a.unavailable, source);
                },
                [this](const Result<PendingWrite>& planned) {
                    if (!planned)
                        return finish(planned.error());
                    confirmAndRecord(planned.value());
                });
        });
}

void BundleApply::confirmAndRecord(const PendingWrite& planned)
{
    confirm(planned.plan, [this, planned](bool confirmed) {
        if (!confirmed)
            return finish(notConfirmedError());
        if (isCancelled())
            return finish(cancelledError());
        write(planned, [this](const Result<QJsonObject>& recorded) {
            if (!recorded)
                return finish(recorded.error());
            m_operationId = recorded.value().value(QStringLiteral("operation_id")).toInteger();
            install();
        });
    });
}

void BundleApply::install()
{
    // From here on the operation is recorded as running: the job goes to the end and records what Odoo did,
    // even when asked to cancel, so the operation never stays "running" for a finished install.
    setStoppable(false);
    BundleInstaller::install(
        m_client, m_missing, this,
        [this](BundleInstaller::Step step, const QStringList& modules) {
            report(int(step) + 1, step == BundleInstaller::Step::Installing ? 0 : kSteps,
                   BundleInstaller::stepText(step, modules));
        },
        [this](const BundleInstaller::Outcome& outcome) { record(outcome.after, outcome.error); });
}

void BundleApply::record(const QList<OdooModule>& after, const QString& error)
{
    onDatabase<QJsonObject>(
        [operationId = m_operationId, slug = m_slug, missing = m_missing, after, error](Database& db) {
            return WriteExecutor::execute(
                db, OdooModules::planApplyResult(db, operationId, slug, missing, after, error));
        },
        [this](const Result<QJsonObject>& done) {
            if (!done)
                return finish(done.error());
            if (host().afterWrite)
                host().afterWrite();
            Outcome outcome;
            outcome.operationId = m_operationId;
            outcome.recorded = done.value();
            finish(outcome);
        });
}

void BundleApply::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
