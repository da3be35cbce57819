#include "models/secrets/ConstantTime.h"

#include <algorithm>

namespace fusion {

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Accumulate every difference with OR and decide once at the end; volatile keeps the compiler from
    // turning the loop back into an early exit.
    volatile quint64 diff = quint64(a.size()) ^ quint64(b.size());
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        // A byte past the end of the shorter one reads as 0x100 on its side: never equal to a real byte.
        const unsigned x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0x100u;
        const unsigned y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0x100u;
        diff = diff | quint64(x ^ y);
    }
    return diff == 0;
}

} // namespace fusion
