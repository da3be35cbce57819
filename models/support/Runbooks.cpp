#include "models/support/Runbooks.h"

#include "models/core/Error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace fusion {

namespace {

const QString kRunbookDir = QStringLiteral(":/runbooks");

bool runbookTypeValid(const QString& type)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return re.match(type).hasMatch();
}

// What the audit keeps of a text: its hash (the text itself may be long; the row says which one it was).
QString runbookDigest(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

struct StoredRunbook {
    QString title;
    QString body;
    QString updatedBy;
    QDateTime updatedAt;
    int rowVersion = 0;
};

std::optional<StoredRunbook> storedRunbook(Database& db, const QString& type)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT title, body, updated_by, updated_at, row_version FROM runbooks "
                               "WHERE type = ?"),
                {type});
    if (!q.next())
        return std::nullopt;
    return StoredRunbook{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         Database::toDateTime(q.value(3)), q.value(4).toInt()};
}

} // namespace

QStringList Runbooks::shippedTypes()
{
    QStringList types;
    const QStringList files = QDir(kRunbookDir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        types << QFileInfo(f).completeBaseName();
    return types;
}

std::optional<Runbook> Runbooks::shipped(const QString& type)
{
    if (!runbookTypeValid(type))
        return std::nullopt;
    QFile file(kRunbookDir + QLatin1Char('/') + type + QStringLiteral(".md"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Runbook r;
    r.type = type;
    r.body = QString::fromUtf8(file.readAll());
    r.title = titleOf(r.body);
    r.shipped = true;
    return r;
}

QString Runbooks::titleOf(const QString& markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("# ")))
            return t.mid(2).trimmed();
    }
    return {};
}

QList<Runbook> Runbooks::list(Database& db)
{
    QStringList types = shippedTypes();
    QSqlQuery q = db.exec(QStringLiteral("SELECT type FROM runbooks ORDER BY type"));
    while (q.next())
        if (!types.contains(q.value(0).toString()))
            types << q.value(0).toString();
    std::sort(types.begin(), types.end());
    QList<Runbook> out;
    for (const QString& t : std::as_const(types))
        if (auto r = find(db, t))
            out << *r;
    return out;
}

std::optional<Runbook> Runbooks::find(Database& db, const QString& type)
{
    if (!runbookTypeValid(type))
        return std::nullopt;
    std::optional<Runbook> r = shipped(type);
    if (const auto stored = storedRunbook(db, type)) {
        if (!r) {
            r = Runbook{};
            r->type = type;
        }
        r->title = stored->title;
        r->body = stored->body;
        r->overridden = true;
        r->updatedBy = stored->updatedBy;
        r->updatedAt = stored->updatedAt;
        r->rowVersion = stored->rowVersion;
    }
    return r;
}

Runbook Runbooks::read(Database& db, const QString& type)
{
    if (auto r = find(db, type))
        return *r;
    QStringList known;
    for (const Runbook& r : list(db))
        known << r.type;
    throw Failure(ErrorKind::NotFound, tr("There is no runbook \"%1\". There are: %2.")
                                           .arg(type.left(40), known.join(QStringLiteral(", "))));
}

