#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

// What the benchmark programs share: summarising timings, and running SQL as the throwaway server's
// superuser.
namespace fusion::bench {

struct Figures {
    double min = 0, median = 0, p95 = 0, p99 = 0, max = 0;
};

inline Figures summarise(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    auto at = [&samples](double q) {
        return samples[std::min<qsizetype>(samples.size() - 1, qsizetype(double(samples.size()) * q))];
    };
    Figures f;
    f.min = samples.first();
    f.median = samples[samples.size() / 2];
    f.p95 = at(0.95);
    f.p99 = at(0.99);
    f.max = samples.last();
    return f;
}

// Milliseconds per run of `query`, `runs` times after one run that warms the caches (a person's first page is
// rarely the server's first query).
inline Figures timeQuery(const std::function<void()>& query, int runs)
{
    QList<double> samples;
    query();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        query();
        samples << double(t.nsecsElapsed()) / 1e6;
    }
    return summarise(samples);
}

// Runs one SQL command with psql as postgres; a failure ends the benchmark (its figures would mean nothing).
inline void psql(const QString& host, const QString& database, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), host, QStringLiteral("-U"),
             QStringLiteral("postgres"), QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    p.waitForFinished(-1);
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "psql failed: %s\n", p.readAllStandardError().constData());
        std::exit(1);
    }
}

} // namespace fusion::bench
