#include "models/integrations/KeycloakDrift.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace fusion {

QStringList KeycloakDriftCheck::splitRedirectUris(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// Two spellings of the same address must not show as drift, and two different addresses must:
// - the scheme and the host are lower-cased: they are case-insensitive (RFC 3986 3.1, 3.2.2), and a browser
//   always sends the host in lower case, so "https://Acme.Example.com/cb" is the URI Keycloak will see;
// - a default port (:443 for https, :80 for http) is dropped: the browser drops it too;
// - one trailing slash at the end of the path is dropped: "https://acme.example.com/" and
//   "https://acme.example.com" are typed interchangeably by people, so a difference only there is a habit
//   of typing, not a drift worth an alarm (a slash before a query or fragment is kept);
// - the path, the query and wildcards ("/*", "*", "+") are kept exactly: paths are case-sensitive and a
//   wildcard allows something else than the URI without it.
QString KeycloakDriftCheck::normalised(const QString& uri)
{
    const QString trimmed = uri.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(QStringLiteral("://"));
    if (schemeEnd <= 0)
        return trimmed; // "*", "+", a relative path: compared as written
    const qsizetype authorityEnd = [&] {
        for (qsizetype i = schemeEnd + 3; i < trimmed.size(); ++i) {
            const QChar c = trimmed.at(i);
            if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
                return i;
        }
        return trimmed.size();
    }();
    const QString scheme = trimmed.left(schemeEnd).toLower();
    QString authority = trimmed.mid(schemeEnd + 3, authorityEnd - schemeEnd - 3);
    QString rest = trimmed.mid(authorityEnd);
    // Lower-case the host only, never user info (there is none in a redirect URI, but never alter it).
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    authority = authority.left(at + 1) + authority.mid(at + 1).toLower();
    if ((scheme == QLatin1String("https") && authority.endsWith(QLatin1String(":443"))) ||
        (scheme == QLatin1String("http") && authority.endsWith(QLatin1String(":80"))))
        authority.chop(authority.endsWith(QLatin1String(":443")) ? 4 : 3);
    if (rest == QLatin1String("/"))
        rest.clear();
    else if (rest.endsWith(QLatin1Char('/')) && !rest.contains(QLatin1Char('?')) &&
             !rest.contains(QLatin1Char('#')))
        rest.chop(1);
    return scheme + QStringLiteral("://") + authority + rest;
}

KeycloakDrift KeycloakDriftCheck::compare(const QString& ourRedirectUris,
                                          const std::optional<KeycloakClientRecord>& keycloak)
{
    KeycloakDrift drift;
    const QStringList ours = splitRedirectUris(ourRedirectUris);
    if (!keycloak) {
        drift.clientMissing = true;
        drift.onlyOurs = ours;
        drift.onlyOurs.removeDuplicates();
        return drift;
    }
    drift.clientDisabled = !keycloak->enabled;
    QSet<QString> ourForms;
    QSet<QString> theirForms;
    for (const QString& u : ours)
        ourForms.insert(normalised(u));
    for (const QString& u : keycloak->redirectUris)
        theirForms.insert(normalised(u));
    QSet<QString> seen;
    for (const QString& u : ours) {
        const QString form = normalised(u);
        if (!theirForms.contains(form) && !seen.contains(form)) {
            seen.insert(form);
            drift.onlyOurs << u;
        }
    }
    seen.clear();
    for (const QString& u : keycloak->redirectUris) {
        const QString form = normalised(u);
        if (!ourForms.contains(form) && !seen.contains(form)) {
            seen.insert(form);
            drift.onlyKeycloak << u;
        }
    }
    std::sort(drift.onlyOurs.begin(), drift.onlyOurs.end());
    std::sort(drift.onlyKeycloak.begin(), drift.onlyKeycloak.end());
    return drift;
}

QStringList KeycloakDriftCheck::describe(const KeycloakDrift& drift, const QString& clientId)
{
    QStringList lines;
    if (drift.clientMissing)
        lines << tr("Keycloak has no client \"%1\" in this realm.").arg(clientId);
    if (drift.clientDisabled)
        lines
            << tr("The client \"%1\" is disabled in Keycloak: nobody can sign in through it.").arg(clientId);
    for (const QString& u : drift.onlyOurs)
        lines << tr("Only in our record: %1").arg(u);
    for (const QString& u : drift.onlyKeycloak)
        lines << tr("Only in Keycloak: %1").arg(u);
    if (lines.isEmpty())
        lines << tr("In sync: Keycloak allows exactly the redirect URIs of our record.");
    return lines;
}

} // namespace fusion
