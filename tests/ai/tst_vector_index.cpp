// Exact vector search (models/ai/VectorIndex): the top k by cosine similarity are exactly those a full,
// double-precision sort finds, best first; what cannot be a direction (wrong length, NaN, zeros) is refused;
// embeddings survive the trip through their little-endian float32 blob bit for bit.
#include "models/ai/VectorIndex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace fusion;

class TestVectorIndex : public QObject {
    Q_OBJECT

    static QList<float> randomVector(QRandomGenerator& rng, int dims)
    {
        QList<float> v(dims);
        for (float& x : v)
            x = float(rng.generateDouble() * 2 - 1);
        return v;
    }

private Q_SLOTS:
    void topKIsTheExactBestInOrder()
    {
        QRandomGenerator rng(42);
        const int dims = 64;
        VectorIndex index(dims);
        QList<QList<float>> rows;
        for (int i = 0; i < 2000; ++i) {
            rows << randomVector(rng, dims);
            QVERIFY(index.add(1000 + i, rows.last().constData()));
        }
        QCOMPARE(index.size(), 2000);
        for (int q = 0; q < 20; ++q) {
            const QList<float> query = randomVector(rng, dims);
            QList<QPair<double, qint64>> all;
            double qn = 0;
            for (float x : query)
                qn += double(x) * x;
            for (int i = 0; i < rows.size(); ++i) {
                double dot = 0, rn = 0;
                for (int d = 0; d < dims; ++d) {
                    dot += double(rows[i][d]) * query[d];
                    rn += double(rows[i][d]) * rows[i][d];
                }
                all.append({dot / std::sqrt(rn * qn), 1000 + i});
            }
            std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            const QList<VectorIndex::Hit> hits = index.search(query, 10);
            QCOMPARE(hits.size(), 10);
            for (int i = 0; i < 10; ++i) {
                QCOMPARE(hits[i].id, all[i].second);
                QVERIFY(std::abs(double(hits[i].score) - all[i].first) < 1e-5);
            }
        }
    }

    void similarityIsAboutDirectionNotLength()
    {
        VectorIndex index(3);
        QVERIFY(index.add(1, QList<float>{1, 0, 0}.constData()));
        QVERIFY(index.add(2, QList<float>{0, 1, 0}.constData()));
        QVERIFY(index.add(3, QList<float>{-1, 0, 0}.constData()));
        const QList<VectorIndex::Hit> hits = index.search(QList<float>{250, 1, 0}, 5);
        QCOMPARE(hits.size(), 3); // k larger than the index: every vector, best first
        QCOMPARE(hits[0].id, 1);
        QVERIFY(hits[0].score > 0.9999f);
        QCOMPARE(hits[2].id, 3);
        QVERIFY(hits[2].score < -0.9999f);
    }

    void whatCannotBeADirectionIsRefused()
    {
        VectorIndex index(3);
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        QVERIFY(!index.add(1, QList<float>{0, 0, 0}.constData()));
        QVERIFY(!index.add(2, QList<float>{1, nan, 0}.constData()));
        QVERIFY(!index.add(3, QList<float>{inf, 0, 0}.constData()));
        QVERIFY(!index.add(4, QByteArray(8, '\0')));  // two floats for three dimensions
        QVERIFY(!index.add(5, QByteArray(16, '\0'))); // four
        QCOMPARE(index.size(), 0);
        QVERIFY(index.add(6, VectorIndex::toBlob({0.5f, 0.5f, 0})));
        QVERIFY(index.search(QList<float>{0, 0, 0}, 3).isEmpty());
        QVERIFY(index.search(QList<float>{1, 0}, 3).isEmpty()); // the wrong length
        QVERIFY(index.search(QList<float>{1, 0, 0}, 0).isEmpty());
        QCOMPARE(index.search(QList<float>{1, 0, 0}, 3).size(), 1);
    }

    void blobsAreLittleEndianFloat32BitForBit()
    {
        const QList<float> v{1.0f, -2.5f, 3.1415927f, 1e-30f, -0.0f};
        const QByteArray blob = VectorIndex::toBlob(v);
        QCOMPARE(blob.size(), 20);
        QCOMPARE(blob.left(4), QByteArray::fromHex("0000803f")); // 1.0f, little-endian
        const auto back = VectorIndex::fromBlob(blob, 5);
        QVERIFY(back);
        QCOMPARE(std::memcmp(back->constData(), v.constData(), 20), 0);
        QVERIFY(!VectorIndex::fromBlob(blob, 4));
        QVERIFY(!VectorIndex::fromBlob(blob.left(19), 5));
    }
};

QTEST_APPLESS_MAIN(TestVectorIndex)
#include "tst_vector_index.moc"
