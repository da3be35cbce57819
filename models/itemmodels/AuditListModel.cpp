#include "models/itemmodels/AuditListModel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace fusion {

namespace {
QString valueText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("∅");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

int AuditListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditListModel::changesSummary(const AuditEntry& e)
{
    const QJsonObject before = QJsonDocument::fromJson(e.beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
    QStringList parts;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(it.key(), valueText(before.value(it.key())), valueText(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = rowAt(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return e->id;
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn)
        return changesSummary(*e);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return e->id;
    case AtColumn: {
        const QDateTime at = QDateTime::fromString(e->at, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e->at;
    }
    case ActorColumn:
        return e->actor;
    case ActionColumn:
        return e->action;
    case TargetColumn:
        return e->target;
    case ChangesColumn:
        return changesSummary(*e);
    default:
        return {};
    }
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case AtColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace fusion
