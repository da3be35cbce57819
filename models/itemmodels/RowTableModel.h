#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace fusion {

// Base of the table models that show a page of rows fetched in the background. Replacing the rows
// signals precisely: when the same records come back in the same order (a refresh after a change
// elsewhere), only the rows whose content changed emit dataChanged; otherwise rows are removed and
// inserted. Subclasses say how rows are keyed, compared and shown.
template <typename Row>
class RowTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row>& rows() const { return m_rows; }
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

    void setRows(const QList<Row>& rows)
    {
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = key(rows[i]) == key(m_rows[i]);
        if (sameKeys) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (!same(rows[i], m_rows[i])) {
                    m_rows[i] = rows[i];
                    Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
                }
            }
            return;
        }
        if (!m_rows.isEmpty()) {
            beginRemoveRows({}, 0, int(m_rows.size()) - 1);
            m_rows.clear();
            endRemoveRows();
        }
        if (!rows.isEmpty()) {
            beginInsertRows({}, 0, int(rows.size()) - 1);
            m_rows = rows;
            endInsertRows();
        }
    }

protected:
    virtual qint64 key(const Row& row) const = 0;
    virtual bool same(const Row& a, const Row& b) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace fusion
