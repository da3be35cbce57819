#include "ui/common/Pane.h"

#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PaneTabs.h"

#include <QBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

namespace fusion {

Pane::Pane(AppContext* context, QWidget* parent, ReadRoute route)
    : QWidget(parent)
    , m_context(context)
    , m_messages(new MessageBar(this))
    , m_loads(new Loads(context, this, route))
    , m_refreshTimer(new QTimer(this))
{
    if (route == ReadRoute::StandbyAllowed) {
        m_readSource = new QLabel(this);
        m_readSource->setObjectName(QStringLiteral("readSourceLabel"));
        m_readSource->setTextFormat(Qt::PlainText);
        m_readSource->setForegroundRole(QPalette::PlaceholderText);
        m_readSource->hide();
        // The pane's own data names the server; the other loads of the pane go the same way.
        connect(m_loads, &Loads::readFrom, this, [this](const QString& key, const QString& standby) {
            if (!key.isEmpty())
                return;
            m_readSource->setText(
                tr("Read from standby %1 — figures may trail the primary by a moment.").arg(standby));
            m_readSource->setVisible(!standby.isEmpty());
        });
    }
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
    if (m_readSource)
        layout->insertWidget(index + 1, m_readSource);
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
