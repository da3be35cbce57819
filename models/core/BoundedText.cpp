#include "models/core/BoundedText.h"

#include <QLocale>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <climits>

namespace fusion {

namespace {

constexpr QChar kEllipsis(0x2026);
constexpr QChar kReplacement(0xFFFD);

// A control character other than tab and newline: an escape sequence from a server must not reach a terminal
// as one (it could move the cursor, retitle the window or hide the lines before it).
bool boundedTextIsControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f);
}

// `text` with "\r\n" and lone "\r" as "\n", control characters replaced, and no trailing line ends (a
// traceback's last "\n" is not a line of its own).
QString boundedTextNormalised(const QString& text)
{
    QString s;
    s.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            s += QLatin1Char('\n');
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else {
            s += boundedTextIsControl(c) ? kReplacement : c;
        }
    }
    while (s.endsWith(QLatin1Char('\n')))
        s.chop(1);
    return s;
}

// Where to cut `line` so that at most `max` characters stay: at a grapheme boundary (a letter keeps its
// accents) when there is one near, else at a code point boundary, since a line of nothing but combining marks
// is one endless grapheme; never between the halves of a surrogate pair.
qsizetype boundedTextCutAt(QStringView line, qsizetype max)
{
    if (line.size() <= max)
        return line.size();
    if (max <= 0)
        return 0;
    // The boundaries up to `max` depend only on the characters around them: no need to scan a megabyte.
    const QStringView near = line.left(max + 8);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, near.data(), near.size());
    graphemes.setPosition(max);
    qsizetype at = graphemes.isAtBoundary() ? max : graphemes.toPreviousBoundary();
    if (at < max - 16 || at <= 0) {
        at = max;
        if (line.at(at - 1).isHighSurrogate())
            --at;
    }
    return at;
}

qsizetype boundedTextUtf8Size(QStringView text)
{
    return text.toUtf8().size();
}

// "812 bytes", "34 KB", "1.2 MB": QLocale's data sizes say "kB" in one format and "KiB" in another.
QString boundedTextSize(qsizetype bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return BoundedText::tr("%Ln byte(s)", nullptr, int(bytes));
    if (bytes < 1000 * 1024)
        return BoundedText::tr("%1 KB").arg(locale.toString((bytes + 1023) / 1024));
    return BoundedText::tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

struct BoundedTextResult {
    QString text;
    bool cut = false;
};

BoundedTextResult boundedTextCompute(const QString& original, const TextBounds& bounds)
{
    const QString s = boundedTextNormalised(original);
    BoundedTextResult result;
    if (s.isEmpty())
        return result;
    QStringList shown;
    qsizetype total = 0;
    qsizetype cutBytes = 0; // of the lines shown only in part
    qsizetype pos = 0;
    const QStringView all(s);
    while (pos <= s.size() && shown.size() < bounds.lines) {
        qsizetype end = s.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = s.size();
        const QStringView line = all.mid(pos, end - pos);
        const qsizetype room = std::min(bounds.lineChars, bounds.chars - total);
        if (room <= 0 && !shown.isEmpty())
            break;
        if (line.size() > room) {
            const qsizetype at = boundedTextCutAt(line, room);
            shown << line.left(at).toString() + kEllipsis;
            cutBytes += boundedTextUtf8Size(line.mid(at));
            result.cut = true;
        } else {
            shown << line.toString();
        }
        total += shown.last().size() + 1;
        pos = end + 1;
    }
    if (pos <= s.size()) {
        const QStringView rest = all.mid(pos);
        const qsizetype lines = rest.count(QLatin1Char('\n')) + 1;
        shown << BoundedText::tr("… %Ln more line(s) (%1)", nullptr, int(std::min<qsizetype>(lines, INT_MAX)))
                     .arg(boundedTextSize(boundedTextUtf8Size(rest) + cutBytes));
        result.cut = true;
    } else if (result.cut) {
        shown << BoundedText::tr("… %1 more not shown").arg(boundedTextSize(cutBytes));
    }
    result.text = shown.join(QLatin1Char('\n'));
    return result;
}

} // namespace

QString BoundedText::of(const QString& text, const TextBounds& bounds)
{
    return boundedTextCompute(text, bounds).text;
}

bool BoundedText::isCut(const QString& text, const TextBounds& bounds)
{
    return boundedTextCompute(text, bounds).cut;
}

QString BoundedText::oneLine(const QString& text, qsizetype maxChars)
{
    qsizetype end = text.indexOf(QLatin1Char('\n'));
    const qsizetype cr = text.indexOf(QLatin1Char('\r'));
    if (cr >= 0 && (end < 0 || cr < end))
        end = cr;
    // Only what can be shown is looked at: the first line of a megabyte is not copied whole.
    const QStringView first = QStringView(text).left(end < 0 ? text.size() : end);
    QString line = boundedTextNormalised(first.left(maxChars + 8).toString());
    if (first.size() <= maxChars)
        return line;
    return line.left(boundedTextCutAt(line, maxChars)) + kEllipsis;
}

QString BoundedText::forStorage(const QString& text)
{
    return of(text, kStorageBounds);
}

} // namespace fusion
