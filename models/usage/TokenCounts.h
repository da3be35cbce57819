#pragma once

#include <QtGlobal>

namespace fusion {

// Tokens of one call. `in` counts every input token; `cached` is the part of them billed at the cached price.
struct TokenCounts {
    qint64 in = 0;
    qint64 out = 0;
    qint64 cached = 0;
    bool any() const { return in > 0 || out > 0 || cached > 0; }
};

} // namespace fusion
