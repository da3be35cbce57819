#include "ui/support/StatusLinksPanel.h"

#include "models/roles/Capabilities.h"
#include "models/tenants/TenantRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"
#include "ui/support/StatusLinkDialog.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

enum StatusLinksColumn { ColName, ColState, ColLatency, ColChecked, ColScope, ColAddress };

const QColor kStatusUp(0x2e, 0x7d, 0x32);
const QColor kStatusDown(0xc6, 0x28, 0x28);
const QColor kStatusUnknown(0x9e, 0x9e, 0x9e);

// A filled dot in the state's colour: with the words next to it, the state reads without colour too.
QIcon statusLinksDot(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

StatusLinksPanel::StatusLinksPanel(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("statusLinksPanel"));
    auto* layout = new QVBoxLayout(this);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("statusScopeLabel"));
    m_scope->setWordWrap(true);
    layout->addWidget(m_scope);
    placeMessageBar(layout, 1);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("statusLinksList"));
    m_list->setHeaderLabels(
        {tr("Name"), tr("State"), tr("Latency"), tr("Last checked (UTC)"), tr("Seen by"), tr("Address")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Double-click a link to open it in the browser."));
    layout->addWidget(m_list, 1);
    coverWhileLoading(m_list);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("statusEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("statusDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto* actions = new QHBoxLayout;
    m_checkNow = new QPushButton(tr("Check &now"), this);
    m_checkNow->setObjectName(QStringLiteral("statusCheckButton"));
    m_open = new QPushButton(tr("Open in &browser"), this);
    m_open->setObjectName(QStringLiteral("statusOpenButton"));
    m_add = makeWriteButton(QStringLiteral("statusAddButton"), tr("A&dd…"), this);
    m_edit = makeWriteButton(QStringLiteral("statusEditButton"), tr("&Edit…"), this);
    m_remove = makeWriteButton(QStringLiteral("statusRemoveButton"), tr("Re&move…"), this);
    m_up = makeWriteButton(QStringLiteral("statusUpButton"), tr("Move &up…"), this);
    m_down = makeWriteButton(QStringLiteral("statusDownButton"), tr("Move do&wn…"), this);
    for (QPushButton* b : {m_checkNow, m_open})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton* b : {m_add, m_edit, m_remove, m_up, m_down})
        actions->addWidget(b);
    layout->addLayout(actions);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    layout->addWidget(m_summary);

    connect(m_checkNow, &QPushButton::clicked, this, &StatusLinksPanel::checkNow);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto l = selected())
            openLink(*l);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const qint64 id = item->data(ColName, Qt::UserRole).toLongLong();
        for (const StatusLink& l : std::as_const(m_data.links))
            if (l.id == id)
                openLink(l);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, &StatusLinksPanel::addLink);
    connect(m_edit, &QPushButton::clicked, this, &StatusLinksPanel::editLink);
    connect(m_remove, &QPushButton::clicked, this, &StatusLinksPanel::removeLink);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLink(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLink(1); });
    watchTables({QStringLiteral("status_links"), QStringLiteral("tenants")});
    updateButtons();
}

void StatusLinksPanel::reload()
{
    loadPane(
        [](Database& db) {
            Data d;
            d.links = StatusLinks::list(db);
            d.tenants = TenantRepository(db).liveSlugs();
            return d;
        },
        [this](const Data& d) { apply(d); });
}

void StatusLinksPanel::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    // Each time the tab is shown: what a person looks at is the state now, not when the app started.
    if (hasLoadedOnce())
        checkNow();
}

