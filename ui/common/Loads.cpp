#include "ui/common/Loads.h"

#include "ui/common/LoadingOverlay.h"

namespace fusion {

Loads::Loads(AppContext* context, QObject* owner, ReadRoute route)
    : QObject(owner)
    , m_context(context)
    , m_owner(owner)
    , m_route(route)
{
}

void Loads::cover(QWidget* view, const QString& key)
{
    auto* overlay = new LoadingOverlay(view);
    m_overlays.insert(key, overlay);
    overlay->setLoading(m_running.value(key));
}

Loads::Ticket Loads::begin(const QString& key)
{
    const quint64 generation = ++m_generations[key];
    setLoading(key, true);
    return Ticket{key, generation};
}

bool Loads::finish(const Ticket& ticket)
{
    if (m_generations.value(ticket.key) != ticket.generation)
        return false;
    setLoading(ticket.key, false);
    return true;
}

bool Loads::isCurrent(const Ticket& ticket) const
{
    return m_generations.value(ticket.key) == ticket.generation;
}

void Loads::drop(const QString& key)
{
    ++m_generations[key];
    setLoading(key, false);
}

bool Loads::isLoading(const QString& key) const
{
    return m_running.value(key);
}

void Loads::setLoading(const QString& key, bool loading)
{
    m_running.insert(key, loading);
    if (LoadingOverlay* overlay = m_overlays.value(key))
        overlay->setLoading(loading);
}

} // namespace fusion
