#include "models/ai/KnowledgeChunker.h"

#include "models/core/Error.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace fusion {

namespace {

// The field labels inside a chunk's text are not translated: the text is stored and indexed, and a sync run
// by someone with another language would otherwise rewrite every chunk of the tenant without any change in
// Odoo. They are the labels Odoo's own English interface shows.
const QString kTask = QStringLiteral("Task");
const QString kProject = QStringLiteral("Project");

[[noreturn]] void malformed(const QString& model, const QVariantMap& values, const QString& problem)
{
    const QVariant id = values.value(QStringLiteral("id"));
    throw Failure(
        ErrorKind::OdooProtocol,
        KnowledgeChunker::tr("Odoo's answer for %1 record %2 cannot be used: %3. Nothing was stored.")
            .arg(model,
                 id.typeId() == QMetaType::Int ? QString::number(id.toInt())
                                               : KnowledgeChunker::tr("(no id)"),
                 problem));
}

bool isFalse(const QVariant& v)
{
    return !v.isValid() || (v.typeId() == QMetaType::Bool && !v.toBool());
}

// A char, text or html field: its text, empty for Odoo's False.
QString textField(const QString& model, const QVariantMap& values, const QString& field)
{
    const QVariant v = values.value(field);
    if (isFalse(v))
        return {};
    if (v.typeId() != QMetaType::QString)
        malformed(model, values, KnowledgeChunker::tr("%1 is not text").arg(field));
    return v.toString();
}

// A many2one field: the related record's display name, empty for False.
QString many2oneName(const QString& model, const QVariantMap& values, const QString& field)
{
    const QVariant v = values.value(field);
    if (isFalse(v))
        return {};
    const QVariantList pair = v.toList();
    if (v.typeId() != QMetaType::QVariantList || pair.size() != 2 || pair.at(0).typeId() != QMetaType::Int ||
        pair.at(1).typeId() != QMetaType::QString)
        malformed(model, values, KnowledgeChunker::tr("%1 is not a pair of an id and a name").arg(field));
    return pair.at(1).toString();
}

// An x2many field: its ids (a missing field is none).
QList<int> idsField(const QString& model, const QVariantMap& values, const QString& field)
{
    const QVariant v = values.value(field);
    if (isFalse(v))
        return {};
    if (v.typeId() != QMetaType::QVariantList)
        malformed(model, values, KnowledgeChunker::tr("%1 is not a list of ids").arg(field));
    QList<int> ids;
    for (const QVariant& id : v.toList()) {
        if (id.typeId() != QMetaType::Int)
            malformed(model, values, KnowledgeChunker::tr("%1 is not a list of ids").arg(field));
        ids << id.toInt();
    }
    return ids;
}

QString chunkerNames(const QList<int>& ids, const QHash<int, QString>& known)
{
    QStringList out;
    for (int id : ids)
        out << known.value(id, QStringLiteral("#%1").arg(id));
    return out.join(QStringLiteral(", "));
}

// A date or datetime as a person reads it: the day alone when the time is midnight.
QString dayOrTime(const QString& odooValue)
{
    return odooValue.endsWith(QLatin1String(" 00:00:00")) ? odooValue.left(10) : odooValue;
}

QList<int> collect(const QVariantList& records, const QString& field)
{
    QSet<int> seen;
    QList<int> ids;
    for (const QVariant& r : records) {
        const QVariant v = r.toMap().value(field);
        if (v.typeId() != QMetaType::QVariantList)
            continue; // the record itself is checked when it is chunked
        for (const QVariant& id : v.toList()) {
            if (id.typeId() == QMetaType::Int && !seen.contains(id.toInt())) {
                seen.insert(id.toInt());
                ids << id.toInt();
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Cuts `text` at `at` or before it, never inside a surrogate pair.
qsizetype safeCut(const QString& text, qsizetype at)
{
    if (at > 0 && at < text.size() && text.at(at).isLowSurrogate())
        --at;
    return at;
}

// Pieces of one paragraph longer than `maxChars`: sentences, and words within a sentence that is too long.
QStringList sentences(const QString& paragraph, int maxChars)
{
    static const QRegularExpression end(QStringLiteral("(?<=[.!?\u2026])\\s+"));
    QStringList out;
    for (QString s : paragraph.split(end, Qt::SkipEmptyParts)) {
        while (s.size() > maxChars) {
            qsizetype cut = s.lastIndexOf(QLatin1Char(' '), maxChars);
            if (cut <= 0)
                cut = safeCut(s, maxChars);
            out << s.left(cut).trimmed();
            s = s.mid(cut).trimmed();
        }
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    static const QHash<QString, QString> named{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QStringLiteral(" ")},
                                               {QStringLiteral("ndash"), QStringLiteral("\u2013")},
                                               {QStringLiteral("mdash"), QStringLiteral("\u2014")},
                                               {QStringLiteral("hellip"), QStringLiteral("\u2026")}};
    QString out;
    qsizetype from = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const QString name = m.captured(1);
        QString replacement = m.captured(0); // unknown entities stay as written
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex =
                name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (named.contains(name)) {
            replacement = named.value(name);
        }
        out += replacement;
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace

const QString& KnowledgeChunker::projectModel()
{
    static const QString m = QStringLiteral("project.project");
    return m;
}

const QString& KnowledgeChunker::taskModel()
{
    static const QString m = QStringLiteral("project.task");
    return m;
}

QStringList KnowledgeChunker::fields(const QString& model)
{
    if (model == projectModel())
        return {QStringLiteral("name"),       QStringLiteral("partner_id"),  QStringLiteral("user_id"),
                QStringLiteral("date_start"), QStringLiteral("date"),        QStringLiteral("tag_ids"),
                QStringLiteral("task_count"), QStringLiteral("description"), QStringLiteral("active"),
                QStringLiteral("write_date")};
    return {QStringLiteral("name"),          QStringLiteral("project_id"), QStringLiteral("partner_id"),
            QStringLiteral("user_ids"),      QStringLiteral("stage_id"),   QStringLiteral("priority"),
            QStringLiteral("date_deadline"), QStringLiteral("tag_ids"),    QStringLiteral("description"),
            QStringLiteral("active"),        QStringLiteral("write_date")};
}

QList<int> KnowledgeChunker::userIds(const QVariantList& records)
{
    return collect(records, QStringLiteral("user_ids"));
}

QList<int> KnowledgeChunker::tagIds(const QVariantList& records)
{
    return collect(records, QStringLiteral("tag_ids"));
}

QDateTime KnowledgeChunker::fromOdooDateTime(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    const QDate day = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, QTimeZone::utc());
}

QString KnowledgeChunker::toOdooDateTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString KnowledgeChunker::recordUrl(const QString& baseUrl, const QString& model, int id)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.startsWith(QLatin1String("http://")) && !base.startsWith(QLatin1String("https://")))
        return {}; // kb_chunks keeps only web addresses
    return QStringLiteral("%1/web#id=%2&model=%3&view_type=form").arg(base).arg(id).arg(model);
}

QString KnowledgeChunker::chunkRef(const QString& model, int id, int piece)
{
    const QString ref = QStringLiteral("%1:%2").arg(model).arg(id);
    return piece <= 1 ? ref : ref + QStringLiteral("#%1").arg(piece);
}

QString KnowledgeChunker::plainText(const QString& html)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>|</(li|tr|dt|dd)\\s*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnd(
        QStringLiteral("</(p|div|h[1-6]|blockquote|pre|ul|ol|table|section|article)\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(QStringLiteral("<li\\b[^>]*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("<(td|th)\\b[^>]*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\u000b\u00a0]+"));
    static const QRegularExpression aroundBreak(QStringLiteral(" ?\n ?"));
    static const QRegularExpression manyBreaks(QStringLiteral("\n{3,}"));

    QString s = html;
    s.replace(hidden, QString()).replace(comment, QString());
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')); // in HTML a line break in the source is a space
    s.replace(lineBreak, QStringLiteral("\n"));
    s.replace(blockEnd, QStringLiteral("\n\n"));
    s.replace(item, QStringLiteral("- "));
    s.replace(cell, QStringLiteral(" "));
    s.replace(tag, QString());
    s = decodeEntities(s);
    s.replace(spaces, QStringLiteral(" "));
    s.replace(aroundBreak, QStringLiteral("\n"));
    s.replace(manyBreaks, QStringLiteral("\n\n"));
    return s.trimmed();
}

QStringList KnowledgeChunker::split(const QString& text, int maxChars)
{
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    QStringList pieces;
    QString current;
    for (const QString& raw : text.split(paragraphBreak, Qt::SkipEmptyParts)) {
        const QString paragraph = raw.trimmed();
        if (paragraph.isEmpty())
            continue;
        const QStringList units =
            paragraph.size() <= maxChars ? QStringList{paragraph} : sentences(paragraph, maxChars);
        bool first = true;
        for (const QString& unit : units) {
            const QString sep = current.isEmpty() ? QString()
                                : first           ? QStringLiteral("\n\n")
                                                  : QStringLiteral(" ");
            if (!current.isEmpty() && current.size() + sep.size() + unit.size() > maxChars) {
                pieces << current;
                current = unit;
            } else {
                current += sep + unit;
            }
            first = false;
        }
    }
    if (!current.isEmpty())
        pieces << current;
    return pieces;
}

KbRecord KnowledgeChunker::record(const QString& model, const QVariantMap& values, const QString& baseUrl,
                                  const Names& known)
{
    if (model != projectModel() && model != taskModel())
        throw Failure(ErrorKind::InvalidInput, tr("The knowledge base does not read %1 records.").arg(model));
    const QVariant id = values.value(QStringLiteral("id"));
    if (id.typeId() != QMetaType::Int || id.toInt() <= 0)
        malformed(model, values, tr("it has no id"));
    const QString name = textField(model, values, QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        malformed(model, values, tr("it has no name"));
    const QVariant written = values.value(QStringLiteral("write_date"));
    if (written.typeId() != QMetaType::QString || !fromOdooDateTime(written.toString()).isValid())
        malformed(model, values, tr("write_date is not a date and time"));
    const QVariant active = values.value(QStringLiteral("active"));
    if (active.isValid() && active.typeId() != QMetaType::Bool)
        malformed(model, values, tr("active is not true or false"));

    KbRecord r;
    r.sourceType = model;
    r.id = id.toInt();
    r.writeDate = fromOdooDateTime(written.toString());
    r.active = !active.isValid() || active.toBool();

    QStringList lines;
    auto line = [&lines](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            lines << label + QStringLiteral(": ") + value.trimmed();
    };
    const QString tags = chunkerNames(idsField(model, values, QStringLiteral("tag_ids")), known.tags);
    if (model == taskModel()) {
        line(kTask, name);
        line(kProject, many2oneName(model, values, QStringLiteral("project_id")));
        line(QStringLiteral("Stage"), many2oneName(model, values, QStringLiteral("stage_id")));
        line(QStringLiteral("Customer"), many2oneName(model, values, QStringLiteral("partner_id")));
        line(QStringLiteral("Assignees"),
             chunkerNames(idsField(model, values, QStringLiteral("user_ids")), known.users));
        line(QStringLiteral("Deadline"),
             dayOrTime(textField(model, values, QStringLiteral("date_deadline"))));
        const QString priority = textField(model, values, QStringLiteral("priority"));
        if (priority == QLatin1String("1"))
            line(QStringLiteral("Priority"), QStringLiteral("high"));
        line(QStringLiteral("Tags"), tags);
    } else {
        line(kProject, name);
        line(QStringLiteral("Customer"), many2oneName(model, values, QStringLiteral("partner_id")));
        line(QStringLiteral("Project manager"), many2oneName(model, values, QStringLiteral("user_id")));
        line(QStringLiteral("Start date"), textField(model, values, QStringLiteral("date_start")));
        line(QStringLiteral("Expiration date"), textField(model, values, QStringLiteral("date")));
        line(QStringLiteral("Tags"), tags);
        // task_count is computed by Odoo and does not change the project's write_date: it is as of the
        // project's last change.
        const QVariant count = values.value(QStringLiteral("task_count"));
        if (count.isValid() && !isFalse(count)) {
            if (count.typeId() != QMetaType::Int)
                malformed(model, values, tr("task_count is not a number"));
            line(QStringLiteral("Tasks"), QString::number(count.toInt()));
        }
    }
    const QString description = plainText(textField(model, values, QStringLiteral("description")));
    QString text = lines.join(QLatin1Char('\n'));
    if (!description.isEmpty())
        text += QStringLiteral("\n\n") + description;

    const QStringList pieces = split(text);
    const QString url = recordUrl(baseUrl, model, r.id);
    for (int i = 0; i < pieces.size() && i < kMaxChunksPerRecord; ++i) {
        KbChunk c;
        c.sourceType = model;
        c.sourceRef = chunkRef(model, r.id, i + 1);
        c.title = name.left(kMaxTitleChars);
        c.url = url;
        c.content = pieces.at(i);
        c.sourceUpdated = r.writeDate;
        r.chunks << c;
    }
    return r;
}

} // namespace fusion
