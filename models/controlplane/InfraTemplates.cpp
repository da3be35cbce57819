#include "models/controlplane/InfraTemplates.h"

#include "models/controlplane/ImageTags.h"
#include "models/controlplane/PlatformSettings.h"
#include "models/core/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace fusion {

namespace {

const QString kTemplateSelect =
    QStringLiteral("SELECT t.id, t.name, t.k8s_chart, t.docker_image_odoo, t.docker_image_pg, "
                   "t.size_profile, t.env_defaults, "
                   "t.version, t.retired_at, t.row_version, (SELECT count(*) FROM tenants n WHERE "
                   "n.infra_template_id = t.id), "
                   "EXISTS (SELECT 1 FROM tested_image_tags g JOIN platform_settings s ON s.id = 1 WHERE "
                   "g.component = 'odoo' AND "
                   "g.retired_at IS NULL AND g.environment = s.environment AND g.image || ':' || g.tag = "
                   "t.docker_image_odoo) "
                   "FROM infra_templates t");

TemplateRow templateFrom(const QSqlQuery& q)
{
    TemplateRow r;
    InfraTemplate& t = r.values;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.k8sChart = q.value(2).toString();
    t.dockerImageOdoo = q.value(3).toString();
    t.dockerImagePg = q.value(4).toString();
    t.sizeProfile = q.value(5).toString();
    t.envDefaults = q.value(6).toString();
    t.version = q.value(7).toString();
    r.retiredAt = Database::toDateTime(q.value(8));
    r.rowVersion = q.value(9).toInt();
    r.tenants = q.value(10).toInt();
    r.odooImageTested = q.value(11).toBool();
    return r;
}

// The fields in the order of the form, with their columns: what a plan lists and an edit writes.
struct Field {
    const char* column;
    QString label;
    QString TemplateInput::*member;
};

QList<Field> fields()
{
    return {{"k8s_chart", InfraTemplates::tr("Helm chart"), &TemplateInput::k8sChart},
            {"docker_image_odoo", InfraTemplates::tr("Odoo image"), &TemplateInput::imageOdoo},
            {"docker_image_pg", InfraTemplates::tr("PostgreSQL image"), &TemplateInput::imagePg},
            {"size_profile", InfraTemplates::tr("Size profile"), &TemplateInput::sizeProfile},
            {"env_defaults", InfraTemplates::tr("Environment defaults"), &TemplateInput::envDefaults},
            {"version", InfraTemplates::tr("Version"), &TemplateInput::version}};
}

TemplateInput inputOf(const InfraTemplate& t)
{
    return {t.name, t.k8sChart, t.dockerImageOdoo, t.dockerImagePg, t.sizeProfile, t.envDefaults, t.version};
}

// The JSON object compact, so that an edit that only re-spaces it changes nothing.
QString compactJson(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) : text;
}

} // namespace

const QStringList& InfraTemplates::sizeProfiles()
{
    static const QStringList all{QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"),
                                 QStringLiteral("xlarge")};
    return all;
}

QList<TemplateRow> InfraTemplates::list(Database& db, bool withRetired)
{
    QList<TemplateRow> out;
    QSqlQuery q =
        db.exec(kTemplateSelect + (withRetired ? QString() : QStringLiteral(" WHERE t.retired_at IS NULL")) +
                QStringLiteral(" ORDER BY t.retired_at IS NOT NULL, t.name"));
    while (q.next())
        out << templateFrom(q);
    return out;
}

std::optional<TemplateRow> InfraTemplates::find(Database& db, const QString& name)
{
    QSqlQuery q = db.exec(kTemplateSelect + QStringLiteral(" WHERE t.name = ?"), {name});
    if (!q.next())
        return std::nullopt;
    return templateFrom(q);
}

QStringList InfraTemplates::validate(const TemplateInput& in)
{
    QStringList problems;
    const QString name = in.name.trimmed();
    if (name.isEmpty() || name.size() > 120)
        problems << tr("Name: 1 to 120 characters.");
    if (in.k8sChart.trimmed().isEmpty())
        problems << tr(
            "Helm chart: name the chart tenants are deployed with, e.g. charts/odoo-tenant:2.4.1.");
    for (const auto& [label, component, reference] :
         {std::tuple{tr("Odoo image"), QStringLiteral("odoo"), in.imageOdoo},
          std::tuple{tr("PostgreSQL image"), QStringLiteral("postgres"), in.imagePg}}) {
        if (reference.trimmed().isEmpty())
            problems << tr("%1: name the image and its tag.").arg(label);
        else if (const QString why = ImageTags::validate(component, reference.trimmed()); !why.isEmpty())
            problems << tr("%1: %2").arg(label, why);
    }
    if (!sizeProfiles().contains(in.sizeProfile))
        problems << tr("Size profile: small, medium, large or xlarge.");
    QJsonParseError error;
    const QJsonDocument env = QJsonDocument::fromJson(in.envDefaults.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !env.isObject())
        problems << tr("Environment defaults: a JSON object, e.g. {\"workers\": 2}.");
    if (in.version.size() > 40)
        problems << tr("Version: at most 40 characters.");
    return problems;
}

