#include "models/net/SseParser.h"

#include <QCoreApplication>

namespace fusion {

namespace {
struct SseTr {
    Q_DECLARE_TR_FUNCTIONS(fusion::SseParser)
};
} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : m_max(maxEventBytes)
{
}

QList<SseEvent> SseParser::feed(const QByteArray& bytes)
{
    QList<SseEvent> out;
    if (failed())
        return out;
    for (const char c : bytes) {
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n')
                continue;
        }
        if (c == '\r' || c == '\n') {
            m_skipLf = c == '\r';
            takeLine(out);
            continue;
        }
        m_line += c;
        if (m_line.size() + m_data.size() > m_max) {
            m_error = SseTr::tr("an event of the stream is larger than %1 bytes").arg(m_max);
            // The events this read completed before the oversized one still count: how the stream was cut
            // into reads must not decide whether they are seen.
            m_line.clear();
            m_data.clear();
            return out;
        }
    }
    return out;
}

void SseParser::takeLine(QList<SseEvent>& out)
{
    const QByteArray line = std::exchange(m_line, QByteArray());
    if (line.isEmpty()) {
        // A blank line dispatches; an event without data is ignored, as browsers do.
        if (m_hasData)
            out.append(SseEvent{m_name, m_data});
        m_name.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_name = value;
    }
}

} // namespace fusion
