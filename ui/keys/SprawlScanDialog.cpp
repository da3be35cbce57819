#include "ui/keys/SprawlScanDialog.h"

#include "models/jobs/OdooSession.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooConnection.h"
#include "models/storage/DbWorker.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fusion {

SprawlScanDialog::SprawlScanDialog(AppContext* context, const QList<ApiKey>& vault, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_vault(vault)
    , m_client(new OdooClient(this))
{
    setObjectName(QStringLiteral("sprawlScanDialog"));
    setWindowTitle(tr("Credentials in a Tenant's Odoo"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Modules often keep API keys in Odoo's system parameters, in clear. This reads them "
                      "and shows what looks like a credential — by fingerprint only, never the value."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(QStringLiteral("tenantCombo"));
    m_tenant->setMinimumContentsLength(24);
    m_scan = new QPushButton(tr("&Scan"), this);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setEnabled(false);
    row->addWidget(new QLabel(tr("Tenant:"), this));
    row->addWidget(m_tenant, 1);
    row->addWidget(m_scan);
    layout->addLayout(row);
    m_results = new QTableWidget(0, 4, this);
    m_results->setObjectName(QStringLiteral("resultsTable"));
    m_results->setHorizontalHeaderLabels(
        {tr("Parameter"), tr("Looks like"), tr("Fingerprint"), tr("In the vault")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_results, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_scan, &QPushButton::clicked, this, &SprawlScanDialog::scan);
    resize(720, 420);

    m_context->worker()->run<QList<QPair<QString, QString>>>(
        this, [](Database& db) { return OdooConnection::configuredTenants(db); },
        [this](const Result<QList<QPair<QString, QString>>>& tenants) {
            if (!tenants) {
                m_summary->setText(tenants.error().message);
                return;
            }
            for (const auto& [slug, name] : tenants.value())
                m_tenant->addItem(QStringLiteral("%1 — %2").arg(slug, name), slug);
            if (const int i = m_tenant->findData(m_wanted); i >= 0)
                m_tenant->setCurrentIndex(i);
            m_scan->setEnabled(m_tenant->count() > 0);
            if (m_tenant->count() == 0)
                m_summary->setText(tr("No tenant has an Odoo connection yet."));
        });
}

void SprawlScanDialog::setTenant(const QString& slug)
{
    m_wanted = slug;
    if (const int i = m_tenant->findData(slug); i >= 0)
        m_tenant->setCurrentIndex(i);
}

void SprawlScanDialog::scan()
{
    const QString slug = m_tenant->currentData().toString();
    m_scan->setEnabled(false);
    m_results->setRowCount(0);
    m_summary->setText(tr("Reading the system parameters of %1's Odoo…").arg(slug));
    QPointer<SprawlScanDialog> self(this);
    OdooSession::prepare(
        AppJobs::host(m_context, this), m_client, slug, this,
        [self, slug](const Result<OdooSettings>& ready) {
            auto* const dialog = self.data(); // one read: a second could be null
            if (!dialog)
                return;
            if (!ready) {
                dialog->m_scan->setEnabled(true);
                dialog->m_summary->setText(ready.error().message);
                return;
            }
            SecretSprawl::scan(
                dialog->m_client, dialog->m_vault, self,
                [self, slug](const Result<QList<SprawlFinding>>& found) {
                    auto* const alive = self.data(); // one read: a second could be null
                    if (!alive)
                        return;
                    alive->m_scan->setEnabled(true);
                    if (!found) {
                        alive->m_summary->setText(found.error().message);
                        return;
                    }
                    int known = 0;
                    for (const SprawlFinding& f : found.value()) {
                        const int row = alive->m_results->rowCount();
                        alive->m_results->insertRow(row);
                        alive->m_results->setItem(row, 0, new QTableWidgetItem(f.parameter));
                        alive->m_results->setItem(row, 1, new QTableWidgetItem(f.looksLike));
                        alive->m_results->setItem(row, 2, new QTableWidgetItem(f.fingerprint.text()));
                        alive->m_results->setItem(row, 3,
                                                  new QTableWidgetItem(f.vaultKey.isEmpty()
                                                                           ? tr("unknown to the vault")
                                                                           : f.vaultKey));
                        known += f.vaultKey.isEmpty() ? 0 : 1;
                    }
                    alive->m_results->resizeColumnsToContents();
                    alive->m_summary->setText(
                        found.value().isEmpty()
                            ? tr("No credentials in %1's system parameters.").arg(slug)
                            : slug + QStringLiteral(": ") +
                                  tr("%n plaintext copy(ies) of vault keys to remove from Odoo", nullptr,
                                     known) +
                                  QStringLiteral("; ") +
                                  tr("%n credential(s) the vault does not know.", nullptr,
                                     int(found.value().size()) - known));
                    Q_EMIT alive->scanned(int(found.value().size()));
                });
        });
}

} // namespace fusion
