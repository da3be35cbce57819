#include "ui/tenants/CreateTenantWizard.h"

#include "models/core/BoundedText.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantValidation.h"
#include "ui/common/AppContext.h"
#include "ui/common/DetailsDialog.h"
#include "ui/common/Loads.h"
#include "ui/common/WriteRunner.h"
#include "ui_CreateTenantWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace fusion {

namespace {
struct WizardChoices {
    QList<Plan> plans;
    QList<Bundle> bundles;
    QList<InfraTemplate> templates;
    QStringList agencyGroups;
};

const QStringList kRegions = {QStringLiteral("sgp1"), QStringLiteral("blr1"), QStringLiteral("fra1"),
                              QStringLiteral("ams3"), QStringLiteral("lon1"), QStringLiteral("nyc3"),
                              QStringLiteral("sfo3"), QStringLiteral("tor1"), QStringLiteral("syd1")};
} // namespace

CreateTenantWizard::CreateTenantWizard(AppContext* context, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::CreateTenantWizard>())
    , m_context(context)
    , m_slugCheck(new QTimer(this))
    , m_slugChecks(new Loads(context, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("createTenantWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    setButtonText(QWizard::FinishButton, tr("Create…"));
    button(QWizard::FinishButton)->setProperty("fusionWrite", true);

    m_ui->identityPage->setCompleteCheck([this] {
        return TenantValidation::name(m_ui->nameEdit->text()).isEmpty() &&
               TenantValidation::slug(m_ui->slugEdit->text()).isEmpty() && m_slugAvailable &&
               m_checkedSlug == m_ui->slugEdit->text() &&
               TenantValidation::agencyGroup(m_ui->agencyCombo->currentText()).isEmpty();
    });
    m_ui->infraPage->setCompleteCheck([this] {
        return TenantValidation::url(m_ui->odooUrlEdit->text()).isEmpty() &&
               TenantValidation::hostName(m_ui->dbHostEdit->text()).isEmpty();
    });
    m_ui->ssoPage->setCompleteCheck([this] {
        if (!m_ui->ssoCheck->isChecked())
            return true;
        return !m_ui->realmEdit->text().isEmpty() &&
               TenantValidation::keycloakRealm(m_ui->realmEdit->text()).isEmpty() &&
               TenantValidation::redirectUris(m_ui->redirectUrisEdit->toPlainText()).isEmpty();
    });

    // Identity: the slug follows the name until the person edits it.
    m_slugCheck->setSingleShot(true);
    m_slugCheck->setInterval(250);
    connect(m_slugCheck, &QTimer::timeout, this, &CreateTenantWizard::checkSlug);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (!m_slugEdited) {
            const QSignalBlocker block(m_ui->slugEdit);
            m_ui->slugEdit->setText(TenantValidation::suggestSlug(name));
            m_slugAvailable = false;
            m_slugCheck->start();
        }
        m_ui->identityPage->recheck();
    });
    connect(m_ui->slugEdit, &QLineEdit::textEdited, this, [this] {
        m_slugEdited = !m_ui->slugEdit->text().isEmpty();
        m_slugAvailable = false;
        m_slugCheck->start();
        m_ui->identityPage->recheck();
    });
    connect(m_ui->agencyCombo, &QComboBox::currentTextChanged, m_ui->identityPage, &WizardPage::recheck);
    m_ui->slugStatusLabel->setObjectName(QStringLiteral("slugStatusLabel"));

    connect(m_ui->planCombo, &QComboBox::currentIndexChanged, this,
            &CreateTenantWizard::updatePlanDescription);
    connect(m_ui->bundleList, &QListWidget::itemChanged, this, &CreateTenantWizard::updateBundleSummary);

    m_ui->dbStrategyCombo->addItem(tr("One database per tenant"), QStringLiteral("db_per_tenant"));
    m_ui->dbStrategyCombo->addItem(tr("One schema per tenant (shared database)"),
                                   QStringLiteral("schema_per_tenant"));
    m_ui->regionCombo->addItems(kRegions);
    connect(m_ui->odooUrlEdit, &QLineEdit::textChanged, m_ui->infraPage, &WizardPage::recheck);
    connect(m_ui->dbHostEdit, &QLineEdit::textChanged, m_ui->infraPage, &WizardPage::recheck);
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant id = m_ui->templateCombo->currentData();
        QString details = tr("No template: the automation uses its defaults.");
        for (const InfraTemplate& t : std::as_const(m_templates)) {
            if (id.isValid() && t.id == id.toLongLong())
                details = tr("%1 · %2 · size %3").arg(t.k8sChart, t.dockerImageOdoo, t.sizeProfile);
        }
        m_ui->templateDetailsLabel->setText(details);
    });

    const auto ssoEnabled = [this](bool on) {
        for (QWidget* w : {static_cast<QWidget*>(m_ui->realmEdit), static_cast<QWidget*>(m_ui->clientIdEdit),
                           static_cast<QWidget*>(m_ui->redirectUrisEdit)})
            w->setEnabled(on);
        m_ui->ssoPage->recheck();
    };
    connect(m_ui->ssoCheck, &QCheckBox::toggled, this, ssoEnabled);
    connect(m_ui->realmEdit, &QLineEdit::textChanged, m_ui->ssoPage, &WizardPage::recheck);
    connect(m_ui->redirectUrisEdit, &QPlainTextEdit::textChanged, m_ui->ssoPage, &WizardPage::recheck);
    // A realm template fills the three fields; they stay editable, and the preview says what will be set.
    m_realmTemplate = new QComboBox(m_ui->ssoPage);
    m_realmTemplate->setObjectName(QStringLiteral("realmTemplateCombo"));
    m_realmTemplate->addItem(tr("(none)"));
    m_realmTemplate->setToolTip(tr("Realm templates are kept in the SSO pane."));
    m_ui->ssoForm->insertRow(0, tr("Realm &template:"), m_realmTemplate);
    m_ssoPreview = new QLabel(m_ui->ssoPage);
    m_ssoPreview->setObjectName(QStringLiteral("ssoPreviewLabel"));
    m_ssoPreview->setWordWrap(true);
    m_ssoPreview->setTextFormat(Qt::PlainText);
    m_ui->ssoPageLayout->addWidget(m_ssoPreview);
    connect(m_realmTemplate, &QComboBox::currentIndexChanged, this, &CreateTenantWizard::applyRealmTemplate);
    connect(m_ui->ssoCheck, &QCheckBox::toggled, this, &CreateTenantWizard::updateSsoPreview);
    connect(m_ui->realmEdit, &QLineEdit::textChanged, this, &CreateTenantWizard::updateSsoPreview);
    connect(m_ui->clientIdEdit, &QLineEdit::textChanged, this, &CreateTenantWizard::updateSsoPreview);
    connect(m_ui->redirectUrisEdit, &QPlainTextEdit::textChanged, this,
            &CreateTenantWizard::updateSsoPreview);
    ssoEnabled(false);

    connect(this, &QWizard::currentIdChanged, this, [this](int) {
        // The slug or the Odoo URL may have changed since the template filled the fields: fill them again,
        // unless the person edited them.
        if (currentPage() == m_ui->ssoPage && m_realmTemplate->currentIndex() > 0 &&
            m_ui->realmEdit->text() == m_rendered.realm &&
            m_ui->clientIdEdit->text() == m_rendered.clientId &&
            m_ui->redirectUrisEdit->toPlainText() == m_rendered.redirectUris)
            applyRealmTemplate();
        if (currentPage() == m_ui->ssoPage && m_ui->realmEdit->text().isEmpty()) {
            const QString slug = m_ui->slugEdit->text();
            m_ui->realmEdit->setText(slug);
            m_ui->clientIdEdit->setText(QStringLiteral("odoo-") + slug);
            if (!m_ui->odooUrlEdit->text().isEmpty())
                m_ui->redirectUrisEdit->setPlainText(m_ui->odooUrlEdit->text().trimmed() +
                                                     QStringLiteral("/auth_oauth/signin"));
        }
        if (currentPage() == m_ui->reviewPage)
            updateReview();
    });
    loadChoices();
    loadRealmTemplates();
    updateSsoPreview();
}

