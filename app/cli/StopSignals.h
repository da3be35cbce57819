#pragma once
// SIGTERM and SIGINT as an ordinary call on the event loop, for a command that runs until stopped (events
// serve): the self-pipe trick. The signal handler only write(2)s the signal's number into a pipe, which is
// all a handler may safely do; a QSocketNotifier on the other end then calls `stop` outside the handler.
#include <QObject>

#include <functional>

class QSocketNotifier;

namespace fusion::cli {

class StopSignals : public QObject {
public:
    // One at a time per process: the handler finds the pipe through a static.
    explicit StopSignals(std::function<void(int signal)> stop, QObject* parent = nullptr);
    ~StopSignals() override; // puts the previous handlers back and closes the pipe

    bool installed() const { return m_installed; }

private:
    std::function<void(int)> m_stop;
    QSocketNotifier* m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace fusion::cli
