#include "models/controlplane/RealmTemplates.h"

#include "models/core/Error.h"
#include "models/tenants/TenantValidation.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {

const QString kRealmTemplateSelect = QStringLiteral(
    "SELECT id, name, realm_pattern, client_id_pattern, redirect_uris, description, row_version FROM "
    "sso_realm_templates");

RealmTemplate realmTemplateFrom(const QSqlQuery& q)
{
    RealmTemplate t;
    t.id = q.value(0).toLongLong();
    t.values = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                q.value(5).toString()};
    t.rowVersion = q.value(6).toInt();
    return t;
}

// The fields after the name, with their columns: what a plan lists and an edit writes.
struct RealmTemplateField {
    const char* column;
    QString label;
    QString RealmTemplateInput::*member;
};

QList<RealmTemplateField> realmTemplateFields()
{
    return {{"realm_pattern", RealmTemplates::tr("Realm"), &RealmTemplateInput::realmPattern},
            {"client_id_pattern", RealmTemplates::tr("Client id"), &RealmTemplateInput::clientIdPattern},
            {"redirect_uris", RealmTemplates::tr("Redirect URIs"), &RealmTemplateInput::redirectUris},
            {"description", RealmTemplates::tr("Description"), &RealmTemplateInput::description}};
}

// The stored form: names and patterns trimmed, one redirect URI pattern a line.
RealmTemplateInput realmTemplateCleaned(const RealmTemplateInput& in)
{
    QStringList uris;
    for (const QString& line : in.redirectUris.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            uris << line.trimmed();
    return {in.name.trimmed(), in.realmPattern.trimmed(), in.clientIdPattern.trimmed(),
            uris.join(QLatin1Char('\n')), in.description.trimmed()};
}

// A placeholder other than {slug} and {odoo_url} would reach Keycloak as literal text.
QString realmTemplateUnknownPlaceholder(const QString& pattern)
{
    static const QRegularExpression re(QStringLiteral("\\{([^}]*)\\}"));
    for (auto it = re.globalMatch(pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != QLatin1String("slug") && name != QLatin1String("odoo_url"))
            return name;
    }
    return {};
}

// The redirect URIs of a plan on one line: a confirmation lists a field a line.
void realmTemplateOneLine(QList<FieldChange>& changes)
{
    for (FieldChange& c : changes) {
        if (c.field != QLatin1String("redirect_uris"))
            continue;
        const auto oneLine = [](const QVariant& v) {
            return v.toString().isEmpty() ? QString()
                                          : v.toString().split(QLatin1Char('\n')).join(QStringLiteral(", "));
        };
        c.beforeText = oneLine(c.before);
        c.afterText = oneLine(c.after);
    }
}

} // namespace

QList<RealmTemplate> RealmTemplates::list(Database& db)
{
    QList<RealmTemplate> out;
    QSqlQuery q = db.exec(kRealmTemplateSelect + QStringLiteral(" ORDER BY name"));
    while (q.next())
        out << realmTemplateFrom(q);
    return out;
}

std::optional<RealmTemplate> RealmTemplates::find(Database& db, const QString& name)
{
    QSqlQuery q = db.exec(kRealmTemplateSelect + QStringLiteral(" WHERE name = ?"), {name});
    if (!q.next())
        return std::nullopt;
    return realmTemplateFrom(q);
}

