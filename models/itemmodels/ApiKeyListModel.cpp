#include "models/itemmodels/ApiKeyListModel.h"

#include <QLocale>

namespace fusion {

int ApiKeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ApiKeyListModel::setAttentionRules(const KeyAttention& rules)
{
    m_rules = rules;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AttentionColumn), index(rowCount() - 1, AttentionColumn));
}

int ApiKeyListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rows().at(row).id == id)
            return row;
    }
    return -1;
}

QString ApiKeyListModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("retiring"))
        return tr("Retiring");
    if (status == QLatin1String("revoked"))
        return tr("Revoked");
    return status;
}

QString ApiKeyListModel::validationLabel(const QString& status)
{
    if (status == QLatin1String("valid"))
        return tr("Valid");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("unreachable"))
        return tr("Unreachable");
    return tr("Not checked");
}

QStringList ApiKeyListModel::attention(const ApiKey& k) const
{
    return m_rules.flags(k, now());
}

QVariant ApiKeyListModel::data(const QModelIndex& index, int role) const
{
    const ApiKey* k = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!k || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return k->id;
    if (role == StatusRole)
        return k->status == QLatin1String("active")     ? QStringLiteral("succeeded")
               : k->status == QLatin1String("retiring") ? QStringLiteral("paused")
                                                        : QStringLiteral("cancelled");
    if (role == AttentionRole)
        return attention(*k);
    if (role == Qt::ToolTipRole) {
        if (index.column() == ValidationColumn && !k->validationMessage.isEmpty())
            return k->validationMessage;
        if (index.column() == AttentionColumn)
            return attention(*k).join(QLatin1Char('\n'));
        return k->notes.isEmpty() ? QVariant() : QVariant(k->notes);
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto date = [](const QDateTime& d) {
        return d.isValid() ? QLocale().toString(d.toLocalTime().date(), QLocale::ShortFormat) : QString();
    };
    switch (index.column()) {
    case ProviderColumn:
        return k->providerName;
    case LabelColumn:
        return k->label;
    case DefaultColumn:
        return k->isDefault ? tr("default") : QString();
    case StatusColumn:
        return statusLabel(k->status);
    case FingerprintColumn:
        return k->fingerprint.text();
    case ValidationColumn:
        return validationLabel(k->validationStatus);
    case ExpiresColumn:
        return date(k->expiresAt);
    case LastUsedColumn:
        return k->lastUsedAt.isValid() ? date(k->lastUsedAt) : tr("never");
    case AttentionColumn:
        return attention(*k).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ApiKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case LabelColumn:
        return tr("Label");
    case DefaultColumn:
        return tr("Default");
    case StatusColumn:
        return tr("Status");
    case FingerprintColumn:
        return tr("Fingerprint");
    case ValidationColumn:
        return tr("Check");
    case ExpiresColumn:
        return tr("Expires");
    case LastUsedColumn:
        return tr("Last used");
    case AttentionColumn:
        return tr("Needs attention");
    default:
        return {};
    }
}

} // namespace fusion
