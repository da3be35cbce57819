#include "ui/support/SupportPane.h"

#include "models/jobs/ChannelPost.h"
#include "models/roles/Capabilities.h"
#include "models/tenants/TenantRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PaneTabs.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"
#include "ui/support/RunbookViewer.h"
#include "ui/support/StatusLinksPanel.h"
#include "ui/support/SupportDialogs.h"
#include "ui/support/SupportThreadView.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QString supportTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QColor supportSeverityColor(const QString& severity)
{
    if (severity == QLatin1String("urgent"))
        return QColor(0xc6, 0x28, 0x28);
    if (severity == QLatin1String("high"))
        return QColor(0xe6, 0x5c, 0x00);
    return {};
}

} // namespace

SupportPane::SupportPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("supportPane"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Support"), this);
    Theme::makeHeading(heading);
    layout->addWidget(heading);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("supportScopeLabel"));
    m_scope->setWordWrap(true);
    layout->addWidget(m_scope);
    placeMessageBar(layout, 2);

    auto* split = new QSplitter(Qt::Horizontal, this);
    // Left: the requests, filtered, with the selected one below and what may be done with it.
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_state = new QComboBox(left);
    m_state->setObjectName(QStringLiteral("supportStateFilter"));
    m_state->addItem(tr("Open and answered"), QStringLiteral("active"));
    m_state->addItem(tr("All states"), QString());
    for (const QString& s : SupportRequests::states())
        m_state->addItem(SupportRequests::stateLabel(s), s);
    m_severity = new QComboBox(left);
    m_severity->setObjectName(QStringLiteral("supportSeverityFilter"));
    m_severity->addItem(tr("All severities"), QString());
    for (const QString& s : SupportRequests::severities())
        m_severity->addItem(SupportRequests::severityLabel(s), s);
    m_tenant = new QComboBox(left);
    m_tenant->setObjectName(QStringLiteral("supportTenantFilter"));
    m_tenant->addItem(tr("All tenants"), QString());
    m_tenant->setMinimumContentsLength(16);
    filters->addWidget(new QLabel(tr("Show:"), left));
    filters->addWidget(m_state);
    filters->addWidget(m_severity);
    filters->addWidget(m_tenant);
    filters->addStretch(1);
    leftLayout->addLayout(filters);

    auto* vsplit = new QSplitter(Qt::Vertical, left);
    m_requests = new QTreeWidget(vsplit);
    m_requests->setObjectName(QStringLiteral("supportRequestsList"));
    m_requests->setHeaderLabels(
        {tr("#"), tr("Tenant"), tr("Severity"), tr("State"), tr("Opened (UTC)"), tr("By"), tr("Subject")});
    m_requests->setRootIsDecorated(false);
    m_requests->setAlternatingRowColors(true);
    m_requests->setUniformRowHeights(true);
    m_requests->header()->setStretchLastSection(true);
    m_thread = new SupportThreadView(context, QStringLiteral("supportReplyButton"), vsplit);
    m_thread->browser()->setObjectName(QStringLiteral("supportDetail"));
    vsplit->addWidget(m_requests);
    vsplit->addWidget(m_thread);
    // The conversation gets the larger share: it is what is read; the list is scanned.
    vsplit->setStretchFactor(0, 2);
    vsplit->setStretchFactor(1, 3);
    leftLayout->addWidget(vsplit, 1);
    coverWhileLoading(m_requests);

    auto* actions = new QHBoxLayout;
    m_open = makeWriteButton(QStringLiteral("supportOpenButton"), tr("&Open request…"), left);
    m_close = makeWriteButton(QStringLiteral("supportCloseButton"), tr("&Close…"), left);
    m_reopen = makeWriteButton(QStringLiteral("supportReopenButton"), tr("&Reopen…"), left);
    m_post = makeWriteButton(QStringLiteral("supportPostButton"), tr("&Post to channel…"), left);
    for (QPushButton* b : {m_open, m_close, m_reopen, m_post})
        actions->addWidget(b);
    actions->addStretch(1);
    leftLayout->addLayout(actions);
    m_postResult = new QLabel(left);
    m_postResult->setObjectName(QStringLiteral("supportPostResult"));
    m_postResult->setWordWrap(true);
    m_postResult->setTextFormat(Qt::PlainText);
    // Never squeezed below its text's height: the thread above gives way instead.
    m_postResult->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_postResult->hide();
    leftLayout->addWidget(m_postResult);

    // Right: the runbooks.
    auto* box = new QGroupBox(tr("Runbooks"), split);
    auto* boxLayout = new QVBoxLayout(box);
    auto* intro =
        new QLabel(tr("What to check and do when an operation fails. A failed operation links to the "
                      "runbook of its type."),
                   box);
    intro->setWordWrap(true);
    boxLayout->addWidget(intro);
    m_runbooks = new QListWidget(box);
    m_runbooks->setObjectName(QStringLiteral("runbooksList"));
    m_runbooks->setWordWrap(true);
    // Wide enough for the longest shipped title: the list is what people scan for the failure they have.
    box->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("Decommissioning a tenant failed (edited)")) + 48);
    boxLayout->addWidget(m_runbooks, 1);
    m_openRunbook = new QPushButton(tr("Open &runbook"), box);
    m_openRunbook->setObjectName(QStringLiteral("runbookOpenButton"));
    boxLayout->addWidget(m_openRunbook);
    split->addWidget(left);
    split->addWidget(box);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // Requests and runbooks first; the platform's status links, checked live, on a tab of their own (their
    // checks run only while that tab is shown).
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("supportTabs"));
    addNamedTab(tabs, split, tr("Requests and runbooks"), QStringLiteral("requests"));
    addNamedTab(tabs, new StatusLinksPanel(context, tabs), tr("Status"), QStringLiteral("status"));
    layout->addWidget(tabs, 1);

    for (QComboBox* c : {m_state, m_severity, m_tenant})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_requests, &QTreeWidget::itemSelectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_open, &QPushButton::clicked, this, &SupportPane::openRequest);
    m_thread->setOnReplied([this](const Result<QJsonObject>& result) {
        afterWrite(result, result && result.value().value(QStringLiteral("state")).toString() ==
                                         QLatin1String("answered")
                               ? tr("Reply sent; the request is answered.")
                               : tr("Reply sent; the request is open for the operators."));
    });
    connect(m_close, &QPushButton::clicked, this, [this] { move(true); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { move(false); });
    connect(m_post, &QPushButton::clicked, this, &SupportPane::post);
    connect(m_runbooks, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openRunbook(item->data(Qt::UserRole).toString()); });
    connect(m_openRunbook, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_runbooks->currentItem())
            openRunbook(item->data(Qt::UserRole).toString());
    });
    connect(m_runbooks, &QListWidget::currentRowChanged, this, &SupportPane::updateButtons);
    watchTables({QStringLiteral("support_requests"), QStringLiteral("support_messages"),
                 QStringLiteral("runbooks"), QStringLiteral("tenants")});
    updateButtons();
}

