#include "ui/settings/SettingsPane.h"

#include "models/roles/Capabilities.h"
#include "models/vault/KeyVault.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"
#include "ui/infra/InfraDialogs.h"
#include "ui/settings/SettingsDialogs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QLabel* settingsHint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A key as Settings lists it: which keychain item holds it and how to tell it apart — never the secret.
QString keyReference(const ApiKey& k)
{
    QString text = QStringLiteral("%1 → %2 (%3)").arg(k.label, k.keychainRef, k.fingerprint.text());
    if (!k.clientId.isEmpty())
        text += QStringLiteral(" · ") + SettingsPane::tr("id %1").arg(k.clientId);
    if (k.status != QLatin1String("active"))
        text += QStringLiteral(" · ") + k.status;
    return text;
}

} // namespace

SettingsPane::SettingsPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("settingsPane"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Platform settings"), this);
    Theme::makeHeading(heading);
    layout->addWidget(heading);
    placeMessageBar(layout, 1);

    auto* top = new QHBoxLayout;
    // The environment and its limits.
    auto* envBox = new QGroupBox(tr("Environment"), this);
    auto* envLayout = new QVBoxLayout(envBox);
    auto* envRow = new QHBoxLayout;
    m_environment = new QComboBox(envBox);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    for (const QString& env : PlatformSettings::environments())
        m_environment->addItem(PlatformSettings::environmentLabel(env), env);
    m_changeEnvironment = makeWriteButton(QStringLiteral("environmentButton"), tr("&Change…"), envBox);
    envRow->addWidget(new QLabel(tr("This database runs:"), envBox));
    envRow->addWidget(m_environment, 1);
    envRow->addWidget(m_changeEnvironment);
    envLayout->addLayout(envRow);
    envLayout->addWidget(settingsHint(tr("Shown in the window's header in its colour; image upgrades may use "
                                         "only the tags tested in it."),
                                      envBox));
    m_tenantCount = new QLabel(envBox);
    m_tenantCount->setObjectName(QStringLiteral("tenantCountLabel"));
    envLayout->addWidget(m_tenantCount);
    m_limits =
        makeRecordList(QStringLiteral("limitsList"), {tr("Environment"), tr("Soft tenant limit")}, envBox);
    m_limits->setMaximumHeight((fontMetrics().height() + 4) * 4 + 8);
    envLayout->addWidget(m_limits);
    m_setLimit = makeWriteButton(QStringLiteral("limitButton"), tr("Set &limit…"), envBox);
    auto* limitRow = new QHBoxLayout;
    limitRow->addWidget(m_setLimit);
    limitRow->addStretch(1);
    envLayout->addLayout(limitRow);
    top->addWidget(envBox, 3);

    // The freeze and the runbooks.
    auto* side = new QVBoxLayout;
    auto* opsBox = new QGroupBox(tr("Operations"), this);
    auto* opsLayout = new QVBoxLayout(opsBox);
    m_freezeState = new QLabel(opsBox);
    m_freezeState->setObjectName(QStringLiteral("freezeStateLabel"));
    m_freezeState->setWordWrap(true);
    m_freezeState->setTextFormat(Qt::PlainText);
    opsLayout->addWidget(m_freezeState);
    m_freeze = makeWriteButton(QStringLiteral("settingsFreezeButton"), tr("&Freeze operations…"), opsBox);
    auto* freezeRow = new QHBoxLayout;
    freezeRow->addWidget(m_freeze);
    freezeRow->addStretch(1);
    opsLayout->addLayout(freezeRow);
    side->addWidget(opsBox);
    auto* runbookBox = new QGroupBox(tr("Runbooks"), this);
    auto* runbookLayout = new QVBoxLayout(runbookBox);
    auto* runbookRow = new QHBoxLayout;
    m_runbooks = new QLineEdit(runbookBox);
    m_runbooks->setObjectName(QStringLiteral("runbooksEdit"));
    m_runbooks->setPlaceholderText(QStringLiteral("https://wiki.example.com/runbooks"));
    m_saveRunbooks = makeWriteButton(QStringLiteral("runbooksSaveButton"), tr("&Save…"), runbookBox);
    runbookRow->addWidget(m_runbooks, 1);
    runbookRow->addWidget(m_saveRunbooks);
    runbookLayout->addLayout(runbookRow);
    m_runbookExample = settingsHint(QString(), runbookBox);
    m_runbookExample->setObjectName(QStringLiteral("runbookExampleLabel"));
    runbookLayout->addWidget(m_runbookExample);
    side->addWidget(runbookBox);
    side->addStretch(1);
    top->addLayout(side, 2);
    layout->addLayout(top);

    // The outside services.
    auto* servicesBox = new QGroupBox(tr("Outside services"), this);
    auto* servicesLayout = new QVBoxLayout(servicesBox);
    servicesLayout->addWidget(settingsHint(
        tr("Where each service is reached and with which credentials. Secrets stay in the system keychain: "
           "only their references and fingerprints are listed here. Keys are added and rotated in the Keys "
           "pane."),
        servicesBox));
    m_services = makeRecordList(
        QStringLiteral("servicesList"),
        {tr("Service"), tr("Address"), tr("Certificate"), tr("Credentials in the keychain"), tr("Used for")},
        servicesBox);
    servicesLayout->addWidget(m_services, 1);
    auto* serviceRow = new QHBoxLayout;
    m_address = makeWriteButton(QStringLiteral("serviceAddressButton"), tr("Change &address…"), servicesBox);
    m_trust =
        makeWriteButton(QStringLiteral("trustCertificateButton"), tr("&Trust certificate…"), servicesBox);
    m_untrust =
        makeWriteButton(QStringLiteral("untrustCertificateButton"), tr("Stop t&rusting…"), servicesBox);
    m_keys = new QPushButton(tr("Manage &keys…"), servicesBox);
    m_keys->setObjectName(QStringLiteral("serviceKeysButton"));
    for (QPushButton* b : {m_address, m_trust, m_untrust, m_keys})
        serviceRow->addWidget(b);
    serviceRow->addStretch(1);
    servicesLayout->addLayout(serviceRow);
    layout->addWidget(servicesBox, 1);
    coverWhileLoading(m_services);

    connect(m_changeEnvironment, &QPushButton::clicked, this, &SettingsPane::changeEnvironment);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &SettingsPane::updateButtons);
    connect(m_setLimit, &QPushButton::clicked, this, &SettingsPane::setLimit);
    connect(m_limits, &QTreeWidget::itemSelectionChanged, this, &SettingsPane::updateButtons);
    connect(m_limits, &QTreeWidget::itemActivated, this, [this] {
        if (m_setLimit->isEnabled())
            setLimit();
    });
    connect(m_freeze, &QPushButton::clicked, this, [this] {
        toggleOperationsFreeze(
            m_context, this, m_data.settings.frozen,
            [this](const Result<QJsonObject>& r, const QString& done) { afterWrite(r, done); });
    });
    connect(m_runbooks, &QLineEdit::textChanged, this, &SettingsPane::updateButtons);
    connect(m_runbooks, &QLineEdit::returnPressed, this, [this] {
        if (m_saveRunbooks->isEnabled())
            saveRunbooks();
    });
    connect(m_saveRunbooks, &QPushButton::clicked, this, &SettingsPane::saveRunbooks);
    connect(m_services, &QTreeWidget::itemSelectionChanged, this, &SettingsPane::updateButtons);
    connect(m_address, &QPushButton::clicked, this, &SettingsPane::changeAddress);
    connect(m_trust, &QPushButton::clicked, this, [this] { trustCertificate(true); });
    connect(m_untrust, &QPushButton::clicked, this, [this] { trustCertificate(false); });
    connect(m_keys, &QPushButton::clicked, this, [this] {
        if (const ServiceSetup* s = selectedService())
            Q_EMIT keysRequested(s->provider.code, s->keys.isEmpty() ? QString() : s->keys.first().label);
    });
    watchTables({QStringLiteral("platform_settings"), QStringLiteral("environment_limits"),
                 QStringLiteral("providers"), QStringLiteral("api_keys"), QStringLiteral("tenants")});
    updateButtons();
}

