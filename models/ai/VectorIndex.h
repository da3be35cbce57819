#pragma once
// Exact nearest-neighbour search over knowledge embeddings: cosine similarity, top k. The vectors are kept
// normalised in one contiguous array, so a search is one pass of dot products (which the compiler
// vectorises) and a bounded heap of the best k — no approximation, so a result never depends on how an index
// was built. Embeddings travel as little-endian float32 blobs (kb_chunks.embedding).
#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

namespace fusion {

class VectorIndex {
public:
    struct Hit {
        qint64 id = 0;
        float score = 0; // cosine similarity, -1 … 1
    };

    explicit VectorIndex(int dimensions);
    int dimensions() const { return m_dims; }
    qsizetype size() const { return qsizetype(m_ids.size()); }
    void reserve(qsizetype count);

    // False (and nothing added) for a vector of the wrong length, with a non-finite value, or all zeros.
    bool add(qint64 id, const float* vector);
    bool add(qint64 id, const QByteArray& float32Blob);

    // The k most similar, best first; empty for a query that add() would refuse.
    QList<Hit> search(const float* query, int k) const;
    QList<Hit> search(const QList<float>& query, int k) const;

    // The blob form of a vector; nullopt when the blob's length is not 4 × dimensions.
    static QByteArray toBlob(const QList<float>& vector);
    static std::optional<QList<float>> fromBlob(const QByteArray& blob, int dimensions);

private:
    bool normalised(const float* in, float* out) const;

    int m_dims;
    std::vector<float> m_data; // size() × m_dims, each row of length 1
    std::vector<qint64> m_ids;
};

} // namespace fusion
