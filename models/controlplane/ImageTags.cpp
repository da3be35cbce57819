#include "models/controlplane/ImageTags.h"

#include "models/controlplane/PlatformSettings.h"
#include "models/core/Error.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {

const QString kColumns = QStringLiteral(
    "id, environment, component, image, tag, notes, tested_by, tested_at, retired_at FROM tested_image_tags");

TestedTag tagFrom(const QSqlQuery& q)
{
    TestedTag t;
    t.id = q.value(0).toLongLong();
    t.environment = q.value(1).toString();
    t.component = q.value(2).toString();
    t.image = q.value(3).toString();
    t.tag = q.value(4).toString();
    t.notes = q.value(5).toString();
    t.testedBy = q.value(6).toString();
    t.testedAt = Database::toDateTime(q.value(7));
    t.retiredAt = Database::toDateTime(q.value(8));
    return t;
}

// Splits at the last colon that is not part of a registry's host:port (a tag never holds a slash).
std::optional<std::pair<QString, QString>> splitReference(const QString& reference)
{
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || reference.indexOf(QLatin1Char('/'), colon) >= 0)
        return std::nullopt;
    return std::pair{reference.left(colon), reference.mid(colon + 1)};
}

} // namespace

QList<TestedTag> ImageTags::list(Database& db, const QString& environment, bool withRetired)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE 1 = 1");
    QVariantList params;
    if (!environment.isEmpty()) {
        sql += QStringLiteral(" AND environment = ?");
        params << environment;
    }
    if (!withRetired)
        sql += QStringLiteral(" AND retired_at IS NULL");
    sql += QStringLiteral(" ORDER BY tested_at DESC, id DESC");
    QList<TestedTag> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        out << tagFrom(q);
    return out;
}

std::optional<TestedTag> ImageTags::find(Database& db, qint64 id)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return tagFrom(q);
}

std::optional<TestedTag> ImageTags::find(Database& db, const QString& environment, const QString& component,
                                         const QString& reference)
{
    const auto parts = splitReference(reference);
    if (!parts)
        return std::nullopt;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(" WHERE environment = ? AND component = ? AND image = ? AND tag = ?"),
                {environment, component, parts->first, parts->second});
    if (!q.next())
        return std::nullopt;
    return tagFrom(q);
}

QString ImageTags::validate(const QString& component, const QString& reference)
{
    if (component != QLatin1String("odoo") && component != QLatin1String("postgres"))
        return tr("The component is odoo or postgres, not \"%1\".").arg(component);
    const auto parts = splitReference(reference);
    if (!parts)
        return tr("\"%1\" is not IMAGE:TAG (for example registry.example.com/odoo:17.0-20261201).")
            .arg(reference);
    static const QRegularExpression imageRe(QStringLiteral("^[a-z0-9]+([._:/-][a-z0-9]+)*$"));
    static const QRegularExpression tagRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    if (parts->first.size() > 200 || !imageRe.match(parts->first).hasMatch())
        return tr("\"%1\" is not an image name: lower-case letters, digits and . _ - / : between them.")
            .arg(parts->first);
    if (!tagRe.match(parts->second).hasMatch())
        return tr("\"%1\" is not an image tag: up to 128 letters, digits, _ . and -, not starting with . or "
                  "-.")
            .arg(parts->second);
    // "latest" moves under everyone's feet: what was tested is not what would be deployed.
    if (parts->second == QLatin1String("latest"))
        return tr("\"latest\" names whatever was pushed last, not what was tested: record the exact tag.");
    return {};
}

PendingWrite ImageTags::planAdd(Database& db, const QString& environment, const QString& component,
                                const QString& reference, const QString& notes)
{
    if (!PlatformSettings::environments().contains(environment))
        throw Failure(ErrorKind::InvalidInput,
                      tr("There is no environment \"%1\": use dev, stage or prod.").arg(environment));
    if (const QString why = validate(component, reference); !why.isEmpty())
        throw Failure(ErrorKind::InvalidInput, why);
    if (notes.size() > 1000)
        throw Failure(ErrorKind::InvalidInput, tr("The notes are longer than 1,000 characters."));
    if (const auto existing = find(db, environment, component, reference))
        throw Failure(
            ErrorKind::Conflict,
            existing->retired()
                ? tr("%1 was recorded as tested in %2 and retired since; it cannot be recorded again.")
                      .arg(reference, environment)
                : tr("%1 is already recorded as tested in %2.").arg(reference, environment));
    const auto parts = *splitReference(reference);
    PendingWrite write;
    write.plan.action = QStringLiteral("image_tag.add");
    write.plan.title =
        tr("Record %1 as tested in %2").arg(reference, PlatformSettings::environmentLabel(environment));
    write.plan.verb = tr("Record");
    write.plan.targetType = QStringLiteral("image_tag");
    write.plan.target = reference;
    write.plan.changes << FieldChange{QStringLiteral("environment"), tr("Environment"), QVariant(),
                                      environment}
                       << FieldChange{QStringLiteral("component"), tr("Component"), QVariant(), component}
                       << FieldChange{QStringLiteral("image"), tr("Image"), QVariant(), parts.first}
                       << FieldChange{QStringLiteral("tag"), tr("Tag"), QVariant(), parts.second};
    if (!notes.isEmpty())
        write.plan.changes << FieldChange{QStringLiteral("notes"), tr("Notes"), QVariant(), notes};
    write.plan.effects << tr("Image upgrades in %1 may then target this tag.")
                              .arg(PlatformSettings::environmentLabel(environment));
    write.apply = [environment, component, parts, notes](Database& d) {
        const qint64 id = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO tested_image_tags (environment, component, image, tag, notes, tested_by, "
                "tested_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {environment, component, parts.first, parts.second, notes, d.actor(), Database::nowText()});
        return QJsonObject{{QStringLiteral("tag_id"), id}};
    };
    return write;
}

PendingWrite ImageTags::planRetire(Database& db, qint64 id)
{
    const auto tag = find(db, id);
    if (!tag)
        throw Failure(ErrorKind::NotFound, tr("There is no tested image tag %1.").arg(id));
    if (tag->retired())
        throw Failure(ErrorKind::Conflict, tr("%1 is already retired.").arg(tag->reference()));
    const int waiting =
        db.scalar(QStringLiteral("SELECT count(*) FROM operations WHERE tested_tag_id = ? AND "
                                 "status = 'queued'"),
                  {id})
            .toInt();
    PendingWrite write;
    write.plan.action = QStringLiteral("image_tag.retire");
    write.plan.title =
        tr("Retire %1 in %2").arg(tag->reference(), PlatformSettings::environmentLabel(tag->environment));
    write.plan.verb = tr("Retire");
    write.plan.targetType = QStringLiteral("image_tag");
    write.plan.target = tag->reference();
    write.plan.changes << FieldChange{QStringLiteral("retired"), tr("Retired"), false, true};
    write.plan.effects << tr("No new upgrade may target it; tenants already on it are not changed.");
    if (waiting > 0)
        write.plan.effects << tr(
            "%n scheduled upgrade(s) to it stay scheduled: cancel them if it must not be "
            "deployed.",
            nullptr, waiting);
    write.apply = [id](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE tested_image_tags SET retired_at = ?, retired_by = ? WHERE id = ? "
                                  "AND retired_at IS NULL"),
                   {Database::nowText(), d.actor(), id});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict, tr("The tag was retired meanwhile by another session."));
        return QJsonObject{{QStringLiteral("tag_id"), id}};
    };
    return write;
}

} // namespace fusion