PendingWrite Runbooks::planEdit(Database& db, const QString& type, const QString& markdown)
{
    if (!runbookTypeValid(type))
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is not a runbook name: lower-case letters, digits and _, at most 40.")
                          .arg(type.left(40)));
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("The runbook's text is empty; to show the shipped text again, "
                         "reset it instead."));
    if (text.size() > kMaxBody)
        throw Failure(ErrorKind::InvalidInput,
                      tr("The runbook is longer than %L1 characters; split it.").arg(kMaxBody));
    const QString title = titleOf(text);
    if (title.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("The runbook needs a title: start it with a heading line such as \"# Provisioning "
                         "failed\"."));
    if (title.size() > kMaxTitle)
        throw Failure(ErrorKind::InvalidInput,
                      tr("The runbook's title is longer than %1 characters.").arg(kMaxTitle));
    const std::optional<Runbook> current = find(db, type);
    if (current && current->body == text)
        throw Failure(ErrorKind::InvalidInput,
                      tr("That is the text the runbook has already; nothing to save."));

    PendingWrite write;
    write.plan.action = QStringLiteral("runbook.edit");
    write.plan.title = tr("Save the runbook \"%1\" (%2)").arg(title, type);
    write.plan.verb = tr("Save");
    write.plan.targetType = QStringLiteral("runbook");
    write.plan.target = type;
    const QString beforeTitle = current ? current->title : QString();
    if (beforeTitle != title)
        write.plan.changes << FieldChange{QStringLiteral("title"), tr("Title"),
                                          current ? QVariant(beforeTitle) : QVariant(), title};
    FieldChange body{QStringLiteral("body_sha256"), tr("Text"),
                     current ? QVariant(runbookDigest(current->body)) : QVariant(), runbookDigest(text)};
    if (current)
        body.beforeText = tr("%n line(s)%1", nullptr, int(current->body.count(QLatin1Char('\n')) + 1))
                              .arg(current->overridden ? tr(" (edited)") : tr(" (shipped)"));
    body.afterText = tr("%n line(s)", nullptr, int(text.count(QLatin1Char('\n')) + 1));
    write.plan.changes << body;
    write.plan.effects << tr("Everyone reads this text instead of the shipped one until it is reset.");
    const int version = current && current->overridden ? current->rowVersion : 0;
    write.apply = [type, title, text, version](Database& d) {
        const QString now = Database::nowText();
        if (version == 0) {
            if (d.scalar(QStringLiteral("SELECT count(*) FROM runbooks WHERE type = ?"), {type}).toInt() > 0)
                throw Failure(ErrorKind::Conflict,
                              tr("Someone else saved this runbook meanwhile; nothing was "
                                 "saved. Open it again."));
            d.exec(QStringLiteral("INSERT INTO runbooks (type, title, body, updated_by, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {type, title, text, d.actor(), now});
        } else {
            QSqlQuery q = d.exec(QStringLiteral("UPDATE runbooks SET title = ?, body = ?, updated_by = ?, "
                                                "updated_at = ?, row_version = row_version + 1 "
                                                "WHERE type = ? AND row_version = ?"),
                                 {title, text, d.actor(), now, type, version});
            if (q.numRowsAffected() != 1)
                throw Failure(ErrorKind::Conflict, tr("Someone else changed this runbook meanwhile; nothing "
                                                      "was saved. Open it again."));
        }
        return QJsonObject{{QStringLiteral("runbook"), type},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("body_sha256"), runbookDigest(text)}};
    };
    return write;
}

PendingWrite Runbooks::planReset(Database& db, const QString& type)
{
    const Runbook current = read(db, type);
    if (!current.overridden)
        throw Failure(ErrorKind::InvalidInput,
                      tr("The runbook \"%1\" shows the shipped text already; nothing to reset.").arg(type));
    const std::optional<Runbook> original = shipped(type);
    PendingWrite write;
    write.plan.action = QStringLiteral("runbook.reset");
    write.plan.title = original ? tr("Reset the runbook \"%1\" to the shipped text").arg(current.title)
                                : tr("Delete the runbook \"%1\"").arg(current.title);
    write.plan.verb = original ? tr("Reset") : tr("Delete");
    write.plan.targetType = QStringLiteral("runbook");
    write.plan.target = type;
    write.plan.destructive = !original;
    FieldChange body{QStringLiteral("body_sha256"), tr("Text"), runbookDigest(current.body),
                     original ? QVariant(runbookDigest(original->body)) : QVariant()};
    body.beforeText = tr("edited by %1").arg(current.updatedBy.isEmpty() ? tr("someone") : current.updatedBy);
    body.afterText = original ? tr("shipped") : tr("(none)");
    write.plan.changes << body;
    write.plan.effects << (original ? tr("The edited text is deleted; everyone reads the shipped one again.")
                                    : tr("The app ships no text for \"%1\": the runbook is gone.").arg(type));
    const int version = current.rowVersion;
    write.apply = [type, version](Database& d) {
        QSqlQuery q = d.exec(QStringLiteral("DELETE FROM runbooks WHERE type = ? AND row_version = ?"),
                             {type, version});
        if (q.numRowsAffected() != 1)
            throw Failure(
                ErrorKind::Conflict,
                tr("Someone else changed this runbook meanwhile; nothing was reset. Open it again."));
        return QJsonObject{{QStringLiteral("runbook"), type}};
    };
    return write;
}

} // namespace fusion
