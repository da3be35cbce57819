#pragma once
// What fusionctl's commands for the outside services (sso, automation, analytics, health) share: reading an
// endpoint's secret from the keychain just before its request, a plain text table, and how they show a moment
// (to the second, unlike TimeText.h's minutes: an n8n execution or a Prometheus sample is read that closely).
#include "app/cli/Cli.h"
#include "models/integrations/IntegrationEndpoints.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fusion::cli::integration {

inline QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

inline QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Reads `endpoint`'s secret, then runs `then` with it; a keychain failure ends the command.
inline void withSecret(Context& c, const IntegrationEndpoint& endpoint,
                       std::function<void(const KeySecret&)> then)
{
    endpoint.key.read(c.secrets, c.owner, [&c, then = std::move(then)](Result<KeySecret> secret) {
        if (!secret)
            return c.done(c.fail(secret.error()));
        then(secret.value());
    });
}

inline QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : header)
        widths << int(h.size());
    for (const QStringList& r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(r[i].size()));
    const auto line = [&widths](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << (i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i]);
        return padded.join(QStringLiteral("  "));
    };
    QStringList out{line(header)};
    for (const QStringList& r : rows)
        out << line(r);
    return out.join(QLatin1Char('\n'));
}

} // namespace fusion::cli::integration
