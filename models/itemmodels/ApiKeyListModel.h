#pragma once

#include "models/itemmodels/RowTableModel.h"
#include "models/vault/KeyAttention.h"
#include "models/vault/KeyVault.h"

#include <QDateTime>

namespace fusion {

// The Keys pane's table: each key by label and fingerprint — never its secret — with its state and what needs
// attention (expiring, expired, grace over, unused for long, rejected) by the rules it is given: it keeps no
// settings of its own.
class ApiKeyListModel : public RowTableModel<ApiKey> {
    Q_OBJECT

public:
    enum Column {
        ProviderColumn,
        LabelColumn,
        DefaultColumn,
        StatusColumn,
        FingerprintColumn,
        ValidationColumn,
        ExpiresColumn,
        LastUsedColumn,
        AttentionColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, AttentionRole };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What counts as needing attention (the Keys pane passes the person's choice).
    void setAttentionRules(const KeyAttention& rules);
    const KeyAttention& attentionRules() const { return m_rules; }
    void setNow(const QDateTime& now) { m_now = now; } // for tests; the wall clock otherwise
    QStringList attention(const ApiKey& key) const;
    int rowOfId(qint64 id) const;
    static QString statusLabel(const QString& status);
    static QString validationLabel(const QString& status);

protected:
    qint64 key(const ApiKey& k) const override { return k.id; }
    bool same(const ApiKey& a, const ApiKey& b) const override
    {
        return a.id == b.id && a.rowVersion == b.rowVersion && a.lastUsedAt == b.lastUsedAt &&
               a.validationStatus == b.validationStatus && a.lastValidatedAt == b.lastValidatedAt &&
               a.expiresAt == b.expiresAt && a.status == b.status && a.retiringUntil == b.retiringUntil;
    }

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    KeyAttention m_rules;
    QDateTime m_now;
};

} // namespace fusion
