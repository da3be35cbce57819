#pragma once

// What the fuzz targets share: an invariant check that stops the run with the broken condition named
// (libFuzzer then saves the input), and a reproducible way to cut one input into pieces for split-feeding.

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #cond, __FILE__, __LINE__);          \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (0)

namespace fusion::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// `input` cut at points drawn from `seed` (a small xorshift, so a saved input replays the same cuts): pieces
// of 0 to 16 bytes, empty ones included, since a socket can hand over an empty read.
inline QList<QByteArray> splits(const QByteArray& input, quint32 seed)
{
    QList<QByteArray> out;
    quint32 x = seed | 1;
    qsizetype at = 0;
    while (at < input.size()) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        const qsizetype n = qsizetype(x % 17);
        out << input.mid(at, n);
        at += n;
    }
    return out;
}

inline quint32 seedOf(const QByteArray& input)
{
    quint32 h = 2166136261u;
    for (const char c : input)
        h = (h ^ quint8(c)) * 16777619u;
    return h;
}

} // namespace fusion::fuzz
