#include "models/ai/TextDiff.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <span>
#include <vector>

namespace fusion {

namespace {

struct TextDiffLine {
    QStringView text; // without the line break
    bool newline = false;
};

QList<TextDiffLine> textDiffSplit(const QString& text)
{
    QList<TextDiffLine> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', start);
        if (nl < 0) {
            lines.append({QStringView(text).mid(start), false});
            break;
        }
        lines.append({QStringView(text).mid(start, nl - start), true});
        start = nl + 1;
    }
    return lines;
}

// Myers compares numbers, not strings: equal lines (with their line break, or lack of one) get equal ids.
std::vector<int> textDiffIds(const QList<TextDiffLine>& lines, QHash<QString, int>& ids)
{
    std::vector<int> out;
    out.reserve(size_t(lines.size()));
    for (const TextDiffLine& line : lines) {
        QString key = line.text.toString();
        if (line.newline)
            key += u'\n';
        // value() rather than an iterator: GCC's -Wnull-dereference cannot see through a QHash iterator.
        if (const int known = ids.value(key, -1); known >= 0) {
            out.push_back(known);
        } else {
            const int id = int(ids.size());
            ids.insert(key, id);
            out.push_back(id);
        }
    }
    return out;
}

// Marks which lines of each side are not in the longest common subsequence found. Recursion depth is
// logarithmic: every split is at the middle of the edit path.
class TextDiffMyers {
public:
    TextDiffMyers(const std::vector<int>& a, const std::vector<int>& b, qsizetype distinctLines,
                  qint64 workLimit)
        : m_a(a)
        , m_b(b)
        , m_seen(size_t(distinctLines), 0)
        , m_removed(a.size(), false)
        , m_added(b.size(), false)
        , m_work(workLimit)
    {
    }

    void run() { compare(0, qsizetype(m_a.size()), 0, qsizetype(m_b.size())); }

    const std::vector<bool>& removed() const { return m_removed; }
    const std::vector<bool>& added() const { return m_added; }
    bool approximate() const { return m_approximate; }

private:
    struct Split {
        qsizetype x = 0;
        qsizetype y = 0;
    };

