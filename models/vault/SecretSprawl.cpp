#include "models/vault/SecretSprawl.h"

#include "models/odoo/OdooClient.h"

#include <QRegularExpression>

#include <algorithm>

namespace fusion {

QString SecretSprawl::credentialKind(const QString& key, const QString& value)
{
    const QString v = value.trimmed();
    if (v.size() < 16 || v.size() > 4096 || v.contains(QLatin1Char(' ')))
        return {};
    struct Shape {
        const char* pattern;
        const char* kind;
    };
    static const Shape shapes[] = {
        {"^sk-ant-[A-Za-z0-9_-]{20,}$", QT_TR_NOOP("Anthropic key")},
        {"^sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}$", QT_TR_NOOP("OpenAI key")},
        {"^AIza[0-9A-Za-z_-]{30,}$", QT_TR_NOOP("Google API key")},
        {"^GOCSPX-[A-Za-z0-9_-]{16,}$", QT_TR_NOOP("Google OAuth client secret")},
        {"^1//[A-Za-z0-9_-]{16,}$", QT_TR_NOOP("Google refresh token")},
        {"^SK[0-9a-f]{32}$", QT_TR_NOOP("Twilio API key")},
    };
    for (const Shape& s : shapes) {
        if (QRegularExpression(QString::fromLatin1(s.pattern)).match(v).hasMatch())
            return tr(s.kind);
    }
    // Modules name their settings plainly: a long value under such a name is a credential until shown
    // otherwise.
    static const QRegularExpression name(
        QStringLiteral("(api[_.-]?key|apikey|secret|token|password|passwd|auth[_.-]?key|access[_.-]?key)"),
        QRegularExpression::CaseInsensitiveOption);
    if (name.match(key).hasMatch())
        return tr("credential");
    return {};
}

QList<SprawlFinding> SecretSprawl::findings(const QList<QPair<QString, QString>>& parameters,
                                            const QList<ApiKey>& vault)
{
    QList<SprawlFinding> out;
    for (const auto& [key, value] : parameters) {
        const QString kind = credentialKind(key, value);
        if (kind.isEmpty())
            continue;
        SprawlFinding f;
        f.parameter = key;
        f.looksLike = kind;
        f.fingerprint = Fingerprint::of(SecretBytes(value.trimmed()));
        for (const ApiKey& k : vault) {
            if (!k.fingerprint.hash.isEmpty() && k.fingerprint.hash == f.fingerprint.hash)
                f.vaultKey = k.providerCode + QLatin1Char('/') + k.label;
        }
        out << f;
    }
    std::sort(out.begin(), out.end(),
              [](const SprawlFinding& a, const SprawlFinding& b) { return a.parameter < b.parameter; });
    return out;
}

void SecretSprawl::scan(OdooClient* client, const QList<ApiKey>& vault, QObject* context,
                        const std::function<void(Result<QList<SprawlFinding>>)>& done)
{
    OdooClient::SearchOptions o;
    o.fields = {QStringLiteral("key"), QStringLiteral("value")};
    o.limit = 10000;
    o.order = QStringLiteral("key");
    client->searchRead(QStringLiteral("ir.config_parameter"), {}, o, context,
                       [vault, done](const Result<QVariantList>& rows) {
                           if (!rows)
                               return done(rows.error());
                           QList<QPair<QString, QString>> parameters;
                           for (const QVariant& r : rows.value()) {
                               const QVariantMap m = r.toMap();
                               const QVariant value = m.value(QStringLiteral("value"));
                               if (value.typeId() == QMetaType::QString)
                                   parameters << qMakePair(m.value(QStringLiteral("key")).toString(),
                                                           value.toString());
                           }
                           QList<SprawlFinding> found = findings(parameters, vault);
                           for (auto& p : parameters)
                               SecretBytes::scrub(p.second);
                           done(found);
                       });
}

} // namespace fusion
