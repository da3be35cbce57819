#include "models/tenants/TenantValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace fusion::TenantValidation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fusion::TenantValidation", text);
}

// Slugs become subdomains and Kubernetes names; these would collide with the platform's own hosts.
const QStringList kReservedSlugs = {
    QStringLiteral("admin"),      QStringLiteral("api"),     QStringLiteral("app"),
    QStringLiteral("auth"),       QStringLiteral("console"), QStringLiteral("docs"),
    QStringLiteral("fusion"),     QStringLiteral("help"),    QStringLiteral("mail"),
    QStringLiteral("odoo"),       QStringLiteral("portal"),  QStringLiteral("root"),
    QStringLiteral("static"),     QStringLiteral("status"),  QStringLiteral("support"),
    QStringLiteral("system"),     QStringLiteral("www"),     QStringLiteral("default"),
    QStringLiteral("kube-system")};

bool hasControlCharacters(const QString& s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}
} // namespace

QString slug(const QString& s)
{
    if (s.isEmpty())
        return tr("Enter a slug.");
    if (s.size() < 3)
        return tr("A slug has at least 3 characters.");
    if (s.size() > 40)
        return tr("A slug has at most 40 characters.");
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9-]+$"));
    if (!allowed.match(s).hasMatch())
        return tr("Use only lowercase letters a–z, digits and hyphens.");
    if (!s.front().isLetter())
        return tr("A slug starts with a letter.");
    if (s.endsWith(QLatin1Char('-')))
        return tr("A slug does not end with a hyphen.");
    if (s.contains(QStringLiteral("--")))
        return tr("A slug has no double hyphens.");
    if (kReservedSlugs.contains(s))
        return tr("\"%1\" is reserved for the platform.").arg(s);
    return {};
}

QString name(const QString& n)
{
    const QString t = n.trimmed();
    if (t.isEmpty())
        return tr("Enter a name.");
    if (t.size() > 200)
        return tr("A name has at most 200 characters.");
    if (hasControlCharacters(t))
        return tr("A name cannot contain control characters.");
    return {};
}

QString url(const QString& u, bool required)
{
    const QString t = u.trimmed();
    if (t.isEmpty())
        return required ? tr("Enter a URL.") : QString();
    const QUrl parsed(t, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return tr("\"%1\" is not a valid URL.").arg(t);
    if (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        return tr("Use an http:// or https:// URL.");
    if (!parsed.userInfo().isEmpty())
        return tr("Do not put credentials in a URL.");
    return {};
}

QString k8sNamespace(const QString& ns)
{
    if (ns.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!re.match(ns).hasMatch())
        return tr(
            "A Kubernetes namespace has up to 63 lowercase letters, digits and hyphens, and starts and ends "
            "with a letter or digit.");
    return {};
}

QString databaseName(const QString& n)
{
    if (n.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$-]{0,62}$"));
    if (!re.match(n).hasMatch())
        return tr("A database name has up to 63 letters, digits, '_', '$' or '-', and starts with a letter "
                  "or '_'.");
    return {};
}

QString hostName(const QString& h)
{
    if (h.isEmpty())
        return {};
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:[0-9]{1,5})?$"));
    if (!re.match(h).hasMatch())
        return tr("\"%1\" is not a valid host name.").arg(h);
    return {};
}

QString agencyGroup(const QString& g)
{
    if (g.size() > 120)
        return tr("An agency group has at most 120 characters.");
    if (hasControlCharacters(g))
        return tr("An agency group cannot contain control characters.");
    return {};
}

QString keycloakRealm(const QString& realm)
{
    if (realm.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,100}$"));
    if (!re.match(realm).hasMatch())
        return tr("A realm name uses letters, digits, '.', '_' and '-' only.");
    return {};
}

QString redirectUris(const QString& lines)
{
    const QStringList list = lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : list) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        const QUrl parsed(t.endsWith(QLatin1Char('*')) ? t.chopped(1) : t, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
            return tr("\"%1\" is not a valid redirect URI.").arg(t);
    }
    return {};
}

QString schemaName(const QString& n)
{
    if (n.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!re.match(n).hasMatch())
        return tr(
            "A schema name has up to 63 lowercase letters, digits and '_', and starts with a letter or '_'.");
    return {};
}

QString suggestSlug(const QString& n)
{
    QString out;
    bool pendingHyphen = false;
    const QString folded = n.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : folded) {
        if (c.isMark())
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (pendingHyphen && !out.isEmpty())
                out += QLatin1Char('-');
            pendingHyphen = false;
            out += c;
        } else {
            pendingHyphen = true;
        }
        if (out.size() >= 40)
            break;
    }
    while (!out.isEmpty() && !out.front().isLetter())
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(40);
}

} // namespace fusion::TenantValidation
