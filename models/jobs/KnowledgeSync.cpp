#include "models/jobs/KnowledgeSync.h"

#include "models/ai/KnowledgeBase.h"
#include "models/jobs/OdooSession.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooDomain.h"

#include <memory>

namespace fusion {

namespace {
const QStringList& models()
{
    static const QStringList m{KnowledgeChunker::projectModel(), KnowledgeChunker::taskModel()};
    return m;
}

Error malformedAnswer(const QString& model, const QString& problem)
{
    return Error::make(
        ErrorKind::OdooProtocol,
        KnowledgeSync::tr("Odoo's answer to reading %1 cannot be used: %2. Nothing was stored.")
            .arg(model, problem));
}
} // namespace

KnowledgeSync::KnowledgeSync(JobHost host, OdooClient* client, QObject* parent)
    : Job(std::move(host), parent)
    , m_client(client ? client : new OdooClient(this))
{
}

void KnowledgeSync::start(const QString& slug, Done done)
{
    begin();
    m_done = std::move(done);
    m_slug = slug;
    m_read.clear();
    m_since.clear();
    m_names = {};
    report(0, 0, tr("Connecting to %1's Odoo…").arg(slug));
    // What is stored depends on what Odoo has: the reads come before the plan and the confirmation.
    OdooSession::prepare(host(), m_client, slug, this, [this](const Result<OdooSettings>& ready) {
        if (!ready)
            return finish(ready.error());
        m_baseUrl = ready.value().url;
        using Since = QHash<QString, std::optional<QDateTime>>;
        onDatabase<Since>(
            [slug = m_slug](Database& db) {
                Since since;
                for (const QString& model : models())
                    since.insert(model, KnowledgeBase::syncedUpTo(db, slug, model));
                return since;
            },
            [this](const Result<Since>& since) {
                if (!since)
                    return finish(since.error());
                m_since = since.value();
                readModel(0);
            });
    });
}

void KnowledgeSync::readModel(int index)
{
    if (index >= models().size())
        return readNames();
    const std::optional<QDateTime> since = m_full ? std::nullopt : m_since.value(models().at(index));
    // Odoo reports write_date to the second: records written in the same second as the newest one stored may
    // not have been read yet, so the read starts at that second (what is unchanged plans nothing).
    QVariantList domain;
    if (since)
        domain = OdooDomain::term(QStringLiteral("write_date"), QStringLiteral(">="),
                                  KnowledgeChunker::toOdooDateTime(*since));
    m_lastKey = {};
    readPage(index, domain);
}

void KnowledgeSync::readPage(int index, const QVariantList& domain)
{
    if (isCancelled())
        return finish(cancelledError());
    const QString model = models().at(index);
    QVariantMap kwargs{{QStringLiteral("fields"), KnowledgeChunker::fields(model)},
                       {QStringLiteral("limit"), m_pageSize},
                       {QStringLiteral("order"), QStringLiteral("write_date asc, id asc")},
                       // Archived records too: their chunks are removed rather than kept as if current.
                       {QStringLiteral("context"), QVariantMap{{QStringLiteral("active_test"), false}}}};
    m_client->executeKw(
        model, QStringLiteral("search_read"), QVariantList{QVariant(domain)}, kwargs,
        OdooClient::CallKind::Read, this, [this, index, model](const Result<QVariant>& answer) {
            if (!answer)
                return finish(answer.error());
            if (answer.value().typeId() != QMetaType::QVariantList)
                return finish(malformedAnswer(model, tr("it is not a list of records")));
            const QVariantList page = answer.value().toList();
            for (const QVariant& r : page) {
                const QVariantMap map = r.toMap();
                if (r.typeId() != QMetaType::QVariantMap ||
                    map.value(QStringLiteral("id")).typeId() != QMetaType::Int ||
                    map.value(QStringLiteral("write_date")).typeId() != QMetaType::QString)
                    return finish(malformedAnswer(model, tr("a record has no id or no write_date")));
            }
            m_read[model] += page;
            const int total = int(m_read.value(model).size());
            report(total, 0,
                   model == KnowledgeChunker::taskModel()
                       ? tr("Read %n task(s) from %1's Odoo…", nullptr, total).arg(m_slug)
                       : tr("Read %n project(s) from %1's Odoo…", nullptr, total).arg(m_slug));
            if (page.size() < m_pageSize)
                return readModel(index + 1);
            // The next page starts after the last record of this one, by (write_date, id): records written
            // meanwhile move to the end instead of shifting an offset.
            const QVariantMap last = page.last().toMap();
            const QPair<QString, int> key{last.value(QStringLiteral("write_date")).toString(),
                                          last.value(QStringLiteral("id")).toInt()};
            if (!m_lastKey.first.isEmpty() && !(m_lastKey < key))
                return finish(malformedAnswer(model, tr("its pages are not in the order asked for")));
            m_lastKey = key;
            const QVariantList after = OdooDomain::anyOf(
                {OdooDomain::term(QStringLiteral("write_date"), QStringLiteral(">"), key.first),
                 OdooDomain::allOf(
                     {OdooDomain::term(QStringLiteral("write_date"), QStringLiteral("="), key.first),
                      OdooDomain::term(QStringLiteral("id"), QStringLiteral(">"), key.second)})});
            readPage(index, after);
        });
}

void KnowledgeSync::readNamesOf(const QString& model, const QList<int>& ids, QHash<int, QString>* into,
                                const std::function<void()>& next)
{
    if (ids.isEmpty())
        return next();
    if (isCancelled())
        return finish(cancelledError());
    m_client->read(model, ids, {QStringLiteral("name")}, this,
                   [this, model, into, next](const Result<QVariantList>& rows) {
                       if (!rows)
                           return finish(rows.error());
                       for (const QVariant& row : rows.value()) {
                           const QVariantMap map = row.toMap();
                           const QVariant id = map.value(QStringLiteral("id"));
                           const QVariant name = map.value(QStringLiteral("name"));
                           if (id.typeId() != QMetaType::Int || name.typeId() != QMetaType::QString)
                               return finish(malformedAnswer(model, tr("a record has no id or no name")));
                           into->insert(id.toInt(), name.toString());
                       }
                       next();
                   });
}

void KnowledgeSync::readNames()
{
    QVariantList all;
    for (const QString& model : models())
        all += m_read.value(model);
    const QList<int> users = KnowledgeChunker::userIds(all);
    const QList<int> tags = KnowledgeChunker::tagIds(all);
    readNamesOf(QStringLiteral("res.users"), users, &m_names.users, [this, tags] {
        readNamesOf(QStringLiteral("project.tags"), tags, &m_names.tags, [this] { plan(); });
    });
}

void KnowledgeSync::plan()
{
    QList<KbRecord> records;
    try {
        for (const QString& model : models()) {
            for (const QVariant& r : m_read.value(model))
                records << KnowledgeChunker::record(model, r.toMap(), m_baseUrl, m_names);
        }
    } catch (const Failure& f) {
        return finish(f.error());
    }
    m_read.clear();
    const int count = int(records.size());
    report(0, 0, tr("Comparing %n record(s) with the knowledge base…", nullptr, count));
    onDatabase<PendingWrite>(
        [slug = m_slug, records, complete = m_full ? models() : QStringList()](Database& db) {
            return KnowledgeBase::planSync(db, slug, records, complete);
        },
        [this, count](const Result<PendingWrite>& planned) {
            if (!planned)
                return finish(planned.error());
            const PendingWrite write = planned.value();
            if (!write.apply || !write.plan.hasChanges() || write.plan.rowsAffected == 0) {
                Outcome same;
                same.unchanged = true;
                same.plan = write.plan;
                same.records = count;
                return finish(same);
            }
            if (isCancelled())
                return finish(cancelledError());
            confirm(write.plan, [this, write, count](bool yes) {
                if (!yes)
                    return finish(notConfirmedError());
                this->write(
                    write,
                    [this, write, count](const Result<QJsonObject>& recorded) {
                        if (!recorded)
                            return finish(recorded.error());
                        Outcome o;
                        o.plan = write.plan;
                        o.records = count;
                        o.recorded = recorded.value();
                        o.added = o.recorded.value(QStringLiteral("added")).toInt();
                        o.changed = o.recorded.value(QStringLiteral("changed")).toInt();
                        o.removed = o.recorded.value(QStringLiteral("removed")).toInt();
                        finish(o);
                    },
                    true);
            });
        },
        true);
}

void KnowledgeSync::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    m_read.clear();
    end();
    if (done)
        done(result);
}

} // namespace fusion
