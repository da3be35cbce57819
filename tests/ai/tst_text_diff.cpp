// The diff between two versions of a prompt, as its history shows it: the hunks' lines and line numbers, the
// unified text, and — on long and random texts — that the hunks turn the old version into the new one and
// change no more lines than necessary.
#include "models/ai/TextDiff.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace fusion;

namespace {

using Kind = TextDiff::Line::Kind;

QString numbered(int from, int to, const QString& prefix = QStringLiteral("line "))
{
    QString out;
    for (int i = from; i <= to; ++i)
        out += prefix + QString::number(i) + u'\n';
    return out;
}

struct SplitLine {
    QString text;
    bool newline = true;
    bool operator==(const SplitLine&) const = default;
};

QList<SplitLine> splitLines(const QString& text)
{
    QList<SplitLine> out;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', start);
        if (nl < 0) {
            out.append({text.mid(start), false});
            break;
        }
        out.append({text.mid(start, nl - start), true});
        start = nl + 1;
    }
    return out;
}

QString joinLines(const QList<SplitLine>& lines)
{
    QString out;
    for (const SplitLine& l : lines)
        out += l.text + (l.newline ? QStringLiteral("\n") : QString());
    return out;
}

// Applies the hunks to `oldText` the way `patch` would, checking on the way that every context and removed
// line is what the old text has at that line number, and every context and added line sits at its new number.
// Returns the new text, or a description of the first inconsistency.
QString applied(const QString& oldText, const TextDiff& diff, QString* why)
{
    const QList<SplitLine> old = splitLines(oldText);
    QList<SplitLine> out;
    qsizetype next = 0; // old lines copied so far
    for (const TextDiff::Hunk& hunk : diff.hunks()) {
        const qsizetype firstOld = hunk.oldCount > 0 ? hunk.oldStart - 1 : hunk.oldStart;
        if (firstOld < next) {
            *why = QStringLiteral("hunk %1 overlaps the previous one").arg(hunk.header());
            return {};
        }
        while (next < firstOld)
            out.append(old.at(next++));
        if (hunk.newCount > 0 && hunk.newStart != out.size() + 1) {
            *why = QStringLiteral("hunk %1 starts at new line %2").arg(hunk.header()).arg(out.size() + 1);
            return {};
        }
        qsizetype oldSeen = 0;
        qsizetype newSeen = 0;
        for (const TextDiff::Line& line : hunk.lines) {
            const SplitLine split{line.text, !line.noNewline};
            if (line.kind != Kind::Added) {
                if (line.oldLine != next + 1 || next >= old.size() || !(old.at(next) == split)) {
                    *why = QStringLiteral("old line %1 is not \"%2\"").arg(line.oldLine).arg(line.text);
                    return {};
                }
                ++next;
                ++oldSeen;
            }
            if (line.kind != Kind::Removed) {
                out.append(split);
                ++newSeen;
                if (line.newLine != out.size()) {
                    *why = QStringLiteral("new line %1 is numbered %2").arg(out.size()).arg(line.newLine);
                    return {};
                }
            }
            if ((line.kind == Kind::Added && line.oldLine != 0) ||
                (line.kind == Kind::Removed && line.newLine != 0)) {
                *why = QStringLiteral("a line numbered on the side it is not on");
                return {};
            }
        }
        if (oldSeen != hunk.oldCount || newSeen != hunk.newCount) {
            *why = QStringLiteral("hunk %1 counts do not match its lines").arg(hunk.header());
            return {};
        }
    }
    while (next < old.size())
        out.append(old.at(next++));
    return joinLines(out);
}

// The fewest lines any line diff can change: lines of both sides outside a longest common subsequence.
qsizetype minimalChanges(const QList<SplitLine>& a, const QList<SplitLine>& b)
{
    std::vector<std::vector<int>> lcs(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] =
                a.at(i) == b.at(j) ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                   : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    return a.size() + b.size() - 2 * lcs[0][0];
}

} // namespace

class TestTextDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unified_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");

        const QString ten = numbered(1, 10);
        QTest::newRow("identical") << ten << ten << 3 << QString();
        QTest::newRow("both empty") << QString() << QString() << 3 << QString();
        QTest::newRow("one line changed in the middle")
            << ten << QString(ten).replace(QStringLiteral("line 5\n"), QStringLiteral("line five\n")) << 3
            << QStringLiteral(
                   "@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n"
                   " line 8\n");
        QTest::newRow("a line added at the top") << QStringLiteral("a\nb\n") << QStringLiteral("new\na\nb\n")
                                                 << 3 << QStringLiteral("@@ -1,2 +1,3 @@\n+new\n a\n b\n");
        QTest::newRow("a line removed at the end")
            << ten << numbered(1, 9) << 3
            << QStringLiteral("@@ -7,4 +7,3 @@\n line 7\n line 8\n line 9\n-line 10\n");
        QTest::newRow("from nothing")
            << QString() << QStringLiteral("a\nb\n") << 3 << QStringLiteral("@@ -0,0 +1,2 @@\n+a\n+b\n");
        QTest::newRow("to nothing") << QStringLiteral("a\n") << QString() << 3
                                    << QStringLiteral("@@ -1 +0,0 @@\n-a\n");
        QTest::newRow("inserted between, no context")
            << QStringLiteral("a\nb\n") << QStringLiteral("a\nx\nb\n") << 0
            << QStringLiteral("@@ -1,0 +2 @@\n+x\n");
        QTest::newRow("newline added at the end")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\n") << 3
            << QStringLiteral("@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
        QTest::newRow("newline removed at the end")
            << QStringLiteral("a\nb\n") << QStringLiteral("a\nb") << 3
            << QStringLiteral("@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n");
        QTest::newRow("line endings changed") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\r\nb\n")
                                              << 3 << QStringLiteral("@@ -1,2 +1,2 @@\n a\r\n-b\r\n+b\n");
        QTest::newRow("a blank line added") << QStringLiteral("a\nb\n") << QStringLiteral("a\n\nb\n") << 3
                                            << QStringLiteral("@@ -1,2 +1,3 @@\n a\n+\n b\n");
        QTest::newRow("changes far apart: two hunks")
            << numbered(1, 20)
            << QString(numbered(1, 20))
                   .replace(QStringLiteral("line 2\n"), QStringLiteral("line two\n"))
                   .replace(QStringLiteral("line 18\n"), QStringLiteral("line eighteen\n"))
            << 3
            << QStringLiteral(
                   "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
                   "@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+line eighteen\n line 19\n"
                   " line 20\n");
        QTest::newRow("changes six lines apart: one hunk")
            << numbered(1, 12)
            << QString(numbered(1, 12))
                   .replace(QStringLiteral("line 3\n"), QStringLiteral("line three\n"))
                   .replace(QStringLiteral("line 10\n"), QStringLiteral("line ten\n"))
            << 3
            << QStringLiteral(
                   "@@ -1,12 +1,12 @@\n line 1\n line 2\n-line 3\n+line three\n line 4\n line 5\n line 6\n"
                   " line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n");
        QTest::newRow("a block replaced: removals first")
            << QStringLiteral("keep\nold 1\nold 2\nkeep too\n")
            << QStringLiteral("keep\nnew 1\nnew 2\nnew 3\nkeep too\n") << 1
            << QStringLiteral("@@ -1,4 +1,5 @@\n keep\n-old 1\n-old 2\n+new 1\n+new 2\n+new 3\n keep too\n");
    }
    void unified()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(int, context);
        QFETCH(QString, expected);
        const TextDiff diff = TextDiff::compute(oldText, newText, context);
        QCOMPARE(diff.unified(), expected);
        QCOMPARE(diff.isIdentical(), expected.isEmpty());
        QVERIFY(!diff.isApproximate());
        QString why;
        QCOMPARE(applied(oldText, diff, &why), newText);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // What the history view shows beside each line: its number in the old and in the new version.
    void lineNumbers()
    {
        const TextDiff diff =
            TextDiff::compute(QStringLiteral("a\nb\nc\nd\n"), QStringLiteral("a\nc\nx\nd\n"), 1);
        QCOMPARE(diff.hunks().size(), 1);
        const TextDiff::Hunk& hunk = diff.hunks().constFirst();
        QCOMPARE(hunk.header(), QStringLiteral("@@ -1,4 +1,4 @@"));
        struct Expected {
            Kind kind;
            const char* text;
            qsizetype oldLine;
            qsizetype newLine;
        };
        const Expected expected[] = {{Kind::Context, "a", 1, 1},
                                     {Kind::Removed, "b", 2, 0},
                                     {Kind::Context, "c", 3, 2},
                                     {Kind::Added, "x", 0, 3},
                                     {Kind::Context, "d", 4, 4}};
        QCOMPARE(hunk.lines.size(), qsizetype(std::size(expected)));
        for (qsizetype i = 0; i < hunk.lines.size(); ++i) {
            const TextDiff::Line& line = hunk.lines.at(i);
            QCOMPARE(line.kind, expected[i].kind);
            QCOMPARE(line.text, QString::fromUtf8(expected[i].text));
            QCOMPARE(line.oldLine, expected[i].oldLine);
            QCOMPARE(line.newLine, expected[i].newLine);
            QVERIFY(!line.noNewline);
        }
        QCOMPARE(diff.removedCount(), 1);
        QCOMPARE(diff.addedCount(), 1);
    }

    // Random texts over a few distinct lines (so many lines repeat, the hard case for alignment): the hunks
    // rebuild the new text and change exactly as many lines as a longest common subsequence leaves.
    void randomTextsAreMinimalAndApply()
    {
        QRandomGenerator random(1986);
        const QStringList pool{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QString()};
        for (int round = 0; round < 400; ++round) {
            auto make = [&] {
                QString text;
                const int lines = int(random.bounded(25));
                for (int i = 0; i < lines; ++i)
                    text += pool.at(qsizetype(random.bounded(int(pool.size())))) + u'\n';
                if (!text.isEmpty() && random.bounded(4) == 0)
                    text.chop(1); // no newline at the end
                return text;
            };
            const QString oldText = make();
            const QString newText = make();
            const int context = int(random.bounded(4));
            const TextDiff diff = TextDiff::compute(oldText, newText, context);
            QString why;
            const QString rebuilt = applied(oldText, diff, &why);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QCOMPARE(rebuilt, newText);
            QCOMPARE(diff.removedCount() + diff.addedCount(),
                     minimalChanges(splitLines(oldText), splitLines(newText)));
            QVERIFY(!diff.isApproximate());
        }
    }

    // Two 5,000-line versions: every seventh line edited, ten inserted and ten deleted — found exactly (all
    // lines are distinct, so the lines left alone are the only longest common subsequence).
    void fiveThousandLinesEdited()
    {
        const QString oldText = numbered(0, 4999);
        QString newText;
        qsizetype expectedRemoved = 0;
        qsizetype expectedAdded = 0;
        for (int i = 0; i < 5000; ++i) {
            if (i % 500 == 250) {
                newText += QStringLiteral("inserted before %1\n").arg(i);
                ++expectedAdded;
            }
            if (i % 500 == 101) {
                ++expectedRemoved;
                continue;
            }
            if (i % 7 == 0) {
                newText += QStringLiteral("line %1 edited\n").arg(i);
                ++expectedRemoved;
                ++expectedAdded;
                continue;
            }
            newText += QStringLiteral("line %1\n").arg(i);
        }
        QCOMPARE(expectedRemoved, 724); // 715 edited, 10 deleted, one of them (3101) among the edited
        QCOMPARE(expectedAdded, 724);

        const TextDiff diff = TextDiff::compute(oldText, newText);
        QVERIFY(!diff.isApproximate());
        QCOMPARE(diff.removedCount(), expectedRemoved);
        QCOMPARE(diff.addedCount(), expectedAdded);
        QString why;
        QCOMPARE(applied(oldText, diff, &why), newText);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Edits every seventh line are closer than twice the context: one hunk from the first line to the
        // last.
        QCOMPARE(diff.hunks().size(), 1);
    }

    // Two unrelated 5,000-line versions: every line removed and every line added, within the default work.
    void fiveThousandLinesReplaced()
    {
        const QString oldText = numbered(1, 5000, QStringLiteral("old "));
        const QString newText = numbered(1, 5000, QStringLiteral("new "));
        const TextDiff diff = TextDiff::compute(oldText, newText);
        QCOMPARE(diff.removedCount(), 5000);
        QCOMPARE(diff.addedCount(), 5000);
        QCOMPARE(diff.hunks().size(), 1);
        QCOMPARE(diff.hunks().constFirst().header(), QStringLiteral("@@ -1,5000 +1,5000 @@"));
        QString why;
        QCOMPARE(applied(oldText, diff, &why), newText);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    // 5,000 lines in reverse order, the worst case for Myers (every line but one moves): still exact within
    // the default work limit.
    void fiveThousandLinesReversed()
    {
        const QString oldText = numbered(1, 5000);
        QString newText;
        for (int i = 5000; i >= 1; --i)
            newText += QStringLiteral("line %1\n").arg(i);
        const TextDiff diff = TextDiff::compute(oldText, newText);
        QString why;
        QCOMPARE(applied(oldText, diff, &why), newText);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(!diff.isApproximate());
        QCOMPARE(diff.removedCount(), 4999);
        QCOMPARE(diff.addedCount(), 4999);
    }

    // A tiny work limit: the diff says it is approximate, is never shorter than the minimal one, and applies.
    void workLimitGivesACorrectCoarserDiff()
    {
        const QString oldText = numbered(1, 300);
        QString newText;
        for (int i = 1; i <= 300; ++i)
            newText +=
                i % 10 == 0 ? QStringLiteral("changed %1\n").arg(i) : QStringLiteral("line %1\n").arg(i);
        const TextDiff exact = TextDiff::compute(oldText, newText);
        QVERIFY(!exact.isApproximate());
        QCOMPARE(exact.removedCount(), 30);

        const TextDiff coarse = TextDiff::compute(oldText, newText, 3, 50);
        QVERIFY(coarse.isApproximate());
        QVERIFY(coarse.removedCount() > 30);
        QCOMPARE(coarse.removedCount(), coarse.addedCount());
        QString why;
        QCOMPARE(applied(oldText, coarse, &why), newText);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_text_diff.moc"
