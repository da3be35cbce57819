#pragma once

#include "models/core/Error.h"
#include "ui/common/AppContext.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>

namespace fusion {

class LoadingOverlay;

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

    Loads(AppContext* context, QObject* owner);

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

    // Runs `work` (Database& → T) on the database worker; on the GUI thread, if no newer load of `key` began
    // meanwhile, `apply(const T&)` gets the value or `failed(const Error&)` the error. `work` only reads:
    // after a failover it is run once more on the new server.
    template <typename Work, typename Apply, typename Failed>
    void run(const QString& key, Work work, Apply apply, Failed failed);

private:
    void setLoading(const QString& key, bool loading);

    AppContext* m_context;
    QObject* m_owner;
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
    m_context->worker()->run<T>(
        m_owner, std::function<T(Database&)>(std::move(work)),
        std::function<void(Result<T>)>(
            [self, ticket, apply = std::move(apply), failed = std::move(failed)](Result<T> result) mutable {
                if (!self || !self->finish(ticket))
                    return; // a newer load of the same name is on its way
                if (result)
                    apply(result.value());
                else
                    failed(result.error());
            }),
        DbWorker::Kind::ReadOnly);
}

} // namespace fusion
