#pragma once

#include "tests/common/FakeExporter.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace fusion::test {

// Debian's real Prometheus (/usr/bin/prometheus, package "prometheus") on a free loopback port, with a
// throwaway TSDB and one scrape job (every second) whose one target is a FakeExporter of its own. It is
// stopped (SIGTERM, then killed) when this object goes. The target can be taken down and brought back (the
// exporter answers 503 meanwhile, so Prometheus marks its series stale), and Prometheus itself stopped and
// started again on the same port and TSDB.
class RealPrometheus {
public:
    static constexpr const char* kBinary = "/usr/bin/prometheus";

    // `binary`: another path only to check what happens when it is missing.
    explicit RealPrometheus(int scrapeIntervalMs = 1000,
                            const QString& binary = QString::fromLatin1(kBinary));
    ~RealPrometheus();
    RealPrometheus(const RealPrometheus&) = delete;
    RealPrometheus& operator=(const RealPrometheus&) = delete;

    // False with error() saying why: prometheus missing, the exporter or Prometheus not starting or not
    // ready in time (with the end of its log).
    bool ok() const { return m_error.isEmpty() && m_port > 0; }
    QString error() const { return m_error; }
    QUrl url() const; // http://127.0.0.1:PORT
    FakeExporter& exporter() { return *m_exporter; }

    bool stopTarget() { return m_exporter->setDown(true); }
    bool restartTarget() { return m_exporter->setDown(false); }
    // Prometheus itself; start() again on the same port and TSDB, true once it is ready.
    void stop();
    bool start();
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    // Blocks until Prometheus has scraped the target at least `scrapes` more times (by the exporter's count).
    bool waitForScrapes(int scrapes, int timeoutMs = 20000);

private:
    bool launch(int port);
    bool waitReady(int timeoutMs);
    QString logTail() const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeExporter> m_exporter;
    std::unique_ptr<QProcess> m_process;
    QString m_binary;
    int m_scrapeMs;
    int m_port = 0;
    QString m_error;
};

} // namespace fusion::test
