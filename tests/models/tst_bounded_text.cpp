// BoundedText: what a person sees first of a server's text — the first lines, each cut to a width, then how
// much more there is — for the shapes remote text really comes in.
#include "models/core/BoundedText.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTest>

using namespace fusion;

namespace {
QString numberedLines(int count, const QString& sep = QStringLiteral("\n"))
{
    QStringList lines;
    for (int i = 1; i <= count; ++i)
        lines << QStringLiteral("line %1").arg(i);
    return lines.join(sep);
}

// The "… N more lines" count the bounded text ends with, or -1.
int moreLines(const QString& bounded)
{
    static const QRegularExpression more(QStringLiteral("… ([\\d,]+) more line"));
    const auto m = more.match(bounded.section(QLatin1Char('\n'), -1));
    return m.hasMatch() ? m.captured(1).remove(QLatin1Char(',')).toInt() : -1;
}
} // namespace

class TestBoundedText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyStaysEmpty()
    {
        QCOMPARE(BoundedText::of(QString()), QString());
        QCOMPARE(BoundedText::of(QStringLiteral("\n\r\n")), QString());
        QVERIFY(!BoundedText::isCut(QString()));
        QCOMPARE(BoundedText::oneLine(QString()), QString());
    }

    void exactlyKLinesAreAllShown()
    {
        const TextBounds b{5, 100, 10000};
        const QString five = numberedLines(5);
        QCOMPARE(BoundedText::of(five, b), five);
        QVERIFY(!BoundedText::isCut(five, b));
        // A traceback ends in a line end: that is not a sixth line.
        QCOMPARE(BoundedText::of(five + QLatin1Char('\n'), b), five);
    }

    void oneLineMoreIsCounted()
    {
        const TextBounds b{5, 100, 10000};
        const QString shown = BoundedText::of(numberedLines(6), b);
        const QStringList lines = shown.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(4), QStringLiteral("line 5"));
        QVERIFY2(lines.last().startsWith(QStringLiteral("… 1 more line")), qPrintable(lines.last()));
        QVERIFY(BoundedText::isCut(numberedLines(6), b));
    }

    void aHundredThousandLines()
    {
        const QString text = numberedLines(100000);
        const QString shown = BoundedText::of(text);
        const QStringList lines = shown.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), TextBounds{}.lines + 1);
        QCOMPARE(lines.first(), QStringLiteral("line 1"));
        QCOMPARE(moreLines(shown), 100000 - int(TextBounds{}.lines));
        QVERIFY2(lines.last().contains(QStringLiteral("MB")), qPrintable(lines.last())); // its size, too
    }

    void crlfAndLoneCrAreLineEnds()
    {
        const TextBounds b{3, 100, 10000};
        const QString shown = BoundedText::of(numberedLines(4, QStringLiteral("\r\n")), b);
        QVERIFY2(!shown.contains(QLatin1Char('\r')), qPrintable(shown));
        QCOMPARE(shown.section(QLatin1Char('\n'), 0, 2), numberedLines(3));
        QCOMPARE(moreLines(shown), 1);
        QCOMPARE(BoundedText::of(QStringLiteral("a\rb\r\nc"), b), QStringLiteral("a\nb\nc"));
    }

    void oneHugeLineIsCutAndMeasured()
    {
        // A megabyte of minified JSON on one line.
        QString json = QStringLiteral("{\"error\":{\"message\":\"boom\",\"trace\":[");
        while (json.size() < 1024 * 1024)
            json += QStringLiteral("{\"frame\":\"handler.py:42\"},");
        json += QStringLiteral("{}]}}");
        const QString shown = BoundedText::of(json);
        const QStringList lines = shown.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().size(), TextBounds{}.lineChars + 1);
        QVERIFY(lines.first().endsWith(QChar(0x2026)));
        QVERIFY(json.startsWith(lines.first().chopped(1)));
        QVERIFY2(lines.last().contains(QStringLiteral("MB")), qPrintable(lines.last()));
        QVERIFY(BoundedText::isCut(json));
        QVERIFY(shown.size() < 400);
        const QString message = BoundedText::oneLine(json, 80);
        QCOMPARE(message.size(), 81);
    }

    void totalCharactersAreBounded()
    {
        // Twelve lines each just under the width: the total, not the line count, stops them.
        const QString line(230, QLatin1Char('x'));
        QStringList many;
        for (int i = 0; i < 12; ++i)
            many << line;
        const TextBounds b{12, 240, 1000};
        const QString shown = BoundedText::of(many.join(QLatin1Char('\n')), b);
        QVERIFY2(shown.size() < 1000 + 80, qPrintable(QString::number(shown.size())));
        QVERIFY(moreLines(shown) > 0);
    }

    void nonAsciiIsNeverSplit()
    {
        // Emoji are surrogate pairs; an "é" written as e + U+0301 is one grapheme of two characters.
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("😀e\u0301");
        const TextBounds b{3, 50, 10000};
        for (qsizetype width = 40; width < 60; ++width) {
            const QString first = BoundedText::of(text, {3, width, 10000}).section(QLatin1Char('\n'), 0, 0);
            const QString kept = first.chopped(1);
            QVERIFY(kept.size() <= width);
            QVERIFY2(!kept.back().isHighSurrogate(), qPrintable(QString::number(width)));
            QVERIFY2(kept.back() != QLatin1Char('e'), qPrintable(QString::number(width))); // its accent kept
            QVERIFY(text.startsWith(kept));
        }
        QVERIFY(BoundedText::isCut(text, b));
        const QString cyrillic = QStringLiteral("Ошибка доступа: запись не найдена");
        QCOMPARE(BoundedText::of(cyrillic), cyrillic);
    }

    void aLineOfOnlyCombiningMarksIsStillCut()
    {
        // No base character: to a grapheme finder the whole line is one cluster. It is cut anyway.
        const QString marks(5000, QChar(0x0301));
        const QString shown = BoundedText::of(marks);
        const QString first = shown.section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(first.size(), TextBounds{}.lineChars + 1);
        QVERIFY(shown.size() < 400);
        QCOMPARE(BoundedText::oneLine(marks, 100).size(), 101);
    }

    void controlCharactersCannotReachATerminal()
    {
        const QString hostile = QStringLiteral("fine\x1b]0;pwned\x07\x1b[2J then\x01 more\ttab");
        const QString shown = BoundedText::of(hostile);
        for (const QChar c : shown)
            QVERIFY2(c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n'),
                     qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(shown.contains(QStringLiteral("then")) && shown.contains(QLatin1Char('\t')));
        QVERIFY(!BoundedText::oneLine(hostile).contains(QChar(0x1b)));
    }

    void oneLineTakesTheFirstLine()
    {
        QCOMPARE(BoundedText::oneLine(QStringLiteral("first\r\nsecond")), QStringLiteral("first"));
        QCOMPARE(BoundedText::oneLine(QStringLiteral("short"), 5), QStringLiteral("short"));
        QCOMPARE(BoundedText::oneLine(QStringLiteral("shorter"), 5), QStringLiteral("short…"));
    }

    void storageKeepsMoreButStillBounds()
    {
        const QString text = numberedLines(100000);
        const QString stored = BoundedText::forStorage(text);
        QCOMPARE(stored.count(QLatin1Char('\n')), int(BoundedText::kStorageBounds.lines));
        QVERIFY(stored.size() <= BoundedText::kStorageBounds.chars + 100);
        QCOMPARE(BoundedText::forStorage(numberedLines(50)), numberedLines(50));
    }
};

QTEST_GUILESS_MAIN(TestBoundedText)
#include "tst_bounded_text.moc"
