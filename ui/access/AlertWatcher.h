#pragma once

#include <QObject>

class QTimer;

namespace fusion {

class AppContext;
class DesktopNotifier;

// Looks for budget alerts that fired since it last looked — when usage or rules change, and once a minute —
// and shows each new one as a desktop notification (a summary when several arrive at once). Alerts already
// open when the database is opened are announced once, as a count.
class AlertWatcher : public QObject {
    Q_OBJECT

public:
    AlertWatcher(AppContext* context, DesktopNotifier* notifier, QObject* parent = nullptr);
    void check();

Q_SIGNALS:
    void newAlerts(const QStringList& texts, int open); // after each check that found some

private:
    AppContext* m_context;
    DesktopNotifier* m_notifier;
    QTimer* m_timer;
    qint64 m_lastSeen = -1; // -1: not looked yet on this database
    bool m_checking = false;
};

} // namespace fusion
