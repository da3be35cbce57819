#include "ui/odoo/OdooPane.h"

#include "models/itemmodels/OdooRecordModel.h"
#include "models/jobs/OdooSession.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooConnection.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/DbWorker.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"
#include "ui_OdooPane.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <memory>

namespace fusion {

namespace {
enum Kind { Partners, Leads, Projects, Tasks, Activities, Events };
// Two independent loads: the client's (connecting, then searching) and a partner's history beside it.
const QString kClient = QStringLiteral("client");
const QString kHistory = QStringLiteral("history");
} // namespace

OdooPane::OdooPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_ui(std::make_unique<Ui::OdooPane>())
    , m_model(new OdooRecordModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_client(new OdooClient(this))
{
    m_ui->setupUi(this);
    placeMessageBar(m_ui->mainLayout);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->kindCombo->addItems(
        {tr("Partners"), tr("Leads"), tr("Projects"), tr("Tasks"), tr("Activities"), tr("Events")});
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(OdooRecordModel::SortRole);
    m_ui->resultsView->setModel(m_sorted);
    m_ui->resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->resultsView->sortByColumn(-1, Qt::AscendingOrder); // Odoo's order until a header is clicked
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->historyTree->hide();
    coverWhileLoading(m_ui->resultsView, kClient);

    const auto kindChanged = [this] {
        const int kind = m_ui->kindCombo->currentIndex();
        m_ui->companiesCheck->setVisible(kind == Partners);
        m_ui->searchEdit->setEnabled(kind != Activities);
        m_ui->searchEdit->setPlaceholderText(kind == Partners     ? tr("Name, email, phone or website")
                                             : kind == Activities ? tr("All scheduled activities")
                                                                  : tr("Name contains"));
    };
    kindChanged();
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, kindChanged);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &OdooPane::search);
    m_ui->proposeButton->setProperty("fusionWrite", true);
    connect(m_ui->proposeButton, &QPushButton::clicked, this, [this] { Q_EMIT proposeRequested(m_slug); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &OdooPane::search);
    connect(m_ui->tenantCombo, &QComboBox::activated, this,
            [this] { connectTenant(m_ui->tenantCombo->currentData().toString()); });
    connect(m_ui->resultsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_ui->kindCombo->currentIndex() == Partners)
            showHistory(index.data(OdooRecordModel::IdRole).toInt());
    });
    watchTables({QStringLiteral("tenants")});
}

OdooPane::~OdooPane() = default;

void OdooPane::reload()
{
    // The tenants whose Odoo can be reached; the client is set up for the chosen one.
    loadPane([](Database& db) { return OdooConnection::configuredTenants(db); },
             [this](const QList<QPair<QString, QString>>& tenants) {
                 const QString keep =
                     m_wantedSlug.isEmpty() ? m_ui->tenantCombo->currentData().toString() : m_wantedSlug;
                 m_ui->tenantCombo->clear();
                 for (const auto& [slug, name] : tenants)
                     m_ui->tenantCombo->addItem(QStringLiteral("%1 (%2)").arg(name, slug), slug);
                 if (tenants.isEmpty())
                     m_ui->statusLabel->setText(tr("No tenant has an Odoo connection yet: set one with Odoo "
                                                   "Connection… in a tenant's page."));
                 const int index = std::max(0, m_ui->tenantCombo->findData(keep));
                 m_ui->tenantCombo->setCurrentIndex(index);
                 const QString slug = m_ui->tenantCombo->currentData().toString();
                 m_wantedSlug.clear();
                 if (!slug.isEmpty() &&
                     (slug != m_slug || !m_ready)) // also retry a tenant that failed before
                     connectTenant(slug);
             });
}

void OdooPane::setTenant(const QString& slug)
{
    m_wantedSlug = slug;
    reload();
}

void OdooPane::connectTenant(const QString& slug)
{
    m_slug = slug;
    m_ready = false;
    m_model->setRecords({}, {});
    loads()->drop(kHistory);
    m_ui->historyTree->clear();
    m_ui->historyTree->hide();
    const Loads::Ticket ticket = startBusy(tr("Connecting to %1's Odoo…").arg(slug));
    OdooSession::prepare(AppJobs::host(m_context, this), m_client, slug, this,
                         [this, ticket, slug](const Result<OdooSettings>& ready) {
                             if (!endBusy(ticket))
                                 return; // another tenant was chosen meanwhile
                             if (!ready) {
                                 // A keychain without the secret is a state of this tenant, said in place;
                                 // anything else is an error, said in the message bar.
                                 if (ready.error().kind == ErrorKind::KeychainEntryMissing) {
                                     m_ui->statusLabel->setText(ready.error().message);
                                 } else {
                                     m_ui->statusLabel->setText(tr("Not connected to %1's Odoo.").arg(slug));
                                     m_messages->showError(ready.error());
                                 }
                                 return;
                             }
                             const OdooSettings& s = ready.value();
                             m_ready = true;
                             m_ui->statusLabel->setText(
                                 tr("%1 · database %2 · as %3").arg(s.url, s.database, s.login));
                         });
}