void StatusLinksPanel::apply(const Data& d)
{
    const std::optional<StatusLink> was = selected();
    const qint64 keep = m_wanted ? m_wanted : (was ? was->id : 0);
    m_wanted = 0;
    // A result belongs to an address: one whose link now points elsewhere is forgotten.
    QHash<qint64, StatusCheckResult> kept;
    for (const StatusLink& l : d.links)
        if (auto it = m_results.constFind(l.id); it != m_results.constEnd() && it->url == l.url)
            kept.insert(l.id, *it);
    m_results = kept;
    m_data = d;

    const Capabilities& caps = m_context->capabilities();
    m_scope->setText(caps.isOwner()
                         ? tr("The platform's status links, checked live each time you open this tab. As an "
                              "owner you add, edit, reorder and remove them.")
                     : caps.has(Roles::TenantAdmin) && !caps.has(Roles::Operator)
                         ? tr("The platform's status links and those of your tenants (%1), checked live each "
                              "time you open this tab.")
                               .arg(caps.tenantScope.join(QStringLiteral(", ")))
                         : tr("The platform's status links, checked live each time you open this tab. Owners "
                              "maintain the list."));
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        QTreeWidgetItem* select = nullptr;
        for (const StatusLink& l : d.links) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(ColName, l.name);
            item->setData(ColName, Qt::UserRole, l.id);
            item->setToolTip(ColName, l.description.isEmpty() ? l.url : l.description);
            item->setText(ColScope, l.tenantSlug.isEmpty() ? tr("everyone") : l.tenantSlug);
            item->setText(ColAddress, l.url);
            item->setIcon(ColState, statusLinksDot(kStatusUnknown));
            item->setText(ColState, tr("not checked yet"));
            if (l.id == keep)
                select = item;
        }
        if (!select && m_list->topLevelItemCount() > 0)
            select = m_list->topLevelItem(0);
        if (select)
            m_list->setCurrentItem(select);
    }
    for (const StatusCheckResult& r : std::as_const(m_results))
        showResult(r);
    for (int c = 0; c < ColAddress; ++c)
        m_list->resizeColumnToContents(c);
    const bool empty = d.links.isEmpty();
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(caps.isOwner()
                         ? tr("No status links yet. Add the platform's status page, Grafana or "
                              "Keycloak's console with Add…; everyone then sees them checked here.")
                         : tr("No status links yet. An owner adds them (the platform's status page, "
                              "Grafana, …); they are checked here."));
    showSelected();
    updateButtons();
    if (isVisible())
        checkNow();
}

void StatusLinksPanel::checkNow()
{
    if (StatusCheck* abandoned = m_check.data())
        abandoned->deleteLater(); // its requests are aborted and its answers ignored
    if (m_data.links.isEmpty()) {
        m_summary->clear();
        updateButtons();
        return;
    }
    auto* check = new StatusCheck(this);
    check->setTimeoutMs(m_timeoutMs);
    m_check = check;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        item->setText(ColState, tr("checking…"));
        item->setIcon(ColState, statusLinksDot(kStatusUnknown));
    }
    m_summary->setText(tr("Checking every link…"));
    m_summary->setStyleSheet(QString());
    connect(check, &StatusCheck::checked, this, [this, check](const StatusCheckResult& r) {
        if (check != m_check)
            return;
        m_results.insert(r.linkId, r);
        showResult(r);
        if (const auto l = selected(); l && l->id == r.linkId)
            showSelected();
    });
    check->start(m_data.links, [this, check](const QList<StatusCheckResult>& results) {
        check->deleteLater();
        if (check != m_check)
            return;
        int down = 0;
        for (const StatusCheckResult& r : results)
            if (!r.up)
                ++down;
        m_summary->setText(down ? tr("Down: %1 of %2.").arg(down).arg(results.size())
                                : tr("All up: %1 of %1.").arg(results.size()));
        m_summary->setStyleSheet(down ? QStringLiteral("color: #c62828;")
                                      : QStringLiteral("color: #2e7d32;"));
        for (int c = ColState; c < ColAddress; ++c)
            m_list->resizeColumnToContents(c);
        updateButtons();
    });
    updateButtons();
}

bool StatusLinksPanel::isChecking() const
{
    const StatusCheck* check = m_check.data();
    return check && check->isRunning();
}