void SupportPane::reload()
{
    SupportFilter filter;
    const QString state = m_state->currentData().toString();
    filter.state = state == QLatin1String("active") ? QString() : state;
    filter.severity = m_severity->currentData().toString();
    filter.tenant = m_tenant->currentData().toString();
    const bool activeOnly = state == QLatin1String("active");
    loadPane(
        [filter, activeOnly](Database& db) {
            Data d;
            for (const SupportRequest& r : SupportRequests::list(db, filter))
                if (!activeOnly || r.state != QLatin1String("closed"))
                    d.requests << r;
            QList<qint64> ids;
            for (const SupportRequest& r : d.requests)
                ids << r.id;
            d.threads = SupportRequests::threads(db, ids);
            d.runbooks = Runbooks::list(db);
            d.tenants = TenantRepository(db).liveSlugs();
            return d;
        },
        [this](const Data& d) { apply(d); });
}

void SupportPane::apply(const Data& d)
{
    const std::optional<SupportRequest> was = selected();
    const qint64 keep = m_wanted ? m_wanted : (was ? was->id : 0);
    m_data = d;
    const Capabilities& caps = m_context->capabilities();
    m_scope->setText(
        caps.isOwner() ? tr("As an owner you see every request, open them for any tenant, answer, "
                            "close and edit the runbooks.")
        : caps.has(Roles::Operator) ? tr("You see every tenant's requests and answer, close or reopen "
                                         "them.")
        : caps.has(Roles::TenantAdmin)
            ? tr("You see the requests of your tenants (%1), open new ones and reply in their threads; "
                 "operators answer them.")
                  .arg(caps.tenantScope.join(QStringLiteral(", ")))
            : tr("You read the requests; operators answer them."));

    // The tenant filter offers the tenants this login may see, keeping the choice.
    const QString chosenTenant = m_tenant->currentData().toString();
    {
        const QSignalBlocker block(m_tenant);
        m_tenant->clear();
        m_tenant->addItem(tr("All tenants"), QString());
        for (const QString& slug : d.tenants)
            m_tenant->addItem(slug, slug);
        m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(chosenTenant)));
    }

    {
        const QSignalBlocker block(m_requests);
        m_requests->clear();
        QTreeWidgetItem* select = nullptr;
        for (const SupportRequest& r : d.requests) {
            auto* item = new QTreeWidgetItem(m_requests, {QString::number(r.id), r.tenantSlug,
                                                          SupportRequests::severityLabel(r.severity),
                                                          SupportRequests::stateLabel(r.state),
                                                          supportTime(r.createdAt), r.createdBy, r.subject});
            item->setData(0, Qt::UserRole, r.id);
            if (const QColor c = supportSeverityColor(r.severity); c.isValid())
                item->setForeground(2, c);
            if (r.state == QLatin1String("closed"))
                for (int col = 0; col < item->columnCount(); ++col)
                    item->setForeground(col, palette().color(QPalette::Disabled, QPalette::Text));
            if (r.id == keep)
                select = item;
        }
        for (int c = 0; c < m_requests->columnCount() - 1; ++c)
            m_requests->resizeColumnToContents(c);
        if (select) {
            m_requests->setCurrentItem(select);
            m_wanted = 0;
        } else if (m_requests->topLevelItemCount() > 0 && !m_wanted) {
            m_requests->setCurrentItem(m_requests->topLevelItem(0));
        }
    }

    const QString chosenRunbook =
        m_runbooks->currentItem() ? m_runbooks->currentItem()->data(Qt::UserRole).toString() : QString();
    m_runbooks->clear();
    for (const Runbook& r : d.runbooks) {
        auto* item = new QListWidgetItem(r.overridden ? tr("%1 (edited)").arg(r.title) : r.title, m_runbooks);
        item->setData(Qt::UserRole, r.type);
        item->setToolTip(r.type);
        if (r.type == chosenRunbook)
            m_runbooks->setCurrentItem(item);
    }
    if (!m_runbooks->currentItem() && m_runbooks->count() > 0)
        m_runbooks->setCurrentRow(0);
    showSelected();
    updateButtons();
}

