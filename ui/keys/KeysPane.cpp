#include "ui/keys/KeysPane.h"

#include "models/itemmodels/ApiKeyListModel.h"
#include "models/storage/DbWorker.h"
#include "models/vault/KeyAttention.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui/keys/KeyFileDialog.h"
#include "ui/keys/ProviderDialog.h"
#include "ui/keys/SprawlScanDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fusion {

namespace {
const QString AllProviders = QStringLiteral("*");
QPushButton* button(QWidget* parent, const QString& name, const QString& text, bool write = false)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    if (write)
        b->setProperty("fusionWrite", true);
    return b;
}
} // namespace

KeysPane::KeysPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_model(new ApiKeyListModel(this))
    , m_maskTimer(new QTimer(this))
    , m_clipboardTimer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    placeMessageBar(layout);

    auto* toolbar = new QHBoxLayout;
    m_add = button(this, QStringLiteral("addKeyButton"), tr("&Add Key…"), true);
    m_check = button(this, QStringLiteral("checkButton"), tr("C&heck"));
    m_rotate = button(this, QStringLiteral("rotateButton"), tr("R&otate…"), true);
    m_default = button(this, QStringLiteral("defaultButton"), tr("Make &Default"), true);
    m_revoke = button(this, QStringLiteral("revokeButton"), tr("Re&voke…"), true);
    for (QPushButton* b : {m_add, m_check, m_rotate, m_default, m_revoke})
        toolbar->addWidget(b);
    toolbar->addSpacing(12);
    m_export = button(this, QStringLiteral("exportButton"), tr("E&xport…"), true);
    m_import = button(this, QStringLiteral("importButton"), tr("&Import…"), true);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_import);
    toolbar->addSpacing(12);
    m_scanTenant = button(this, QStringLiteral("scanTenantButton"), tr("Scan a &Tenant's Odoo…"));
    toolbar->addWidget(m_scanTenant);
    toolbar->addStretch(1);
    // What counts as needing attention: chosen here, remembered, used by the dashboard and fusionctl too.
    const KeyAttention rules = KeyAttention::saved();
    m_model->setAttentionRules(rules);
    auto* warnLabel = new QLabel(tr("Flag keys expiring within"), this);
    m_expiringDays = new QSpinBox(this);
    m_expiringDays->setObjectName(QStringLiteral("expiringDaysSpin"));
    m_expiringDays->setRange(0, 3650);
    m_expiringDays->setValue(rules.expiringDays);
    m_expiringDays->setSuffix(tr(" d"));
    auto* unusedLabel = new QLabel(tr("or unused for"), this);
    m_unusedDays = new QSpinBox(this);
    m_unusedDays->setObjectName(QStringLiteral("unusedDaysSpin"));
    m_unusedDays->setRange(1, 3650);
    m_unusedDays->setValue(rules.unusedDays);
    m_unusedDays->setSuffix(tr(" d"));
    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{warnLabel, m_expiringDays, unusedLabel, m_unusedDays})
        filters->addWidget(w);
    filters->addStretch(1);
    for (QSpinBox* spin : {m_expiringDays, m_unusedDays}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            const KeyAttention chosen{m_expiringDays->value(), m_unusedDays->value()};
            chosen.save();
            m_model->setAttentionRules(chosen);
            Q_EMIT m_context->dataChanged(QStringLiteral("api_keys")); // the dashboard counts again
            showSelected();
        });
    }
    m_showRevoked = new QCheckBox(tr("Show &revoked"), this);
    m_showRevoked->setObjectName(QStringLiteral("showRevokedCheck"));
    filters->addWidget(m_showRevoked);
    filters->addSpacing(12);
    m_countLabel = new QLabel(this);
    filters->addWidget(m_countLabel);
    layout->addLayout(toolbar);
    layout->addLayout(filters);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_providers = new QListWidget(left);
    m_providers->setObjectName(QStringLiteral("providerList"));
    leftLayout->addWidget(m_providers, 1);
    auto* providerButtons = new QHBoxLayout;
    m_addProvider = button(left, QStringLiteral("addProviderButton"), tr("Add &Provider…"), true);
    m_address = button(left, QStringLiteral("addressButton"), tr("Addr&ess…"), true);
    providerButtons->addWidget(m_addProvider);
    providerButtons->addWidget(m_address);
    leftLayout->addLayout(providerButtons);
    left->setMaximumWidth(280);
    auto* right = new QSplitter(Qt::Vertical, split);
    m_table = new QTableView(right);
    m_table->setObjectName(QStringLiteral("keyTable"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* detail = new QWidget(right);
    auto* detailLayout = new QVBoxLayout(detail);
    m_title = new QLabel(detail);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(detail);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* secretRow = new QHBoxLayout;
    auto* secretLabel = new QLabel(tr("&Secret:"), detail);
    m_secret = new QLineEdit(detail);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setText(maskedText());
    secretLabel->setBuddy(m_secret);
    m_reveal = button(detail, QStringLiteral("revealButton"), tr("Re&veal"));
    m_reveal->setCheckable(true);
    m_copy = button(detail, QStringLiteral("copyButton"), tr("&Copy"));
    secretRow->addWidget(secretLabel);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    secretRow->addWidget(m_copy);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(secretRow);
    detailLayout->addWidget(m_details, 1);
    split->setStretchFactor(1, 1);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    coverWhileLoading(m_table);

    m_maskTimer->setSingleShot(true);
    m_clipboardTimer->setSingleShot(true);
    connect(m_maskTimer, &QTimer::timeout, this, &KeysPane::mask);
    connect(m_clipboardTimer, &QTimer::timeout, this, &KeysPane::clearClipboardIfOurs);
    connect(m_reveal, &QPushButton::toggled, this, &KeysPane::reveal);
    connect(m_copy, &QPushButton::clicked, this, &KeysPane::copy);
    connect(m_check, &QPushButton::clicked, this, &KeysPane::check);
    connect(m_default, &QPushButton::clicked, this, &KeysPane::makeDefault);
    connect(m_revoke, &QPushButton::clicked, this, &KeysPane::revoke);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_rotate, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_export, &QPushButton::clicked, this, &KeysPane::exportKeys);
    connect(m_scanTenant, &QPushButton::clicked, this, &KeysPane::scanTenant);
    connect(m_addProvider, &QPushButton::clicked, this, [this] { editProvider(true); });
    connect(m_address, &QPushButton::clicked, this, [this] { editProvider(false); });
    connect(m_import, &QPushButton::clicked, this, &KeysPane::importKeys);
    connect(m_providers, &QListWidget::currentRowChanged, this, [this] {
        // The person's choice wins over one a finished save asked for but whose reload is still on its way.
        m_wantedProvider.clear();
        m_wantedLabel.clear();
        m_wantedId = selected() ? selected()->id : 0;
        reload();
    });
    connect(m_showRevoked, &QCheckBox::toggled, this, &KeysPane::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        mask();
        showSelected();
    });
    // A secret is never left on screen for someone else: hidden when the app goes to the background.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            mask();
    });
    watchTables({QStringLiteral("api_keys"), QStringLiteral("providers")});
    showSelected();
}

