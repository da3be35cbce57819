// The knowledge base's vectors on SQLite, as search by meaning depends on them: the chunks that need an
// embedding are exactly those without one of the model; stored vectors land on their chunks, except on a
// chunk whose text changed meanwhile; the nearest chunks come first, within the tenant asked for, and a
// re-embedded chunk is found by its new vector (nothing stale is kept); a question's words find chunks
// holding any of them, the best holding most; and fusing two rankings puts first what both rank well.
#include "models/ai/KnowledgeVectors.h"
#include "models/audit/WriteExecutor.h"
#include "tests/ai/KnowledgeCorpus.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QTest>

using namespace fusion;

namespace {
const QString kBase = QStringLiteral("https://erp.acme.example");
const KbEmbedModel kSmall{QStringLiteral("openai"), QStringLiteral("text-embedding-3-small")};
const KbEmbedModel kLocal{QStringLiteral("ollama"), QStringLiteral("nomic-embed-text:latest")};

QStringList kvRefs(const QList<KbHit>& hits)
{
    QStringList out;
    for (const KbHit& h : hits)
        out << h.sourceRef;
    return out;
}

KbHit kvHit(qint64 id)
{
    KbHit h;
    h.id = id;
    h.sourceRef = QStringLiteral("project.task:%1").arg(id);
    return h;
}
} // namespace

