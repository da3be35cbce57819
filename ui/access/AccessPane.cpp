#include "ui/access/AccessPane.h"

#include "models/itemmodels/AccessRuleModel.h"
#include "models/policy/Consumers.h"
#include "models/storage/DbWorker.h"
#include "models/usage/Money.h"
#include "models/vault/KeyVault.h"
#include "ui/access/PriceDialog.h"
#include "ui/access/RuleDialog.h"
#include "ui/access/TestCallDialog.h"
#include "ui/access/UserLimitDialog.h"
#include "ui/common/AppContext.h"
#include "ui/common/BudgetBarDelegate.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui/usage/ChartExport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {
QPushButton* accessButton(QWidget* parent, const QString& name, const QString& text, bool write)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    if (write)
        b->setProperty("fusionWrite", true);
    return b;
}

QTableView* table(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

QTableWidget* listTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}
} // namespace

AccessPane::AccessPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_rules(new AccessRuleModel(this))
    , m_users(new UserLimitModel(this))
{
    auto* layout = new QVBoxLayout(this);
    placeMessageBar(layout);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("accessSummary"));
    layout->addWidget(m_summary);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accessTabs"));
    layout->addWidget(m_tabs, 1);

    // Rules
    auto* rulesPage = new QWidget(m_tabs);
    auto* rulesLayout = new QVBoxLayout(rulesPage);
    auto* ruleButtons = new QHBoxLayout;
    m_add = accessButton(rulesPage, QStringLiteral("addRuleButton"), tr("&Add Rule…"), true);
    m_edit = accessButton(rulesPage, QStringLiteral("editRuleButton"), tr("&Edit…"), true);
    m_remove = accessButton(rulesPage, QStringLiteral("removeRuleButton"), tr("&Remove…"), true);
    m_kill = accessButton(rulesPage, QStringLiteral("killButton"), tr("&Stop Consumer…"), true);
    m_test = accessButton(rulesPage, QStringLiteral("testCallButton"), tr("&Test Call…"), false);
    for (QPushButton* b : {m_add, m_edit, m_remove, m_kill})
        ruleButtons->addWidget(b);
    ruleButtons->addSpacing(12);
    ruleButtons->addWidget(m_test);
    ruleButtons->addStretch(1);
    auto* exportRules =
        accessButton(rulesPage, QStringLiteral("exportRulesButton"), tr("Export CS&V…"), false);
    ruleButtons->addWidget(exportRules);
    rulesLayout->addLayout(ruleButtons);
    m_ruleTable = table(rulesPage, QStringLiteral("ruleTable"), m_rules);
    auto* bars = new BudgetBarDelegate(AccessRuleModel::PercentRole, this);
    m_ruleTable->setItemDelegateForColumn(AccessRuleModel::MonthPercentColumn, bars);
    m_ruleTable->setItemDelegateForColumn(AccessRuleModel::TodayPercentColumn, bars);
    rulesLayout->addWidget(m_ruleTable, 1);
    m_tabs->addTab(rulesPage, tr("Rules"));

    // Users
    auto* usersPage = new QWidget(m_tabs);
    auto* usersLayout = new QVBoxLayout(usersPage);
    auto* userButtons = new QHBoxLayout;
    m_addUser = accessButton(usersPage, QStringLiteral("addUserButton"), tr("Set &Limits for a User…"), true);
    m_editUser = accessButton(usersPage, QStringLiteral("editUserButton"), tr("E&dit…"), true);
    userButtons->addWidget(m_addUser);
    userButtons->addWidget(m_editUser);
    userButtons->addStretch(1);
    auto* exportUsers =
        accessButton(usersPage, QStringLiteral("exportUsersButton"), tr("Export CS&V…"), false);
    userButtons->addWidget(exportUsers);
    usersLayout->addLayout(userButtons);
    m_userTable = table(usersPage, QStringLiteral("userTable"), m_users);
    m_userTable->setItemDelegateForColumn(UserLimitModel::MonthPercentColumn, bars);
    usersLayout->addWidget(m_userTable, 1);
    m_tabs->addTab(usersPage, tr("Users"));

    // Alerts
    auto* alertsPage = new QWidget(m_tabs);
    auto* alertsLayout = new QVBoxLayout(alertsPage);
    auto* alertButtons = new QHBoxLayout;
    m_ack = accessButton(alertsPage, QStringLiteral("acknowledgeButton"), tr("A&cknowledge…"), true);
    alertButtons->addWidget(m_ack);
    alertButtons->addStretch(1);
    alertsLayout->addLayout(alertButtons);
    m_alertTable = listTable(alertsPage, QStringLiteral("alertTable"), {tr("Fired"), tr("Alert")});
    m_alertTable->setWordWrap(false);
    m_alertTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    alertsLayout->addWidget(m_alertTable, 1);
    m_tabs->addTab(alertsPage, tr("Alerts"));

    // Proposals
    auto* proposalsPage = new QWidget(m_tabs);
    auto* proposalsLayout = new QVBoxLayout(proposalsPage);
    auto* proposalButtons = new QHBoxLayout;
    m_approve = accessButton(proposalsPage, QStringLiteral("approveButton"), tr("A&pprove…"), true);
    m_reject = accessButton(proposalsPage, QStringLiteral("rejectButton"), tr("Re&ject…"), true);
    proposalButtons->addWidget(m_approve);
    proposalButtons->addWidget(m_reject);
    proposalButtons->addStretch(1);
    proposalsLayout->addLayout(proposalButtons);
    m_proposalTable = listTable(proposalsPage, QStringLiteral("proposalTable"),
                                {tr("Proposed"), tr("By"), tr("Rule"), tr("Change"), tr("Reason")});
    m_proposalTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proposalTable->setWordWrap(false);
    proposalsLayout->addWidget(m_proposalTable, 1);
    m_tabs->addTab(proposalsPage, tr("Proposals"));

    // Prices, and the usage that has none.
    auto* pricesPage = new QWidget(m_tabs);
    auto* pricesLayout = new QVBoxLayout(pricesPage);
    auto* priceButtons = new QHBoxLayout;
    m_addPrice = accessButton(pricesPage, QStringLiteral("addPriceButton"), tr("Add &Price…"), true);
    m_editPrice = accessButton(pricesPage, QStringLiteral("editPriceButton"), tr("Co&rrect…"), true);
    priceButtons->addWidget(m_addPrice);
    priceButtons->addWidget(m_editPrice);
    priceButtons->addStretch(1);
    pricesLayout->addLayout(priceButtons);
    m_priceTable = listTable(pricesPage, QStringLiteral("priceTable"),
                             {tr("Provider"), tr("Model"), tr("From"), tr("Input / M"), tr("Output / M"),
                              tr("Cached input / M"), tr("Source")});
    m_priceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_priceTable->setWordWrap(false);
    pricesLayout->addWidget(m_priceTable, 2);
    auto* unpricedHeader = new QHBoxLayout;
    auto* unpricedLabel =
        new QLabel(tr("Usage with tokens of a model that has no price (stored as unpriced, costed "
                      "at nothing until priced):"),
                   pricesPage);
    unpricedLabel->setWordWrap(true);
    m_priceUnpriced =
        accessButton(pricesPage, QStringLiteral("priceUnpricedButton"), tr("Price This &Model…"), true);
    unpricedHeader->addWidget(unpricedLabel, 1);
    unpricedHeader->addWidget(m_priceUnpriced);
    pricesLayout->addLayout(unpricedHeader);
    m_unpricedTable = listTable(pricesPage, QStringLiteral("unpricedTable"),
                                {tr("Provider"), tr("Model"), tr("Rows"), tr("Tokens in"), tr("Tokens out"),
                                 tr("First"), tr("Last")});
    m_unpricedTable->setSelectionMode(QAbstractItemView::SingleSelection);
    pricesLayout->addWidget(m_unpricedTable, 1);
    m_tabs->addTab(pricesPage, tr("Prices"));

    coverWhileLoading(m_tabs);

    connect(m_add, &QPushButton::clicked, this, [this] { editRule(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRule(false); });
    connect(m_ruleTable, &QTableView::doubleClicked, this, [this] { editRule(false); });
    connect(m_remove, &QPushButton::clicked, this, &AccessPane::removeRule);
    connect(m_kill, &QPushButton::clicked, this, &AccessPane::toggleKill);
    connect(m_test, &QPushButton::clicked, this, &AccessPane::testCall);
    connect(exportRules, &QPushButton::clicked, this,
            [this] { askExport(m_rules, QStringLiteral("access-rules")); });
    connect(exportUsers, &QPushButton::clicked, this,
            [this] { askExport(m_users, QStringLiteral("user-limits")); });
    connect(m_addUser, &QPushButton::clicked, this, [this] { editUser(true); });
    connect(m_editUser, &QPushButton::clicked, this, [this] { editUser(false); });
    connect(m_userTable, &QTableView::doubleClicked, this, [this] { editUser(false); });
    connect(m_ack, &QPushButton::clicked, this, &AccessPane::acknowledge);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_ruleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccessPane::updateButtons);
    connect(m_userTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccessPane::updateButtons);
    connect(m_alertTable, &QTableWidget::itemSelectionChanged, this, &AccessPane::updateButtons);
    connect(m_proposalTable, &QTableWidget::itemSelectionChanged, this, &AccessPane::updateButtons);
    connect(m_priceTable, &QTableWidget::itemSelectionChanged, this, &AccessPane::updateButtons);
    connect(m_unpricedTable, &QTableWidget::itemSelectionChanged, this, &AccessPane::updateButtons);
    connect(m_addPrice, &QPushButton::clicked, this, [this] { editPrice(true); });
    connect(m_editPrice, &QPushButton::clicked, this, [this] { editPrice(false); });
    connect(m_priceTable, &QTableWidget::itemDoubleClicked, this, [this] { editPrice(false); });
    connect(m_priceUnpriced, &QPushButton::clicked, this, [this] {
        const auto rows = m_unpricedTable->selectionModel()->selectedRows();
        if (!rows.isEmpty() && rows.first().row() < m_unpriced.size())
            editPrice(true, m_unpriced[rows.first().row()].model);
    });
    watchTables({QStringLiteral("access_rules"), QStringLiteral("consumers"), QStringLiteral("user_limits"),
                 QStringLiteral("budget_alerts"), QStringLiteral("access_proposals"),
                 QStringLiteral("providers"), QStringLiteral("model_prices")});
    updateButtons();
}