RenderedSso RealmTemplates::render(const RealmTemplateInput& t, const QString& slug, const QString& odooUrl)
{
    QString url = odooUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const auto fill = [&](QString pattern) {
        return pattern.trimmed()
            .replace(QStringLiteral("{slug}"), slug.trimmed())
            .replace(QStringLiteral("{odoo_url}"), url);
    };
    QStringList uris;
    for (const QString& line : t.redirectUris.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            uris << fill(line);
    return {fill(t.realmPattern), fill(t.clientIdPattern), uris.join(QLatin1Char('\n'))};
}

QStringList RealmTemplates::validate(const RealmTemplateInput& input)
{
    const RealmTemplateInput in = realmTemplateCleaned(input);
    QStringList problems;
    if (in.name.isEmpty() || in.name.size() > 80)
        problems << tr("Name: 1 to 80 characters.");
    for (const auto& [label, pattern] :
         {std::pair{tr("Realm"), in.realmPattern}, std::pair{tr("Client id"), in.clientIdPattern},
          std::pair{tr("Redirect URIs"), in.redirectUris}})
        if (const QString unknown = realmTemplateUnknownPlaceholder(pattern); !unknown.isEmpty())
            problems << tr("%1: {%2} is not a placeholder; use {slug} or {odoo_url}.").arg(label, unknown);
    // As a tenant would get them: the same rules as the SSO record the wizard writes.
    const RenderedSso sample =
        render(in, QStringLiteral("acme-finance"), QStringLiteral("https://acme-finance.odoo.example.com"));
    if (in.realmPattern.isEmpty() || in.realmPattern.size() > 120)
        problems << tr("Realm: 1 to 120 characters, e.g. fusion or {slug}.");
    else if (const QString why = TenantValidation::keycloakRealm(sample.realm); !why.isEmpty())
        problems << tr("Realm: %1").arg(why);
    if (in.clientIdPattern.isEmpty() || in.clientIdPattern.size() > 120)
        problems << tr("Client id: 1 to 120 characters, e.g. odoo-{slug}.");
    if (in.redirectUris.size() > 2000)
        problems << tr("Redirect URIs: at most 2000 characters.");
    else if (const QString why = TenantValidation::redirectUris(sample.redirectUris); !why.isEmpty())
        problems << tr("Redirect URIs: %1").arg(why);
    if (in.description.size() > 500)
        problems << tr("Description: at most 500 characters.");
    return problems;
}

PendingWrite RealmTemplates::planCreate(Database& db, const RealmTemplateInput& input)
{
    if (const QStringList problems = validate(input); !problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    const RealmTemplateInput in = realmTemplateCleaned(input);
    if (find(db, in.name))
        throw Failure(ErrorKind::Conflict, tr("There already is a realm template \"%1\".").arg(in.name));
    PendingWrite write;
    write.plan.action = QStringLiteral("sso_realm_template.create");
    write.plan.title = tr("Create the realm template \"%1\"").arg(in.name);
    write.plan.verb = tr("Create");
    write.plan.targetType = QStringLiteral("sso_realm_template");
    write.plan.target = in.name;
    for (const RealmTemplateField& f : realmTemplateFields())
        if (!(in.*f.member).isEmpty())
            write.plan.changes << FieldChange{QLatin1String(f.column), f.label, QVariant(), in.*f.member};
    write.plan.effects << tr("The create wizard offers it for new tenants' SSO records.");
    write.apply = [in](Database& d) {
        const QString now = Database::nowText();
        const qint64 id = d.insertReturningId(
            QStringLiteral("INSERT INTO sso_realm_templates (name, realm_pattern, client_id_pattern, "
                           "redirect_uris, description, updated_by, created_at, updated_at) VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?)"),
            {in.name, in.realmPattern, in.clientIdPattern, in.redirectUris, in.description, d.actor(), now,
             now});
        return QJsonObject{{QStringLiteral("template_id"), id}};
    };
    realmTemplateOneLine(write.plan.changes);
    return write;
}

PendingWrite RealmTemplates::planEdit(Database& db, const QString& name, const RealmTemplateInput& input)
{
    const auto current = find(db, name);
    if (!current)
        throw Failure(ErrorKind::NotFound, tr("There is no realm template \"%1\".").arg(name));
    RealmTemplateInput wanted = input;
    wanted.name = name;
    if (const QStringList problems = validate(wanted); !problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    const RealmTemplateInput in = realmTemplateCleaned(wanted);
    PendingWrite write;
    write.plan.action = QStringLiteral("sso_realm_template.edit");
    write.plan.title = tr("Change the realm template \"%1\"").arg(name);
    write.plan.verb = tr("Save");
    write.plan.targetType = QStringLiteral("sso_realm_template");
    write.plan.target = name;
    QStringList sets;
    QVariantList params;
    for (const RealmTemplateField& f : realmTemplateFields()) {
        const QString was = current->values.*f.member;
        if (in.*f.member == was)
            continue;
        write.plan.changes << FieldChange{QLatin1String(f.column), f.label, was, in.*f.member};
        sets << QStringLiteral("%1 = ?").arg(QLatin1String(f.column));
        params << in.*f.member;
    }
    if (!sets.isEmpty())
        write.plan.effects << tr("Tenants whose SSO record was filled from it keep their record.");
    const qint64 id = current->id;
    const int version = current->rowVersion;
    write.apply = [id, version, sets, params](Database& d) {
        if (sets.isEmpty())
            return QJsonObject{{QStringLiteral("template_id"), id}};
        QVariantList all = params;
        all << Database::nowText() << d.actor() << id << version;
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE sso_realm_templates SET ") + sets.join(QStringLiteral(", ")) +
                       QStringLiteral(", updated_at = ?, updated_by = ?, row_version = row_version "
                                      "+ 1 WHERE id = ? AND row_version = ?"),
                   all);
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict, tr("Another session changed or deleted the realm template "
                                                  "meanwhile; nothing was saved. Look again."));
        return QJsonObject{{QStringLiteral("template_id"), id}};
    };
    realmTemplateOneLine(write.plan.changes);
    return write;
}

PendingWrite RealmTemplates::planDelete(Database& db, const QString& name)
{
    const auto current = find(db, name);
    if (!current)
        throw Failure(ErrorKind::NotFound, tr("There is no realm template \"%1\".").arg(name));
    PendingWrite write;
    write.plan.action = QStringLiteral("sso_realm_template.delete");
    write.plan.title = tr("Delete the realm template \"%1\"").arg(name);
    write.plan.verb = tr("Delete");
    write.plan.targetType = QStringLiteral("sso_realm_template");
    write.plan.target = name;
    for (const RealmTemplateField& f : realmTemplateFields())
        if (!(current->values.*f.member).isEmpty())
            write.plan.changes << FieldChange{QLatin1String(f.column), f.label, current->values.*f.member,
                                              QVariant()};
    write.plan.effects << tr("The create wizard no longer offers it; SSO records filled from it stay.");
    const qint64 id = current->id;
    const int version = current->rowVersion;
    write.apply = [id, version](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral("DELETE FROM sso_realm_templates WHERE id = ? AND row_version = ?"),
                   {id, version});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Another session changed or deleted the realm template meanwhile; look again."));
        return QJsonObject{{QStringLiteral("template_id"), id}};
    };
    realmTemplateOneLine(write.plan.changes);
    return write;
}

} // namespace fusion