void SettingsPane::reload()
{
    loadPane(
        [](Database& db) {
            Data d;
            d.settings = PlatformSettings::read(db);
            d.tenants = PlatformSettings::tenantCount(db);
            d.services = ServiceSettings::list(db);
            return d;
        },
        [this](const Data& d) { apply(d); });
}

void SettingsPane::apply(const Data& d)
{
    m_data = d;
    m_haveData = true;
    const PlatformSettingsValues& s = d.settings;
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(s.environment)));
    m_environment->setStyleSheet(QStringLiteral("QComboBox { color: %1; font-weight: bold; }")
                                     .arg(PlatformSettings::environmentColor(s.environment)));
    m_tenantCount->setText(
        s.currentLimit() ? tr("%1 tenants of a soft limit of %2 here.").arg(d.tenants).arg(*s.currentLimit())
                         : tr("%1 tenants here; no limit.").arg(d.tenants));
    const QString selectedEnv =
        m_limits->currentItem() ? m_limits->currentItem()->data(0, Qt::UserRole).toString() : s.environment;
    m_limits->clear();
    for (const QString& env : PlatformSettings::environments()) {
        const std::optional<int> limit = s.softLimits.value(env);
        auto* item = new QTreeWidgetItem(
            m_limits, {PlatformSettings::environmentLabel(env) +
                           (env == s.environment ? QStringLiteral(" ") + tr("(this database)") : QString()),
                       limit ? QLocale().toString(*limit) : tr("none")});
        item->setData(0, Qt::UserRole, env);
        if (env == selectedEnv)
            m_limits->setCurrentItem(item);
    }
    m_freezeState->setText(s.frozen ? PlatformSettings::freezeProblem(s)
                                    : tr("Operations run normally. Freezing stops every new operation, from "
                                         "anyone, until an owner unfreezes them."));
    m_freezeState->setStyleSheet(s.frozen ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    m_freeze->setText(s.frozen ? tr("Un&freeze operations…") : tr("&Freeze operations…"));
    if (!m_runbooks->isModified() || m_runbooks->text().trimmed() == s.runbookBaseUrl) {
        m_runbooks->setText(s.runbookBaseUrl);
        m_runbooks->setModified(false);
    }
    m_runbookExample->setText(
        s.runbookBaseUrl.isEmpty()
            ? tr("No address: failed operations link to no runbook.")
            : tr("A failed provisioning links to %1.")
                  .arg(PlatformSettings::runbookUrl(s.runbookBaseUrl, QStringLiteral("provision"))));

    const QString selectedCode = selectedService() ? selectedService()->provider.code : QString();
    m_services->clear();
    for (const ServiceSetup& service : d.services) {
        const Provider& p = service.provider;
        QStringList keys;
        for (const ApiKey& k : service.keys)
            keys << keyReference(k);
        QString credentials = keys.join(QStringLiteral("; "));
        if (keys.isEmpty())
            credentials = service.keyRequired ? tr("none yet — %1").arg(service.credential)
                                              : tr("none (%1)").arg(service.credential);
        const QString address =
            p.effectiveBaseUrl() +
            (p.baseUrlOverride.isEmpty() ? QStringLiteral(" ") + tr("(default)") : QString());
        const QString certificate = p.tlsSha256.isEmpty()
                                        ? tr("authorities only")
                                        : tr("trusted %1…%2").arg(p.tlsSha256.left(8), p.tlsSha256.right(8));
        auto* item =
            new QTreeWidgetItem(m_services, {p.name, address, certificate, credentials, service.purpose});
        item->setData(0, Qt::UserRole, p.code);
        item->setToolTip(2,
                         p.tlsSha256.isEmpty()
                             ? tr("Only certificates an authority on this machine vouches for are accepted.")
                             : tr("Also accepted: the certificate with SHA-256 %1").arg(p.tlsSha256));
        item->setToolTip(3, tr("What the key is: %1").arg(service.credential));
        if (service.keyRequired && !service.hasUsableKey())
            item->setForeground(3, QColor(QStringLiteral("#c62828")));
        if (p.baseUrl.startsWith(QLatin1String("http:")) && p.baseUrlOverride.isEmpty())
            item->setForeground(1, palette().color(QPalette::PlaceholderText));
        if (p.code == selectedCode)
            m_services->setCurrentItem(item);
    }
    for (int c = 0; c < m_services->columnCount() - 1; ++c)
        m_services->resizeColumnToContents(c);
    m_services->setColumnWidth(3,
                               std::min(m_services->columnWidth(3), fontMetrics().averageCharWidth() * 60));
    m_limits->resizeColumnToContents(0);
    updateButtons();
}