KeysPane::~KeysPane()
{
    mask();
    clearClipboardIfOurs();
}

void KeysPane::showEvent(QShowEvent* event)
{
    Pane::showEvent(event);
    // Losing focus to another window hides a revealed secret too.
    if (QWidget* top = window(); top != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        top->installEventFilter(this);
        m_watchedWindow = top;
    }
}

bool KeysPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow &&
        (event->type() == QEvent::WindowDeactivate || event->type() == QEvent::Hide))
        mask();
    return Pane::eventFilter(watched, event);
}

void KeysPane::reload()
{
    const bool mayView = m_context->capabilities().can(Capability::ViewKeys);
    loadPane(
        [mayView](Database& db) {
            Snapshot s;
            s.providers = KeyVault::providers(db);
            if (mayView)
                s.keys = KeyVault::keys(db, {}, true);
            return s;
        },
        [this, mayView](const Snapshot& snapshot) {
            m_providerList = snapshot.providers;
            m_allKeys = snapshot.keys;
            // The provider list, keeping the current choice.
            const QString current = m_providers->currentItem()
                                        ? m_providers->currentItem()->data(Qt::UserRole).toString()
                                        : AllProviders;
            const QString keep = !m_wantedProvider.isEmpty() ? m_wantedProvider : current;
            {
                const QSignalBlocker blocker(m_providers);
                m_providers->clear();
                auto* all = new QListWidgetItem(tr("All providers"), m_providers);
                all->setData(Qt::UserRole, AllProviders);
                for (const Provider& p : std::as_const(m_providerList)) {
                    auto* item = new QListWidgetItem(
                        p.liveKeys > 0 ? tr("%1 (%2)").arg(p.name).arg(p.liveKeys) : p.name, m_providers);
                    item->setData(Qt::UserRole, p.code);
                    item->setToolTip(p.effectiveBaseUrl());
                }
                for (int i = 0; i < m_providers->count(); ++i) {
                    if (m_providers->item(i)->data(Qt::UserRole).toString() == keep)
                        m_providers->setCurrentRow(i);
                }
                if (m_providers->currentRow() < 0)
                    m_providers->setCurrentRow(0);
            }
            const QString provider = m_providers->currentItem()->data(Qt::UserRole).toString();
            QList<ApiKey> shown;
            for (const ApiKey& k : std::as_const(m_allKeys)) {
                if ((provider == AllProviders || k.providerCode == provider) &&
                    (m_showRevoked->isChecked() || k.status != QLatin1String("revoked")))
                    shown << k;
            }
            const qint64 keepId = m_wantedId ? m_wantedId : (selected() ? selected()->id : 0);
            const bool first = m_model->rowCount() == 0;
            m_model->setRows(shown);
            if (first && !shown.isEmpty())
                m_table->resizeColumnsToContents();
            int needsAttention = 0;
            for (const ApiKey& k : std::as_const(shown))
                needsAttention += m_model->attention(k).isEmpty() ? 0 : 1;
            m_countLabel->setText(!mayView ? QString()
                                  : needsAttention > 0
                                      ? tr("%n key(s)", nullptr, int(shown.size())) + QStringLiteral(" · ") +
                                            tr("%n need(s) attention", nullptr, needsAttention)
                                      : tr("%n key(s)", nullptr, int(shown.size())));
            auto* proxy = m_table->model();
            for (int row = 0; row < proxy->rowCount(); ++row) {
                const QModelIndex i = proxy->index(row, 0);
                const ApiKey* k =
                    m_model->rowAt(m_model->rowOfId(i.data(ApiKeyListModel::IdRole).toLongLong()));
                if (k && (k->id == keepId ||
                          (!m_wantedLabel.isEmpty() && k->label == m_wantedLabel &&
                           k->providerCode == m_wantedProvider && k->status != QLatin1String("revoked"))))
                    m_table->selectRow(row);
            }
            if (!m_table->currentIndex().isValid() && proxy->rowCount() > 0)
                m_table->selectRow(0);
            m_wantedId = 0;
            m_wantedLabel.clear();
            m_wantedProvider.clear();
            m_table->setVisible(mayView);
            if (!mayView)
                m_messages->show(MessageBar::Info, m_context->capabilities().whyNot(Capability::ViewKeys));
            showSelected();
        });
}

