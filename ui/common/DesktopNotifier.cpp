#include "ui/common/DesktopNotifier.h"

#ifdef FUSION_DESKTOP_NOTIFICATIONS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>
#endif

namespace fusion {

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
}

bool DesktopNotifier::available()
{
#ifdef FUSION_DESKTOP_NOTIFICATIONS
    return QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

void DesktopNotifier::notify(const QString& summary, const QString& body)
{
#ifdef FUSION_DESKTOP_NOTIFICATIONS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.fusion_console.FusionConsole"));
    call << QStringLiteral("Fusion Console") << uint(0)
         << QStringLiteral("io.github.fusion_console.FusionConsole") << summary << body << QStringList()
         << hints << int(-1);
    // Sent, not awaited: the GUI thread never blocks on the bus.
    bus.asyncCall(call);
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
#endif
}

} // namespace fusion
