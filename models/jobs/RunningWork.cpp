#include "models/jobs/RunningWork.h"

namespace fusion {

RunningWork::RunningWork(QObject* parent)
    : QObject(parent)
{
}

RunningWork& RunningWork::instance()
{
    // Deliberately never destroyed: jobs may unregister from their destructors during static destruction.
    static RunningWork* const work = new RunningWork();
    return *work;
}

qsizetype RunningWork::find(const QObject* owner) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).entry.owner == owner)
            return i;
    return -1;
}

void RunningWork::add(QObject* owner, const QString& description, std::function<void()> stop)
{
    if (!owner)
        return;
    const qsizetype at = find(owner);
    if (at >= 0) {
        QObject::disconnect(m_entries.at(at).destroyed);
        m_entries.removeAt(at);
    }
    Item item;
    item.entry.owner = owner;
    item.entry.description = description;
    item.stop = std::move(stop);
    // An owner deleted mid-run (its window closed, a test ending) takes its entry with it.
    item.destroyed = connect(owner, &QObject::destroyed, this, [this, owner]() { remove(owner); });
    m_entries << item;
    Q_EMIT changed();
}

void RunningWork::remove(QObject* owner)
{
    const qsizetype at = find(owner);
    if (at < 0)
        return;
    QObject::disconnect(m_entries.at(at).destroyed);
    m_entries.removeAt(at);
    Q_EMIT changed();
}

void RunningWork::setDescription(QObject* owner, const QString& description)
{
    const qsizetype at = find(owner);
    if (at < 0 || m_entries.at(at).entry.description == description)
        return;
    m_entries[at].entry.description = description;
    Q_EMIT changed();
}

void RunningWork::setProgress(QObject* owner, int step, int steps, const QString& text)
{
    const qsizetype at = find(owner);
    if (at < 0)
        return;
    Entry& e = m_entries[at].entry;
    e.step = step;
    e.steps = steps;
    e.progress = text;
    Q_EMIT changed();
}

void RunningWork::setStoppable(QObject* owner, bool stoppable)
{
    const qsizetype at = find(owner);
    if (at < 0 || m_entries.at(at).entry.stoppable == stoppable)
        return;
    m_entries[at].entry.stoppable = stoppable;
    Q_EMIT changed();
}

QList<RunningWork::Entry> RunningWork::entries() const
{
    QList<Entry> out;
    out.reserve(m_entries.size());
    for (const Item& item : m_entries)
        out << item.entry;
    return out;
}

void RunningWork::stopAll()
{
    // Stopping may end work at once and remove its entry: work on a copy of who to ask.
    QList<QPointer<QObject>> owners;
    for (const Item& item : std::as_const(m_entries))
        owners << QPointer<QObject>(item.entry.owner);
    for (const QPointer<QObject>& owner : std::as_const(owners)) {
        if (!owner)
            continue;
        const qsizetype at = find(owner.data());
        if (at < 0 || m_entries.at(at).entry.stopRequested)
            continue;
        m_entries[at].entry.stopRequested = true;
        const std::function<void()> stop = m_entries.at(at).stop;
        if (stop)
            stop();
    }
    Q_EMIT changed();
}

} // namespace fusion
