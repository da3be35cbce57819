#include "models/ai/PromptLibrary.h"

#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace fusion {

namespace {

// The latest version comes from the versions themselves, so it cannot drift from the history.
const char* const kPromptLibSelect =
    "SELECT p.id, p.code, p.name, p.active, p.tenant_id, t.slug, p.published_version, "
    "(SELECT max(v.version) FROM ai_prompt_versions v WHERE v.prompt_id = p.id), p.created_by, p.created_at, "
    "p.updated_at, p.row_version FROM ai_prompts p LEFT JOIN tenants t ON t.id = p.tenant_id ";

constexpr qsizetype kPromptLibMaxTemplate = 200000; // the tables' CHECK
constexpr qsizetype kPromptLibMaxNote = 500;
constexpr qsizetype kPromptLibNamesShown = 10; // a refusal naming 10,000 variables helps nobody

Prompt promptLibFrom(const QSqlQuery& q)
{
    Prompt p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.active = q.value(3).toBool();
    p.tenantId = Database::toOptionalInt(q.value(4));
    p.tenantSlug = q.value(5).toString();
    if (!q.value(6).isNull())
        p.publishedVersion = q.value(6).toInt();
    p.latestVersion = q.value(7).toInt();
    p.createdBy = q.value(8).toString();
    p.createdAt = Database::toDateTime(q.value(9));
    p.updatedAt = Database::toDateTime(q.value(10));
    p.rowVersion = q.value(11).toInt();
    return p;
}

PromptVersion promptLibVersionFrom(const QSqlQuery& q)
{
    PromptVersion v;
    v.version = q.value(0).toInt();
    v.templateText = q.value(1).toString();
    for (const QJsonValue& name : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        v.variables << name.toString();
    v.note = q.value(3).toString();
    v.createdBy = q.value(4).toString();
    v.createdAt = Database::toDateTime(q.value(5));
    return v;
}

QString promptLibNames(const QStringList& names)
{
    if (names.size() <= kPromptLibNamesShown)
        return names.join(QStringLiteral(", "));
    return PromptLibrary::tr("%1, … (%2 in all)")
        .arg(names.mid(0, kPromptLibNamesShown).join(QStringLiteral(", ")))
        .arg(names.size());
}

QString promptLibVariablesJson(const QStringList& declared)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(declared)).toJson(QJsonDocument::Compact));
}

QVariant promptLibNullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

// What every saved version must satisfy, checked before anything is shown for confirmation so a refusal
// points at the template or the variable to fix.
void promptLibCheck(const QString& templateText, const QStringList& declared, const QString& note)
{
    if (templateText.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput, PromptLibrary::tr("The template is empty."));
    if (templateText.size() > kPromptLibMaxTemplate)
        throw Failure(ErrorKind::InvalidInput,
                      PromptLibrary::tr("The template has %1 characters; at most %2 are kept.")
                          .arg(templateText.size())
                          .arg(kPromptLibMaxTemplate));
    if (note.size() > kPromptLibMaxNote)
        throw Failure(ErrorKind::InvalidInput,
                      PromptLibrary::tr("The note has %1 characters; at most %2 are kept.")
                          .arg(note.size())
                          .arg(kPromptLibMaxNote));
    const PromptTemplate parsed = PromptTemplate::parse(templateText);
    if (!parsed.isValid())
        throw Failure(ErrorKind::InvalidInput,
                      PromptLibrary::tr("The template cannot be used. %1").arg(parsed.problem().message));
    QSet<QString> seen;
    seen.reserve(declared.size());
    for (const QString& name : declared) {
        if (const QString problem = PromptTemplate::nameProblem(name); !problem.isEmpty())
            throw Failure(
                ErrorKind::InvalidInput,
                PromptLibrary::tr("The declared variable \"%1\" cannot be used: %2").arg(name, problem));
        if (seen.contains(name))
            throw Failure(ErrorKind::InvalidInput,
                          PromptLibrary::tr("The variable \"%1\" is declared twice.").arg(name));
        seen.insert(name);
    }
    QStringList undeclared;
    for (const QString& used : parsed.variables()) {
        if (!seen.contains(used))
            undeclared << used;
    }
    if (!undeclared.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      PromptLibrary::tr("The template uses variables that are not declared: %1. Declare each "
                                        "one, or take it out of the template.")
                          .arg(promptLibNames(undeclared)));
}

