// The knowledge base's word search at scale: 100,000 chunks on SQLite (FTS5), and 1,000,000 on PostgreSQL
// (the tsvector column and its GIN index) when FUSION_BENCH_PG_URL names an empty database the benchmark may
// fill (or one an earlier run filled, searched again as it is). The chunks are generated text over a
// 5,000-word vocabulary with a skewed (Zipf-like) frequency, so that some words are in most chunks and most
// words in few; a few hundred searches of one to three words are timed through KnowledgeBase::search, as
// fusionctl kb search runs them. Prints figures; asserts nothing.
#include "models/ai/KnowledgeBase.h"
#include "models/storage/Database.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/common/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace fusion;

namespace {

constexpr int kVocabulary = 5000;
constexpr int kWordsPerChunk = 120;
constexpr int kSearches = 300;

QString word(int i)
{
    // Pronounceable, distinct and stable: "ka", "kabe", … from the index's digits in base 20.
    static const char* syllables[] = {"ka", "be", "ti", "do", "mu", "ra", "se", "lo", "ni", "pu",
                                      "ge", "va", "zo", "fi", "ch", "wa", "ye", "ho", "ju", "xe"};
    QString w;
    do {
        w += QLatin1String(syllables[i % 20]);
        i /= 20;
    } while (i > 0);
    return w;
}

// A word index skewed towards the small ones: index 0 is in most chunks, the last in very few.
int skewed(QRandomGenerator& rng)
{
    return std::min(kVocabulary - 1, int(std::pow(rng.generateDouble(), 3.0) * kVocabulary));
}

QStringList queries(QRandomGenerator& rng)
{
    QStringList out;
    for (int i = 0; i < kSearches; ++i) {
        const int words = 1 + i % 3;
        QStringList q;
        for (int w = 0; w < words; ++w)
            q << word(skewed(rng));
        out << q.join(QLatin1Char(' '));
    }
    return out;
}

void timeSearches(const char* store, Database& db, qint64 chunks)
{
    QRandomGenerator rng(7);
    QList<double> all;
    qint64 hits = 0;
    int capped = 0;
    for (const QString& q : queries(rng)) {
        QElapsedTimer t;
        t.start();
        bool more = false;
        hits += KnowledgeBase::search(db, q, {}, 20, KnowledgeBase::Match::All, &more).size();
        all << double(t.nsecsElapsed()) / 1e6;
        capped += more;
    }
    const bench::Figures f = bench::summarise(all);
    std::printf("%-10s %9lld chunks  %d searches (1-3 words, top 20): p50 %.2f ms  p95 %.2f ms  max %.2f ms  "
                "(%.1f hits per search; %d held by more chunks than are ranked)\n",
                store, static_cast<long long>(chunks), kSearches, f.median, f.p95, f.max,
                double(hits) / kSearches, capped);
}

void sqlite(qint64 chunks)
{
    QTemporaryDir dir;
    Database db;
    test::prepare(db, test::sqliteTarget(dir), 1);
    const QVariant tenantId = db.scalar(QStringLiteral("SELECT id FROM tenants LIMIT 1"));
    const QString slug = db.scalar(QStringLiteral("SELECT slug FROM tenants LIMIT 1")).toString();
    QRandomGenerator rng(42);
    QElapsedTimer fill;
    fill.start();
    db.execRaw(QStringLiteral("BEGIN"));
    for (qint64 i = 1; i <= chunks; ++i) {
        QStringList text;
        for (int w = 0; w < kWordsPerChunk; ++w)
            text << word(skewed(rng));
        db.exec(
            QStringLiteral("INSERT INTO kb_chunks (tenant_id, tenant_ref, source_type, source_ref, title, "
                           "content, source_updated) VALUES (?, ?, 'project.task', ?, ?, ?, ?)"),
            {tenantId, slug, QStringLiteral("project.task:%1").arg(i), text.mid(0, 4).join(QLatin1Char(' ')),
             text.join(QLatin1Char(' ')), Database::nowText()});
    }
    db.execRaw(QStringLiteral("COMMIT"));
    std::printf("sqlite     filled %lld chunks in %.1f s\n", static_cast<long long>(chunks),
                double(fill.elapsed()) / 1000.0);
    timeSearches("sqlite", db, chunks);
}

void postgres(const QString& url, qint64 chunks)
{
    const Result<DatabaseTarget> target = DatabaseTarget::parse(url);
    if (!target) {
        std::fprintf(stderr, "FUSION_BENCH_PG_URL: %s\n", qPrintable(target.error().message));
        return;
    }
    Database db;
    db.open(target.value());
    // A database filled by an earlier run is searched again as it is (filling a million chunks takes
    // minutes).
    if (db.scalar(QStringLiteral("SELECT to_regclass('kb_chunks') IS NOT NULL")).toBool()) {
        const qint64 have = db.scalar(QStringLiteral("SELECT count(*) FROM kb_chunks")).toLongLong();
        if (have >= chunks) {
            std::printf("postgresql reusing the %lld chunks of an earlier run\n",
                        static_cast<long long>(have));
            return timeSearches("postgresql", db, have);
        }
    }
    test::prepare(db, target.value(), 1);
    QStringList vocabulary;
    for (int i = 0; i < kVocabulary; ++i)
        vocabulary << word(i);
    QElapsedTimer fill;
    fill.start();
    // Generated by the server: the same skew, cubing random() as skewed() does.
    db.exec(QStringLiteral(
                "INSERT INTO kb_chunks (tenant_id, tenant_ref, source_type, source_ref, title, content, "
                "source_updated) SELECT t.id, t.slug, 'project.task', 'project.task:' || g, "
                "'chunk ' || g, array_to_string(ARRAY(SELECT v[1 + least(%1 - 1, floor(power(random(), 3) * "
                "%1))::int] "
                "FROM generate_series(1, %2) i WHERE g > 0), ' '), now() "
                "FROM (SELECT id, slug FROM tenants LIMIT 1) t, generate_series(1, ?) g, "
                "(SELECT string_to_array(?, ' ') AS v) words")
                .arg(kVocabulary)
                .arg(kWordsPerChunk),
            {chunks, vocabulary.join(QLatin1Char(' '))});
    db.execRaw(QStringLiteral("ANALYZE kb_chunks"));
    std::printf("postgresql filled %lld chunks in %.1f s\n", static_cast<long long>(chunks),
                double(fill.elapsed()) / 1000.0);
    timeSearches("postgresql", db, chunks);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Smaller sizes for a quick look: bench_knowledge_base [SQLITE_CHUNKS [PG_CHUNKS]].
    const QStringList args = app.arguments();
    const qint64 sqliteChunks = args.size() > 1 ? args.at(1).toLongLong() : 100000;
    const qint64 pgChunks = args.size() > 2 ? args.at(2).toLongLong() : 1000000;
    try {
        sqlite(sqliteChunks);
        const QString url = qEnvironmentVariable("FUSION_BENCH_PG_URL");
        if (url.isEmpty())
            std::printf("postgresql skipped: set FUSION_BENCH_PG_URL to an empty database to fill\n");
        else
            postgres(url, pgChunks);
    } catch (const Failure& f) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(f.error().message));
        return 1;
    }
    return 0;
}
