#include "models/usage/UsageFileReader.h"

#include "models/usage/Money.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cmath>

namespace fusion {

enum UsageFileReader::Column : int {
    OccurredAt,
    Consumer,
    Provider,
    User,
    Feature,
    Model,
    TokensIn,
    TokensOut,
    TokensCached,
    Cost,
    LatencyMs,
    Status,
    HttpStatus,
    ErrorText,
    RequestId,
    ColumnCount
};

namespace {
// In the order of UsageFileReader::Column.
const QStringList kUsageColumns{
    QStringLiteral("occurred_at"), QStringLiteral("consumer"),   QStringLiteral("provider"),
    QStringLiteral("user"),        QStringLiteral("feature"),    QStringLiteral("model"),
    QStringLiteral("tokens_in"),   QStringLiteral("tokens_out"), QStringLiteral("tokens_cached"),
    QStringLiteral("cost"),        QStringLiteral("latency_ms"), QStringLiteral("status"),
    QStringLiteral("http_status"), QStringLiteral("error"),      QStringLiteral("request_id")};
constexpr int kRequiredColumns[] = {0, 1, 2}; // occurred_at, consumer, provider

std::optional<qint64> wholeNumber(const QString& name, QStringView text, QStringList& reasons)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const bool negative = t.startsWith(QLatin1Char('-'));
    const QStringView digits = negative ? t.mid(1) : t;
    bool allDigits = !digits.isEmpty();
    for (const QChar c : digits)
        allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!allDigits) {
        reasons << UsageFileReader::tr("%1 is not a whole number").arg(name);
        return std::nullopt;
    }
    if (negative) {
        reasons << UsageFileReader::tr("%1 is negative").arg(name);
        return std::nullopt;
    }
    if (digits.size() > 12) {
        reasons << UsageFileReader::tr("%1 is too large").arg(name);
        return std::nullopt;
    }
    return digits.toLongLong();
}