void KeysPane::selectKey(const QString& providerCode, const QString& label)
{
    m_wantedProvider = providerCode;
    m_wantedLabel = label;
    reload();
}

std::optional<ApiKey> KeysPane::selected() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const ApiKey* k = m_model->rowAt(m_model->rowOfId(index.data(ApiKeyListModel::IdRole).toLongLong()));
    return k ? std::optional<ApiKey>(*k) : std::nullopt;
}

std::optional<Provider> KeysPane::currentProvider() const
{
    const QString code =
        m_providers->currentItem() ? m_providers->currentItem()->data(Qt::UserRole).toString() : QString();
    for (const Provider& p : m_providerList) {
        if (p.code == code)
            return p;
    }
    return std::nullopt;
}

void KeysPane::showSelected()
{
    const auto k = selected();
    if (!k) {
        m_title->setText(m_model->rowCount() == 0 && m_context->capabilities().can(Capability::ViewKeys)
                             ? tr("No keys here yet. Choose a provider and Add Key….")
                             : QString());
        m_details->clear();
        updateButtons();
        return;
    }
    m_title->setText(
        QStringLiteral("<b>%1 · %2</b>").arg(k->providerName.toHtmlEscaped(), k->label.toHtmlEscaped()));
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : tr("—");
    };
    QStringList rows;
    const auto row = [&rows](const QString& name, const QString& value) {
        rows << QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Fingerprint"), k->fingerprint.text());
    row(tr("Status"), ApiKeyListModel::statusLabel(k->status) + (k->isDefault ? tr(", default") : QString()));
    if (!k->clientId.isEmpty())
        row(k->kind == QLatin1String("oauth") ? tr("Client id") : tr("Account id"), k->clientId);
    row(tr("Check"),
        ApiKeyListModel::validationLabel(k->validationStatus) +
            (k->validationMessage.isEmpty() ? QString() : QStringLiteral(" — ") + k->validationMessage) +
            (k->lastValidatedAt.isValid() ? tr(" (%1)").arg(when(k->lastValidatedAt)) : QString()));
    row(tr("Created"), tr("%1 by %2").arg(when(k->createdAt), k->createdBy));
    if (k->rotatedAt.isValid())
        row(tr("Rotated"), when(k->rotatedAt));
    row(tr("Expires"), k->expiresAt.isValid() ? when(k->expiresAt) : tr("no expiry set"));
    row(tr("Last used"), k->lastUsedAt.isValid() ? when(k->lastUsedAt) : tr("never"));
    if (k->status == QLatin1String("retiring"))
        row(tr("Retiring until"), when(k->retiringUntil));
    if (k->accessTokenExpiresAt.isValid())
        row(tr("Access token until"), when(k->accessTokenExpiresAt));
    if (!k->notes.isEmpty())
        row(tr("Notes"), k->notes);
    if (const QStringList a = m_model->attention(*k); !a.isEmpty())
        row(tr("Needs attention"), a.join(QStringLiteral(", ")));
    m_details->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
    updateButtons();
}

void KeysPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool manage = caps.can(Capability::ManageKeys);
    const QString why = caps.whyNot(Capability::ManageKeys);
    const auto k = selected();
    const bool live = k && k->status != QLatin1String("revoked");
    const bool idle = !m_busy;
    const auto set = [&](QPushButton* b, bool on, const QString& tip) {
        b->setEnabled(manage && idle && on);
        b->setToolTip(manage ? tip : why);
    };
    set(m_add, currentProvider().has_value(),
        currentProvider() ? tr("Add a %1 key").arg(currentProvider()->name) : tr("Choose a provider first"));
    set(m_check, live, tr("Check the key with its provider (at no cost)"));
    set(m_rotate, k && k->status == QLatin1String("active"),
        tr("Replace the key by a new secret; the old one retires"));
    set(m_default, k && k->status == QLatin1String("active") && !k->isDefault,
        tr("Make this the provider's default key"));
    set(m_revoke, k.has_value(),
        k && k->status == QLatin1String("revoked")
            ? tr("Delete the keychain item again")
            : tr("Revoke the key: asks for its label, deletes its secret"));
    const bool anyLive = std::any_of(m_allKeys.cbegin(), m_allKeys.cend(),
                                     [](const ApiKey& x) { return x.status != QLatin1String("revoked"); });
    set(m_export, anyLive, tr("Write chosen keys, secrets included, to a file sealed with a passphrase"));
    set(m_import, true, tr("Read keys from an export file; shows what is added or replaced, then asks"));
    m_scanTenant->setEnabled(caps.can(Capability::ViewKeys));
    m_scanTenant->setToolTip(
        caps.can(Capability::ViewKeys)
            ? tr("Look for credentials left in clear in a tenant's Odoo system parameters")
            : caps.whyNot(Capability::ViewKeys));
    const bool providers = caps.can(Capability::ManageProviders);
    m_addProvider->setEnabled(providers && idle);
    m_addProvider->setToolTip(providers ? tr("Add a provider of your own")
                                        : caps.whyNot(Capability::ManageProviders));
    m_address->setEnabled(providers && idle && currentProvider().has_value());
    m_address->setToolTip(
        !providers ? caps.whyNot(Capability::ManageProviders)
        : currentProvider()
            ? tr("Where %1 is reached (a proxy, a regional endpoint)").arg(currentProvider()->name)
            : tr("Choose a provider first"));
    set(m_reveal, live,
        tr("Show the secret (recorded in the audit log); hidden again after %n second(s)", nullptr,
           m_revealSeconds));
    set(m_copy, live,
        tr("Copy the secret (recorded); the clipboard is cleared after %n second(s)", nullptr,
           m_clipboardSeconds));
    if (!live && m_revealed)
        mask();
}

