#pragma once

#include <QObject>
#include <QString>

namespace fusion {

// Shows a notification on the desktop through the freedesktop notification service on the session bus
// (GNOME, KDE, Xfce, …). The call is sent and never waited for; without a session bus or a notification
// service it quietly does nothing — the app shows the same facts in its own windows.
class DesktopNotifier : public QObject {
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject* parent = nullptr);
    void notify(const QString& summary, const QString& body);
    static bool available();
};

} // namespace fusion
