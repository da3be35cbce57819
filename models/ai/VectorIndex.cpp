#include "models/ai/VectorIndex.h"

#include <QtEndian>
#include <queue>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fusion {

namespace {
// Eight independent partial sums: without them a float sum is one chain the compiler may not reorder (that
// would change the rounding), so it can neither vectorise it nor keep the pipeline busy.
float dotProduct(const float* a, const float* b, int n)
{
    float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        for (int j = 0; j < 8; ++j)
            acc[j] += a[i + j] * b[i + j];
    }
    float tail = 0;
    for (; i < n; ++i)
        tail += a[i] * b[i];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7])) + tail;
}
} // namespace

VectorIndex::VectorIndex(int dimensions)
    : m_dims(std::max(1, dimensions))
{
}

void VectorIndex::reserve(qsizetype count)
{
    m_data.reserve(size_t(count) * size_t(m_dims));
    m_ids.reserve(size_t(count));
}

bool VectorIndex::normalised(const float* in, float* out) const
{
    double norm = 0;
    for (int i = 0; i < m_dims; ++i) {
        if (!std::isfinite(in[i]))
            return false;
        norm += double(in[i]) * double(in[i]);
    }
    if (norm <= 0 || !std::isfinite(norm))
        return false;
    const double scale = 1.0 / std::sqrt(norm);
    for (int i = 0; i < m_dims; ++i)
        out[i] = float(double(in[i]) * scale);
    return true;
}

bool VectorIndex::add(qint64 id, const float* vector)
{
    const size_t at = m_data.size();
    m_data.resize(at + size_t(m_dims));
    if (!normalised(vector, m_data.data() + at)) {
        m_data.resize(at);
        return false;
    }
    m_ids.push_back(id);
    return true;
}

bool VectorIndex::add(qint64 id, const QByteArray& float32Blob)
{
    const auto v = fromBlob(float32Blob, m_dims);
    return v && add(id, v->constData());
}

QList<VectorIndex::Hit> VectorIndex::search(const float* query, int k) const
{
    std::vector<float> q(static_cast<size_t>(m_dims));
    if (k <= 0 || !normalised(query, q.data()))
        return {};
    // A min-heap of the best k so far: its top is the one a better hit replaces.
    const auto worse = [](const Hit& a, const Hit& b) { return a.score > b.score; };
    std::priority_queue<Hit, std::vector<Hit>, decltype(worse)> best(worse);
    const float* row = m_data.data();
    const float* qv = q.data();
    const int dims = m_dims;
    for (size_t r = 0; r < m_ids.size(); ++r, row += dims) {
        const float dot = dotProduct(row, qv, dims);
        if (int(best.size()) < k) {
            best.push({m_ids[r], dot});
        } else if (dot > best.top().score) {
            best.pop();
            best.push({m_ids[r], dot});
        }
    }
    QList<Hit> out(qsizetype(best.size()));
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        out[i] = best.top();
        best.pop();
    }
    return out;
}

QList<VectorIndex::Hit> VectorIndex::search(const QList<float>& query, int k) const
{
    if (query.size() != m_dims)
        return {};
    return search(query.constData(), k);
}

QByteArray VectorIndex::toBlob(const QList<float>& vector)
{
    QByteArray blob(vector.size() * 4, Qt::Uninitialized);
    for (qsizetype i = 0; i < vector.size(); ++i)
        qToLittleEndian<float>(vector[i], blob.data() + i * 4);
    return blob;
}

std::optional<QList<float>> VectorIndex::fromBlob(const QByteArray& blob, int dimensions)
{
    if (dimensions <= 0 || blob.size() != qsizetype(dimensions) * 4)
        return std::nullopt;
    QList<float> v(dimensions);
    for (int i = 0; i < dimensions; ++i)
        v[i] = qFromLittleEndian<float>(blob.constData() + qsizetype(i) * 4);
    return v;
}

} // namespace fusion
