// Benchmark of `fusionctl usage import` against the databases' own bulk loaders on the same file in the same
// run: sqlite3's .import and psql's \copy, each into a table with a unique key, and our import with every
// check (each row validated, repeats skipped, cost computed, counters and alerts updated, one transaction).
// Prints wall time, rows a second, the ratio to the loader, and fusionctl's peak memory (from wait4), at
// each size, so memory flat in the file's size shows as the same peak at every size. Also the reader alone
// (UsageFileReader over the file, no database), and each loader once more into a table indexed as the usage
// log is: what the database itself takes to build the import's indexes. Never fails on timing.
//   bench_usage_import --fusionctl PATH [--sizes 200000,1000000] [--host PGSOCKETDIR]
#include "models/usage/UsageFileReader.h"
#include "tests/benchmarks/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace fusion;

namespace {
struct Run {
    double seconds = 0;
    double cpuSeconds = 0; // the program's own processor time: steadier than wall time on a busy machine
    long peakKb = 0;
    int exitCode = -1;
};

// Runs a program to its end with its output thrown away: wall time, exit code and peak resident memory.
Run run(const QStringList& command, const QString& stdinFile = {})
{
    std::vector<QByteArray> args;
    args.reserve(size_t(command.size()));
    for (const QString& a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/tmp/bench_usage_import.stderr",
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const QByteArray in = stdinFile.toLocal8Bit();
    if (!stdinFile.isEmpty())
        posix_spawn_file_actions_addopen(&actions, 0, in.constData(), O_RDONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    Run r;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", argv[0]);
        std::exit(1);
    }
    // The child's own peak, read from /proc while it runs: wait4's ru_maxrss starts from this process's
    // resident size when the child was spawned (Linux carries it over exec), which is the benchmark's own
    // memory — hundreds of megabytes when it is built with AddressSanitizer. A peak is never lower than an
    // earlier reading, so the last one before the child ends is within a few milliseconds of it.
    const QString statusPath = QStringLiteral("/proc/%1/status").arg(pid);
    const auto residentPeakKb = [&statusPath]() -> long {
        QFile f(statusPath);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray& l : f.readAll().split('\n'))
            if (l.startsWith("VmHWM:"))
                return l.mid(6).trimmed().split(' ').first().toLong();
        return 0;
    };
    int status = 0;
    rusage usage{};
    long peakKb = 0;
    for (;;) {
        const pid_t ended = wait4(pid, &status, WNOHANG, &usage);
        if (ended == pid)
            break;
        if (ended < 0 && errno != EINTR) {
            std::perror("wait4");
            std::exit(1);
        }
        peakKb = std::max(peakKb, residentPeakKb());
        usleep(2000);
    }
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.peakKb = peakKb > 0 ? peakKb : usage.ru_maxrss;
    r.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    if (r.exitCode != 0) {
        QFile err(QStringLiteral("/tmp/bench_usage_import.stderr"));
        err.open(QIODevice::ReadOnly);
        std::fprintf(stderr, "%s failed (%d): %s\n", argv[0], r.exitCode, err.readAll().constData());
        std::exit(1);
    }
    return r;
}

// A month of usage as a platform exports it: 200 consumers, 50 users, OpenAI and Anthropic models (priced by
// the shipped price table), a request id on every row, one row in fifty an error, one in two hundred denied.
void generate(const QString& path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
    f.write(
        "occurred_at,consumer,provider,user,feature,model,tokens_in,tokens_out,tokens_cached,cost,latency_ms,"
        "status,http_status,error,request_id\n");
    const char* openai[] = {"gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-5-mini"};
    const char* anthropic[] = {"claude-haiku-4-5", "claude-sonnet-4-5"};
    const char* features[] = {"chat", "summary", "autofill", "translate"};
    const QDateTime start(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    const qint64 span = qint64(30) * 86400;
    QByteArray line;
    for (qint64 g = 1; g <= rows; ++g) {
        const int consumer = int((g * 31) % 200);
        const bool claude = consumer % 3 == 0;
        const QDateTime at = start.addSecs((g * span) / rows);
        const qint64 in = 100 + (g * 97) % 4000;
        const char* status = g % 200 == 1 ? "denied" : g % 50 == 0 ? "error" : "ok";
        line = at.toString(Qt::ISODate).toLatin1() + ",tenant-" + QByteArray::number(consumer) + "/ai," +
               (claude ? "anthropic," : "openai,") + "user" + QByteArray::number((g * 13) % 50) +
               "@example.com," + features[g % 4] + ',' + (claude ? anthropic[g % 2] : openai[g % 4]) + ',' +
               QByteArray::number(in) + ',' + QByteArray::number(20 + (g * 53) % 900) + ',' +
               QByteArray::number(g % 3 == 0 ? in / 3 : 0) + ",," +
               QByteArray::number(150 + (g * 61) % 3000) + ',' + status + ',' +
               (g % 50 == 0 ? "500,upstream timeout," : "200,,") + "req-" + QByteArray::number(g) + '\n';
        f.write(line);
    }
}

const char* kLoaderColumns =
    "occurred_at text, consumer text, provider text, user_name text, feature text, model text, tokens_in "
    "bigint, tokens_out bigint, tokens_cached bigint, cost text, latency_ms bigint, status text, http_status "
    "int, error text, request_id text UNIQUE";

// The loader's columns in a table indexed as the usage log is (the dedup key with the time, the time, the
// consumer, the user; an id that is never reused) — what the loader itself takes to build what the import
// builds. Loaded as the import loads: the file into an unindexed table first, then one INSERT … SELECT.
const char* kLogShapedColumns =
    "occurred_at text, consumer text, provider text, user_name text, feature text, model text, tokens_in "
    "bigint, tokens_out bigint, tokens_cached bigint, cost text, latency_ms bigint, status text, http_status "
    "int, error text, request_id text";
QString logShapedTable(bool postgres)
{
    return QStringLiteral("CREATE TABLE usage (%1, id %2);\n"
                          "CREATE UNIQUE INDEX usage_dedup ON usage (request_id, occurred_at);\n"
                          "CREATE INDEX usage_time ON usage (occurred_at DESC, id DESC);\n"
                          "CREATE INDEX usage_consumer ON usage (consumer, occurred_at DESC);\n"
                          "CREATE INDEX usage_user ON usage (user_name, occurred_at DESC);\n")
        .arg(QLatin1String(kLogShapedColumns),
             postgres ? QStringLiteral("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                      : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
}
QString logShapedLoad(bool postgres, const QString& csv)
{
    const QString columns = QStringLiteral("occurred_at, consumer, provider, user_name, feature, model, "
                                           "tokens_in, tokens_out, tokens_cached, cost, latency_ms, status, "
                                           "http_status, error, request_id");
    return QStringLiteral(
               "CREATE TEMP TABLE st (%1);\n%2\nBEGIN;\nINSERT INTO usage (%3) SELECT %3 FROM st;\n"
               "COMMIT;\n")
        .arg(QLatin1String(kLogShapedColumns),
             postgres ? QStringLiteral("\\copy st FROM '%1' CSV HEADER").arg(csv)
                      : QStringLiteral(".import --csv --skip 1 %1 st").arg(csv),
             columns);
}
// The loader's rows into the usage log itself, in a migrated database: the file into an unindexed table
// first, then in one transaction its new consumers registered and every row into api_usage by one
// INSERT … SELECT resolving consumer and provider by code, duplicates skipped by the log's own key. The
// database alone doing the import's insert, with the log's foreign keys, checks, partitions and indexes —
// and none of the import's validation, pricing, counters or audit.
QString logItselfLoad(bool postgres, const QString& csv)
{
    const QString at = postgres ? QStringLiteral("st.occurred_at::timestamptz")
                                : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', st.occurred_at)");
    const QString partitions =
        postgres
            ? QStringLiteral("SELECT fusion_usage_partition(m) FROM (SELECT DISTINCT "
                             "date_trunc('month', occurred_at::timestamptz AT TIME ZONE 'UTC')::date AS m "
                             "FROM st) months;\n")
            : QString();
    return QStringLiteral(
               "CREATE TEMP TABLE st (%1);\n%2\nBEGIN;\n%3"
               "INSERT INTO consumers (code) SELECT DISTINCT consumer FROM st WHERE true ON CONFLICT (code) "
               "DO "
               "NOTHING;\n"
               "INSERT INTO api_usage (occurred_at, consumer_id, provider_id, user_name, feature, model, "
               "tokens_in, tokens_out, tokens_cached, cost_micros, priced, latency_ms, status, http_status, "
               "error, source, dedup_key) SELECT %4, c.id, p.id, st.user_name, st.feature, st.model, "
               "st.tokens_in, st.tokens_out, st.tokens_cached, 0, %5, st.latency_ms, st.status, "
               "st.http_status, coalesce(st.error, ''), 'import', 'id:' || st.request_id FROM st JOIN "
               "consumers c ON c.code = st.consumer JOIN providers p ON p.code = st.provider WHERE true ON "
               "CONFLICT (dedup_key, occurred_at) DO NOTHING;\nCOMMIT;\n")
        .arg(QLatin1String(kLogShapedColumns),
             postgres ? QStringLiteral("\\copy st FROM '%1' CSV HEADER").arg(csv)
                      : QStringLiteral(".import --csv --skip 1 %1 st").arg(csv),
             partitions, at, postgres ? QStringLiteral("true") : QStringLiteral("1"));
}

// What a loader left in the log must be every row, or its time means nothing.
void expectRows(const QStringList& command, qint64 rows, const char* what)
{
    QProcess p;
    p.start(command.first(), command.mid(1));
    p.waitForFinished(-1);
    const qint64 found = p.readAllStandardOutput().trimmed().toLongLong();
    if (found != rows) {
        std::fprintf(stderr, "%s stored %lld rows, not %lld: %s\n", what, static_cast<long long>(found),
                     static_cast<long long>(rows), p.readAllStandardError().constData());
        std::exit(1);
    }
}

bool writeScript(const QString& path, const QString& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(text.toUtf8()) == text.toUtf8().size();
}

void line(const char* what, qint64 rows, const Run& r, double baseline)
{
    std::printf("  %-34s %8.2f s %10.0f rows/s", what, r.seconds, double(rows) / r.seconds);
    if (r.cpuSeconds > 0)
        std::printf("  cpu %6.2f s", r.cpuSeconds);
    if (r.peakKb > 0)
        std::printf("  peak %6.0f MB", double(r.peakKb) / 1024.0);
    if (baseline > 0)
        std::printf("  %5.2f x the loader", r.seconds / baseline);
    std::printf("\n");
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("fusionctl"), QStringLiteral("fusionctl to run"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("rows per file, comma-separated"),
                      QStringLiteral("list"), QStringLiteral("200000,1000000")});
    parser.addOption({QStringLiteral("host"),
                      QStringLiteral("PostgreSQL socket directory (else SQLite only)"),
                      QStringLiteral("dir")});
    parser.process(app);
    const QString fusionctl = parser.value(QStringLiteral("fusionctl"));
    if (fusionctl.isEmpty()) {
        std::fprintf(stderr, "--fusionctl is required\n");
        return 2;
    }
    const QString host = parser.value(QStringLiteral("host"));
    QTemporaryDir dir;
    // fusionctl's settings and keychain stay out of the person's own.
    qputenv("HOME", dir.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (dir.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (dir.path() + QStringLiteral("/data")).toLocal8Bit());
    std::printf("Usage import, fusionctl against the databases' own loaders on the same file\n");
    int round = 0;
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const qint64 rows = size.toLongLong();
        const QString csv = dir.filePath(QStringLiteral("usage-%1.csv").arg(rows));
        generate(csv, rows);
        std::printf("\n%lld rows, %.0f MB of CSV\n", static_cast<long long>(rows),
                    double(QFile(csv).size()) / 1e6);

        // The reader alone: what reading and checking costs before any database.
        {
            QFile f(csv);
            f.open(QIODevice::ReadOnly);
            UsageFileReader reader(f, csv);
            QList<UsageFileReader::Row> read;
            QList<UsageRejected> rejected;
            qint64 n = 0;
            QElapsedTimer t;
            t.start();
            while (reader.next(read, rejected))
                n += read.size();
            Run r;
            r.seconds = double(t.nsecsElapsed()) / 1e9;
            line("UsageFileReader (no database)", n, r, 0);
        }

        // SQLite.
        const QString loaderDb = dir.filePath(QStringLiteral("loader-%1.db").arg(rows));
        run({QStringLiteral("sqlite3"), loaderDb,
             QStringLiteral("CREATE TABLE usage (%1)").arg(QString::fromLatin1(kLoaderColumns))});
        const Run loader = run({QStringLiteral("sqlite3"), loaderDb,
                                QStringLiteral(".import --csv --skip 1 %1 usage").arg(csv)});
        line("sqlite3 .import", rows, loader, 0);
        const QString shapedDb = dir.filePath(QStringLiteral("shaped-%1.db").arg(rows));
        const QString shapedSql = dir.filePath(QStringLiteral("shaped.sql"));
        writeScript(shapedSql, logShapedLoad(false, csv));
        run({QStringLiteral("sqlite3"), shapedDb, logShapedTable(false)});
        const Run shaped = run({QStringLiteral("sqlite3"), shapedDb}, shapedSql);
        line("  the same into the log's indexes", rows, shaped, loader.seconds);
        QFile::remove(shapedDb);
        const QString ours = dir.filePath(QStringLiteral("fusion-%1.db").arg(rows));
        run({fusionctl, QStringLiteral("--db"), QStringLiteral("sqlite:") + ours, QStringLiteral("db"),
             QStringLiteral("migrate"), QStringLiteral("--yes")});
        const QString itselfDb = dir.filePath(QStringLiteral("itself-%1.db").arg(rows));
        QFile::copy(ours, itselfDb);
        const QString itselfSql = dir.filePath(QStringLiteral("itself.sql"));
        // As fusionctl opens the file: foreign keys checked, the same page cache for the write.
        writeScript(itselfSql, QStringLiteral("PRAGMA foreign_keys = ON;\nPRAGMA cache_size = -65536;\n") +
                                   logItselfLoad(false, csv));
        const Run itself = run({QStringLiteral("sqlite3"), QStringLiteral("-bail"), itselfDb}, itselfSql);
        expectRows({QStringLiteral("sqlite3"), itselfDb, QStringLiteral("SELECT count(*) FROM api_usage")},
                   rows, "sqlite3 into the usage log");
        line("  the same into the log itself", rows, itself, loader.seconds);
        QFile::remove(itselfDb);
        const Run imported =
            run({fusionctl, QStringLiteral("--db"), QStringLiteral("sqlite:") + ours, QStringLiteral("usage"),
                 QStringLiteral("import"), csv, QStringLiteral("--yes")});
        line("fusionctl usage import (SQLite)", rows, imported, loader.seconds);
        std::printf("  %-34s %8.2f x the loader into the log's indexes\n", "",
                    imported.seconds / shaped.seconds);
        std::printf("  %-34s %8.2f x the loader into the usage log itself\n", "",
                    imported.seconds / itself.seconds);
        const Run again =
            run({fusionctl, QStringLiteral("--db"), QStringLiteral("sqlite:") + ours, QStringLiteral("usage"),
                 QStringLiteral("import"), csv, QStringLiteral("--yes")});
        line("  the same file again (all skipped)", rows, again, loader.seconds);
        QFile::remove(loaderDb);
        QFile::remove(ours);

        if (!host.isEmpty()) {
            ++round;
            const QString loaderName = QStringLiteral("bench_loader_%1").arg(round);
            const QString oursName = QStringLiteral("bench_import_%1").arg(round);
            bench::psql(host, QStringLiteral("postgres"),
                        QStringLiteral("CREATE DATABASE %1").arg(loaderName));
            bench::psql(host, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(oursName));
            bench::psql(host, loaderName,
                        QStringLiteral("CREATE TABLE usage (%1)").arg(QString::fromLatin1(kLoaderColumns)));
            const Run copy =
                run({QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                     host, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), loaderName,
                     QStringLiteral("-c"), QStringLiteral("\\copy usage FROM '%1' CSV HEADER").arg(csv)});
            line("psql \\copy", rows, copy, 0);
            const QString shapedName = QStringLiteral("bench_shaped_%1").arg(round);
            bench::psql(host, QStringLiteral("postgres"),
                        QStringLiteral("CREATE DATABASE %1").arg(shapedName));
            bench::psql(host, shapedName, logShapedTable(true));
            const QString shapedPgSql = dir.filePath(QStringLiteral("shaped-pg.sql"));
            writeScript(shapedPgSql, logShapedLoad(true, csv));
            const Run shapedPg =
                run({QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                     host, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), shapedName,
                     QStringLiteral("-f"), shapedPgSql});
            line("  the same into the log's indexes", rows, shapedPg, copy.seconds);
            bench::psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(shapedName));
            const QString url = QStringLiteral("postgresql://postgres@/%1?host=%2").arg(oursName, host);
            run({fusionctl, QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("migrate"),
                 QStringLiteral("--yes")});
            const QString itselfName = QStringLiteral("bench_itself_%1").arg(round);
            bench::psql(host, QStringLiteral("postgres"),
                        QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(itselfName, oursName));
            const QString itselfPgSql = dir.filePath(QStringLiteral("itself-pg.sql"));
            writeScript(itselfPgSql, logItselfLoad(true, csv));
            const Run itselfPg = run(
                {QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                 host, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), itselfName,
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), itselfPgSql});
            expectRows({QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-At"),
                        QStringLiteral("-h"), host, QStringLiteral("-U"), QStringLiteral("postgres"),
                        QStringLiteral("-d"), itselfName, QStringLiteral("-c"),
                        QStringLiteral("SELECT count(*) FROM api_usage")},
                       rows, "psql into the usage log");
            line("  the same into the log itself", rows, itselfPg, copy.seconds);
            bench::psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(itselfName));
            const Run pg = run({fusionctl, QStringLiteral("--db"), url, QStringLiteral("usage"),
                                QStringLiteral("import"), csv, QStringLiteral("--yes")});
            line("fusionctl usage import (PostgreSQL)", rows, pg, copy.seconds);
            std::printf("  %-34s %8.2f x the loader into the log's indexes\n", "",
                        pg.seconds / shapedPg.seconds);
            std::printf("  %-34s %8.2f x the loader into the usage log itself\n", "",
                        pg.seconds / itselfPg.seconds);
            const Run pgAgain = run({fusionctl, QStringLiteral("--db"), url, QStringLiteral("usage"),
                                     QStringLiteral("import"), csv, QStringLiteral("--yes")});
            line("  the same file again (all skipped)", rows, pgAgain, copy.seconds);
            bench::psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(loaderName));
            bench::psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(oursName));
        }
        QFile::remove(csv);
    }
    return 0;
}
