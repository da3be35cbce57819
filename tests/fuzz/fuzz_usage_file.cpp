// Usage files (models/usage/UsageFileReader), CSV and JSON lines: read a batch of 4,096 rows at a time and a
// batch of 1 to 8 rows at a time, the same bytes give the same rows, the same rejected lines with the same
// reasons, the same fatal verdict and the same digest (the import reads a file twice and stores what the
// first reading showed). Every row handed out passes the record's own checks; every rejection has a reason;
// lines only grow. The fast path for common timestamps agrees with Qt's ISO 8601 reader.

#include "models/usage/UsageFileReader.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QBuffer>

using fusion::UsageFileReader;
using fusion::UsageRejected;

namespace {
struct Reading {
    QList<qint64> rowLines;
    QList<qint64> rejectedLines;
    QStringList rows;     // as text, in order
    QStringList rejected; // as text, in order (a batch hands out its rows and its rejections apart)
    QString fatal;
    QByteArray digest;
};

Reading readAll(const QByteArray& bytes, const QString& name, int batch, quint32 seed)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    UsageFileReader reader(buffer, name);
    Reading out;
    QList<UsageFileReader::Row> rows;
    QList<UsageRejected> rejected;
    quint32 x = seed | 1;
    while (reader.next(rows, rejected, batch > 0 ? batch : int(1 + x % 8))) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        for (const UsageFileReader::Row& r : std::as_const(rows)) {
            FUZZ_CHECK(r.record.problems().isEmpty());
            FUZZ_CHECK(r.record.occurredAt.isValid() && r.record.occurredAt.timeSpec() == Qt::UTC);
            out.rowLines << r.line;
            out.rows << QString::number(r.line) + QLatin1Char(':') + r.record.dedupKey() + r.record.user +
                            r.record.error;
        }
        for (const UsageRejected& r : std::as_const(rejected)) {
            FUZZ_CHECK(!r.reasons.isEmpty());
            out.rejectedLines << r.line;
            out.rejected << QString::number(r.line) + QLatin1Char('!') + r.reasons.join(QLatin1Char(';'));
        }
    }
    out.fatal = reader.fatal();
    out.digest = reader.digest();
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fusion::fuzz::bytes(data, size);
    // A name without a known suffix: the reader tells JSON lines from CSV by the first character, as it
    // does for a file a person names oddly.
    const QString name = QStringLiteral("usage.txt");
    const Reading whole = readAll(input, name, 4096, 0);
    const Reading pieces = readAll(input, name, 0, fusion::fuzz::seedOf(input));
    FUZZ_CHECK(whole.fatal == pieces.fatal);
    FUZZ_CHECK(whole.digest == pieces.digest);
    if (whole.fatal.isEmpty()) {
        FUZZ_CHECK(whole.rows == pieces.rows);
        FUZZ_CHECK(whole.rejected == pieces.rejected);
        for (qsizetype i = 1; i < whole.rowLines.size(); ++i)
            FUZZ_CHECK(whole.rowLines[i] > whole.rowLines[i - 1]);
        for (qsizetype i = 1; i < whole.rejectedLines.size(); ++i)
            FUZZ_CHECK(whole.rejectedLines[i] > whole.rejectedLines[i - 1]);
    }

    // Timestamps: the input's first line as a timestamp, read by the fast path and by Qt.
    const QString text = QString::fromUtf8(input.left(input.indexOf('\n') < 0 ? 64 : input.indexOf('\n')));
    QStringList reasons;
    const QDateTime ours = UsageFileReader::timestamp(text, reasons);
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    const QDateTime qt = QDateTime::fromString(t, Qt::ISODateWithMs);
    const bool qtAccepts = qt.isValid() && t.size() >= 11 && qt.timeSpec() != Qt::LocalTime;
    FUZZ_CHECK(ours.isValid() == qtAccepts);
    FUZZ_CHECK(reasons.isEmpty() == qtAccepts);
    if (qtAccepts)
        FUZZ_CHECK(ours == qt.toUTC());
    return 0;
}
