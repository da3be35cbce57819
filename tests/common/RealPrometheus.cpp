#include "tests/common/RealPrometheus.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace fusion::test {

namespace {

// A port the kernel just said was free. Another process may take it before Prometheus binds it: launch()
// then sees "address already in use" and tries another.
int promFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// A blocking GET on loopback: test set-up, no event loop involved. The status code, 0 when no answer.
int promGet(int port, const QByteArray& path, QByteArray* body = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(2000))
        return 0;
    socket.write("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    socket.waitForBytesWritten(2000);
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        response += socket.readAll();
    response += socket.readAll();
    if (body)
        *body = response.mid(response.indexOf("\r\n\r\n") + 4);
    const QList<QByteArray> status = response.left(response.indexOf("\r\n")).split(' ');
    return status.size() > 1 ? status.at(1).toInt() : 0;
}

} // namespace

RealPrometheus::RealPrometheus(int scrapeIntervalMs, const QString& binary)
    : m_binary(binary)
    , m_scrapeMs(scrapeIntervalMs)
{
    if (!QFileInfo(m_binary).isExecutable()) {
        m_error = QStringLiteral("%1 is missing: install Debian's package \"prometheus\" "
                                 "(packaging/dev/install-deps.sh --tests)")
                      .arg(m_binary);
        return;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    m_exporter = std::make_unique<FakeExporter>();
    if (!m_exporter->ok()) {
        m_error = QStringLiteral("the exporter did not start: %1").arg(m_exporter->error());
        return;
    }
    const QString interval = QStringLiteral("%1ms").arg(m_scrapeMs);
    QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
    if (!config.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the configuration");
        return;
    }
    config.write(QStringLiteral("global:\n"
                                "  scrape_interval: %1\n"
                                "  evaluation_interval: %1\n"
                                "scrape_configs:\n"
                                "  - job_name: fusion-exporter\n"
                                "    scrape_interval: %1\n"
                                "    scrape_timeout: %1\n"
                                "    static_configs:\n"
                                "      - targets: ['127.0.0.1:%2']\n")
                     .arg(interval)
                     .arg(m_exporter->url().port())
                     .toUtf8());
    config.close();
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_error.clear();
        if (launch(promFreePort()))
            return;
        // Only a port taken in between is worth another try.
        if (!logTail().contains(QLatin1String("address already in use")))
            break;
    }
    m_port = 0;
}

RealPrometheus::~RealPrometheus()
{
    stop();
}

QUrl RealPrometheus::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool RealPrometheus::launch(int port)
{
    if (port <= 0) {
        m_error = QStringLiteral("no free port");
        return false;
    }
    m_port = port;
    m_process = std::make_unique<QProcess>();
    // A test that crashes leaves no Prometheus behind: it gets SIGTERM when its parent goes.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("prometheus.log")), QIODevice::Append);
    m_process->start(
        m_binary,
        {QStringLiteral("--config.file=%1").arg(m_dir.filePath(QStringLiteral("prometheus.yml"))),
         QStringLiteral("--storage.tsdb.path=%1").arg(m_dir.filePath(QStringLiteral("data"))),
         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port), QStringLiteral("--log.level=warn")});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("prometheus did not start: %1").arg(m_process->errorString());
        return false;
    }
    return waitReady(30000);
}

bool RealPrometheus::waitReady(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            m_error =
                QStringLiteral("prometheus exited (code %1): %2").arg(m_process->exitCode()).arg(logTail());
            return false;
        }
        if (promGet(m_port, "/-/ready") == 200)
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("prometheus was not ready within %1 ms: %2").arg(timeoutMs).arg(logTail());
    stop();
    return false;
}

QString RealPrometheus::logTail() const
{
    QFile log(m_dir.filePath(QStringLiteral("prometheus.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(1500));
}

void RealPrometheus::stop()
{
    if (!running())
        return;
    m_process->terminate(); // SIGTERM: Prometheus closes its TSDB cleanly
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool RealPrometheus::start()
{
    if (running())
        return true;
    if (m_port <= 0 || !m_exporter)
        return false;
    m_error.clear();
    return launch(m_port);
}

bool RealPrometheus::waitForScrapes(int scrapes, int timeoutMs)
{
    const int from = m_exporter->stats().value(QStringLiteral("scrapes")).toInt();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_exporter->stats().value(QStringLiteral("scrapes")).toInt() >= from + scrapes)
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace fusion::test
