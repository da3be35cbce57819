#pragma once

#include "models/core/Error.h"
#include "models/storage/StandbyReads.h"
#include "ui/common/AppContext.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <type_traits>

namespace fusion {

class LoadingOverlay;

// Where a view's reads may go. A standby is allowed only for views whose figures may trail the primary by a
// moment (Dashboard, Usage) and only when the profile opts in (AppContext::standbyReadWorker()).
enum class ReadRoute { Primary, StandbyAllowed };

// The loads of one view, each by name (a list and its detail are two): only the newest request of a name may
// show its result — the person typed or clicked again, so an older answer would overwrite a newer one — and
// the view a name covers shows "Loading…" while that load runs. Its owner widget guards every completion:
// none runs after the owner is gone.
class Loads : public QObject {
    Q_OBJECT

public:
    // One request: which load, and how new it is.
    struct Ticket {
        QString key;
        quint64 generation = 0;
    };

    Loads(AppContext* context, QObject* owner, ReadRoute route = ReadRoute::Primary);

    // While a load named `key` runs, `view` shows a "Loading…" layer (created here, a child of `view`).
    void cover(QWidget* view, const QString& key = {});

    // A newer request of `key`: earlier tickets of it stop counting, and its overlay shows.
    Ticket begin(const QString& key = {});
    // True when `ticket` is still the newest of its name; then its overlay hides. A stale ticket changes
    // nothing.
    bool finish(const Ticket& ticket);
    // True while `ticket` is the newest of its name (for loads in several steps, before their last).
    bool isCurrent(const Ticket& ticket) const;
    // Drops whatever `key` waits for (e.g. the detail of a row that is no longer selected).
    void drop(const QString& key = {});
    bool isLoading(const QString& key = {}) const;

Q_SIGNALS:
    // With ReadRoute::StandbyAllowed, as each load's result is shown: the standby that answered it, or empty
    // when the primary did.
    void readFrom(const QString& key, const QString& standbyServer);

public:
    // Runs `work` (Database& → T) on the database worker; on the GUI thread, if no newer load of `key` began
    // meanwhile, `apply(const T&)` gets the value or `failed(const Error&)` the error. `work` only reads:
    // after a failover it is run once more on the new server.
    template <typename Work, typename Apply, typename Failed>
    void run(const QString& key, Work work, Apply apply, Failed failed);

private:
    void setLoading(const QString& key, bool loading);

    // A read sent to the standby worker: its value, or none when the standby had not replayed this app's
    // latest commit yet (the read then goes to the primary).
    template <typename T>
    struct StandbyAnswer {
        std::optional<T> value;
        QString server;
        bool standby = false;
    };

    AppContext* m_context;
    QObject* m_owner;
    ReadRoute m_route;
    QHash<QString, quint64> m_generations;
    QHash<QString, bool> m_running;
    QHash<QString, QPointer<LoadingOverlay>> m_overlays;
};

template <typename Work, typename Apply, typename Failed>
void Loads::run(const QString& key, Work work, Apply apply, Failed failed)
{
    using T = std::remove_cvref_t<std::invoke_result_t<Work&, Database&>>;
    const Ticket ticket = begin(key);
    QPointer<Loads> self(this);
    std::function<T(Database&)> job(std::move(work));
    std::function<void(Result<T>, QString)> show =
        [self, ticket, apply = std::move(apply), failed = std::move(failed)](Result<T> result,
                                                                             const QString& standby) mutable {
            // One read of the guarded pointer: each of QPointer's reads may be null as far as the compiler
            // knows.
            Loads* loads = self.data();
            if (!loads || !loads->finish(ticket))
                return; // a newer load of the same name is on its way
            if (loads->m_route == ReadRoute::StandbyAllowed)
                Q_EMIT loads->readFrom(ticket.key, standby);
            if (result)
                apply(result.value());
            else
                failed(result.error());
        };
    auto onPrimary = [self, job, show]() {
        Loads* loads = self.data();
        if (!loads)
            return;
        loads->m_context->worker()->run<T>(
            loads->m_owner, job, [show](Result<T> result) mutable { show(std::move(result), QString()); },
            DbWorker::Kind::ReadOnly);
    };
    DbWorker* standby = m_route == ReadRoute::StandbyAllowed ? m_context->standbyReadWorker() : nullptr;
    if (!standby) {
        onPrimary();
        return;
    }
    standby->run<StandbyAnswer<T>>(
        m_owner,
        [job, mark = m_context->commitMark()](Database& db) {
            StandbyAnswer<T> answer;
            answer.server = db.server();
            answer.standby = db.isStandby();
            if (!StandbyReads::caughtUp(db, mark->latest()))
                return answer; // this app's latest change is not there yet: read it where it is
            answer.value = job(db);
            return answer;
        },
        [self, ticket, show, onPrimary](Result<StandbyAnswer<T>> result) mutable {
            Loads* loads = self.data();
            if (!loads || !loads->isCurrent(ticket))
                return;
            if (result && result.value().value) {
                loads->m_context->noteStandbyRead(result.value().server, result.value().standby);
                show(std::move(*result.value().value),
                     result.value().standby ? result.value().server : QString());
                return;
            }
            if (!result)
                loads->m_context->noteStandbyUnavailable(
                    tr("the standby did not answer (%1)").arg(result.error().message));
            onPrimary();
        },
        DbWorker::Kind::ReadOnly);
}

} // namespace fusion