void AccessPane::reload()
{
    loadPane(
        [](Database& db) {
            Snapshot s;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            s.rules = AccessRules::rules(db, now);
            s.users = AccessRules::userLimits(db, now);
            s.alerts = BudgetAlerts::list(db, false);
            s.proposals = AccessProposals::list(db, true);
            for (const Consumer& c : Consumers::all(db))
                s.consumers << c.code;
            for (const Provider& p : KeyVault::providers(db))
                s.providers << p.code;
            s.prices = PriceTable::load(db);
            s.unpriced = UsageQuery::unpriced(db);
            return s;
        },
        [this](const Snapshot& s) {
            const auto keep = selectedRule();
            const bool first = m_rules->rowCount() == 0;
            m_rules->setRows(s.rules);
            m_users->setRows(s.users);
            if (first && !s.rules.isEmpty()) {
                m_ruleTable->resizeColumnsToContents();
                m_userTable->resizeColumnsToContents();
            }
            m_consumers = s.consumers;
            m_providers = s.providers;
            m_alerts = s.alerts;
            m_proposals = s.proposals;
            m_alertTable->setRowCount(int(m_alerts.size()));
            for (int i = 0; i < m_alerts.size(); ++i) {
                const BudgetAlert& a = m_alerts[i];
                m_alertTable->setItem(i, 0,
                                      new QTableWidgetItem(a.firedAt.toLocalTime().toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm"))));
                m_alertTable->setItem(i, 1, new QTableWidgetItem(a.text()));
            }
            m_alertTable->resizeColumnToContents(0);
            m_proposalTable->setRowCount(int(m_proposals.size()));
            for (int i = 0; i < m_proposals.size(); ++i) {
                const AccessProposal& p = m_proposals[i];
                m_proposalTable->setItem(i, 0,
                                         new QTableWidgetItem(p.createdAt.toLocalTime().toString(
                                             QStringLiteral("yyyy-MM-dd HH:mm"))));
                m_proposalTable->setItem(i, 1, new QTableWidgetItem(p.createdBy));
                m_proposalTable->setItem(i, 2,
                                         new QTableWidgetItem(tr("%1 at %2").arg(p.consumer, p.provider)));
                m_proposalTable->setItem(i, 3, new QTableWidgetItem(p.summary()));
                m_proposalTable->setItem(i, 4, new QTableWidgetItem(p.reason));
            }
            m_proposalTable->resizeColumnsToContents();
            m_prices = s.prices;
            m_unpriced = s.unpriced;
            m_priceTable->setRowCount(int(m_prices.size()));
            for (int i = 0; i < m_prices.size(); ++i) {
                const ModelPrice& p = m_prices[i];
                const QStringList cells{p.providerCode,
                                        p.model,
                                        p.effectiveFrom.toString(Qt::ISODate),
                                        QStringLiteral("$") + Money::format(p.inputMicros),
                                        QStringLiteral("$") + Money::format(p.outputMicros),
                                        QStringLiteral("$") + Money::format(p.cachedInputMicros),
                                        p.source};
                for (int c = 0; c < cells.size(); ++c)
                    m_priceTable->setItem(i, c, new QTableWidgetItem(cells[c]));
            }
            m_priceTable->resizeColumnsToContents();
            m_unpricedTable->setRowCount(int(m_unpriced.size()));
            for (int i = 0; i < m_unpriced.size(); ++i) {
                const UsageQuery::Unpriced& u = m_unpriced[i];
                const QStringList cells{u.provider,
                                        u.model,
                                        QString::number(u.rows),
                                        QString::number(u.tokensIn),
                                        QString::number(u.tokensOut),
                                        u.first.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                                        u.last.toUTC().toString(QStringLiteral("yyyy-MM-dd"))};
                for (int c = 0; c < cells.size(); ++c)
                    m_unpricedTable->setItem(i, c, new QTableWidgetItem(cells[c]));
            }
            m_unpricedTable->resizeColumnsToContents();
            m_tabs->setTabText(4, m_unpriced.isEmpty() ? tr("Prices")
                                                       : tr("Prices (%1 unpriced)").arg(m_unpriced.size()));
            m_tabs->setTabText(2, m_alerts.isEmpty() ? tr("Alerts") : tr("Alerts (%1)").arg(m_alerts.size()));
            m_tabs->setTabText(3, m_proposals.isEmpty() ? tr("Proposals")
                                                        : tr("Proposals (%1)").arg(m_proposals.size()));
            int stopped = 0;
            int over = 0;
            for (const AccessRule& r : s.rules) {
                stopped += r.consumerKilled ? 1 : 0;
                const auto p = AccessRuleModel::percent(r.monthSpent + r.monthReserved, r.monthlyBudget);
                over += p && *p >= 100.0 ? 1 : 0;
            }
            QStringList parts{tr("%n rule(s)", nullptr, int(s.rules.size())),
                              tr("%n consumer(s)", nullptr, int(s.consumers.size()))};
            if (over > 0)
                parts << tr("%n at or over its monthly budget", nullptr, over);
            if (stopped > 0)
                parts << tr("%n stopped", nullptr, stopped);
            m_summary->setText(parts.join(QStringLiteral(" · ")));
            const QString wantConsumer = !m_wantConsumer.isEmpty() ? m_wantConsumer
                                         : keep                    ? keep->consumer
                                                                   : QString();
            const QString wantProvider = !m_wantConsumer.isEmpty() ? m_wantProvider
                                         : keep                    ? keep->provider
                                                                   : QString();
            m_wantConsumer.clear();
            if (const int row = m_rules->rowOf(wantConsumer, wantProvider); row >= 0)
                m_ruleTable->selectRow(row);
            else if (!s.rules.isEmpty() && !m_ruleTable->currentIndex().isValid())
                m_ruleTable->selectRow(0);
            updateButtons();
            Q_EMIT alertsChanged(int(m_alerts.size()));
        });
}

void AccessPane::selectRule(const QString& consumer, const QString& provider)
{
    m_wantConsumer = consumer;
    m_wantProvider = provider;
    if (const int row = m_rules->rowOf(consumer, provider); row >= 0)
        m_ruleTable->selectRow(row);
}

std::optional<AccessRule> AccessPane::selectedRule() const
{
    const QModelIndex i = m_ruleTable->currentIndex();
    if (!i.isValid())
        return std::nullopt;
    const AccessRule* r = m_rules->rowAt(i.row());
    return r ? std::optional<AccessRule>(*r) : std::nullopt;
}

void AccessPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool manage = caps.can(Capability::ManageAccess);
    const bool propose = !manage && caps.can(Capability::ProposeAccess);
    const auto rule = selectedRule();
    m_add->setText(propose ? tr("&Propose a Rule…") : tr("&Add Rule…"));
    m_edit->setText(propose ? tr("Propose a &Change…") : tr("&Edit…"));
    m_add->setEnabled(manage);
    m_add->setVisible(!propose);
    m_edit->setEnabled((manage || propose) && rule.has_value());
    m_remove->setEnabled(manage && rule.has_value());
    m_kill->setEnabled(manage && rule.has_value());
    m_kill->setText(rule && rule->consumerKilled ? tr("Allow &Calls…") : tr("&Stop Consumer…"));
    m_test->setEnabled(caps.can(Capability::RecordUsage));
    m_addUser->setEnabled(manage);
    m_editUser->setEnabled(manage && m_userTable->currentIndex().isValid());
    m_ack->setEnabled(caps.can(Capability::ViewUsage) && !m_alertTable->selectedItems().isEmpty());
    m_approve->setEnabled(manage && !m_proposalTable->selectedItems().isEmpty());
    m_reject->setEnabled(manage && !m_proposalTable->selectedItems().isEmpty());
    m_addPrice->setEnabled(manage);
    m_editPrice->setEnabled(manage && !m_priceTable->selectedItems().isEmpty());
    m_priceUnpriced->setEnabled(manage && !m_unpricedTable->selectedItems().isEmpty());
    const QString why = manage ? QString() : caps.whyNot(Capability::ManageAccess);
    for (QPushButton* b : {m_add, m_remove, m_kill, m_addUser, m_editUser, m_approve, m_reject, m_addPrice,
                           m_editPrice, m_priceUnpriced})
        b->setToolTip(why);
}

void AccessPane::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    if (!WriteRunner::unchanged(result.value()))
        m_messages->show(MessageBar::Success, done);
    Q_EMIT m_context->dataChanged(QStringLiteral("access_rules"));
    reload();
}

