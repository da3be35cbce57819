#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantList>

namespace fusion {

// Records read from a tenant's Odoo (search_read results) as a table: one column per requested field, Odoo's
// values shown the way a person reads them (many2one as its name, id lists joined, False as nothing).
class OdooRecordModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RawRole, SortRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setRecords(const QStringList& fields, const QVariantList& records);
    const QVariantList& records() const { return m_records; }
    QVariantMap record(int row) const { return m_records.value(row).toMap(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString display(const QVariant& value);
    static QString fieldLabel(const QString& field);

private:
    QStringList m_fields;
    QVariantList m_records;
};

} // namespace fusion