const ServiceSetup* SettingsPane::selectedService() const
{
    const QTreeWidgetItem* item = m_services->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const QString code = item->data(0, Qt::UserRole).toString();
    for (const ServiceSetup& s : m_data.services)
        if (s.provider.code == code)
            return &s;
    return nullptr;
}

void SettingsPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool owner = caps.isOwner();
    const QString ownersOnly = tr("Only owners (fusion_owner) may change platform settings.");
    const QString chosen = m_environment->currentData().toString();
    m_changeEnvironment->setEnabled(owner && m_haveData && chosen != m_data.settings.environment);
    m_changeEnvironment->setToolTip(owner ? tr("Mark this database as the chosen environment") : ownersOnly);
    m_environment->setEnabled(owner);
    m_setLimit->setEnabled(owner && m_limits->currentItem());
    m_setLimit->setToolTip(owner ? QString() : ownersOnly);
    m_freeze->setEnabled(owner && m_haveData);
    m_freeze->setToolTip(owner ? QString() : ownersOnly);
    m_runbooks->setReadOnly(!owner);
    m_saveRunbooks->setEnabled(owner && m_runbooks->text().trimmed() != m_data.settings.runbookBaseUrl);
    m_saveRunbooks->setToolTip(owner ? QString() : ownersOnly);
    const ServiceSetup* s = selectedService();
    const bool providers = caps.can(Capability::ManageProviders);
    const QString noProviders = caps.whyNot(Capability::ManageProviders);
    for (QPushButton* b : {m_address, m_trust})
        b->setEnabled(providers && s);
    m_untrust->setEnabled(providers && s && !s->provider.tlsSha256.isEmpty());
    for (QPushButton* b : {m_address, m_trust, m_untrust})
        b->setToolTip(providers ? (s ? QString() : tr("Choose a service first.")) : noProviders);
    m_keys->setEnabled(s && caps.can(Capability::ViewKeys));
}

