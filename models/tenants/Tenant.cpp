#include "models/tenants/Tenant.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fusion {

QStringList TenantStatus::all()
{
    return {Active, Paused, Error, Decommissioned};
}

QString TenantStatus::label(const QString& status)
{
    if (status == Active)
        return QCoreApplication::translate("fusion::TenantStatus", "Active");
    if (status == Paused)
        return QCoreApplication::translate("fusion::TenantStatus", "Paused");
    if (status == Error)
        return QCoreApplication::translate("fusion::TenantStatus", "Error");
    if (status == Decommissioned)
        return QCoreApplication::translate("fusion::TenantStatus", "Decommissioned");
    return status;
}

QString TenantHealth::reason() const
{
    switch (severity) {
    case Critical:
        return failedOperations > 0
                   ? QCoreApplication::translate("fusion::TenantHealth", "In error, %n recent failure(s)",
                                                 nullptr, int(failedOperations))
                   : QCoreApplication::translate("fusion::TenantHealth", "In error");
    case Warning:
        return QCoreApplication::translate("fusion::TenantHealth", "%n recent failure(s)", nullptr,
                                           int(failedOperations));
    case Paused:
        return QCoreApplication::translate("fusion::TenantHealth", "Paused");
    case Healthy:
        break;
    }
    return QCoreApplication::translate("fusion::TenantHealth", "Healthy");
}

QString TenantCursor::token() const
{
    // [id, key, key...]: keys are text, whole numbers (a plan id) or null (no plan).
    QJsonArray a{id};
    for (const QVariant& k : keys)
        a << QJsonValue::fromVariant(k);
    return QString::fromLatin1(QJsonDocument(a)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<TenantCursor> TenantCursor::fromToken(const QString& token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.trimmed().toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    const QJsonArray a = doc.array();
    if (!doc.isArray() || a.size() < 2 || !a.at(0).isDouble() || a.at(0).toDouble() < 1)
        return std::nullopt;
    TenantCursor c;
    c.id = qint64(a.at(0).toDouble());
    for (qsizetype i = 1; i < a.size(); ++i) {
        const QJsonValue v = a.at(i);
        if (v.isString())
            c.keys << v.toString();
        else if (v.isDouble())
            c.keys << qint64(v.toDouble());
        else if (v.isNull())
            c.keys << QVariant();
        else
            return std::nullopt;
    }
    return c;
}

QString OperationCursor::token() const
{
    return TenantCursor{{createdAt}, id}.token();
}

std::optional<OperationCursor> OperationCursor::fromToken(const QString& token)
{
    const auto parsed = TenantCursor::fromToken(token);
    if (!parsed || parsed->keys.size() != 1 || parsed->keys.first().typeId() != QMetaType::QString)
        return std::nullopt;
    OperationCursor c{parsed->keys.first().toString(), parsed->id};
    if (!c.hasTimestamp())
        return std::nullopt;
    return c;
}

bool OperationCursor::hasTimestamp() const
{
    // The shape first (a date, a time, optional fraction and zone), then the calendar: 2026-02-30 is no day.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$)"));
    if (!shape.match(createdAt).hasMatch())
        return false;
    QString seconds = createdAt.left(19);
    seconds[10] = QLatin1Char('T');
    return QDateTime::fromString(seconds, Qt::ISODate).isValid();
}

} // namespace fusion
