#pragma once
// What fusionctl printed when a server answered with a long text: the stand-ins' "huge_error" knobs answer
// with `lines` lines whose first is `first` and whose last ends "end of trace (line N)". Shared by each
// client's CLI test so that all of them hold fusionctl to the same bound.
#include "tests/common/TestSupport.h"

#include <QLocale>
#include <QString>

namespace fusion::test {

// Empty when `bounded` (run without --verbose) showed the first lines, how many more there are and how to
// see them, but not the last line, and `whole` (the same run with --verbose) showed every line; otherwise
// what was wrong, with the start of what was printed.
inline QString boundedOutputProblem(const CliResult& bounded, const CliResult& whole, const QString& first,
                                    int lines)
{
    const QString last = QStringLiteral("end of trace (line %1)").arg(lines);
    // BoundedText's default view: 12 lines, the rest counted.
    const QString more = QStringLiteral("%1 more lines").arg(QLocale().toString(lines - 12));
    const auto says = [](const QString& what, const CliResult& r) {
        return QStringLiteral("%1 (exit %2)\nstdout: %3\nstderr: %4 … %5")
            .arg(what)
            .arg(r.code)
            .arg(r.out.left(300), r.err.left(2000), r.err.right(300));
    };
    if (bounded.code == 0 || whole.code != bounded.code)
        return says(QStringLiteral("not one failure, the same with --verbose"), bounded);
    if (!bounded.out.isEmpty() || !whole.out.isEmpty())
        return says(QStringLiteral("a failure printed on standard output"), bounded);
    if (!bounded.err.contains(first) || !bounded.err.contains(more) ||
        !bounded.err.contains(QStringLiteral("--verbose shows all of it")))
        return says(QStringLiteral("not the first lines, \"%1\" and how to see the rest").arg(more), bounded);
    if (bounded.err.contains(last) || bounded.err.count(QLatin1Char('\n')) >= 40)
        return says(QStringLiteral("more than the first lines without --verbose"), bounded);
    if (!whole.err.contains(first) || !whole.err.contains(last) ||
        whole.err.count(QLatin1Char('\n')) < lines || whole.err.contains(QStringLiteral("more lines")))
        return says(QStringLiteral("not every line with --verbose"), whole);
    return {};
}

} // namespace fusion::test