void AccessPane::editRule(bool add)
{
    const bool manage = m_context->capabilities().can(Capability::ManageAccess);
    const auto existing = add ? std::nullopt : selectedRule();
    if (!add && !existing)
        return;
    auto* dialog = new RuleDialog(manage ? RuleDialog::Mode::Edit : RuleDialog::Mode::Propose, m_consumers,
                                  m_providers, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, manage] {
        const RuleChange change = dialog->change();
        const QString reason = dialog->reason();
        m_wantConsumer = change.consumer;
        m_wantProvider = change.provider;
        if (manage) {
            WriteRunner::run(
                m_context, this, [change](Database& db) { return AccessRules::planSetRule(db, change); },
                [this, change](const Result<QJsonObject>& r) {
                    afterWrite(
                        r, tr("Saved the access rule of %1 at %2.").arg(change.consumer, change.provider));
                });
        } else {
            WriteRunner::run(
                m_context, this,
                [change, reason](Database& db) { return AccessProposals::planPropose(db, change, reason); },
                [this](const Result<QJsonObject>& r) { afterWrite(r, tr("Proposed; an owner decides.")); });
        }
    });
    dialog->open();
}

void AccessPane::removeRule()
{
    const auto rule = selectedRule();
    if (!rule)
        return;
    const QString consumer = rule->consumer;
    const QString provider = rule->provider;
    WriteRunner::run(
        m_context, this,
        [consumer, provider](Database& db) { return AccessRules::planDeleteRule(db, consumer, provider); },
        [this](const Result<QJsonObject>& r) { afterWrite(r, tr("Removed the rule.")); });
}