// The digits at [from, from + count) of `t` as a number; -1 when any is not a digit.
int digitsAt(QStringView t, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = t[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DDTHH:MM:SS" with no fraction or three digits of one, then "Z" or "+HH:MM"/"-HH:MM": nearly every
// row of a real file, read here in a fraction of what Qt's general ISO 8601 reader takes (it was a tenth of
// an import's time). Anything else is left to Qt's reader, so what is accepted is what Qt accepts.
std::optional<QDateTime> commonTimestamp(QStringView t)
{
    if (t.size() < 20 || t[4] != u'-' || t[7] != u'-' || (t[10] != u'T' && t[10] != u' ') || t[13] != u':' ||
        t[16] != u':')
        return std::nullopt;
    const int year = digitsAt(t, 0, 4);
    const int month = digitsAt(t, 5, 2);
    const int day = digitsAt(t, 8, 2);
    const int hour = digitsAt(t, 11, 2);
    const int minute = digitsAt(t, 14, 2);
    const int second = digitsAt(t, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59)
        return std::nullopt;
    qsizetype at = 19;
    int ms = 0;
    if (t[at] == u'.') {
        if (t.size() < at + 5)
            return std::nullopt;
        ms = digitsAt(t, at + 1, 3);
        if (ms < 0)
            return std::nullopt;
        at += 4;
    }
    int offsetSeconds = 0;
    if (t[at] == u'Z' && t.size() == at + 1) {
        offsetSeconds = 0;
    } else if ((t[at] == u'+' || t[at] == u'-') && t.size() == at + 6 && t[at + 3] == u':') {
        const int oh = digitsAt(t, at + 1, 2);
        const int om = digitsAt(t, at + 4, 2);
        if (oh < 0 || oh > 14 || om < 0 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (t[at] == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second, ms), Qt::UTC).addSecs(-offsetSeconds);
}

// The field named in a reason ("tokens_in is negative", "consumer: …"): its text up to a space or a colon.
QStringView fieldOf(QStringView reason)
{
    for (qsizetype i = 0; i < reason.size(); ++i) {
        if (reason[i] == u' ' || reason[i] == u':')
            return reason.left(i);
    }
    return reason;
}

// Decodes one line; nothing when it is not UTF-8 or holds a NUL.
std::optional<QString> decodeLine(QByteArrayView bytes)
{
    if (bytes.contains('\0'))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// A CSV record's fields (RFC 4180: quoted fields may hold commas, quotes doubled, and line breaks) as views
// into the record, or into `unescaped` for a field whose text is not one run of the record (doubled quotes).
// `complete` is false while a quoted field is still open at the end of the record.
struct CsvFields {
    QList<QStringView> fields;
    QList<QString> unescaped; // views point into these strings' text, which stays put when the list grows
    bool complete = true;
    bool malformed = false;

    void split(QStringView text)
    {
        fields.clear();
        unescaped.clear();
        complete = true;
        malformed = false;
        QString field; // used only once a field needs a copy
        bool quoted = false;
        bool wasQuoted = false;
        bool copied = false;
        qsizetype start = 0;
        qsizetype length = 0;
        auto append = [&](qsizetype i) {
            // The character at i belongs to the field: a view while it is one contiguous run, a copy after.
            if (!copied && length > 0 && start + length != i) {
                field = text.mid(start, length).toString();
                copied = true;
            }
            if (copied) {
                field += text[i];
            } else {
                if (length == 0)
                    start = i;
                ++length;
            }
        };
        auto endField = [&] {
            if (copied) {
                unescaped << std::move(field);
                fields << QStringView(unescaped.last());
                field = QString();
            } else {
                fields << text.mid(start, length);
            }
            copied = false;
            start = 0;
            length = 0;
            wasQuoted = false;
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        append(i);
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    append(i);
                }
                continue;
            }
            if (c == u'"') {
                if (length > 0 || copied || wasQuoted) {
                    // A quote inside an unquoted field: the row is wrong, but it must not swallow the lines
                    // after it.
                    malformed = true;
                    append(i);
                    continue;
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == u',') {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                continue; // the record's own line end
            } else {
                if (wasQuoted)
                    malformed = true; // text after a closing quote
                append(i);
            }
        }
        complete = !quoted;
        endField();
    }
};
} // namespace

UsageFileReader::UsageFileReader(QIODevice& in, const QString& fileName)
    : m_in(in)
    , m_fileName(fileName)
{
    m_columnOf.fill(-1);
}

QStringList UsageFileReader::columns()
{
    return kUsageColumns;
}

QDateTime UsageFileReader::timestamp(QStringView text, QStringList& reasons)
{
    const QStringView trimmed = text.trimmed();
    if (std::optional<QDateTime> common = commonTimestamp(trimmed))
        return *common;
    QString t = trimmed.toString();
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid() || t.size() < 11) {
        reasons << tr("occurred_at \"%1\" is not an ISO 8601 date and time").arg(text.left(40));
        return {};
    }
    if (dt.timeSpec() == Qt::LocalTime) {
        reasons << tr("occurred_at \"%1\" has no time zone (add Z or an offset such as +02:00)")
                       .arg(text.left(40));
        return {};
    }
    return dt.toUTC();
}

void UsageFileReader::start()
{
    m_started = true;
    if (m_in.size() > kMaxBytes) {
        m_fatal = tr("The file is %1 MiB; at most %2 MiB are imported at once: split it.")
                      .arg(m_in.size() / (1024 * 1024))
                      .arg(kMaxBytes / (1024 * 1024));
        return;
    }
    const QByteArray head = m_in.peek(4);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_fatal = tr("The file is UTF-16 text; save it as UTF-8 and import it again.");
        return;
    }
    const QString suffix = QFileInfo(m_fileName).suffix().toLower();
    QByteArray firstBytes = head;
    if (firstBytes.startsWith("\xEF\xBB\xBF"))
        firstBytes = m_in.peek(8).mid(3);
    m_json = suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
             suffix == QLatin1String("json") ||
             (suffix != QLatin1String("csv") && firstBytes.trimmed().startsWith('{'));
    m_buffer.resize(kMaxLineBytes + 2);
}

bool UsageFileReader::readLine(QByteArray& line, bool& tooLong)
{
    tooLong = false;
    if (m_in.atEnd())
        return false;
    // At most kMaxLineBytes + 1 bytes: one more than a line may have, which tells an over-long line.
    qint64 n = m_in.readLine(m_buffer.data(), kMaxLineBytes + 2);
    if (n <= 0)
        return false;
    m_hash.addData(QByteArrayView(m_buffer.constData(), n));
    m_bytesRead += n;
    if (n > kMaxLineBytes && m_buffer[n - 1] != '\n') {
        // Skip the rest of an over-long line.
        tooLong = true;
        while (!m_in.atEnd()) {
            n = m_in.readLine(m_buffer.data(), kMaxLineBytes + 2);
            if (n <= 0)
                break;
            m_hash.addData(QByteArrayView(m_buffer.constData(), n));
            m_bytesRead += n;
            if (m_buffer[n - 1] == '\n')
                break;
        }
        line.clear();
        return true;
    }
    line = QByteArray::fromRawData(m_buffer.constData(), n);
    return true;
}