WritePlan promptLibPlanFor(const Prompt& p, const QString& action, const QString& title, const QString& verb)
{
    WritePlan plan;
    plan.action = action;
    plan.title = title;
    plan.verb = verb;
    plan.targetType = QStringLiteral("ai_prompt");
    plan.target = p.code;
    plan.tenantId = p.tenantId;
    return plan;
}

[[noreturn]] void promptLibChangedMeanwhile()
{
    throw Failure(ErrorKind::Conflict,
                  PromptLibrary::tr("The prompt was changed by someone else meanwhile; nothing was changed. "
                                    "Look again and retry."));
}

void promptLibTouch(Database& d, const Prompt& p, const QString& set, const QVariantList& values)
{
    QVariantList params = values;
    params << Database::nowText() << p.id << p.rowVersion;
    const QSqlQuery q = d.exec(QStringLiteral("UPDATE ai_prompts SET %1updated_at = ?, row_version = "
                                              "row_version + 1 WHERE id = ? AND row_version = ?")
                                   .arg(set),
                               params);
    if (q.numRowsAffected() != 1)
        promptLibChangedMeanwhile();
}

} // namespace

QString Prompt::scopeText() const
{
    return tenantId ? tenantSlug : QStringLiteral("all");
}

QList<Prompt> PromptLibrary::list(Database& db, bool includeInactive,
                                  const std::optional<QString>& tenantSlug)
{
    QString sql = QString::fromLatin1(kPromptLibSelect) + QStringLiteral("WHERE (? OR p.active = ?) ");
    QVariantList params{includeInactive, true};
    if (tenantSlug) {
        if (tenantSlug->isEmpty()) {
            sql += QStringLiteral("AND p.tenant_id IS NULL ");
        } else {
            sql += QStringLiteral("AND (p.tenant_id IS NULL OR p.tenant_id = ?) ");
            params << TenantRepository(db).requireBySlug(*tenantSlug).id;
        }
    }
    sql += QStringLiteral("ORDER BY p.code");
    QList<Prompt> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        out << promptLibFrom(q);
    return out;
}

Prompt PromptLibrary::require(Database& db, const QString& code)
{
    QSqlQuery q = db.exec(QString::fromLatin1(kPromptLibSelect) + QStringLiteral("WHERE p.code = ?"),
                          {code.trimmed().toLower()});
    if (!q.next())
        throw Failure(ErrorKind::NotFound, tr("There is no prompt with the code \"%1\".").arg(code));
    return promptLibFrom(q);
}

QList<PromptVersion> PromptLibrary::versions(Database& db, const Prompt& prompt)
{
    QList<PromptVersion> out;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT version, template, variables_json, note, created_by, created_at "
                               "FROM ai_prompt_versions WHERE prompt_id = ? ORDER BY version"),
                {prompt.id});
    while (q.next())
        out << promptLibVersionFrom(q);
    return out;
}

PromptVersion PromptLibrary::version(Database& db, const Prompt& prompt, int version)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT version, template, variables_json, note, created_by, created_at "
                               "FROM ai_prompt_versions WHERE prompt_id = ? AND version = ?"),
                {prompt.id, version});
    if (!q.next())
        throw Failure(ErrorKind::NotFound,
                      tr("The prompt \"%1\" has no version %2 (its versions are 1 to %3).")
                          .arg(prompt.code)
                          .arg(version)
                          .arg(prompt.latestVersion));
    return promptLibVersionFrom(q);
}

