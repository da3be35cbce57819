#include "app/cli/StopSignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fusion::cli {

#ifdef Q_OS_UNIX
namespace {

int g_stopPipe[2] = {-1, -1};
struct sigaction g_previousTerm;
struct sigaction g_previousInt;

extern "C" void stopSignalsHandler(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    // Nothing useful can be done here if the pipe is full: a stop is already waiting in it.
    [[maybe_unused]] const ssize_t written = ::write(g_stopPipe[1], &byte, 1);
    errno = saved;
}

} // namespace
#endif

StopSignals::StopSignals(std::function<void(int)> stop, QObject* parent)
    : QObject(parent)
    , m_stop(std::move(stop))
{
#ifdef Q_OS_UNIX
    if (g_stopPipe[0] != -1 || ::pipe(g_stopPipe) != 0)
        return;
    for (const int fd : g_stopPipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        int signal = 0;
        while (::read(g_stopPipe[0], &byte, 1) == 1)
            signal = byte;
        if (signal != 0 && m_stop)
            m_stop(signal);
    });
    struct sigaction action = {};
    action.sa_handler = stopSignalsHandler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, &g_previousTerm);
    ::sigaction(SIGINT, &action, &g_previousInt);
    m_installed = true;
#endif
}

StopSignals::~StopSignals()
{
#ifdef Q_OS_UNIX
    if (!m_installed)
        return;
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    delete m_notifier;
    ::close(g_stopPipe[0]);
    ::close(g_stopPipe[1]);
    g_stopPipe[0] = g_stopPipe[1] = -1;
#endif
}

} // namespace fusion::cli
