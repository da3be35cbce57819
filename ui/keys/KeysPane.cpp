#include "ui/keys/KeysPane.h"

#include "models/audit/WriteExecutor.h"
#include "models/itemmodels/ApiKeyListModel.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/DbWorker.h"
#include "models/vault/KeyValidator.h"
#include "ui/common/AppContext.h"
#include "ui/common/LoadingOverlay.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui/keys/KeyEditorDialog.h"
#include "ui/keys/KeyFileDialog.h"
#include "ui/keys/ProviderDialog.h"
#include "ui/keys/SprawlScanDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
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
const QString Masked = QStringLiteral("secret-is-masked"); // shown as dots; never a real secret

QByteArray hashOf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    const QByteArray h = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    SecretBytes::scrub(bytes);
    return h;
}

// The part of a key's secret a person reveals or copies: an API key, or an OAuth client secret.
QString visibleSecret(const ApiKey& key, const KeySecret& secret)
{
    return QString::fromUtf8(secret.identifying(key.kind).bytes());
}

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
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

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
    m_model->useSavedThresholds();
    auto* warnLabel = new QLabel(tr("Flag keys expiring within"), this);
    m_expiringDays = new QSpinBox(this);
    m_expiringDays->setObjectName(QStringLiteral("expiringDaysSpin"));
    m_expiringDays->setRange(0, 3650);
    m_expiringDays->setValue(m_model->expiringDays());
    m_expiringDays->setSuffix(tr(" d"));
    auto* unusedLabel = new QLabel(tr("or unused for"), this);
    m_unusedDays = new QSpinBox(this);
    m_unusedDays->setObjectName(QStringLiteral("unusedDaysSpin"));
    m_unusedDays->setRange(1, 3650);
    m_unusedDays->setValue(m_model->unusedDays());
    m_unusedDays->setSuffix(tr(" d"));
    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{warnLabel, m_expiringDays, unusedLabel, m_unusedDays})
        filters->addWidget(w);
    filters->addStretch(1);
    for (QSpinBox* spin : {m_expiringDays, m_unusedDays}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            m_model->setThresholds(m_expiringDays->value(), m_unusedDays->value());
            ApiKeyListModel::saveThresholds(m_expiringDays->value(), m_unusedDays->value());
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
    m_secret->setText(Masked);
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
    m_loading = new LoadingOverlay(m_table);

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
    const quint64 generation = ++m_generation;
    m_loading->setLoading(true);
    m_context->worker()->run<Snapshot>(
        this,
        [mayView](Database& db) {
            Snapshot s;
            s.providers = KeyVault::providers(db);
            if (mayView)
                s.keys = KeyVault::keys(db, {}, true);
            return s;
        },
        [this, generation, mayView](const Result<Snapshot>& result) {
            if (generation != m_generation)
                return;
            m_loading->setLoading(false);
            if (!result) {
                showError(result.error());
                markLoaded();
                return;
            }
            m_providerList = result.value().providers;
            m_allKeys = result.value().keys;
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
            markLoaded();
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

void KeysPane::showError(const Error& error)
{
    if (error.kind != ErrorKind::NotConfirmed)
        m_messages->showError(error);
}

void KeysPane::disclose(const ApiKey& key, const QString& how,
                        const std::function<void(const KeySecret&)>& use)
{
    m_busy = true;
    updateButtons();
    QPointer<KeysPane> self(this);
    m_context->secrets()->read(
        key.keychainRef, this, [self, key, how, use](const Result<SecretBytes>& stored) {
            auto* const pane = self.data(); // one read: a second could be null
            if (!pane)
                return;
            if (!stored) {
                pane->m_busy = false;
                pane->updateButtons();
                return pane->showError(KeyVault::secretError(key, stored.error()));
            }
            KeySecret secret;
            try {
                secret = KeySecret::parse(key.kind, stored.value());
            } catch (const Failure& f) {
                pane->m_busy = false;
                pane->updateButtons();
                return pane->showError(f.error());
            }
            // Recorded first: no audit row, no secret on screen or clipboard.
            pane->m_context->worker()->run<QJsonObject>(
                self,
                [key, how](Database& db) {
                    return WriteExecutor::execute(db, KeyVault::planDisclose(key, how));
                },
                [self, secret, use](const Result<QJsonObject>& audited) {
                    auto* const alive = self.data(); // one read: a second could be null
                    if (!alive)
                        return;
                    alive->m_busy = false;
                    alive->updateButtons();
                    if (!audited)
                        return alive->showError(audited.error());
                    use(secret);
                });
        });
}

void KeysPane::reveal(bool on)
{
    if (!on) {
        mask();
        return;
    }
    const auto k = selected();
    if (!k) {
        m_reveal->setChecked(false);
        return;
    }
    {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false); // checked only once the secret is shown
    }
    const ApiKey& key = *k;
    disclose(key, QStringLiteral("reveal"), [this, key](const KeySecret& secret) {
        const auto now = selected();
        if (!now || now->id != key.id)
            return; // another key was chosen meanwhile: show nothing
        m_secret->setEchoMode(QLineEdit::Normal);
        m_secret->setText(visibleSecret(key, secret));
        m_revealed = true;
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(true);
        m_reveal->setText(tr("Hi&de"));
        m_maskTimer->start(m_revealSeconds * 1000);
        Q_EMIT revealed();
    });
}

void KeysPane::mask()
{
    m_maskTimer->stop();
    if (m_secret) {
        // Overwrite the shown text before the line edit lets go of it.
        m_secret->setText(QString(m_secret->text().size(), QLatin1Char('x')));
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setText(Masked);
    }
    m_revealed = false;
    if (m_reveal) {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false);
        m_reveal->setText(tr("Re&veal"));
    }
}

void KeysPane::copy()
{
    const auto k = selected();
    if (!k)
        return;
    const ApiKey& key = *k;
    disclose(key, QStringLiteral("copy"), [this, key](const KeySecret& secret) {
        QString text = visibleSecret(key, secret);
        auto* mime = new QMimeData;
        mime->setText(text);
        // Clipboard managers (Klipper and others) leave data marked like this out of their history.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QApplication::clipboard()->setMimeData(mime);
        m_clipboardHash = hashOf(text);
        SecretBytes::scrub(text);
        m_clipboardTimer->start(m_clipboardSeconds * 1000);
        m_messages->show(
            MessageBar::Info,
            tr("Copied the secret of \"%1\"; the clipboard is cleared in %n second(s) unless you copy "
               "something else.",
               nullptr, m_clipboardSeconds)
                .arg(key.label));
        Q_EMIT copied();
    });
}

void KeysPane::clearClipboardIfOurs()
{
    m_clipboardTimer->stop();
    if (m_clipboardHash.isEmpty())
        return;
    QClipboard* clipboard = QApplication::clipboard();
    // Only our secret is taken away: something the person copied since stays.
    if (hashOf(clipboard->text()) == m_clipboardHash)
        clipboard->clear();
    m_clipboardHash.clear();
}

void KeysPane::check()
{
    const auto k = selected();
    const auto p = k ? std::find_if(m_providerList.cbegin(), m_providerList.cend(),
                                    [&k](const Provider& x) { return x.code == k->providerCode; })
                     : m_providerList.cend();
    if (!k || p == m_providerList.cend())
        return;
    const ApiKey key = *k;
    const Provider& provider = *p;
    m_busy = true;
    updateButtons();
    m_messages->show(MessageBar::Info, tr("Checking \"%1\" with %2…").arg(key.label, provider.name));
    QPointer<KeysPane> self(this);
    const auto finish = [self](const Error* error) {
        auto* const pane = self.data(); // one read: a second could be null
        if (!pane)
            return;
        pane->m_busy = false;
        pane->updateButtons();
        if (error)
            pane->showError(*error);
    };
    m_context->secrets()->read(
        key.keychainRef, this, [self, key, provider, finish](const Result<SecretBytes>& stored) {
            if (!self)
                return;
            if (!stored) {
                const Error e = KeyVault::secretError(key, stored.error());
                return finish(&e);
            }
            const auto parsed = capture([&] { return KeySecret::parse(key.kind, stored.value()); });
            if (!parsed)
                return finish(&parsed.error());
            const KeySecret& secret = parsed.value();
            KeyValidator::validate(
                provider, key, secret, self, [self, key, secret, finish](const ValidationResult& r) {
                    auto* const alive = self.data(); // one read: a second could be null
                    if (!alive)
                        return;
                    // Also run after the keychain's answer, by when the pane may be gone.
                    const auto record = [self, key, r, finish] {
                        auto* const owner = self.data();
                        if (!owner)
                            return;
                        owner->m_context->worker()->run<QJsonObject>(
                            self,
                            [key, r](Database& db) {
                                return WriteExecutor::execute(
                                    db, KeyVault::planRecordValidation(key, r.status, r.message,
                                                                       r.accessTokenExpiresAt));
                            },
                            [self, r, finish](const Result<QJsonObject>& recorded) {
                                auto* const still = self.data(); // one read: a second could be null
                                if (!still)
                                    return;
                                if (!recorded)
                                    return finish(&recorded.error());
                                finish(nullptr);
                                still->m_messages->show(r.status == QLatin1String("valid")
                                                            ? MessageBar::Success
                                                            : MessageBar::Warning,
                                                        ApiKeyListModel::validationLabel(r.status) +
                                                            QStringLiteral(": ") + r.message);
                                Q_EMIT still->m_context->dataChanged(QStringLiteral("api_keys"));
                                Q_EMIT still->checked(r.status);
                            });
                    };
                    if (r.accessToken.isEmpty())
                        return record();
                    KeySecret updated = secret;
                    updated.accessToken = r.accessToken;
                    alive->m_context->secrets()->write(
                        key.keychainRef, updated.serialized(key.kind), self,
                        [record, finish](const Result<Unit>& written) {
                            if (!written)
                                return finish(&written.error());
                            record();
                        },
                        SecretStore::LateWrite::Keep);
                });
        });
}

void KeysPane::makeDefault()
{
    const auto k = selected();
    if (!k)
        return;
    const QString provider = k->providerCode;
    const QString label = k->label;
    WriteRunner::run(
        m_context, this,
        [provider, label](Database& db) { return KeyVault::planSetDefault(db, provider, label); },
        [this, label](const Result<QJsonObject>& result) {
            if (!result)
                return showError(result.error());
            m_messages->show(MessageBar::Success, tr("\"%1\" is the default now.").arg(label));
            reload();
        });
}

void KeysPane::revoke()
{
    const auto k = selected();
    if (!k)
        return;
    const QString provider = k->providerCode;
    const QString label = k->label;
    WriteRunner::run(
        m_context, this,
        [provider, label](Database& db) { return KeyVault::planRevoke(db, provider, label); },
        [this, label](const Result<QJsonObject>& result) {
            if (!result)
                return showError(result.error());
            const QString ref = result.value().value(QStringLiteral("keychain_ref")).toString();
            // Revoked in the database; now the secret itself goes.
            m_context->secrets()->remove(ref, this, [this, label, ref](const Result<Unit>& removed) {
                if (!removed && removed.error().kind != ErrorKind::KeychainEntryMissing)
                    m_messages->show(
                        MessageBar::Failure,
                        tr("Revoked \"%1\", but its keychain item %2 could not be deleted: %3 Revoke it "
                           "again to retry.")
                            .arg(label, ref, removed.error().message));
                else
                    m_messages->show(
                        MessageBar::Success,
                        tr("Revoked \"%1\"; its secret is deleted from the keychain.").arg(label));
                reload();
            });
        });
}

void KeysPane::openEditor(bool rotate)
{
    const auto k = selected();
    std::optional<Provider> provider = currentProvider();
    if (rotate || !provider) {
        if (!k)
            return;
        for (const Provider& p : std::as_const(m_providerList)) {
            if (p.code == k->providerCode)
                provider = p;
        }
    }
    if (!provider)
        return;
    auto* editor = new KeyEditorDialog(rotate ? KeyEditorDialog::Mode::Rotate : KeyEditorDialog::Mode::Add,
                                       *provider, rotate ? k : std::nullopt, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const ApiKey replacing = rotate && k ? *k : ApiKey{};
    connect(editor, &KeyEditorDialog::submitted, this,
            [this, editor, rotate, replacing] { saveFromEditor(editor, rotate, replacing); });
    editor->open();
}

void KeysPane::saveFromEditor(KeyEditorDialog* editor, bool rotate, const ApiKey& replacing)
{
    const Provider provider = editor->provider();
    const NewKey key = editor->newKey();
    const KeySecret secret = editor->secret();
    const int grace = editor->graceDays();
    const QString ref = KeyVault::newKeychainRef();
    const Fingerprint fp = Fingerprint::of(secret.identifying(provider.kind));
    QPointer<KeyEditorDialog> dialog(editor);
    QPointer<KeysPane> self(this);

    // Plan, confirm, store the secret, then the row; a refused row takes the secret back.
    const auto store = [self, dialog, provider, key, secret, grace, ref, fp, rotate,
                        replacing](const QString& checked, const QString& message) {
        auto* const pane = self.data(); // one read: a second could be null
        if (!pane)
            return;
        auto written = std::make_shared<bool>(false);
        auto* const form = dialog.data();
        WriteRunner::run(
            pane->m_context, form ? static_cast<QWidget*>(form) : pane,
            [provider, key, grace, ref, fp, rotate, replacing, checked, message](Database& db) {
                if (rotate)
                    return KeyVault::planRotate(db, provider.code, replacing.label, key, ref, fp, grace,
                                                checked, message);
                NewKey checkedKey = key;
                checkedKey.validationStatus = checked;
                checkedKey.validationMessage = message;
                return KeyVault::planAdd(db, checkedKey, ref, fp);
            },
            [self, ref, secret, provider, written](const std::function<void(Result<Unit>)>& proceed) {
                auto* const alive = self.data(); // one read: a second could be null
                if (!alive)
                    return;
                alive->m_context->secrets()->write(ref, secret.serialized(provider.kind), self,
                                                   [written, proceed](const Result<Unit>& ok) {
                                                       *written = ok.ok();
                                                       proceed(ok);
                                                   });
            },
            [self, dialog, ref, written, key](const Result<QJsonObject>& result) {
                auto* const alive = self.data(); // one read: a second could be null
                if (!alive)
                    return;
                if (!result) {
                    if (*written) // the secret went in, the row did not: take it back
                        alive->m_context->secrets()->remove(ref, self, [](const Result<Unit>&) {});
                    if (auto* const live = dialog.data()) {
                        live->showProblem(result.error().kind == ErrorKind::NotConfirmed
                                              ? QString()
                                              : result.error().message);
                    } else {
                        alive->showError(result.error());
                    }
                    return;
                }
                if (auto* const live = dialog.data())
                    live->accept();
                alive->m_messages->show(MessageBar::Success, tr("Saved \"%1\".").arg(key.label));
                alive->selectKey(key.providerCode, key.label);
            });
    };
    if (!editor->checkFirst()) {
        editor->setBusy(true);
        store(QStringLiteral("unknown"), QString());
        return;
    }
    editor->setBusy(true, tr("Checking the secret with %1…").arg(provider.name));
    ApiKey probe = replacing;
    probe.providerCode = provider.code;
    probe.kind = provider.kind;
    probe.clientId = key.clientId.isEmpty() ? replacing.clientId : key.clientId;
    KeyValidator::validate(
        provider, probe, secret, this, [dialog, provider, store](const ValidationResult& r) {
            if (r.status == QLatin1String("rejected")) {
                if (dialog)
                    dialog->showProblem(tr("%1 refused this secret: %2").arg(provider.name, r.message));
                return;
            }
            if (r.status == QLatin1String("unreachable")) {
                if (dialog)
                    dialog->showProblem(
                        tr("The secret could not be checked: %1 Untick the check to save it anyway.")
                            .arg(r.message));
                return;
            }
            store(r.status, r.message);
        });
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
    auto* dialog = new KeyFileDialog(m_context, mode, keys, m_providerList, this);
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
        // One read of each QPointer: every read is a fresh atomic load, so a second could be null.
        auto* const form = guard.data();
        auto* const pane = self.data();
        if (!form || !pane)
            return;
        const Provider p = form->provider();
        const QString url = form->baseUrl();
        const bool isNew = form->isNew();
        WriteRunner::run(
            pane->m_context, form,
            [p, url, isNew](Database& db) {
                return isNew ? KeyVault::planAddProvider(db, p) : KeyVault::planSetBaseUrl(db, p.code, url);
            },
            [self, guard, p, isNew](const Result<QJsonObject>& result) {
                auto* const alive = self.data(); // one read: a second could be null
                if (!alive)
                    return;
                if (!result) {
                    if (auto* const live = guard.data())
                        live->showProblem(result.error().kind == ErrorKind::NotConfirmed
                                              ? QString()
                                              : result.error().message);
                    return;
                }
                if (auto* const live = guard.data())
                    live->accept();
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