PendingWrite InfraTemplates::planCreate(Database& db, const TemplateInput& input)
{
    if (const QStringList problems = validate(input); !problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    TemplateInput in = input;
    in.name = in.name.trimmed();
    in.imageOdoo = in.imageOdoo.trimmed();
    in.imagePg = in.imagePg.trimmed();
    in.envDefaults = compactJson(in.envDefaults);
    if (find(db, in.name))
        throw Failure(ErrorKind::Conflict, tr("There already is a template \"%1\".").arg(in.name));
    PendingWrite write;
    write.plan.action = QStringLiteral("infra_template.create");
    write.plan.title = tr("Create the infra template \"%1\"").arg(in.name);
    write.plan.verb = tr("Create");
    write.plan.targetType = QStringLiteral("infra_template");
    write.plan.target = in.name;
    for (const Field& f : fields())
        if (!(in.*f.member).isEmpty())
            write.plan.changes << FieldChange{QLatin1String(f.column), f.label, QVariant(), in.*f.member};
    const QString env = PlatformSettings::read(db).environment;
    if (!ImageTags::find(db, env, QStringLiteral("odoo"), in.imageOdoo))
        write.plan.effects
            << tr("%1 is not recorded as tested in %2: tenants can be built from it, but an upgrade "
                  "to it would be refused until it is.")
                   .arg(in.imageOdoo, PlatformSettings::environmentLabel(env));
    write.apply = [in](Database& d) {
        const QString now = Database::nowText();
        const qint64 id = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO infra_templates (name, k8s_chart, docker_image_odoo, docker_image_pg, "
                "size_profile, env_defaults, version, created_at, updated_at, updated_by) VALUES (?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?)"),
            {in.name, in.k8sChart.trimmed(), in.imageOdoo, in.imagePg, in.sizeProfile, in.envDefaults,
             in.version, now, now, d.actor()});
        return QJsonObject{{QStringLiteral("template_id"), id}};
    };
    return write;
}

PendingWrite InfraTemplates::planEdit(Database& db, const QString& name, const TemplateInput& input)
{
    const auto current = find(db, name);
    if (!current)
        throw Failure(ErrorKind::NotFound, tr("There is no template \"%1\".").arg(name));
    if (current->retired())
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is retired; create a new template instead.").arg(name));
    TemplateInput in = input;
    in.name = name;
    in.imageOdoo = in.imageOdoo.trimmed();
    in.imagePg = in.imagePg.trimmed();
    in.k8sChart = in.k8sChart.trimmed();
    if (const QStringList problems = validate(in); !problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    in.envDefaults = compactJson(in.envDefaults);
    const TemplateInput before = inputOf(current->values);
    PendingWrite write;
    write.plan.action = QStringLiteral("infra_template.edit");
    write.plan.title = tr("Change the infra template \"%1\"").arg(name);
    write.plan.verb = tr("Save");
    write.plan.targetType = QStringLiteral("infra_template");
    write.plan.target = name;
    QStringList sets;
    QVariantList params;
    for (const Field& f : fields()) {
        const QString was =
            f.member == &TemplateInput::envDefaults ? compactJson(before.*f.member) : before.*f.member;
        if (in.*f.member == was)
            continue;
        write.plan.changes << FieldChange{QLatin1String(f.column), f.label, was, in.*f.member};
        sets << QStringLiteral("%1 = ?").arg(QLatin1String(f.column));
        params << in.*f.member;
    }
    if (current->tenants > 0 && !sets.isEmpty())
        write.plan.effects << tr(
            "%n tenant(s) built from it keep what they run: a template describes new tenants, "
            "an image upgrade changes existing ones.",
            nullptr, current->tenants);
    const qint64 id = current->values.id;
    const int version = current->rowVersion;
    write.apply = [id, version, sets, params](Database& d) {
        if (sets.isEmpty())
            return QJsonObject{{QStringLiteral("template_id"), id}};
        QVariantList all = params;
        all << Database::nowText() << d.actor() << id << version;
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE infra_templates SET ") + sets.join(QStringLiteral(", ")) +
                       QStringLiteral(", updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE "
                                      "id = ? AND row_version = ? AND retired_at IS NULL"),
                   all);
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Another session changed or retired the template meanwhile; "
                             "nothing was saved. Look again."));
        return QJsonObject{{QStringLiteral("template_id"), id}};
    };
    return write;
}

PendingWrite InfraTemplates::planRetire(Database& db, const QString& name)
{
    const auto current = find(db, name);
    if (!current)
        throw Failure(ErrorKind::NotFound, tr("There is no template \"%1\".").arg(name));
    if (current->retired())
        throw Failure(ErrorKind::Conflict, tr("\"%1\" is already retired.").arg(name));
    PendingWrite write;
    write.plan.action = QStringLiteral("infra_template.retire");
    write.plan.title = tr("Retire the infra template \"%1\"").arg(name);
    write.plan.verb = tr("Retire");
    write.plan.targetType = QStringLiteral("infra_template");
    write.plan.target = name;
    write.plan.changes << FieldChange{QStringLiteral("retired"), tr("Retired"), false, true};
    write.plan.effects << tr(
        "No new tenant can be built from it; the %n tenant(s) built from it are not changed.", nullptr,
        current->tenants);
    const qint64 id = current->values.id;
    write.apply = [id](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE infra_templates SET retired_at = ?, updated_by = ?, row_version = "
                                  "row_version + 1 WHERE id = ? AND retired_at IS NULL"),
                   {Database::nowText(), d.actor(), id});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict, tr("The template was retired meanwhile by another session."));
        return QJsonObject{{QStringLiteral("template_id"), id}};
    };
    return write;
}

} // namespace fusion
