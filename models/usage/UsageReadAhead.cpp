#include "models/usage/UsageReadAhead.h"

namespace fusion {

UsageReadAhead::UsageReadAhead(QIODevice& in, const QString& fileName, int batch)
    : m_thread([this, &in, fileName, batch] { read(in, fileName, batch); })
{
}

UsageReadAhead::~UsageReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void UsageReadAhead::read(QIODevice& in, const QString& fileName, int batch)
{
    try {
        UsageFileReader reader(in, fileName);
        for (;;) {
            Batch b;
            const bool more = reader.next(b.rows, b.rejected, batch);
            b.bytesRead = reader.bytesRead();
            std::unique_lock lock(m_mutex);
            if (!more || m_stopping) {
                m_format = reader.format();
                m_fatal = reader.fatal();
                m_digest = reader.digest();
                m_finalBytes = reader.bytesRead();
                break;
            }
            m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued || m_stopping; });
            if (m_stopping)
                break;
            m_queue.push_back(std::move(b));
            lock.unlock();
            m_changed.notify_all();
        }
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_failure = std::current_exception();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool UsageReadAhead::next(QList<UsageFileReader::Row>& rows, QList<UsageRejected>& rejected)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty()) {
        m_bytesRead = m_finalBytes;
        rows.clear();
        rejected.clear();
        if (m_failure)
            std::rethrow_exception(std::exchange(m_failure, nullptr));
        return false;
    }
    Batch b = std::move(m_queue.front());
    m_queue.pop_front();
    m_bytesRead = b.bytesRead;
    lock.unlock();
    m_changed.notify_all();
    rows = std::move(b.rows);
    rejected = std::move(b.rejected);
    return true;
}

} // namespace fusion