void SettingsPane::changeEnvironment()
{
    const QString env = m_environment->currentData().toString();
    WriteRunner::run(
        m_context, this, [env](Database& db) { return PlatformSettings::planSetEnvironment(db, env); },
        [this, env](const Result<QJsonObject>& r) {
            if (!r)
                m_environment->setCurrentIndex(
                    std::max(0, m_environment->findData(m_data.settings.environment)));
            afterWrite(r,
                       tr("This database is now marked as %1.").arg(PlatformSettings::environmentLabel(env)));
        });
}

void SettingsPane::setLimit()
{
    const QTreeWidgetItem* item = m_limits->currentItem();
    if (!item)
        return;
    const QString env = item->data(0, Qt::UserRole).toString();
    auto* dialog =
        new LimitDialog(PlatformSettings::environmentLabel(env), m_data.settings.softLimits.value(env),
                        env == m_data.settings.environment ? m_data.tenants : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, env] {
        const std::optional<int> limit = dialog->limit();
        WriteRunner::run(
            m_context, this,
            [env, limit](Database& db) { return PlatformSettings::planSetLimit(db, env, limit); },
            [this](const Result<QJsonObject>& r) { afterWrite(r, tr("The limit is saved.")); });
    });
    dialog->open();
}

void SettingsPane::saveRunbooks()
{
    const QString url = m_runbooks->text().trimmed();
    WriteRunner::run(
        m_context, this, [url](Database& db) { return PlatformSettings::planSetRunbookBaseUrl(db, url); },
        [this](const Result<QJsonObject>& r) {
            if (r)
                m_runbooks->setModified(false);
            afterWrite(r, tr("The runbooks' address is saved."));
        });
}

void SettingsPane::changeAddress()
{
    const ServiceSetup* s = selectedService();
    if (!s)
        return;
    const QString code = s->provider.code;
    auto* dialog =
        new AddressDialog(s->provider.name, s->provider.effectiveBaseUrl(), s->provider.baseUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, code] {
        const QString url = dialog->address();
        WriteRunner::run(
            m_context, this, [code, url](Database& db) { return KeyVault::planSetBaseUrl(db, code, url); },
            [this](const Result<QJsonObject>& r) { afterWrite(r, tr("The address is saved.")); });
    });
    dialog->open();
}

void SettingsPane::trustCertificate(bool trust)
{
    const ServiceSetup* s = selectedService();
    if (!s)
        return;
    const QString code = s->provider.code;
    if (!trust) {
        WriteRunner::run(
            m_context, this, [code](Database& db) { return KeyVault::planTrustCertificate(db, code, {}); },
            [this](const Result<QJsonObject>& r) {
                afterWrite(r, tr("Only certificates an authority vouches for are accepted again."));
            });
        return;
    }
    auto* dialog = new TrustDialog(s->provider.name, s->provider.tlsSha256, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, code] {
        const QString sha = dialog->fingerprint();
        WriteRunner::run(
            m_context, this,
            [code, sha](Database& db) { return KeyVault::planTrustCertificate(db, code, sha); },
            [this](const Result<QJsonObject>& r) { afterWrite(r, tr("The certificate is trusted.")); });
    });
    dialog->open();
}

void SettingsPane::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    if (!WriteRunner::unchanged(result.value()))
        m_messages->show(MessageBar::Success, done);
    reload();
}

} // namespace fusion