    void compare(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
    {
        while (aStart < aEnd && bStart < bEnd && m_a[size_t(aStart)] == m_b[size_t(bStart)]) {
            ++aStart;
            ++bStart;
        }
        while (aStart < aEnd && bStart < bEnd && m_a[size_t(aEnd - 1)] == m_b[size_t(bEnd - 1)]) {
            --aEnd;
            --bEnd;
        }
        if (aStart == aEnd || bStart == bEnd) {
            replaceAll(aStart, aEnd, bStart, bEnd);
            return;
        }
        if (!shareALine(aStart, aEnd, bStart, bEnd)) {
            // Unrelated texts are the costliest case for the search and need none.
            replaceAll(aStart, aEnd, bStart, bEnd);
            return;
        }
        const std::span<const int> a(m_a.data() + aStart, size_t(aEnd - aStart));
        const std::span<const int> b(m_b.data() + bStart, size_t(bEnd - bStart));
        Split split;
        if (!bisect(a, b, split)) {
            replaceAll(aStart, aEnd, bStart, bEnd);
            return;
        }
        compare(aStart, aStart + split.x, bStart, bStart + split.y);
        compare(aStart + split.x, aEnd, bStart + split.y, bEnd);
    }

    bool shareALine(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
    {
        ++m_generation;
        for (qsizetype i = aStart; i < aEnd; ++i)
            m_seen[size_t(m_a[size_t(i)])] = m_generation;
        for (qsizetype j = bStart; j < bEnd; ++j) {
            if (m_seen[size_t(m_b[size_t(j)])] == m_generation)
                return true;
        }
        return false;
    }

    void replaceAll(qsizetype aStart, qsizetype aEnd, qsizetype bStart, qsizetype bEnd)
    {
        for (qsizetype i = aStart; i < aEnd; ++i)
            m_removed[size_t(i)] = true;
        for (qsizetype j = bStart; j < bEnd; ++j)
            m_added[size_t(j)] = true;
    }

    // The middle snake (Myers 1986, section 4b; laid out as in diff-match-patch's diff_bisect): forward and
    // reverse searches, one edit step at a time, until their paths overlap. Both sides are non-empty and
    // differ in their first and last lines. False: split no further (no common line, or out of work).
    bool bisect(std::span<const int> a, std::span<const int> b, Split& split)
    {
        const qsizetype n = qsizetype(a.size());
        const qsizetype m = qsizetype(b.size());
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        const qsizetype length = 2 * maxD + 2;
        m_forward.assign(size_t(length), -1);
        m_reverse.assign(size_t(length), -1);
        m_forward[size_t(offset + 1)] = 0;
        m_reverse[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        // Odd delta: the paths meet while extending forward; even: while extending in reverse.
        const bool front = delta % 2 != 0;
        qsizetype k1start = 0;
        qsizetype k1end = 0;
        qsizetype k2start = 0;
        qsizetype k2end = 0;
        for (qsizetype d = 0; d < maxD; ++d) {
            for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const qsizetype k1Offset = offset + k1;
                qsizetype x1 = 0;
                if (k1 == -d ||
                    (k1 != d && m_forward[size_t(k1Offset - 1)] < m_forward[size_t(k1Offset + 1)]))
                    x1 = m_forward[size_t(k1Offset + 1)];
                else
                    x1 = m_forward[size_t(k1Offset - 1)] + 1;
                qsizetype y1 = x1 - k1;
                const qsizetype x1Before = x1;
                while (x1 < n && y1 < m && a[size_t(x1)] == b[size_t(y1)]) {
                    ++x1;
                    ++y1;
                }
                m_work -= 1 + (x1 - x1Before);
                m_forward[size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2; // ran off the right edge
                } else if (y1 > m) {
                    k1start += 2; // ran off the bottom edge
                } else if (front) {
                    const qsizetype k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && m_reverse[size_t(k2Offset)] != -1) {
                        const qsizetype x2 = n - m_reverse[size_t(k2Offset)];
                        if (x1 >= x2)
                            return accept(x1, y1, n, m, split);
                    }
                }
            }
            for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const qsizetype k2Offset = offset + k2;
                qsizetype x2 = 0;
                if (k2 == -d ||
                    (k2 != d && m_reverse[size_t(k2Offset - 1)] < m_reverse[size_t(k2Offset + 1)]))
                    x2 = m_reverse[size_t(k2Offset + 1)];
                else
                    x2 = m_reverse[size_t(k2Offset - 1)] + 1;
                qsizetype y2 = x2 - k2;
                const qsizetype x2Before = x2;
                while (x2 < n && y2 < m && a[size_t(n - x2 - 1)] == b[size_t(m - y2 - 1)]) {
                    ++x2;
                    ++y2;
                }
                m_work -= 1 + (x2 - x2Before);
                m_reverse[size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const qsizetype k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && m_forward[size_t(k1Offset)] != -1) {
                        const qsizetype x1 = m_forward[size_t(k1Offset)];
                        const qsizetype y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2)
                            return accept(x1, y1, n, m, split);
                    }
                }
            }
            if (m_work < 0) {
                m_approximate = true;
                return false;
            }
        }
        return false; // no line in common
    }

    static bool accept(qsizetype x, qsizetype y, qsizetype n, qsizetype m, Split& split)
    {
        // A split at a corner would recurse into the same problem; the middle snake never yields one, but an
        // endless recursion is too high a price for trusting that.
        if ((x <= 0 && y <= 0) || (x >= n && y >= m) || x < 0 || y < 0 || x > n || y > m)
            return false;
        split = {x, y};
        return true;
    }

    const std::vector<int>& m_a;
    const std::vector<int>& m_b;
    std::vector<quint32> m_seen; // by line id: the generation of the last range that held it
    quint32 m_generation = 0;
    std::vector<bool> m_removed;
    std::vector<bool> m_added;
    std::vector<qsizetype> m_forward;
    std::vector<qsizetype> m_reverse;
    qint64 m_work = 0;
    bool m_approximate = false;
};

struct TextDiffStep {
    TextDiff::Line::Kind kind = TextDiff::Line::Kind::Context;
    qsizetype oldIndex = 0; // old lines before this step
    qsizetype newIndex = 0; // new lines before this step
};

QString textDiffRange(qsizetype start, qsizetype count)
{
    if (count == 1)
        return QString::number(start);
    return QString::number(start) + u',' + QString::number(count);
}

} // namespace

