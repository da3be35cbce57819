#pragma once

// The two ways a test meets a fusion::Failure: expecting one (failureOf) or not (guarded).
#include "models/core/Error.h"

#include <QString>
#include <QTest>

#include <optional>

namespace fusion::test {

// Runs `work`; the error it failed with, or nothing if it succeeded.
template <typename F>
std::optional<Error> failureOf(F&& work)
{
    try {
        work();
    } catch (const Failure& f) {
        return f.error();
    }
    return std::nullopt;
}

// A Failure escaping a test function would abort the whole run: report it as this test's failure instead.
template <typename F>
void guarded(F&& body)
{
    try {
        body();
    } catch (const Failure& f) {
        QFAIL(qPrintable(QStringLiteral("unexpected %1 error: %2 (%3)")
                             .arg(f.error().kindName(), f.error().message, f.error().detail)));
    }
}

} // namespace fusion::test