void AccessPane::toggleKill()
{
    const auto rule = selectedRule();
    if (!rule)
        return;
    const QString consumer = rule->consumer;
    const bool kill = !rule->consumerKilled;
    WriteRunner::run(
        m_context, this,
        [consumer, kill](Database& db) {
            return Consumers::planKill(db, consumer, kill,
                                       kill ? tr("stopped from the Access pane") : QString());
        },
        [this, consumer, kill](const Result<QJsonObject>& r) {
            afterWrite(r, kill ? tr("Consumer %1 is stopped.").arg(consumer)
                               : tr("Consumer %1 may call again.").arg(consumer));
        });
}

void AccessPane::editUser(bool add)
{
    std::optional<UserLimit> existing;
    if (!add) {
        const QModelIndex i = m_userTable->currentIndex();
        if (!i.isValid() || !m_users->rowAt(i.row()))
            return;
        existing = *m_users->rowAt(i.row());
    }
    auto* dialog = new UserLimitDialog(existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const UserLimitChange change = dialog->change();
        WriteRunner::run(
            m_context, this, [change](Database& db) { return AccessRules::planSetUserLimit(db, change); },
            [this, change](const Result<QJsonObject>& r) {
                afterWrite(r, tr("Saved the limits of %1.").arg(change.user));
            });
    });
    dialog->open();
}