std::optional<SupportRequest> SupportPane::selected() const
{
    const QTreeWidgetItem* item = m_requests->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const SupportRequest& r : m_data.requests)
        if (r.id == id)
            return r;
    return std::nullopt;
}

void SupportPane::showSelected()
{
    const auto r = selected();
    if (!r) {
        const Capabilities& caps = m_context->capabilities();
        m_thread->showEmpty(m_data.requests.isEmpty()
                                ? (caps.isOwner() || caps.has(Roles::TenantAdmin)
                                       ? tr("<p>No support requests here. Open one with <b>Open request…</b> "
                                            "when a tenant needs "
                                            "help; change the filters above to see closed ones.</p>")
                                       : tr("<p>No support requests here. Tenant admins open them from their "
                                            "Support pane; change "
                                            "the filters above to see closed ones.</p>"))
                                : tr("<p>Select a request to read it.</p>"));
        return;
    }
    m_thread->showRequest(*r, m_data.threads.value(r->id));
}

void SupportPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool opens = caps.isOwner() || caps.roles.contains(Roles::TenantAdmin);
    const bool answers = caps.has(Roles::Operator);
    const auto r = selected();
    m_open->setEnabled(opens);
    m_open->setToolTip(opens ? QString() : tr("Tenant admins and owners open requests."));
    const QString operatorsOnly = tr("Operators and owners close and reopen requests.");
    const bool tenantAdmin = caps.roles.contains(Roles::TenantAdmin);
    m_thread->setReplyAllowed(
        answers || tenantAdmin,
        tr("Finance reads the requests; operators, owners and the tenant's admins reply."),
        !answers && tenantAdmin);
    m_close->setEnabled(answers && r && r->state != QLatin1String("closed"));
    m_close->setToolTip(answers ? QString() : operatorsOnly);
    m_reopen->setEnabled(answers && r && r->state != QLatin1String("open"));
    m_reopen->setToolTip(answers ? QString() : operatorsOnly);
    m_post->setEnabled(answers && !m_data.tenants.isEmpty());
    m_post->setToolTip(answers ? tr("Send a message to a tenant's Mattermost channel (confirmed first).")
                               : operatorsOnly);
    m_openRunbook->setEnabled(m_runbooks->currentItem() != nullptr);
}