CreateTenantWizard::~CreateTenantWizard() = default;

void CreateTenantWizard::loadChoices()
{
    const bool prices = m_context->capabilities().can(Capability::ViewBillingAmounts);
    m_context->worker()->run<WizardChoices>(
        this,
        [prices](Database& db) {
            TenantRepository repo(db);
            WizardChoices c;
            c.plans = repo.plans(prices);
            c.bundles = repo.bundles();
            c.templates = repo.infraTemplates(false);
            c.agencyGroups = repo.agencyGroups();
            return c;
        },
        [this](const Result<WizardChoices>& result) {
            if (!result) {
                m_ui->slugStatusLabel->setText(result.error().message);
                return;
            }
            const WizardChoices& c = result.value();
            m_plans = c.plans;
            m_bundles = c.bundles;
            m_templates = c.templates;
            m_ui->planCombo->clear();
            m_ui->planCombo->addItem(tr("No plan yet"), QString());
            for (const Plan& p : m_plans)
                m_ui->planCombo->addItem(p.name, p.code);
            if (!m_plans.isEmpty())
                m_ui->planCombo->setCurrentIndex(1);
            m_ui->bundleList->clear();
            for (const Bundle& b : m_bundles) {
                auto* item = new QListWidgetItem(
                    tr("%1 %2 — %n module(s)", nullptr, int(b.modules.size())).arg(b.name, b.version),
                    m_ui->bundleList);
                item->setData(Qt::UserRole, b.code);
                item->setToolTip(b.description + QStringLiteral("\n") + b.modules.join(QStringLiteral(", ")));
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            if (m_bundles.isEmpty())
                new QListWidgetItem(
                    tr("No bundles are defined yet; the tenant starts with Odoo's base modules."),
                    m_ui->bundleList);
            m_ui->templateCombo->clear();
            m_ui->templateCombo->addItem(tr("(none)"), QVariant());
            for (const InfraTemplate& t : m_templates)
                m_ui->templateCombo->addItem(t.name, t.id);
            const QString agency = m_ui->agencyCombo->currentText();
            m_ui->agencyCombo->clear();
            m_ui->agencyCombo->addItems(c.agencyGroups);
            m_ui->agencyCombo->setCurrentText(agency);
            updateBundleSummary();
            updatePlanDescription();
            Q_EMIT choicesLoaded();
        });
}

void CreateTenantWizard::loadRealmTemplates()
{
    m_context->worker()->run<QList<RealmTemplate>>(
        this, [](Database& db) { return RealmTemplates::list(db); },
        [this](const Result<QList<RealmTemplate>>& result) {
            if (!result) {
                m_realmTemplate->setToolTip(result.error().message);
                return;
            }
            m_realmTemplates = result.value();
            const QSignalBlocker block(m_realmTemplate);
            m_realmTemplate->clear();
            m_realmTemplate->addItem(tr("(none)"));
            for (const RealmTemplate& t : std::as_const(m_realmTemplates)) {
                m_realmTemplate->addItem(t.values.name);
                m_realmTemplate->setItemData(m_realmTemplate->count() - 1, t.values.description,
                                             Qt::ToolTipRole);
            }
            Q_EMIT realmTemplatesLoaded();
        });
}

void CreateTenantWizard::applyRealmTemplate()
{
    const int index = m_realmTemplate->currentIndex() - 1;
    if (index < 0 || index >= m_realmTemplates.size())
        return;
    m_rendered = RealmTemplates::render(m_realmTemplates[index].values, m_ui->slugEdit->text(),
                                        m_ui->odooUrlEdit->text());
    m_ui->ssoCheck->setChecked(true);
    m_ui->realmEdit->setText(m_rendered.realm);
    m_ui->clientIdEdit->setText(m_rendered.clientId);
    m_ui->redirectUrisEdit->setPlainText(m_rendered.redirectUris);
    updateSsoPreview();
}

void CreateTenantWizard::updateSsoPreview()
{
    if (!m_ui->ssoCheck->isChecked()) {
        m_ssoPreview->setText(
            tr("No SSO record will be configured; it can be added later on the tenant's SSO "
               "tab."));
        return;
    }
    QStringList uris;
    for (const QString& line : m_ui->redirectUrisEdit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            uris << line.trimmed();
    const QString realm = m_ui->realmEdit->text().trimmed();
    const QString client = m_ui->clientIdEdit->text().trimmed();
    // No plural forms: the redirect URIs are listed, or said to be none.
    m_ssoPreview->setText(tr("Will configure: realm %1, client %2; redirect URIs: %3")
                              .arg(realm.isEmpty() ? tr("(none)") : realm,
                                   client.isEmpty() ? tr("(none)") : client,
                                   uris.isEmpty() ? tr("none") : uris.join(QStringLiteral(", "))));
}

void CreateTenantWizard::checkSlug()
{
    const QString slug = m_ui->slugEdit->text();
    const QString why = TenantValidation::slug(slug);
    if (!why.isEmpty()) {
        m_ui->slugStatusLabel->setText(QStringLiteral("✗ ") + why);
        m_slugAvailable = false;
        m_checkedSlug = slug;
        m_slugChecks->drop(); // an earlier check still on its way must not overwrite this verdict
        m_ui->identityPage->recheck();
        return;
    }
    m_ui->slugStatusLabel->setText(tr("Checking…"));
    const auto checked = [this, slug] {
        m_checkedSlug = slug;
        m_ui->identityPage->recheck();
    };
    m_slugChecks->run(
        QString(), [slug](Database& db) { return TenantRepository(db).slugExists(slug); },
        [this, slug, checked](bool taken) {
            if (taken) {
                m_slugAvailable = false;
                m_ui->slugStatusLabel->setText(tr("✗ \"%1\" is already taken.").arg(slug));
            } else {
                m_slugAvailable = true;
                m_ui->slugStatusLabel->setText(tr("✓ \"%1\" is available.").arg(slug));
            }
            checked();
        },
        [this, checked](const Error& error) {
            m_slugAvailable = false;
            m_ui->slugStatusLabel->setText(error.message);
            checked();
        });
}

void CreateTenantWizard::updatePlanDescription()
{
    const QString code = m_ui->planCombo->currentData().toString();
    for (const Plan& p : std::as_const(m_plans)) {
        if (p.code != code)
            continue;
        QString text = p.description;
        if (p.monthlyPriceCents)
            text += QStringLiteral("\n") +
                    tr("%1 per month")
                        .arg(QLocale().toCurrencyString(double(*p.monthlyPriceCents) / 100.0, p.currency));
        if (p.maxUsers)
            text += QStringLiteral("\n") + tr("Up to %n user(s).", nullptr, *p.maxUsers);
        m_ui->planDescriptionLabel->setText(text);
        return;
    }
    m_ui->planDescriptionLabel->setText(
        tr("The tenant gets no subscription until a plan is chosen in its Billing tab."));
}

void CreateTenantWizard::updateBundleSummary()
{
    QStringList modules;
    int chosen = 0;
    for (int i = 0; i < m_ui->bundleList->count(); ++i) {
        const QListWidgetItem* item = m_ui->bundleList->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        ++chosen;
        for (const Bundle& b : std::as_const(m_bundles)) {
            if (b.code == item->data(Qt::UserRole).toString()) {
                for (const QString& m : b.modules) {
                    if (!modules.contains(m))
                        modules << m;
                }
            }
        }
    }
    m_ui->bundleModulesLabel->setText(chosen == 0 ? tr("No bundle chosen.")
                                                  : tr("%n module(s): ", nullptr, int(modules.size())) +
                                                        modules.join(QStringLiteral(", ")));
}

NewTenant CreateTenantWizard::newTenant() const
{
    NewTenant t;
    t.name = m_ui->nameEdit->text().trimmed();
    t.slug = m_ui->slugEdit->text();
    t.agencyGroup = m_ui->agencyCombo->currentText().trimmed();
    t.planCode = m_ui->planCombo->currentData().toString();
    for (int i = 0; i < m_ui->bundleList->count(); ++i) {
        const QListWidgetItem* item = m_ui->bundleList->item(i);
        if (item->checkState() == Qt::Checked)
            t.bundleCodes << item->data(Qt::UserRole).toString();
    }
    if (m_ui->templateCombo->currentData().isValid())
        t.infraTemplateName = m_ui->templateCombo->currentText();
    t.region = m_ui->regionCombo->currentText().trimmed();
    t.dbStrategy = m_ui->dbStrategyCombo->currentData().toString();
    t.dbHost = m_ui->dbHostEdit->text().trimmed();
    t.odooUrl = m_ui->odooUrlEdit->text().trimmed();
    if (m_ui->ssoCheck->isChecked()) {
        t.keycloakRealm = m_ui->realmEdit->text().trimmed();
        t.keycloakClientId = m_ui->clientIdEdit->text().trimmed();
        t.redirectUris = m_ui->redirectUrisEdit->toPlainText().trimmed();
    }
    return t;
}

void CreateTenantWizard::updateReview()
{
    const NewTenant t = newTenant();
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Name"), t.name);
    html += row(tr("Slug"), t.slug);
    html += row(tr("Agency group"), t.agencyGroup);
    html += row(tr("Plan"), m_ui->planCombo->currentText());
    QStringList bundleNames;
    for (const Bundle& b : std::as_const(m_bundles)) {
        if (t.bundleCodes.contains(b.code))
            bundleNames << b.name;
    }
    html += row(tr("Bundles"), bundleNames.join(QStringLiteral(", ")));
    html += row(tr("Infra template"), t.infraTemplateName);
    html += row(tr("Region"), t.region);
    html += row(tr("Database strategy"), m_ui->dbStrategyCombo->currentText());
    html += row(tr("Database host"), t.dbHost);
    html += row(tr("Odoo URL"), t.odooUrl);
    html += row(tr("SSO"), t.keycloakRealm.isEmpty()
                               ? tr("not configured")
                               : tr("realm %1, client %2").arg(t.keycloakRealm, t.keycloakClientId));
    html += QStringLiteral("</table>");
    m_ui->reviewBrowser->setHtml(html);
}

void CreateTenantWizard::accept()
{
    if (m_creating)
        return;
    m_creating = true;
    button(QWizard::FinishButton)->setEnabled(false);
    const NewTenant t = newTenant();
    WriteRunner::run(
        m_context, this, [t](Database& db) { return TenantService(db, QStringLiteral("ui")).planCreate(t); },
        [this](const Result<QJsonObject>& result) {
            m_creating = false;
            button(QWizard::FinishButton)->setEnabled(true);
            if (!result) {
                if (result.error().kind == ErrorKind::NotConfirmed)
                    return; // back in the wizard, nothing lost
                const Error error = result.error();
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Tenant not created"), error.message,
                                            QMessageBox::Ok, this);
                // The server's words bounded here; all of them, when they go on, in the details dialog
                // (a message box's own detailed text would hold a megabyte).
                if (error.detail != error.message)
                    box->setInformativeText(BoundedText::of(error.detail, {6, 200, 1200}));
                if (BoundedText::isCut(error.detail, {6, 200, 1200})) {
                    QPushButton* more = box->addButton(tr("Details…"), QMessageBox::ActionRole);
                    connect(more, &QPushButton::clicked, this, [this, error] {
                        DetailsDialog::showText(this, tr("Tenant not created"), error.message, error.detail);
                    });
                }
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            Q_EMIT tenantCreated(result.value().value(QStringLiteral("tenant_id")).toInteger());
            QWizard::accept();
        });
}

} // namespace fusion
