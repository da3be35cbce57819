#pragma once

#include "models/usage/UsageFileReader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

class QIODevice;

namespace fusion {

// A UsageFileReader run on a thread of its own, a few batches ahead of whoever checks or stores the rows:
// parsing a large file is a quarter of an import's work, and the database's side has the other processor
// core's worth of waiting to hide it in. next() hands over the batches in the order the reader made them,
// so what is read — rows, rejections, fatal(), digest() — is exactly the reader's. The device is read only
// by that thread until this object is destroyed; destroying it (also half-way, as a stopped check does)
// stops the reading at the next batch and waits for it.
class UsageReadAhead {
public:
    UsageReadAhead(QIODevice& in, const QString& fileName, int batch = 4096);
    ~UsageReadAhead();
    UsageReadAhead(const UsageReadAhead&) = delete;
    UsageReadAhead& operator=(const UsageReadAhead&) = delete;

    // As UsageFileReader::next(): the next batch, false once the file is read to its end or cannot be read
    // any further. Waits while the reading thread is behind.
    bool next(QList<UsageFileReader::Row>& rows, QList<UsageRejected>& rejected);

    // The bytes read up to the last batch handed over.
    qint64 bytesRead() const { return m_bytesRead; }
    // Once next() returned false: as the reader says.
    QString format() const { return m_format; }
    QString fatal() const { return m_fatal; }
    QByteArray digest() const { return m_digest; }

private:
    struct Batch {
        QList<UsageFileReader::Row> rows;
        QList<UsageRejected> rejected;
        qint64 bytesRead = 0;
    };
    // How far ahead the reading thread may get: enough to ride out a slow batch on either side, little
    // memory.
    static constexpr size_t kMaxQueued = 3;

    void read(QIODevice& in, const QString& fileName, int batch);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_finished = false; // the reading thread is done: the fields below are set
    bool m_stopping = false;
    std::exception_ptr m_failure;
    QString m_format;
    QString m_fatal;
    QByteArray m_digest;
    qint64 m_finalBytes = 0;
    qint64 m_bytesRead = 0; // this side's: set by next()
    std::thread m_thread;   // last: started once every member it uses exists
};

} // namespace fusion
