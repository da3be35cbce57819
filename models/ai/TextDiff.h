#pragma once

#include <QList>
#include <QString>

namespace fusion {

// A line diff between two versions of a text (a prompt template's history), as hunks of context, removed and
// added lines like a unified diff. Myers' algorithm in linear space, so a small edit to a long text costs
// little; its work is capped (workLimit), and past the cap the parts not yet compared are shown as removed
// and added whole: still a correct diff, just not the shortest, and isApproximate() says so.
//
// Lines are split at "\n"; a "\r" stays part of its line, so a change of line endings shows as a change. A
// text that does not end with "\n" has a last line without a line break, which differs from the same line
// with one (as in git: "\ No newline at end of file"). The empty text has no lines.
class TextDiff {
public:
    struct Line {
        enum class Kind { Context, Removed, Added };
        Kind kind = Kind::Context;
        QString text;           // without its line break
        qsizetype oldLine = 0;  // 1-based in the old text; 0 for an added line
        qsizetype newLine = 0;  // 1-based in the new text; 0 for a removed line
        bool noNewline = false; // the last line of its text, with no line break after it
    };

    struct Hunk {
        // As in a unified diff's "@@ -oldStart,oldCount +newStart,newCount @@": when a side has no lines
        // here, its start is the line after which the others go (0: before the first).
        qsizetype oldStart = 0;
        qsizetype oldCount = 0;
        qsizetype newStart = 0;
        qsizetype newCount = 0;
        QList<Line> lines; // removed lines before added ones within each change
        QString header() const;
    };

    // Enough to diff two 5,000-line texts exactly even when every line moves (one reversed): about a second
    // in a debug build with sanitizers, much less in a release build. Unrelated texts cost no search at all.
    static constexpr qint64 kDefaultWorkLimit = 60'000'000;

    // `context`: unchanged lines shown around each change; changes closer than twice that share a hunk.
    static TextDiff compute(const QString& oldText, const QString& newText, int context = 3,
                            qint64 workLimit = kDefaultWorkLimit);

    const QList<Hunk>& hunks() const { return m_hunks; }
    bool isIdentical() const { return m_hunks.isEmpty(); }
    qsizetype removedCount() const { return m_removed; }
    qsizetype addedCount() const { return m_added; }
    bool isApproximate() const { return m_approximate; }

    // The hunks as unified-diff text, without file headers (the format's own words, not translated).
    QString unified() const;

private:
    QList<Hunk> m_hunks;
    qsizetype m_removed = 0;
    qsizetype m_added = 0;
    bool m_approximate = false;
};

} // namespace fusion