void KeysPane::exportKeys()
{
    QList<ApiKey> live;
    for (const ApiKey& k : std::as_const(m_allKeys)) {
        if (k.status != QLatin1String("revoked"))
            live << k;
    }
    openKeyFileDialog(KeyFileDialog::Mode::Export, live);
}

void KeysPane::importKeys()
{
    openKeyFileDialog(KeyFileDialog::Mode::Import, {});
}

void KeysPane::openKeyFileDialog(KeyFileDialog::Mode mode, const QList<ApiKey>& keys)
{
    auto* dialog = new KeyFileDialog(m_context, mode, keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeyFileDialog::completed, this, [this](const QString& message) {
        m_messages->show(MessageBar::Success, message);
        reload();
    });
    dialog->open();
}

void KeysPane::editProvider(bool add)
{
    const std::optional<Provider> current = add ? std::nullopt : currentProvider();
    if (!add && !current)
        return;
    auto* dialog = new ProviderDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ProviderDialog> guard(dialog);
    QPointer<KeysPane> self(this);
    connect(dialog, &ProviderDialog::submitted, this, [self, guard] {
        KeysPane* const pane = self.data(); // one read each: a second could be null
        ProviderDialog* const asking = guard.data();
        if (!asking || !pane)
            return;
        const Provider p = asking->provider();
        const QString url = asking->baseUrl();
        const bool isNew = asking->isNew();
        WriteRunner::run(
            pane->m_context, asking,
            [p, url, isNew](Database& db) {
                return isNew ? KeyVault::planAddProvider(db, p) : KeyVault::planSetBaseUrl(db, p.code, url);
            },
            [self, guard, p, isNew](const Result<QJsonObject>& result) {
                KeysPane* const alive = self.data();
                if (!alive)
                    return;
                ProviderDialog* const dialogNow = guard.data();
                if (!result) {
                    if (dialogNow)
                        dialogNow->showProblem(MessageBar::failureText(result.error()));
                    return;
                }
                if (dialogNow)
                    dialogNow->accept();
                alive->m_messages->show(MessageBar::Success,
                                        isNew ? tr("Added provider %1.").arg(p.name)
                                              : tr("Saved the address of %1.").arg(p.name));
                alive->m_wantedProvider = p.code;
                alive->reload();
            });
    });
    dialog->open();
}

void KeysPane::scanTenant()
{
    auto* dialog = new SprawlScanDialog(m_context, m_allKeys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fusion