void AccessPane::acknowledge()
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_alertTable->selectionModel()->selectedRows()) {
        if (i.row() < m_alerts.size())
            ids << m_alerts[i.row()].id;
    }
    if (ids.isEmpty())
        return;
    WriteRunner::run(
        m_context, this, [ids](Database& db) { return BudgetAlerts::planAcknowledge(db, ids); },
        [this](const Result<QJsonObject>& r) { afterWrite(r, tr("Acknowledged.")); });
}

void AccessPane::decide(bool approve)
{
    const auto rows = m_proposalTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_proposals.size())
        return;
    const qint64 id = m_proposals[rows.first().row()].id;
    WriteRunner::run(
        m_context, this, [id, approve](Database& db) { return AccessProposals::planDecide(db, id, approve); },
        [this, approve](const Result<QJsonObject>& r) {
            afterWrite(r, approve ? tr("Approved and applied.") : tr("Rejected."));
        });
}

void AccessPane::editPrice(bool add, const QString& suggestedModel)
{
    std::optional<ModelPrice> existing;
    if (!add) {
        const auto rows = m_priceTable->selectionModel()->selectedRows();
        if (rows.isEmpty() || rows.first().row() >= m_prices.size())
            return;
        existing = m_prices[rows.first().row()];
    }
    auto* dialog = new PriceDialog(m_providers, existing, suggestedModel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ModelPrice price = dialog->price();
        WriteRunner::run(
            m_context, this, [price](Database& db) { return PriceTable::planSet(db, price); },
            [this, price](const Result<QJsonObject>& r) {
                afterWrite(r, tr("Saved the price of %1 %2.").arg(price.providerCode, price.model));
            });
    });
    dialog->open();
}

bool AccessPane::exportTable(bool users, const QString& path, QString* error) const
{
    return ChartExport::saveCsv(users ? static_cast<QAbstractItemModel*>(m_users) : m_rules, path, error);
}

void AccessPane::askExport(QAbstractItemModel* model, const QString& name)
{
    const bool users = model == m_users;
    askSaveFile(
        {tr("Export as CSV"), tr("CSV file (*.csv)"),
         QStringLiteral("%1-%2.csv").arg(name, QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)),
         QStringLiteral("csv")},
        [this, users](const QString& path) {
            QString error;
            if (exportTable(users, path, &error))
                m_messages->show(MessageBar::Success, tr("Saved %1.").arg(path));
            else
                m_messages->show(MessageBar::Failure, error);
        });
}

void AccessPane::testCall()
{
    const auto rule = selectedRule();
    auto* dialog = new TestCallDialog(m_context, m_consumers, rule ? rule->consumer : QString(),
                                      rule ? rule->provider : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TestCallDialog::callDone, this, [this] {
        Q_EMIT m_context->dataChanged(QStringLiteral("usage_counters"));
        reload();
    });
    dialog->open();
}

} // namespace fusion