bool UsageFileReader::next(QList<Row>& rows, QList<UsageRejected>& rejected, int batch)
{
    rows.clear();
    rejected.clear();
    if (m_done)
        return false;
    if (!m_started)
        start();
    auto fatal = [&](const QString& why) {
        m_fatal = why;
        m_done = true;
        rows.clear();
        rejected.clear();
        return false;
    };
    if (!m_fatal.isEmpty())
        return fatal(m_fatal);
    QByteArray bytes;
    while (rows.size() + rejected.size() < batch) {
        bool tooLong = false;
        if (!readLine(bytes, tooLong)) {
            m_done = true;
            break;
        }
        if (m_bytesRead > kMaxBytes)
            return fatal(tr("The file grew over %1 MiB while it was read.").arg(kMaxBytes / (1024 * 1024)));
        ++m_line;
        const qsizetype before = rows.size() + rejected.size();
        if (tooLong) {
            rejected << UsageRejected{m_line,
                                      {tr("the line is longer than %1 KiB").arg(kMaxLineBytes / 1024)}};
            m_pending.clear();
        } else {
            QByteArrayView view(bytes);
            if (m_line == 1 && view.startsWith("\xEF\xBB\xBF"))
                view = view.sliced(3);
            const std::optional<QString> decoded = decodeLine(view);
            if (!decoded) {
                if (!m_json && m_fieldCount == 0)
                    return fatal(tr("Line %1 (the header) is not UTF-8 text.").arg(m_line));
                rejected << UsageRejected{m_pending.isEmpty() ? m_line : m_pendingLine,
                                          {tr("not UTF-8 text (or holds a NUL character)")}};
                m_pending.clear();
            } else if (m_json) {
                takeJson(view.toByteArray(), m_line, rows, rejected);
            } else {
                if (m_pending.isEmpty())
                    m_pendingLine = m_line;
                m_pending += *decoded;
                takeCsv(rows, rejected);
                if (!m_fatal.isEmpty())
                    return fatal(m_fatal);
            }
        }
        m_rowsSeen += rows.size() + rejected.size() - before;
        if (m_rowsSeen > kMaxRows)
            return fatal(tr("The file holds more than %1 rows; import it in parts.").arg(kMaxRows));
    }
    if (m_done && !m_json && m_fieldCount == 0)
        return fatal(tr("The file is empty: the first line must name the columns (%1).")
                         .arg(kUsageColumns.join(QStringLiteral(", "))));
    return !rows.isEmpty() || !rejected.isEmpty() || !m_done;
}

void UsageFileReader::takeJson(const QByteArray& bytes, qint64 line, QList<Row>& rows,
                               QList<UsageRejected>& rejected)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        rejected << UsageRejected{
            line, {doc.isNull() ? tr("not JSON: %1").arg(error.errorString()) : tr("not a JSON object")}};
        return;
    }
    Values values;
    QStringList reasons;
    const QJsonObject obj = doc.object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const qsizetype column = kUsageColumns.indexOf(it.key());
        if (column < 0) {
            reasons << tr("unknown field \"%1\"").arg(it.key().left(40));
            continue;
        }
        const QJsonValue v = it.value();
        if (v.isString())
            values[column] = v.toString();
        else if (v.isDouble()) {
            const double d = v.toDouble();
            if (column == Cost)
                values[column] = QString::number(d, 'f', 6);
            else if (std::trunc(d) == d) // whole (NaN is not); as its digits, so the CSV's range checks apply
                // qint64(d) only in range (undefined past it); 1.2e33 reads "too large", not "not whole".
                values[column] = qAbs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'f', 0);
            else
                reasons << tr("%1 is not a whole number").arg(it.key());
        } else if (!v.isNull())
            reasons << tr("%1 must be text or a number").arg(it.key());
    }
    Row row;
    row.line = line;
    Views views;
    for (int i = 0; i < ColumnCount; ++i)
        views[i] = values[i];
    fill(row.record, views, reasons);
    if (!reasons.isEmpty())
        rejected << UsageRejected{line, reasons};
    else
        rows << std::move(row);
}

void UsageFileReader::takeCsv(QList<Row>& rows, QList<UsageRejected>& rejected)
{
    // One field list per thread, kept from one record to the next with its capacity: the fields are views
    // into the record, used only within this call.
    static thread_local CsvFields csv;
    csv.split(m_pending);
    if (!csv.complete && !m_in.atEnd())
        return; // a quoted field goes on on the next line
    const qint64 line = m_pendingLine;
    const QString text = std::exchange(m_pending, QString()); // the fields' views point into its text
    if (QStringView(text).trimmed().isEmpty())
        return;
    if (m_fieldCount == 0) {
        QStringList names;
        for (const QStringView f : std::as_const(csv.fields))
            names << f.toString();
        readHeader(names, csv.complete, csv.malformed);
        return;
    }
    if (!csv.complete || csv.malformed) {
        rejected << UsageRejected{
            line, {!csv.complete ? tr("a quoted field is not closed") : tr("a quote in the wrong place")}};
        return;
    }
    if (csv.fields.size() != m_fieldCount) {
        rejected << UsageRejected{
            line, {tr("%1 fields where the header names %2").arg(csv.fields.size()).arg(m_fieldCount)}};
        return;
    }
    Views views;
    for (int i = 0; i < ColumnCount; ++i) {
        if (m_columnOf[i] >= 0)
            views[i] = csv.fields[m_columnOf[i]];
    }
    QStringList reasons;
    Row row;
    row.line = line;
    fill(row.record, views, reasons);
    if (!reasons.isEmpty())
        rejected << UsageRejected{line, reasons};
    else
        rows << std::move(row);
}

