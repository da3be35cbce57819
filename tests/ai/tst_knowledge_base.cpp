// The knowledge base on SQLite as a person meets it: a long task becomes several chunks cut between
// sentences, HTML never shows, a search finds a task by the words of its title or its description with the
// better match first, and whatever is typed — quotes, FTS operators, SQL, 10 kB — gives results or a clear
// message, never a database error, and changes nothing. Syncing the same records again plans nothing; a
// change, a shrunk description and an archived task are each stored exactly.
#include "models/ai/KnowledgeBase.h"
#include "models/audit/WriteExecutor.h"
#include "tests/ai/KnowledgeCorpus.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QSet>
#include <QTest>

using namespace fusion;

namespace {
const QString kBase = QStringLiteral("https://erp.acme.example");

QStringList refs(const QList<KbHit>& hits)
{
    QStringList out;
    for (const KbHit& h : hits)
        out << h.sourceRef;
    return out;
}
} // namespace

class TestKnowledgeBase : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    QString m_slug;
    QString m_other;

    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return m_db.scalar(sql, params).toLongLong();
    }
    QJsonObject store(const QList<KbRecord>& records, const QString& slug = {})
    {
        const PendingWrite w = KnowledgeBase::planSync(m_db, slug.isEmpty() ? m_slug : slug, records);
        if (!w.apply)
            return {};
        return WriteExecutor::execute(m_db, w);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::guarded([&] {
            test::prepare(m_db, test::sqliteTarget(m_dir), 3);
            QSqlQuery q = m_db.exec(QStringLiteral("SELECT slug FROM tenants ORDER BY slug LIMIT 2"));
            QVERIFY(q.next());
            m_slug = q.value(0).toString();
            QVERIFY(q.next());
            m_other = q.value(0).toString();
            store(test::corpusRecords(kBase));
        });
    }

    void aLongDescriptionIsCutBetweenSentencesIntoNumberedChunks()
    {
        const QList<KbRecord> records = test::corpusRecords(kBase);
        const KbRecord& handbook = records.at(1);
        QVERIFY2(handbook.chunks.size() >= 3, qPrintable(QString::number(handbook.chunks.size())));
        QCOMPARE(handbook.chunks.at(0).sourceRef, QStringLiteral("project.task:2"));
        QCOMPARE(handbook.chunks.at(1).sourceRef, QStringLiteral("project.task:2#2"));
        QString joined;
        for (const KbChunk& c : handbook.chunks) {
            QVERIFY2(c.content.size() <= KnowledgeChunker::kChunkChars, qPrintable(c.content));
            QVERIFY2(c.content.endsWith(QLatin1Char('.')),
                     qPrintable(c.content.right(40))); // never mid-sentence
            QCOMPARE(c.title, QStringLiteral("Warehouse handbook"));
            QCOMPARE(c.url,
                     QStringLiteral("https://erp.acme.example/web#id=2&model=project.task&view_type=form"));
            joined += c.content + QLatin1Char(' ');
        }
        for (int i = 1; i <= 12; ++i)
            QVERIFY2(joined.contains(QStringLiteral("Paragraph %1 of the migration").arg(i)),
                     qPrintable(joined));
        // One paragraph longer than a chunk is cut between its sentences, or between words if it must.
        const QStringList pieces =
            KnowledgeChunker::split(QStringLiteral("One sentence here. ").repeated(200), 100);
        for (const QString& p : pieces)
            QVERIFY(p.size() <= 100 && p.endsWith(QLatin1Char('.')));
        const QStringList words = KnowledgeChunker::split(QStringLiteral("word ").repeated(100), 42);
        for (const QString& p : words)
            QVERIFY2(p.size() <= 42 && !p.contains(QStringLiteral("wo ")) &&
                         p.endsWith(QStringLiteral("word")),
                     qPrintable(p));
    }

    void aTaskReadsAsItsFieldsWithTheHtmlStripped()
    {
        const KbRecord r = test::corpusRecords(kBase).at(2);
        QCOMPARE(r.chunks.size(), 1);
        const QString text = r.chunks.first().content;
        QVERIFY2(
            text.startsWith(QStringLiteral("Task: Noise Reduction\nProject: Office Design\nStage: Done\n"
                                           "Assignees: Mitchell Admin\nDeadline: 2026-11-24\nPriority: high\n"
                                           "Tags: Bug\n\nInstallation of acoustic ceiling clouds & wall "
                                           "panels.")),
            qPrintable(text));
        QCOMPARE(
            KnowledgeChunker::plainText(QStringLiteral(
                "<p>A&nbsp;<b>bold</b>\n move<br/>next&#33; &#x263A; &lt;x&gt;</p><script>alert(1)</script>"
                "<style>p{}</style><!-- note --><ul><li>one</li><li>two</li></ul>")),
            QStringLiteral("A bold move\nnext! \u263A <x>\n\n- one\n- two"));
        const QString list = test::corpusRecords(kBase).at(5).chunks.first().content;
        QVERIFY2(list.endsWith(QStringLiteral("- Revenue\n- Churn\n\nSend to the accountant.")),
                 qPrintable(list));
    }

    void aMalformedRecordIsRefusedNamingWhatIsWrong()
    {
        QVariantMap noDate = test::odooTask(9, QStringLiteral("x"), QString());
        noDate.remove(QStringLiteral("write_date"));
        QVariantMap badStage = test::odooTask(9, QStringLiteral("x"), QString());
        badStage.insert(QStringLiteral("stage_id"), 3);
        QVariantMap badUsers = test::odooTask(9, QStringLiteral("x"), QString());
        badUsers.insert(QStringLiteral("user_ids"), QStringLiteral("2,6"));
        QVariantMap noName = test::odooTask(9, QString(), QString());
        for (const auto& [values, field] :
             {std::pair{noDate, QStringLiteral("write_date")},
              std::pair{badStage, QStringLiteral("stage_id")},
              std::pair{badUsers, QStringLiteral("user_ids")}, std::pair{noName, QStringLiteral("name")}}) {
            const auto e = test::failureOf(
                [&] { KnowledgeChunker::record(KnowledgeChunker::taskModel(), values, kBase, {}); });
            QVERIFY(e);
            QCOMPARE(e->kind, ErrorKind::OdooProtocol);
            QVERIFY2(e->message.contains(field) && e->message.contains(QStringLiteral("project.task")),
                     qPrintable(e->message));
        }
    }

    void searchFindsByTitleAndByContentBestFirst()
    {
        test::guarded([&] {
            const QList<KbHit> energy = KnowledgeBase::search(m_db, QStringLiteral("energy"));
            QCOMPARE(refs(energy), QStringList{QStringLiteral("project.task:5")}); // a word of its title only
            const QList<KbHit> acoustic = KnowledgeBase::search(m_db, QStringLiteral("Acoustic CEILING"));
            QCOMPARE(refs(acoustic), QStringList{QStringLiteral("project.task:3")});
            const KbHit& hit = acoustic.first();
            QCOMPARE(hit.tenant, m_slug);
            QCOMPARE(hit.title, QStringLiteral("Noise Reduction"));
            QCOMPARE(hit.sourceType, QStringLiteral("project.task"));
            QVERIFY2(hit.snippet.contains(QStringLiteral("[acoustic] [ceiling]")), qPrintable(hit.snippet));
            QVERIFY(hit.url.endsWith(QStringLiteral("id=3&model=project.task&view_type=form")));
            QVERIFY(hit.id > 0);
            // Five times in a short task beats once in each chunk of a long one.
            const QList<KbHit> turbine = KnowledgeBase::search(m_db, QStringLiteral("turbine"));
            QVERIFY2(turbine.size() >= 2, qPrintable(refs(turbine).join(QLatin1Char(' '))));
            QCOMPARE(turbine.first().sourceRef, QStringLiteral("project.task:1"));
            QVERIFY(turbine.first().score > turbine.last().score);
            // Every word is required; accents are not.
            QVERIFY(KnowledgeBase::search(m_db, QStringLiteral("turbine kitchen")).isEmpty());
            QCOMPARE(refs(KnowledgeBase::search(m_db, QStringLiteral("cafe creme"))),
                     QStringList{QStringLiteral("project.task:8")});
            QCOMPARE(KnowledgeBase::search(m_db, QStringLiteral("turbine"), {}, 1).size(), 1);
            // One tenant's search sees only its chunks.
            QVERIFY(KnowledgeBase::search(m_db, QStringLiteral("turbine"), m_other).isEmpty());
            QCOMPARE(KnowledgeBase::search(m_db, QStringLiteral("turbine"), m_slug).size(), turbine.size());
        });
        const auto unknown = test::failureOf(
            [&] { KnowledgeBase::search(m_db, QStringLiteral("x"), QStringLiteral("no-such")); });
        QVERIFY(unknown && unknown->kind == ErrorKind::NotFound);
    }

    void hostileSearchesGiveResultsOrAClearMessageAndChangeNothing()
    {
        const QString before = test::snapshot(m_db);
        const QStringList hostile{QStringLiteral("\""),
                                  QStringLiteral("\"\"\""),
                                  QStringLiteral("*"),
                                  QStringLiteral("turbine*"),
                                  QStringLiteral("NEAR("),
                                  QStringLiteral("NEAR(turbine kitchen, 2)"),
                                  QStringLiteral("-"),
                                  QStringLiteral("-turbine"),
                                  QStringLiteral("OR"),
                                  QStringLiteral("AND OR NOT"),
                                  QStringLiteral("turbine OR kitchen"),
                                  QStringLiteral("title:turbine"),
                                  QStringLiteral("^turbine"),
                                  QStringLiteral("{title content}: turbine"),
                                  QStringLiteral("turbine\" OR \"1\"=\"1"),
                                  QStringLiteral("'; DROP TABLE kb_chunks; --"),
                                  QStringLiteral("1' OR '1'='1"),
                                  QStringLiteral("turbine') UNION SELECT * FROM audit_log --"),
                                  QStringLiteral("%_\\"),
                                  QStringLiteral("   "),
                                  QString(),
                                  QStringLiteral("!!! ??? ..."),
                                  QStringLiteral("turbine\u0000kitchen"),
                                  QStringLiteral("x").repeated(10 * 1024),
                                  QStringLiteral("turbine ").repeated(1200),
                                  QStringLiteral("a ").repeated(40),
                                  QStringLiteral("\U0001F600 turbine")};
        for (const QString& q : hostile) {
            try {
                const QList<KbHit> hits = KnowledgeBase::search(m_db, q);
                for (const KbHit& h : hits)
                    QVERIFY(!h.sourceRef.isEmpty());
            } catch (const Failure& f) {
                QVERIFY2(f.error().kind == ErrorKind::InvalidInput,
                         qPrintable(QStringLiteral("%1 → %2: %3")
                                        .arg(q.left(40), f.error().kindName(), f.error().message)));
                QVERIFY2(!f.error().message.contains(QStringLiteral("SQL"), Qt::CaseInsensitive) &&
                             !f.error().message.contains(QStringLiteral("fts5"), Qt::CaseInsensitive),
                         qPrintable(f.error().message));
            }
        }
        // Operators are words like any other: the task that says "OR gate" is found by them.
        QCOMPARE(refs(KnowledgeBase::search(m_db, QStringLiteral("OR gate"))),
                 QStringList{QStringLiteral("project.task:7")});
        QCOMPARE(refs(KnowledgeBase::search(m_db, QStringLiteral("NOT logic"))),
                 QStringList{QStringLiteral("project.task:7")});
        QCOMPARE(refs(KnowledgeBase::search(m_db, QStringLiteral("\"inputs"))),
                 QStringList{QStringLiteral("project.task:7")});
        const auto empty = test::failureOf([&] { KnowledgeBase::search(m_db, QStringLiteral("?! ...")); });
        QVERIFY(empty && empty->kind == ErrorKind::InvalidInput);
        QVERIFY2(empty->message.contains(QStringLiteral("at least one word")), qPrintable(empty->message));
        const auto huge =
            test::failureOf([&] { KnowledgeBase::search(m_db, QStringLiteral("x").repeated(10240)); });
        QVERIFY(huge && huge->message.contains(QStringLiteral("10240 characters")));
        QCOMPARE(test::snapshot(m_db), before);
    }

    void syncingTheSameRecordsAgainPlansNothingAndChangesAreExact()
    {
        test::guarded([&] {
            QList<KbRecord> records = test::corpusRecords(kBase);
            const qint64 chunks = count(QStringLiteral("SELECT count(*) FROM kb_chunks"));
            const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
            const PendingWrite same = KnowledgeBase::planSync(m_db, m_slug, records);
            QVERIFY(!same.apply);
            QCOMPARE(same.plan.rowsAffected, 0);

            // Task 4 rewritten, task 2's description shortened to one chunk, task 5 archived.
            QVariantMap kitchen = test::odooTask(4, QStringLiteral("Kitchen modifications"),
                                                 QStringLiteral("<p>The kitchen gets a dishwasher.</p>"),
                                                 QStringLiteral("2026-12-01 10:00:00"));
            QVariantMap handbook = test::odooTask(2, QStringLiteral("Warehouse handbook"),
                                                  QStringLiteral("<p>Moved to the wiki.</p>"),
                                                  QStringLiteral("2026-12-01 10:00:01"));
            QVariantMap energy = test::odooTask(5, QStringLiteral("Energy Certificate"), QString(),
                                                QStringLiteral("2026-12-01 10:00:02"));
            energy.insert(QStringLiteral("active"), false);
            const qint64 handbookChunks =
                count(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE source_ref LIKE "
                                     "'project.task:2%'"));
            QList<KbRecord> changed;
            for (const QVariantMap& v : {kitchen, handbook, energy})
                changed << KnowledgeChunker::record(KnowledgeChunker::taskModel(), v, kBase,
                                                    test::corpusNames());
            const PendingWrite w = KnowledgeBase::planSync(m_db, m_slug, changed);
            QVERIFY(w.apply);
            QVERIFY2(
                w.plan.title.startsWith(QStringLiteral("0 new, 2 changed, %1 removed").arg(handbookChunks)),
                qPrintable(w.plan.title));
            const QJsonObject done = WriteExecutor::execute(m_db, w);
            QCOMPARE(done.value(QStringLiteral("changed")).toInt(), 2);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks")), chunks - handbookChunks);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits + 1);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'tenant.kb.sync'")),
                     2);
            QCOMPARE(count(QStringLiteral(
                         "SELECT count(*) FROM ai_audit WHERE operation = 'sync' AND status = 'success'")),
                     2);
            QCOMPARE(refs(KnowledgeBase::search(m_db, QStringLiteral("dishwasher"))),
                     QStringList{QStringLiteral("project.task:4")});
            QVERIFY(KnowledgeBase::search(m_db, QStringLiteral("energy certificate")).isEmpty());
            QVERIFY(
                KnowledgeBase::search(m_db, QStringLiteral("pallet")).isEmpty()); // the FTS index followed
            QCOMPARE(KnowledgeBase::syncedUpTo(m_db, m_slug, KnowledgeChunker::taskModel()).value(),
                     KnowledgeChunker::fromOdooDateTime(QStringLiteral("2026-12-01 10:00:01")));

            // An older version read late never replaces a newer one.
            const PendingWrite stale = KnowledgeBase::planSync(
                m_db, m_slug,
                {KnowledgeChunker::record(KnowledgeChunker::taskModel(),
                                          test::odooTask(4, QStringLiteral("Kitchen modifications"),
                                                         QStringLiteral("<p>old</p>"),
                                                         QStringLiteral("2026-11-30 00:00:00")),
                                          kBase, test::corpusNames())});
            QVERIFY(stale.apply);
            WriteExecutor::execute(m_db, stale);
            QCOMPARE(refs(KnowledgeBase::search(m_db, QStringLiteral("dishwasher"))),
                     QStringList{QStringLiteral("project.task:4")});

            const QList<KbStats> stats = KnowledgeBase::stats(m_db);
            QCOMPARE(stats.size(), 1);
            QCOMPARE(stats.first().tenant, m_slug);
            QCOMPARE(stats.first().tasks, 7);
            QCOMPARE(stats.first().projects, 0);
            QCOMPARE(stats.first().chunks, chunks - handbookChunks);
            QCOMPARE(stats.first().sourceUpdated,
                     KnowledgeChunker::fromOdooDateTime(QStringLiteral("2026-12-01 10:00:01")));
            QVERIFY(stats.first().syncedAt.isValid());
            const QList<KbStats> other = KnowledgeBase::stats(m_db, m_other);
            QCOMPARE(other.size(), 1);
            QCOMPARE(other.first().chunks, 0);
        });
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledge_base.moc"
