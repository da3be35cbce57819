#pragma once
// Server-sent events (the WHATWG event-stream format) read incrementally: bytes in as they arrive, whole
// events out. Used for the providers' streamed answers, whose bodies arrive a few bytes at a time.
#include <QByteArray>
#include <QList>
#include <QString>

namespace fusion {

struct SseEvent {
    QByteArray name; // the "event:" field; empty means "message"
    QByteArray data; // the "data:" lines joined with '\n'
};

class SseParser {
public:
    // An event larger than this is an error, not a reason to hold on to memory without end.
    explicit SseParser(qsizetype maxEventBytes = 4 * 1024 * 1024);

    // Consumes `bytes` and returns the events they complete. Lines end with CRLF, LF or CR; a line starting
    // with ':' is a comment (keep-alive); "id" and "retry" are read past. When an event grows over the limit
    // it returns the events completed before it, and from then on nothing.
    QList<SseEvent> feed(const QByteArray& bytes);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Bytes received that do not yet make a whole event: what a cut stream leaves behind.
    bool pending() const { return !m_line.isEmpty() || m_hasData || !m_name.isEmpty(); }

private:
    void takeLine(QList<SseEvent>& out);

    qsizetype m_max;
    QByteArray m_line;
    QByteArray m_name;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_skipLf = false; // the previous line ended with CR: a following LF belongs to it
    QString m_error;
};

} // namespace fusion
