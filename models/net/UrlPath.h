#pragma once

#include <QString>
#include <QUrl>

namespace fusion {

// `path` under a service's base URL: "https://n8n.example.com/" + "/api/v1/workflows" is
// "https://n8n.example.com/api/v1/workflows" (a base may carry a path prefix behind a proxy, with or without
// a trailing slash); the base's query and fragment are dropped, the path is appended as given.
inline QUrl urlWithPath(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace fusion