class TestKnowledgeVectors : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    QString m_slug;
    QString m_other;

    // A vector that points at `axis` (of 4), a little towards `lean`: chunks on one axis are each other's
    // nearest.
    static QList<float> axis(int axis, int lean = -1)
    {
        QList<float> v(4, 0.0f);
        v[axis] = 1.0f;
        if (lean >= 0)
            v[lean] = 0.3f;
        return v;
    }

    QList<KbToEmbed> needing(const KbEmbedModel& model = kSmall)
    {
        return KnowledgeVectors::needing(m_db, m_slug, model);
    }

    QJsonObject storeVectors(const QList<KbToEmbed>& chunks, const QList<QList<float>>& vectors,
                             const KbEmbedModel& model = kSmall)
    {
        const WritePlan plan = KnowledgeVectors::planEmbed(m_db, m_slug, model, chunks);
        return WriteExecutor::execute(m_db, KnowledgeVectors::store(plan, model, chunks, vectors, 42, 7));
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
            for (const QString& slug : {m_slug, m_other}) {
                const PendingWrite w = KnowledgeBase::planSync(m_db, slug, test::corpusRecords(kBase));
                WriteExecutor::execute(m_db, w);
            }
        });
    }

    void aModelIsNamedAsProviderColonModel()
    {
        QCOMPARE(kLocal.key(), QStringLiteral("ollama:nomic-embed-text:latest"));
        const auto parsed = KbEmbedModel::parse(kLocal.key());
        QVERIFY(parsed);
        QCOMPARE(parsed->provider, QStringLiteral("ollama"));
        QCOMPARE(parsed->model, QStringLiteral("nomic-embed-text:latest")); // the model's own ':' kept
        for (const char* bad : {"", "openai", "openai:", ":model", "anthropic:claude", "kapa:x"})
            QVERIFY2(!KbEmbedModel::parse(QLatin1String(bad)), bad);
        QCOMPARE(KbEmbedModel::defaultFor(QStringLiteral("openai")).key(),
                 QStringLiteral("openai:text-embedding-3-small"));
    }

    void everyChunkNeedsAnEmbeddingUntilItHasOneOfThatModel()
    {
        test::guarded([&] {
            const QList<KbToEmbed> all = needing();
            const qint64 chunks =
                m_db.scalar(QStringLiteral("SELECT count(*) FROM kb_chunks c JOIN tenants t ON "
                                           "t.id = c.tenant_id WHERE t.slug = ?"),
                            {m_slug})
                    .toLongLong();
            QCOMPARE(all.size(), chunks);
            QVERIFY(all.size() >= 10);
            // The text embedded is the title, then the content.
            const KbToEmbed& noise = *std::find_if(all.cbegin(), all.cend(), [](const KbToEmbed& c) {
                return c.sourceRef == QLatin1String("project.task:3");
            });
            QVERIFY2(KnowledgeVectors::embeddedText(noise).startsWith(QStringLiteral("Noise Reduction\n")),
                     qPrintable(KnowledgeVectors::embeddedText(noise)));
            QVERIFY(KnowledgeVectors::embeddedText(noise).contains(QStringLiteral("acoustic ceiling")));

            const WritePlan plan = KnowledgeVectors::planEmbed(m_db, m_slug, kSmall, all);
            // (No translator is loaded here: the plural reads "chunk(s)".)
            QVERIFY2(plan.title.startsWith(QStringLiteral("Embed %1 knowledge-base chunk").arg(all.size())) &&
                         plan.title.endsWith(
                             QStringLiteral(" of %1 with openai text-embedding-3-small").arg(m_slug)),
                     qPrintable(plan.title));
            QVERIFY2(plan.effects.join(QLatin1Char(' ')).contains(QStringLiteral("ai-knowledge")),
                     qPrintable(plan.effects.join(QLatin1Char('|'))));

            // Every chunk on one of four axes: tasks 1-2 on axis 0, 3-4 on 1, 5-6 on 2, the rest on 3.
            QList<QList<float>> vectors;
            for (const KbToEmbed& c : all) {
                const int task =
                    c.sourceRef.section(QLatin1Char(':'), 1).section(QLatin1Char('#'), 0, 0).toInt();
                vectors << axis(std::min(3, (task - 1) / 2), task % 2 == 0 ? -1 : (task / 2 + 1) % 4);
            }
            const QJsonObject done = storeVectors(all, vectors);
            QCOMPARE(done.value(QStringLiteral("embedded")).toInt(), all.size());
            QCOMPARE(done.value(QStringLiteral("skipped")).toInt(), 0);
            QVERIFY(needing().isEmpty());
            QCOMPARE(needing(kLocal).size(), all.size()); // another model's vectors do not count
            QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM ai_audit WHERE operation = 'embed' AND "
                                                "status = 'success'"))
                         .toInt(),
                     1);
            const auto model = KnowledgeVectors::modelOf(m_db, m_slug);
            QVERIFY(model);
            QCOMPARE(model->key(), kSmall.key());
            QVERIFY(!KnowledgeVectors::modelOf(m_db, m_other)); // its chunks have none
        });
    }

    void theNearestChunksComeFirstWithinTheTenantAsked()
    {
        test::guarded([&] {
            const QList<KbHit> near = KnowledgeVectors::search(m_db, kSmall, axis(1), m_slug, 3);
            QCOMPARE(near.size(), 3);
            // Tasks 3 and 4 lie on axis 1 (task 4 exactly, task 3 leaning away).
            QCOMPARE(near.at(0).sourceRef, QStringLiteral("project.task:4"));
            QCOMPARE(near.at(1).sourceRef, QStringLiteral("project.task:3"));
            QVERIFY(qAbs(near.at(0).score - 1.0) < 1e-5);
            QVERIFY(near.at(0).score > near.at(1).score && near.at(1).score > near.at(2).score);
            QCOMPARE(near.at(1).title, QStringLiteral("Noise Reduction"));
            QVERIFY(near.at(1).url.endsWith(QStringLiteral("id=3&model=project.task&view_type=form")));
            QVERIFY2(near.at(1).snippet.contains(QStringLiteral("acoustic ceiling")),
                     qPrintable(near.at(1).snippet));
            // Chunks at right angles to the question (the rest: cosine 0) are not hits, however many are
            // asked.
            QCOMPARE(kvRefs(KnowledgeVectors::search(m_db, kSmall, axis(1), m_slug, 20)), kvRefs(near));
            // The other tenant has no vectors; every tenant finds this one's.

            QVERIFY(KnowledgeVectors::search(m_db, kSmall, axis(1), m_other, 3).isEmpty());
            QCOMPARE(kvRefs(KnowledgeVectors::search(m_db, kSmall, axis(1), {}, 3)), kvRefs(near));
            // A query of another length, or of another model, finds nothing rather than nonsense.
            QVERIFY(KnowledgeVectors::search(m_db, kSmall, QList<float>(8, 1.0f), m_slug, 3).isEmpty());
            QVERIFY(KnowledgeVectors::search(m_db, kLocal, axis(1), m_slug, 3).isEmpty());
        });
    }

    void aChunkReEmbeddedIsFoundByItsNewVector()
    {
        test::guarded([&] {
            // Task 8 moves from axis 3 to (axis 0 leaning to 3): its text changed in Odoo, a sync cleared its
            // vector, and it was embedded again.
            const QList<float> query = axis(0, 3);
            const QList<KbHit> before = KnowledgeVectors::search(m_db, kSmall, query, m_slug, 3);
            QVERIFY(!kvRefs(before).contains(QStringLiteral("project.task:8")));
            m_db.exec(QStringLiteral(
                          "UPDATE kb_chunks SET embedding = NULL, embedding_dims = NULL, embedding_model "
                          "= '', updated_at = ? WHERE source_ref = 'project.task:8'"),
                      {Database::nowText()});
            const QList<KbToEmbed> again = needing();
            QCOMPARE(again.size(), 1);
            storeVectors(again, {query});
            const QList<KbHit> after = KnowledgeVectors::search(m_db, kSmall, query, m_slug, 3);
            QCOMPARE(after.first().sourceRef, QStringLiteral("project.task:8"));
            QVERIFY(qAbs(after.first().score - 1.0) < 1e-5);
        });
    }

    void aChunkChangedWhileBeingEmbeddedKeepsNoVector()
    {
        test::guarded([&] {
            const QList<KbToEmbed> local = needing(kLocal);
            QVERIFY(local.size() > 2);
            // A sync changes the first chunk's text between the read and the store.
            m_db.exec(QStringLiteral("UPDATE kb_chunks SET content = content || ' Changed.' WHERE id = ?"),
                      {local.first().id});
            m_db.exec(QStringLiteral("DELETE FROM kb_chunks WHERE id = ?"), {local.at(1).id});
            QList<QList<float>> vectors;
            for (qsizetype i = 0; i < local.size(); ++i)
                vectors << axis(2);
            const QJsonObject done = storeVectors(local, vectors, kLocal);
            QCOMPARE(done.value(QStringLiteral("skipped")).toInt(), 2);
            QCOMPARE(done.value(QStringLiteral("embedded")).toInt(), local.size() - 2);
            const QList<KbToEmbed> left = needing(kLocal);
            QCOMPARE(left.size(), 1);
            QCOMPARE(left.first().id, local.first().id);
            QVERIFY(left.first().content.endsWith(QStringLiteral(" Changed.")));
        });
    }

    void aQuestionFindsChunksHoldingAnyOfItsWords()
    {
        test::guarded([&] {
            const QString question =
                QStringLiteral("What is the state of the acoustic panels and the turbine?");
            QCOMPARE(KnowledgeBase::questionTerms(question),
                     (QStringList{QStringLiteral("What"), QStringLiteral("the"), QStringLiteral("state"),
                                  QStringLiteral("acoustic"), QStringLiteral("panels"), QStringLiteral("and"),
                                  QStringLiteral("turbine")}));
            QVERIFY(KnowledgeBase::search(m_db, question, m_slug).isEmpty()); // no chunk holds every word
            const QList<KbHit> any =
                KnowledgeBase::search(m_db, question, m_slug, 5, KnowledgeBase::Match::Any);
            QVERIFY2(any.size() >= 3, qPrintable(kvRefs(any).join(QLatin1Char(' '))));
            // The chunk holding two of the question's rarest words comes first; the turbine's are found too.
            QCOMPARE(kvRefs(any).first(), QStringLiteral("project.task:3"));
            QVERIFY2(kvRefs(any).contains(QStringLiteral("project.task:1")),
                     qPrintable(kvRefs(any).join(QLatin1Char(' '))));
            // Short words alone are still looked for; a question with no word at all is refused.
            const QList<KbHit> gate =
                KnowledgeBase::search(m_db, QStringLiteral("OR"), m_slug, 5, KnowledgeBase::Match::Any);
            QCOMPARE(kvRefs(gate), QStringList{QStringLiteral("project.task:7")});
            const auto none = test::failureOf([&] {
                KnowledgeBase::search(m_db, QStringLiteral("?!"), m_slug, 5, KnowledgeBase::Match::Any);
            });
            QVERIFY(none && none->kind == ErrorKind::InvalidInput);
            // FTS5's operators inside a question are words.
            QVERIFY(!KnowledgeBase::search(m_db, QStringLiteral("NOT turbine OR NEAR kitchen"), m_slug, 5,
                                           KnowledgeBase::Match::Any)
                         .isEmpty());
        });
    }

    void fusionPutsFirstWhatBothRankWell()
    {
        // Words rank 1, 2, 3, 4; vectors rank 5, 3, 6, 1. Tasks 1 and 3 are in both lists and come first (1:
        // 1/61 + 1/64 beats 3: 1/63 + 1/62); then each list's best of the rest, by its rank.
        const QList<KbHit> words{kvHit(1), kvHit(2), kvHit(3), kvHit(4)};
        const QList<KbHit> vectors{kvHit(5), kvHit(3), kvHit(6), kvHit(1)};
        const QList<KbHit> fused = KnowledgeVectors::fuse(words, vectors, 10);
        QStringList expected;
        for (const int task : {1, 3, 5, 2, 6, 4})
            expected << QStringLiteral("project.task:%1").arg(task);
        QCOMPARE(kvRefs(fused), expected);
        QVERIFY(qAbs(fused.at(0).score - (1.0 / 61 + 1.0 / 64)) < 1e-12);
        QVERIFY(qAbs(fused.at(1).score - (1.0 / 63 + 1.0 / 62)) < 1e-12);
        QCOMPARE(KnowledgeVectors::fuse(words, vectors, 2).size(), 2);
        // A tie keeps the word search's order.
        QCOMPARE(kvRefs(KnowledgeVectors::fuse({kvHit(1), kvHit(2)}, {kvHit(3), kvHit(4)}, 10)),
                 (QStringList{QStringLiteral("project.task:1"), QStringLiteral("project.task:3"),
                              QStringLiteral("project.task:2"), QStringLiteral("project.task:4")}));
        QCOMPARE(kvRefs(KnowledgeVectors::fuse(words, {}, 10)), kvRefs(words));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeVectors)
#include "tst_knowledge_vectors.moc"