bool UsageFileReader::readHeader(const QStringList& fields, bool complete, bool malformed)
{
    QStringList unknown;
    QStringList seen;
    for (const QString& f : fields) {
        const QString name = f.trimmed().toLower();
        if (!kUsageColumns.contains(name))
            unknown << (name.isEmpty() ? tr("(empty)") : QStringLiteral("\"%1\"").arg(name.left(40)));
        else if (seen.contains(name))
            unknown << tr("\"%1\" twice").arg(name);
        seen << name;
    }
    QStringList missing;
    for (const int r : kRequiredColumns) {
        if (!seen.contains(kUsageColumns[r]))
            missing << kUsageColumns[r];
    }
    if (!unknown.isEmpty() || !missing.isEmpty() || malformed || !complete) {
        QStringList why;
        if (!unknown.isEmpty())
            why << tr("unknown columns: %1").arg(unknown.join(QStringLiteral(", ")));
        if (!missing.isEmpty())
            why << tr("missing columns: %1").arg(missing.join(QStringLiteral(", ")));
        if (malformed || !complete)
            why << tr("the header is not valid CSV");
        m_fatal = tr("The first line must name the columns (%1); %2.")
                      .arg(kUsageColumns.join(QStringLiteral(", ")), why.join(QStringLiteral("; ")));
        return false;
    }
    for (int i = 0; i < seen.size(); ++i)
        m_columnOf[size_t(kUsageColumns.indexOf(seen[i]))] = i;
    m_fieldCount = int(seen.size());
    return true;
}

void UsageFileReader::fill(UsageRecord& r, const Views& values, QStringList& reasons)
{
    for (const int required : kRequiredColumns) {
        if (values[required].trimmed().isEmpty())
            reasons << tr("%1 is missing").arg(kUsageColumns[required]);
    }
    if (!values[OccurredAt].trimmed().isEmpty())
        r.occurredAt = timestamp(values[OccurredAt], reasons);
    r.consumer = values[Consumer].trimmed().toString();
    r.provider = values[Provider].trimmed().toString();
    r.user = values[User].trimmed().toString();
    r.feature = values[Feature].trimmed().toString();
    r.model = values[Model].trimmed().toString();
    r.error = values[ErrorText].toString();
    r.requestId = values[RequestId].trimmed().toString();
    r.tokens.in = wholeNumber(kUsageColumns[TokensIn], values[TokensIn], reasons).value_or(0);
    r.tokens.out = wholeNumber(kUsageColumns[TokensOut], values[TokensOut], reasons).value_or(0);
    r.tokens.cached = wholeNumber(kUsageColumns[TokensCached], values[TokensCached], reasons).value_or(0);
    r.latencyMs = wholeNumber(kUsageColumns[LatencyMs], values[LatencyMs], reasons);
    if (const std::optional<qint64> http =
            wholeNumber(kUsageColumns[HttpStatus], values[HttpStatus], reasons))
        r.httpStatus = int(qMin<qint64>(*http, 100000));
    const QStringView cost = values[Cost].trimmed();
    if (!cost.isEmpty()) {
        if (cost.startsWith(QLatin1Char('-')))
            reasons << tr("cost is negative");
        else if (const std::optional<qint64> micros = Money::parse(cost.toString()))
            r.costMicros = micros;
        else
            reasons << tr("cost \"%1\" is not an amount (at most six decimals, up to a billion)")
                           .arg(cost.left(40));
    }
    const QStringView status = values[Status].trimmed();
    r.status = status.isEmpty() ? QStringLiteral("ok") : status.toString().toLower();
    // The record's own checks, for every field not already reported above (each field once).
    const QStringList problems = r.problems();
    if (problems.isEmpty())
        return;
    QList<QStringView> reported;
    for (const QString& reason : std::as_const(reasons))
        reported << fieldOf(reason);
    for (const QString& problem : problems) {
        if (!reported.contains(fieldOf(problem)))
            reasons << problem;
    }
}

} // namespace fusion
