#include "ui/connection/Connector.h"

#include "models/demo/DatabaseSetup.h"
#include "models/roles/RoleService.h"
#include "models/storage/ConnectionProfiles.h"
#include "models/storage/StandbyReads.h"
#include "ui/common/AppContext.h"
#include "ui/common/Loads.h"
#include "ui/common/WriteRunner.h"

namespace fusion {

namespace {
struct OpenOutcome {
    SchemaStatus status;
    Capabilities capabilities;
};
} // namespace

Connector::Connector(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_opens(new Loads(context, this))
{
}

void Connector::openProfile(const QString& profileName)
{
    const auto profile = m_context->profiles()->find(profileName);
    if (!profile) {
        Q_EMIT failed(
            Error::make(ErrorKind::NotFound, tr("There is no connection profile \"%1\".").arg(profileName)));
        return;
    }
    m_target = profile->target;
    Q_EMIT connecting(m_target);
    if (!profile->hasPassword) {
        open(profile->target);
        return;
    }
    m_context->profiles()->password(profileName, this,
                                    [this, target = profile->target](const Result<SecretBytes>& password) {
                                        if (!password) {
                                            Q_EMIT failed(password.error());
                                            return;
                                        }
                                        open(target, password.value());
                                    });
}

void Connector::open(const DatabaseTarget& target, const SecretBytes& password)
{
    m_target = target;
    m_context->setDisconnected();
    Q_EMIT connecting(target);
    m_opens->run(
        QString(),
        [target, password, mark = m_context->commitMark()](Database& db) {
            db.open(target, password.bytes());
            db.trackCommits(mark);
            OpenOutcome outcome;
            outcome.status = Migrator::status(db);
            outcome.capabilities = RoleService(db).capabilities();
            return outcome;
        },
        [this, password](const OpenOutcome& outcome) {
            if (outcome.status.tooNew()) {
                Q_EMIT failed(Migrator::tooNewFailure(outcome.status).error());
                return;
            }
            if (outcome.status.current == 0) {
                Q_EMIT setupNeeded(m_target);
                return;
            }
            if (!outcome.status.pending.isEmpty()) {
                Q_EMIT upgradeNeeded(outcome.status);
                return;
            }
            openLongWorker(m_target, password);
            openStandbyWorker(m_target, password);
            m_context->setConnected(m_target, outcome.capabilities);
            m_context->worker()->listenForChanges();
            Q_EMIT ready();
        },
        [this](const Error& error) { Q_EMIT failed(error); });
}

void Connector::openLongWorker(const DatabaseTarget& target, const SecretBytes& password)
{
    const quint64 generation = ++m_longGeneration; // a later open wins over an earlier one still on its way
    // Long jobs queue behind this open on their own worker; until it answers they run on the ordinary one.
    m_context->longJobWorker()->run<Unit>(
        this,
        [target, password, mark = m_context->commitMark()](Database& db) {
            db.open(target, password.bytes());
            db.trackCommits(mark); // imports and aggregation commit here
            return Unit{};
        },
        [this, generation](const Result<Unit>& opened) {
            if (generation == m_longGeneration)
                m_context->setLongWorkerReady(opened.ok());
        });
}

void Connector::openStandbyWorker(const DatabaseTarget& target, const SecretBytes& password)
{
    const quint64 generation = ++m_standbyGeneration;
    m_context->setStandbyWorkerReady(false);
    if (!target.standbyReads || target.dialect != Dialect::Postgres)
        return;
    // Opened on its own thread like the others; until it answers, read-only panes read on the primary.
    // prefer-standby on the same servers: a standby if one answers, else whichever server does.
    struct Opened {
        QString server;
        bool standby = false;
    };
    m_context->standbyJobWorker()->run<Opened>(
        this,
        [standbyTarget = target.withSessionAttrs(QStringLiteral("prefer-standby")), password](Database& db) {
            db.open(standbyTarget, password.bytes());
            return Opened{db.server(), db.isStandby()};
        },
        [this, generation](const Result<Opened>& opened) {
            if (generation != m_standbyGeneration)
                return;
            if (!opened) {
                m_context->noteStandbyUnavailable(
                    tr("the connection for reading on a standby could not open (%1)")
                        .arg(opened.error().message));
                return;
            }
            m_context->setStandbyWorkerReady(true);
            m_context->noteStandbyRead(opened.value().server, opened.value().standby);
        },
        DbWorker::Kind::ReadOnly);
}

void Connector::setUp(QWidget* parent, bool withDemoData)
{
    WriteRunner::run(
        m_context, parent, [withDemoData](Database& db) { return DatabaseSetup::plan(db, withDemoData); },
        [this](const Result<QJsonObject>& result) {
            if (!result) {
                if (result.error().kind == ErrorKind::NotConfirmed)
                    Q_EMIT setupCancelled();
                else
                    Q_EMIT failed(result.error());
                return;
            }
            reopen();
        });
}

void Connector::reopen()
{
    if (m_target.profileName.isEmpty())
        open(m_target);
    else
        openProfile(m_target.profileName);
}

void Connector::upgrade(QWidget* parent)
{
    WriteRunner::run(
        m_context, parent, [](Database& db) { return Migrator::planUpgrade(db); },
        [this](const Result<QJsonObject>& result) {
            if (!result) {
                if (result.error().kind == ErrorKind::NotConfirmed)
                    Q_EMIT setupCancelled();
                else
                    Q_EMIT failed(result.error());
                return;
            }
            reopen();
        });
}

} // namespace fusion
