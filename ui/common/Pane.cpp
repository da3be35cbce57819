#include "ui/common/Pane.h"

#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PaneTabs.h"

#include <QBoxLayout>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

namespace fusion {

Pane::Pane(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messages(new MessageBar(this))
    , m_loads(new Loads(context, this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_context->isReady()) {
            m_stale = false;
            reload();
        }
    });
    connect(context, &AppContext::dataChanged, this, &Pane::onDataChanged);
    connect(context, &AppContext::connected, this, [this] {
        m_stale = true;
        if (isVisible())
            m_refreshTimer->start(0);
    });
}

void Pane::watchTables(const QStringList& tables)
{
    m_tables = tables;
}

void Pane::markLoaded()
{
    m_loadedOnce = true;
    Q_EMIT loaded();
}

void Pane::placeMessageBar(QBoxLayout* layout, int index)
{
    layout->insertWidget(index, m_messages);
}

void Pane::showFailure(const Error& error)
{
    if (error.kind != ErrorKind::NotConfirmed)
        m_messages->showError(error);
}

void Pane::askSaveFile(const SaveFile::Request& request, const SaveFile::Chosen& chosen)
{
    SaveFile::ask(this, request, chosen);
}

void Pane::onDataChanged(const QString& table)
{
    if (!table.isEmpty() && !m_tables.isEmpty() && !m_tables.contains(table))
        return;
    m_stale = true;
    if (isVisible())
        m_refreshTimer->start();
}

void Pane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_context->isReady())
        m_refreshTimer->start(0);
}

bool Pane::showTab(const QString& name)
{
    const QList<QTabWidget*> tabs = findChildren<QTabWidget*>();
    return std::any_of(tabs.begin(), tabs.end(), [&name](QTabWidget* t) { return showNamedTab(t, name); });
}

} // namespace fusion
