#pragma once

#include <QCoreApplication>
#include <QString>

namespace fusion {

// How much of a text from elsewhere (an Odoo traceback, a provider's error body, an HTTP error page) a view
// shows at first: a megabyte one-line JSON error floods a terminal or a tooltip as badly as 100,000 lines.
struct TextBounds {
    qsizetype lines = 12;      // lines shown; the rest are counted
    qsizetype lineChars = 240; // a longer line is cut with "…"
    qsizetype chars = 2400;    // the whole shown text; lines past it are counted like the rest
};

// The one bounded form of remote text, for both front ends: the first lines, each cut to a width, then
// "… N more lines (size)". fusionctl prints the whole with --verbose, the app in its Details dialog.
class BoundedText {
    Q_DECLARE_TR_FUNCTIONS(fusion::BoundedText)

public:
    // `text` bounded: line ends normalised to "\n", control characters (a terminal's escape sequences)
    // shown as U+FFFD, lines cut at a character boundary (never inside a surrogate pair, at a grapheme
    // boundary where one is near), and a last line saying what was left out. A text that fits comes back
    // with only its line ends and control characters changed.
    static QString of(const QString& text, const TextBounds& bounds = {});
    // Whether of(text, bounds) leaves anything out (then a view offers the whole).
    static bool isCut(const QString& text, const TextBounds& bounds = {});
    // The first line of `text`, at most `maxChars` characters, for a one-line message built around it.
    static QString oneLine(const QString& text, qsizetype maxChars = 240);
    // What a row may keep of remote text (an operation's error, its log, an audit row's effects): larger
    // than a view's first look, still bounded, so one failing call cannot put a megabyte in a table.
    static QString forStorage(const QString& text);
    static constexpr TextBounds kStorageBounds{200, 2000, 16000};
};

} // namespace fusion