Loads::Ticket OdooPane::startBusy(const QString& what)
{
    m_ui->searchButton->setEnabled(false);
    m_ui->statusLabel->setText(what);
    return loads()->begin(kClient);
}

bool OdooPane::endBusy(const Loads::Ticket& ticket)
{
    if (!loads()->finish(ticket))
        return false;
    m_ui->searchButton->setEnabled(true);
    return true;
}

OdooQuery OdooPane::currentQuery() const
{
    const QString text = m_ui->searchEdit->text();
    const int limit = m_ui->limitSpin->value();
    switch (m_ui->kindCombo->currentIndex()) {
    case Partners: {
        OdooReads::PartnerFilter f;
        f.text = text;
        f.companiesOnly = m_ui->companiesCheck->isChecked();
        f.limit = limit;
        return OdooReads::partners(f);
    }
    case Leads: {
        OdooReads::LeadFilter f;
        f.name = text;
        f.limit = limit;
        return OdooReads::leads(f);
    }
    case Projects: {
        OdooReads::ProjectFilter f;
        f.name = text;
        f.limit = limit;
        return OdooReads::projects(f);
    }
    case Tasks: {
        OdooReads::TaskFilter f;
        f.name = text;
        f.limit = limit;
        return OdooReads::tasks(f);
    }
    case Activities: {
        OdooReads::ActivityFilter f;
        f.limit = limit;
        return OdooReads::activities(f);
    }
    default: {
        OdooReads::EventFilter f;
        f.name = text;
        f.limit = limit;
        return OdooReads::events(f);
    }
    }
}

void OdooPane::search()
{
    if (!m_ready) {
        m_messages->show(MessageBar::Warning, tr("Choose a tenant whose Odoo connection works first."));
        return;
    }
    const OdooQuery q = currentQuery();
    const Loads::Ticket ticket = startBusy(tr("Searching %1…").arg(q.model));
    loads()->drop(kHistory);
    m_ui->historyTree->clear();
    m_ui->historyTree->hide();
    OdooClient::SearchOptions o;
    o.fields = q.fields;
    o.limit = q.limit;
    o.order = q.order;
    m_client->searchRead(q.model, q.domain, o, this, [this, q, ticket](const Result<QVariantList>& records) {
        if (!endBusy(ticket))
            return;
        if (!records) {
            m_messages->showError(records.error());
            m_ui->statusLabel->clear();
            return;
        }
        m_messages->hide();
        m_model->setRecords(q.fields, records.value());
        m_ui->resultsView->resizeColumnsToContents();
        const int n = int(records.value().size());
        m_ui->statusLabel->setText(n >= q.limit
                                       ? tr("The first %1; narrow the search or raise the limit.").arg(n)
                                       : tr("%n record(s)", nullptr, n));
        Q_EMIT resultsShown(n);
    });
}

void OdooPane::showHistory(int partnerId)
{
    if (!m_ready || partnerId <= 0)
        return;
    const Loads::Ticket history = loads()->begin(kHistory); // earlier answers must not touch the new tree
    m_ui->historyTree->clear();
    m_ui->historyTree->show();
    const auto parts = OdooReads::partnerHistory(partnerId);
    auto remaining = std::make_shared<int>(int(parts.size()));
    const QHash<QString, QString> titles{{QStringLiteral("leads"), tr("Leads")},
                                         {QStringLiteral("projects"), tr("Projects")},
                                         {QStringLiteral("tasks"), tr("Tasks")},
                                         {QStringLiteral("activities"), tr("Activities")},
                                         {QStringLiteral("events"), tr("Events")}};
    for (const auto& part : parts) {
        auto* section =
            new QTreeWidgetItem(m_ui->historyTree, {titles.value(part.first) + QStringLiteral(" …")});
        const OdooQuery q = part.second;
        OdooClient::SearchOptions o;
        o.fields = q.fields;
        o.limit = q.limit;
        o.order = q.order;
        const QString title = titles.value(part.first);
        m_client->searchRead(
            q.model, q.domain, o, this,
            [this, section, title, remaining, partnerId, history](const Result<QVariantList>& rows) {
                if (!loads()->isCurrent(history))
                    return;
                if (!rows) {
                    section->setText(0, title + QStringLiteral(" — ") + rows.error().message);
                } else {
                    section->setText(0, QStringLiteral("%1 (%2)").arg(title).arg(rows.value().size()));
                    for (const QVariant& r : rows.value()) {
                        const QVariantMap rec = r.toMap();
                        const QString label =
                            rec.contains(QStringLiteral("name"))
                                ? OdooRecordModel::display(rec.value(QStringLiteral("name")))
                                : OdooRecordModel::display(rec.value(QStringLiteral("summary")));
                        new QTreeWidgetItem(section, {QStringLiteral("#%1 %2")
                                                          .arg(rec.value(QStringLiteral("id")).toInt())
                                                          .arg(label)});
                    }
                    section->setExpanded(!rows.value().isEmpty());
                }
                if (--*remaining == 0) {
                    loads()->finish(history);
                    Q_EMIT historyShown(partnerId);
                }
            });
    }
}

} // namespace fusion
