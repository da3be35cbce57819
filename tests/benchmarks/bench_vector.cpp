// Exact top-10 vector search (models/ai/VectorIndex) over 100,000 embeddings of 512 dimensions, as the
// knowledge base's vector and hybrid searches do it: the time to load the index from float32 blobs, then
// p50/p95 of a search over a few hundred random queries. Prints figures; judges nothing.
#include "models/ai/VectorIndex.h"
#include "tests/benchmarks/BenchSupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace fusion;

int main(int argc, char** argv)
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int dims = argc > 2 ? std::atoi(argv[2]) : 512;
    const int queries = 300;
    QRandomGenerator rng(7);
    const auto random = [&] {
        QList<float> v(dims);
        for (float& x : v)
            x = float(rng.generateDouble() * 2 - 1);
        return v;
    };
    QList<QByteArray> blobs;
    blobs.reserve(count);
    for (int i = 0; i < count; ++i)
        blobs << VectorIndex::toBlob(random());

    QElapsedTimer t;
    t.start();
    VectorIndex index(dims);
    index.reserve(count);
    for (int i = 0; i < count; ++i)
        index.add(i + 1, blobs[i]);
    const double loadMs = double(t.nsecsElapsed()) / 1e6;

    QList<double> samples;
    qint64 checksum = 0;
    for (int q = 0; q < queries; ++q) {
        const QList<float> query = random();
        t.restart();
        const QList<VectorIndex::Hit> hits = index.search(query, 10);
        samples << double(t.nsecsElapsed()) / 1e6;
        checksum += hits.isEmpty() ? 0 : hits.first().id;
    }
    const bench::Figures f = bench::summarise(samples);
    std::printf("Vector top-10, exact cosine, %d vectors x %d dimensions (%.0f MB of floats)\n", count, dims,
                double(count) * dims * 4 / 1e6);
    std::printf("  load from blobs: %.0f ms\n", loadMs);
    std::printf("  search (%d queries): p50 %.2f ms  p95 %.2f ms  max %.2f ms   (checksum %lld)\n", queries,
                f.median, f.p95, f.max, static_cast<long long>(checksum));
    return 0;
}