QString TextDiff::Hunk::header() const
{
    return QStringLiteral("@@ -") + textDiffRange(oldStart, oldCount) + QStringLiteral(" +") +
           textDiffRange(newStart, newCount) + QStringLiteral(" @@");
}

TextDiff TextDiff::compute(const QString& oldText, const QString& newText, int context, qint64 workLimit)
{
    TextDiff diff;
    const QList<TextDiffLine> oldLines = textDiffSplit(oldText);
    const QList<TextDiffLine> newLines = textDiffSplit(newText);
    QHash<QString, int> ids;
    const std::vector<int> a = textDiffIds(oldLines, ids);
    const std::vector<int> b = textDiffIds(newLines, ids);
    TextDiffMyers myers(a, b, ids.size(), workLimit);
    myers.run();
    diff.m_approximate = myers.approximate();

    // The edit script: every unmarked line pairs with the next unmarked line of the other side, and within a
    // change the removed lines come first.
    QList<TextDiffStep> steps;
    steps.reserve(oldLines.size() + newLines.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < oldLines.size() || j < newLines.size()) {
        if (i < oldLines.size() && myers.removed()[size_t(i)]) {
            steps.append({Line::Kind::Removed, i, j});
            ++i;
        } else if (j < newLines.size() && myers.added()[size_t(j)]) {
            steps.append({Line::Kind::Added, i, j});
            ++j;
        } else {
            steps.append({Line::Kind::Context, i, j});
            ++i;
            ++j;
        }
    }

    const qsizetype ctx = std::max(0, context);
    const qsizetype total = steps.size();
    qsizetype k = 0;
    while (k < total) {
        while (k < total && steps.at(k).kind == Line::Kind::Context)
            ++k;
        if (k == total)
            break;
        const qsizetype first = std::max<qsizetype>(0, k - ctx);
        qsizetype lastChange = k;
        qsizetype scan = k;
        while (scan < total) {
            if (steps.at(scan).kind != Line::Kind::Context) {
                lastChange = scan++;
                continue;
            }
            qsizetype runEnd = scan;
            while (runEnd < total && steps.at(runEnd).kind == Line::Kind::Context)
                ++runEnd;
            if (runEnd == total || runEnd - scan > 2 * ctx)
                break;
            scan = runEnd;
        }
        const qsizetype end = std::min(total, lastChange + 1 + ctx);

        Hunk hunk;
        for (qsizetype s = first; s < end; ++s) {
            const TextDiffStep& step = steps.at(s);
            Line line;
            line.kind = step.kind;
            if (step.kind == Line::Kind::Added) {
                const TextDiffLine& l = newLines.at(step.newIndex);
                line.text = l.text.toString();
                line.noNewline = !l.newline;
                line.newLine = step.newIndex + 1;
                ++hunk.newCount;
                ++diff.m_added;
            } else {
                const TextDiffLine& l = oldLines.at(step.oldIndex);
                line.text = l.text.toString();
                line.noNewline = !l.newline;
                line.oldLine = step.oldIndex + 1;
                ++hunk.oldCount;
                if (step.kind == Line::Kind::Context) {
                    line.newLine = step.newIndex + 1;
                    ++hunk.newCount;
                } else {
                    ++diff.m_removed;
                }
            }
            hunk.lines.append(line);
        }
        const TextDiffStep& start = steps.at(first);
        hunk.oldStart = hunk.oldCount > 0 ? start.oldIndex + 1 : start.oldIndex;
        hunk.newStart = hunk.newCount > 0 ? start.newIndex + 1 : start.newIndex;
        diff.m_hunks.append(hunk);
        k = end;
    }
    return diff;
}

QString TextDiff::unified() const
{
    QString out;
    for (const Hunk& hunk : m_hunks) {
        out += hunk.header() + u'\n';
        for (const Line& line : hunk.lines) {
            const QChar mark = line.kind == Line::Kind::Removed ? u'-'
                               : line.kind == Line::Kind::Added ? u'+'
                                                                : u' ';
            out += mark + line.text + u'\n';
            if (line.noNewline)
                out += QStringLiteral("\\ No newline at end of file\n");
        }
    }
    return out;
}

} // namespace fusion