PendingWrite PromptLibrary::planCreate(Database& db, const QString& code, const QString& name,
                                       const QString& tenantSlug, const QString& templateText,
                                       const QStringList& declared, const QString& note)
{
    Prompt p;
    p.code = code.trimmed();
    p.name = name.trimmed();
    static const QRegularExpression codeShape(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    if (!codeShape.match(p.code).hasMatch())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("A prompt code is 1 to 64 lowercase letters, digits, \"_\", \".\" and \"-\", starting "
               "with a letter or digit, not \"%1\".")
                .arg(code));
    if (p.name.isEmpty() || p.name.size() > 120)
        throw Failure(ErrorKind::InvalidInput, tr("A prompt needs a name of 1 to 120 characters."));
    promptLibCheck(templateText, declared, note);
    if (!tenantSlug.isEmpty()) {
        const Tenant t = TenantRepository(db).requireBySlug(tenantSlug);
        p.tenantId = t.id;
        p.tenantSlug = t.slug;
    }
    if (db.scalar(QStringLiteral("SELECT count(*) FROM ai_prompts WHERE code = ?"), {p.code}).toLongLong() >
        0)
        throw Failure(ErrorKind::Conflict,
                      tr("A prompt with the code \"%1\" already exists; save a new version of it instead.")
                          .arg(p.code));
    p.createdBy = db.actor();

    PendingWrite write;
    WritePlan& plan = write.plan =
        promptLibPlanFor(p, QStringLiteral("ai_prompt.add"), tr("Add prompt \"%1\" (%2)").arg(p.code, p.name),
                         tr("Add Prompt"));
    plan.changes << FieldChange{QStringLiteral("code"), tr("Code"), {}, p.code}
                 << FieldChange{QStringLiteral("name"), tr("Name"), {}, p.name}
                 << FieldChange{QStringLiteral("scope"), tr("Scope"), {}, p.scopeText()}
                 << FieldChange{QStringLiteral("variables"), tr("Variables"), {}, promptLibNames(declared)}
                 << FieldChange{QStringLiteral("published_version"), tr("Published version"), {}, 1};
    plan.effects << tr("Version 1: %n line(s) of template.", nullptr,
                       int(TextDiff::compute(QString(), templateText).addedCount()));
    plan.rowsAffected = 2;
    const QString variablesJson = promptLibVariablesJson(declared);
    write.apply = [p, templateText, variablesJson, note](Database& d) {
        const QString now = Database::nowText();
        qint64 id = 0;
        try {
            // The published version's row follows in the same transaction: the foreign key is deferred.
            id = d.insertReturningId(
                QStringLiteral("INSERT INTO ai_prompts (code, name, active, tenant_id, published_version, "
                               "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {p.code, p.name, true, promptLibNullableId(p.tenantId), 1, p.createdBy, now, now});
        } catch (const Failure& f) {
            if (f.error().kind != ErrorKind::Conflict)
                throw;
            throw Failure(ErrorKind::Conflict,
                          tr("Someone else added a prompt with the code \"%1\" meanwhile; nothing was saved.")
                              .arg(p.code),
                          f.error().detail);
        }
        d.exec(QStringLiteral("INSERT INTO ai_prompt_versions (prompt_id, version, template, variables_json, "
                              "note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {id, 1, templateText, variablesJson, note, p.createdBy, now});
        return QJsonObject{{QStringLiteral("ai_prompt_id"), id}, {QStringLiteral("version"), 1}};
    };
    return write;
}

PendingWrite PromptLibrary::planNewVersion(Database& db, const Prompt& prompt, const QString& templateText,
                                           const QStringList& declared, const QString& note, bool publish)
{
    promptLibCheck(templateText, declared, note);
    const PromptVersion latest = version(db, prompt, prompt.latestVersion);
    if (latest.templateText == templateText && latest.variables == declared)
        throw Failure(
            ErrorKind::InvalidInput,
            tr("Nothing changed: version %1 of \"%2\" already has this template and these variables; "
               "nothing was saved.")
                .arg(latest.version)
                .arg(prompt.code));
    const int next = prompt.latestVersion + 1;
    const TextDiff diff = TextDiff::compute(latest.templateText, templateText);

    PendingWrite write;
    WritePlan& plan = write.plan = promptLibPlanFor(
        prompt, QStringLiteral("ai_prompt.new_version"),
        tr("Save version %1 of prompt \"%2\"").arg(next).arg(prompt.code), tr("Save Version"));
    plan.changes << FieldChange{QStringLiteral("version"), tr("Version"), latest.version, next};
    if (latest.variables != declared)
        plan.changes << FieldChange{QStringLiteral("variables"), tr("Variables"),
                                    promptLibNames(latest.variables), promptLibNames(declared)};
    if (publish && prompt.publishedVersion != next)
        plan.changes << FieldChange{QStringLiteral("published_version"), tr("Published version"),
                                    prompt.publishedVersion ? QVariant(*prompt.publishedVersion) : QVariant(),
                                    next};
    plan.effects << (diff.isIdentical() ? tr("The template is the same as version %1.").arg(latest.version)
                                        : tr("Template against version %1: +%2 −%3 line(s).")
                                              .arg(latest.version)
                                              .arg(diff.addedCount())
                                              .arg(diff.removedCount()));
    if (!publish)
        plan.effects << tr("Version %1 stays published until you publish another.")
                            .arg(prompt.publishedVersion.value_or(0));
    plan.rowsAffected = 2;
    const QString variablesJson = promptLibVariablesJson(declared);
    const QString actor = db.actor();
    write.apply = [prompt, next, templateText, variablesJson, note, actor, publish](Database& d) {
        try {
            // The primary key (prompt_id, version) is what serialises two editors: the second insert of
            // the same version waits for the first transaction and then fails.
            d.exec(QStringLiteral(
                       "INSERT INTO ai_prompt_versions (prompt_id, version, template, variables_json, "
                       "note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {prompt.id, next, templateText, variablesJson, note, actor, Database::nowText()});
        } catch (const Failure& f) {
            if (f.error().kind != ErrorKind::Conflict)
                throw;
            throw Failure(ErrorKind::Conflict,
                          tr("Someone else saved version %1 of \"%2\" meanwhile; nothing was saved. Look at "
                             "the history and edit again.")
                              .arg(next)
                              .arg(prompt.code),
                          f.error().detail);
        }
        // Not compared with the row version: publishing another version meanwhile does not make this one
        // wrong, and the version's primary key already refused a concurrent save.
        QVariantList params;
        if (publish)
            params << next;
        params << Database::nowText() << prompt.id;
        d.exec(QStringLiteral(
                   "UPDATE ai_prompts SET %1updated_at = ?, row_version = row_version + 1 WHERE id = ?")
                   .arg(publish ? QStringLiteral("published_version = ?, ") : QString()),
               params);
        return QJsonObject{{QStringLiteral("ai_prompt_id"), prompt.id},
                           {QStringLiteral("version"), next},
                           {QStringLiteral("published"), publish}};
    };
    return write;
}

PendingWrite PromptLibrary::planPublish(Database& db, const Prompt& prompt, int number)
{
    const PromptVersion v = version(db, prompt, number);
    PendingWrite write;
    WritePlan& plan = write.plan = promptLibPlanFor(
        prompt, QStringLiteral("ai_prompt.publish"),
        tr("Publish version %1 of prompt \"%2\"").arg(v.version).arg(prompt.code), tr("Publish"));
    if (prompt.publishedVersion == v.version)
        return write; // nothing to change
    plan.changes << FieldChange{QStringLiteral("published_version"), tr("Published version"),
                                prompt.publishedVersion ? QVariant(*prompt.publishedVersion) : QVariant(),
                                v.version};
    plan.effects << tr("Every new render of \"%1\" uses version %2.").arg(prompt.code).arg(v.version);
    plan.rowsAffected = 1;
    write.apply = [prompt, number](Database& d) {
        promptLibTouch(d, prompt, QStringLiteral("published_version = ?, "), {number});
        return QJsonObject{{QStringLiteral("ai_prompt_id"), prompt.id}, {QStringLiteral("version"), number}};
    };
    return write;
}

PendingWrite PromptLibrary::planSetActive(Database& db, const Prompt& prompt, bool active)
{
    Q_UNUSED(db)
    PendingWrite write;
    WritePlan& plan = write.plan =
        active ? promptLibPlanFor(prompt, QStringLiteral("ai_prompt.activate"),
                                  tr("Activate prompt \"%1\"").arg(prompt.code), tr("Activate"))
               : promptLibPlanFor(prompt, QStringLiteral("ai_prompt.deactivate"),
                                  tr("Deactivate prompt \"%1\"").arg(prompt.code), tr("Deactivate"));
    if (prompt.active == active)
        return write;
    plan.changes << FieldChange{QStringLiteral("active"), tr("Active"), prompt.active, active};
    if (!active)
        plan.effects << tr("Its versions stay; it is no longer offered.");
    plan.rowsAffected = 1;
    write.apply = [prompt, active](Database& d) {
        promptLibTouch(d, prompt, QStringLiteral("active = ?, "), {active});
        return QJsonObject{{QStringLiteral("ai_prompt_id"), prompt.id}};
    };
    return write;
}

PromptTemplate::Rendered PromptLibrary::render(Database& db, const QString& code,
                                               const QHash<QString, QString>& values,
                                               std::optional<int> number)
{
    const Prompt p = require(db, code);
    if (!number && !p.publishedVersion)
        throw Failure(ErrorKind::NotFound, tr("The prompt \"%1\" has no published version.").arg(p.code));
    const PromptVersion v = version(db, p, number.value_or(p.publishedVersion.value_or(0)));
    return PromptTemplate::parse(v.templateText).render(values, v.variables);
}

TextDiff PromptLibrary::diff(Database& db, const Prompt& prompt, int fromVersion, int toVersion)
{
    const PromptVersion from = version(db, prompt, fromVersion);
    const PromptVersion to = version(db, prompt, toVersion);
    return TextDiff::compute(from.templateText, to.templateText);
}

} // namespace fusion