void SupportPane::selectRequest(qint64 id)
{
    for (int i = 0; i < m_requests->topLevelItemCount(); ++i) {
        if (m_requests->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            m_requests->setCurrentItem(m_requests->topLevelItem(i));
            return;
        }
    }
    m_wanted = id;
}

RunbookViewer* SupportPane::openRunbook(const QString& type)
{
    auto* viewer = new RunbookViewer(m_context, type, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    return viewer;
}

void SupportPane::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    m_messages->show(MessageBar::Success, done);
    reload();
}

void SupportPane::openRequest()
{
    const auto r = selected();
    auto* dialog =
        new OpenRequestDialog(m_data.tenants, r ? r->tenantSlug : m_tenant->currentData().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString tenant = dialog->tenant();
        const QString subject = dialog->subject();
        const QString severity = dialog->severity();
        const QString body = dialog->body();
        WriteRunner::run(
            m_context, this,
            [tenant, subject, body, severity](Database& db) {
                return SupportRequests::planOpen(db, tenant, subject, body, severity);
            },
            [this](const Result<QJsonObject>& result) {
                if (result)
                    m_wanted = result.value().value(QStringLiteral("request_id")).toInteger();
                afterWrite(result, tr("The request is open; operators see it now."));
            });
    });
    dialog->open();
}

void SupportPane::move(bool close)
{
    const auto r = selected();
    if (!r)
        return;
    const qint64 id = r->id;
    WriteRunner::run(
        m_context, this,
        [id, close](Database& db) {
            return close ? SupportRequests::planClose(db, id) : SupportRequests::planReopen(db, id);
        },
        [this, id, close](const Result<QJsonObject>& result) {
            afterWrite(result,
                       close ? tr("Request %1 is closed.").arg(id) : tr("Request %1 is open again.").arg(id));
        });
}

void SupportPane::post()
{
    const auto r = selected();
    const QString draft = r ? tr("About your request #%1 \"%2\": ").arg(r->id).arg(r->subject) : QString();
    auto* dialog =
        new PostDialog(m_data.tenants, r ? r->tenantSlug : m_tenant->currentData().toString(), draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ChannelPost::Request request;
        request.tenantSlug = dialog->tenant();
        request.message = dialog->message();
        auto* job = new ChannelPost(AppJobs::host(m_context, this), this);
        m_post->setEnabled(false);
        m_postResult->setText(tr("Posting to the channel of %1…").arg(request.tenantSlug));
        m_postResult->setStyleSheet(QString());
        m_postResult->show();
        job->start(request, [this, job,
                             slug = request.tenantSlug](const Result<ChannelPost::Outcome>& result) {
            job->deleteLater();
            updateButtons();
            if (!result) {
                m_postResult->hide();
                return showFailure(result.error());
            }
            const MattermostPostResult& outcome = result.value().result;
            // One line under the buttons; the message bar above has the whole answer (and Details…).
            m_postResult->setText(
                outcome.posted ? tr("Posted to the channel of %1.").arg(slug)
                               : tr("Not posted to the channel of %1: see the message above.").arg(slug));
            m_postResult->setStyleSheet(outcome.posted ? QStringLiteral("color: #2e7d32;")
                                                       : QStringLiteral("color: #c62828;"));
            if (outcome.posted)
                m_messages->show(MessageBar::Success, outcome.message);
            else
                m_messages->show(MessageBar::Failure, outcome.message, outcome.body); // Details…: the body
        });
    });
    dialog->open();
}

} // namespace fusion