void StatusLinksPanel::showResult(const StatusCheckResult& r)
{
    QTreeWidgetItem* item = itemOf(r.linkId);
    if (!item)
        return;
    item->setIcon(ColState, statusLinksDot(r.up ? kStatusUp : kStatusDown));
    item->setText(ColState, r.up                                    ? tr("up (HTTP %1)").arg(r.httpStatus)
                            : r.outcome == QLatin1String("http")    ? tr("down (HTTP %1)").arg(r.httpStatus)
                            : r.outcome == QLatin1String("dns")     ? tr("down (DNS)")
                            : r.outcome == QLatin1String("refused") ? tr("down (refused)")
                            : r.outcome == QLatin1String("tls")     ? tr("down (TLS)")
                            : r.outcome == QLatin1String("timeout") ? tr("down (timeout)")
                                                                    : tr("down"));
    item->setForeground(ColState, r.up ? kStatusUp : kStatusDown);
    item->setToolTip(ColState, r.message);
    item->setText(ColLatency, tr("%L1 ms").arg(r.latencyMs));
    item->setTextAlignment(ColLatency, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(ColChecked, r.checkedAt.toUTC().toString(QStringLiteral("HH:mm:ss")));
}

void StatusLinksPanel::showSelected()
{
    const auto l = selected();
    if (!l) {
        m_detail->clear();
        return;
    }
    const auto r = m_results.constFind(l->id);
    QString text = l->description.isEmpty() ? l->url : tr("%1 — %2").arg(l->url, l->description);
    if (r != m_results.constEnd())
        text += QLatin1Char('\n') + r->message;
    m_detail->setText(text);
    m_detail->setStyleSheet(r == m_results.constEnd() ? QString()
                            : r->up                   ? QStringLiteral("color: #2e7d32;")
                                                      : QStringLiteral("color: #c62828;"));
}

void StatusLinksPanel::updateButtons()
{
    const auto l = selected();
    const bool owner = m_context->capabilities().isOwner();
    const QString notOwner = tr("Only owners change the status links.");
    m_checkNow->setEnabled(!m_data.links.isEmpty());
    m_open->setEnabled(l.has_value());
    m_add->setEnabled(owner);
    m_add->setToolTip(owner ? tr("Add a link everyone (or one tenant's admins) sees checked here.")
                            : notOwner);
    const int row = l ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_edit->setEnabled(owner && l);
    m_remove->setEnabled(owner && l);
    m_up->setEnabled(owner && row > 0);
    m_down->setEnabled(owner && l && row >= 0 && row < m_list->topLevelItemCount() - 1);
    for (QPushButton* b : {m_edit, m_remove, m_up, m_down})
        b->setToolTip(owner ? (l ? QString() : tr("Select a link first.")) : notOwner);
}

std::optional<StatusLink> StatusLinksPanel::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(ColName, Qt::UserRole).toLongLong();
    for (const StatusLink& l : m_data.links)
        if (l.id == id)
            return l;
    return std::nullopt;
}

QTreeWidgetItem* StatusLinksPanel::itemOf(qint64 id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(ColName, Qt::UserRole).toLongLong() == id)
            return m_list->topLevelItem(i);
    return nullptr;
}

void StatusLinksPanel::openLink(const StatusLink& link)
{
    const QUrl url(link.url);
    if (m_opener)
        return m_opener(url);
    if (!QDesktopServices::openUrl(url))
        m_messages->show(
            MessageBar::Warning,
            tr("No browser could be started for %1; copy the address from the list.").arg(link.url));
}

void StatusLinksPanel::addLink()
{
    auto* dialog = new StatusLinkDialog(m_data.tenants, {}, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const StatusLinkInput in = dialog->input();
        WriteRunner::run(
            m_context, this, [in](Database& db) { return StatusLinks::planAdd(db, in); },
            [this, name = in.name](const Result<QJsonObject>& result) {
                if (result)
                    m_wanted = result.value().value(QStringLiteral("link_id")).toInteger();
                afterWrite(result, tr("The status link \"%1\" is added.").arg(name));
            });
    });
    dialog->open();
}

void StatusLinksPanel::editLink()
{
    const auto l = selected();
    if (!l)
        return;
    auto* dialog = new StatusLinkDialog(
        m_data.tenants, StatusLinkInput{l->name, l->url, l->tenantSlug, l->description}, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = l->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const StatusLinkInput in = dialog->input();
        WriteRunner::run(
            m_context, this, [id, in](Database& db) { return StatusLinks::planEdit(db, id, in); },
            [this, id](const Result<QJsonObject>& result) {
                m_wanted = id;
                afterWrite(result, tr("The status link is saved."));
            });
    });
    dialog->open();
}

void StatusLinksPanel::removeLink()
{
    const auto l = selected();
    if (!l)
        return;
    const qint64 id = l->id;
    WriteRunner::run(
        m_context, this, [id](Database& db) { return StatusLinks::planRemove(db, id); },
        [this, name = l->name](const Result<QJsonObject>& result) {
            afterWrite(result, tr("The status link \"%1\" is removed.").arg(name));
        });
}

void StatusLinksPanel::moveLink(int by)
{
    const auto l = selected();
    if (!l)
        return;
    const int to = m_list->indexOfTopLevelItem(m_list->currentItem()) + 1 + by;
    const qint64 id = l->id;
    WriteRunner::run(
        m_context, this, [id, to](Database& db) { return StatusLinks::planMove(db, id, to); },
        [this, id, to](const Result<QJsonObject>& result) {
            m_wanted = id;
            afterWrite(result, tr("The link is at place %1 now.").arg(to));
        });
}

void StatusLinksPanel::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    m_messages->show(MessageBar::Success, done);
    reload();
}

} // namespace fusion
