#include "ui/access/AlertWatcher.h"

#include "models/policy/BudgetAlerts.h"
#include "models/storage/DbWorker.h"
#include "ui/common/AppContext.h"
#include "ui/common/DesktopNotifier.h"

#include <QTimer>

namespace fusion {

AlertWatcher::AlertWatcher(AppContext* context, DesktopNotifier* notifier, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_notifier(notifier)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60000);
    connect(m_timer, &QTimer::timeout, this, &AlertWatcher::check);
    connect(context, &AppContext::connected, this, [this] {
        m_lastSeen = -1;
        m_timer->start();
        check();
    });
    connect(context, &AppContext::disconnected, m_timer, &QTimer::stop);
    connect(context, &AppContext::dataChanged, this, [this](const QString& table) {
        if (table == QLatin1String("budget_alerts") || table == QLatin1String("usage_daily") ||
            table == QLatin1String("usage_counters"))
            check();
    });
}

void AlertWatcher::check()
{
    if (!m_context->isReady() || m_checking || !m_context->capabilities().can(Capability::ViewUsage))
        return;
    m_checking = true;
    m_context->worker()->run<QList<BudgetAlert>>(
        this, [](Database& db) { return BudgetAlerts::list(db, false); },
        [this](const Result<QList<BudgetAlert>>& result) {
            m_checking = false;
            if (!result)
                return; // the panes report database trouble; a notifier stays quiet
            const QList<BudgetAlert>& open = result.value();
            qint64 newest = 0;
            QStringList fresh;
            for (const BudgetAlert& a : open) {
                newest = qMax(newest, a.id);
                if (m_lastSeen >= 0 && a.id > m_lastSeen)
                    fresh << a.text();
            }
            const bool first = m_lastSeen < 0;
            m_lastSeen = qMax(m_lastSeen, newest);
            if (first && !open.isEmpty()) {
                m_notifier->notify(
                    tr("Budget alerts"),
                    tr("%n budget alert(s) are waiting to be acknowledged.", nullptr, int(open.size())));
                Q_EMIT newAlerts({}, int(open.size()));
                return;
            }
            if (fresh.isEmpty())
                return;
            if (fresh.size() <= 3) {
                for (const QString& text : std::as_const(fresh))
                    m_notifier->notify(tr("Budget alert"), text);
            } else {
                m_notifier->notify(tr("Budget alerts"),
                                   tr("%n new budget alert(s), among them: %1", nullptr, int(fresh.size()))
                                       .arg(fresh.first()));
            }
            Q_EMIT newAlerts(fresh, int(open.size()));
        });
}

} // namespace fusion
