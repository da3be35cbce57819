#include "ui/sso/SsoPane.h"

#include "models/roles/Capabilities.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PaneTabs.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"
#include "ui/sso/SsoCheckPanel.h"
#include "ui/sso/SsoDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QString ssoPaneStatusText(const QString& status)
{
    if (status == QLatin1String("active"))
        return SsoPane::tr("Active");
    if (status == QLatin1String("pending"))
        return SsoPane::tr("Pending");
    if (status == QLatin1String("error"))
        return SsoPane::tr("Error");
    return SsoPane::tr("Not configured");
}

} // namespace

SsoPane::SsoPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("ssoPane"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Single sign-on (Keycloak)"), this);
    Theme::makeHeading(heading);
    layout->addWidget(heading);
    placeMessageBar(layout, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ssoTabs"));

    // Tenants: the records above (every column readable at the window's width), the selected one's checks
    // below.
    auto* tenantsPage = new QWidget(this);
    auto* tenantsLayout = new QVBoxLayout(tenantsPage);
    m_filter = new QLineEdit(tenantsPage);
    m_filter->setObjectName(QStringLiteral("ssoFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by tenant, realm, client or status…"));
    m_filter->setClearButtonEnabled(true);
    tenantsLayout->addWidget(m_filter);
    auto* splitter = new QSplitter(Qt::Vertical, tenantsPage);
    m_recordsStack = new QStackedWidget(splitter);
    m_records = makeRecordList(
        QStringLiteral("ssoList"),
        {tr("Tenant"), tr("Realm"), tr("Client"), tr("Redirect URIs"), tr("Status"), tr("Last check")},
        m_recordsStack);
    m_empty = new QLabel(
        tr("No tenant has single sign-on configured yet. Open a tenant, fill in its Keycloak realm and "
           "client id on its SSO tab (or choose a realm template when creating one), then test its login "
           "here."),
        m_recordsStack);
    m_empty->setObjectName(QStringLiteral("ssoEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_recordsStack->addWidget(m_records);
    m_recordsStack->addWidget(m_empty);
    m_panel = new SsoCheckPanel(context, splitter);
    splitter->addWidget(m_recordsStack);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    tenantsLayout->addWidget(splitter, 1);
    addNamedTab(m_tabs, tenantsPage, tr("Tenants"), QStringLiteral("tenants"));

    // Realm templates.
    auto* templatesPage = new QWidget(this);
    auto* templatesLayout = new QVBoxLayout(templatesPage);
    auto* intro = new QLabel(tr("What the create wizard fills a new tenant's SSO record from. {slug} becomes "
                                "the tenant's slug and {odoo_url} its Odoo address; records already filled "
                                "in are not changed by editing a template."),
                             templatesPage);
    intro->setWordWrap(true);
    templatesLayout->addWidget(intro);
    m_templates = makeRecordList(
        QStringLiteral("realmTemplatesList"),
        {tr("Name"), tr("Realm"), tr("Client id"), tr("Redirect URIs"), tr("Description")}, templatesPage);
    templatesLayout->addWidget(m_templates, 1);
    auto* buttons = new QHBoxLayout;
    m_newTemplate = makeWriteButton(QStringLiteral("newRealmTemplateButton"), tr("&New template…"), this);
    m_editTemplate = makeWriteButton(QStringLiteral("editRealmTemplateButton"), tr("&Edit template…"), this);
    m_deleteTemplate =
        makeWriteButton(QStringLiteral("deleteRealmTemplateButton"), tr("&Delete template…"), this);
    for (QPushButton* b : {m_newTemplate, m_editTemplate, m_deleteTemplate})
        buttons->addWidget(b);
    buttons->addStretch(1);
    templatesLayout->addLayout(buttons);
    addNamedTab(m_tabs, templatesPage, tr("Realm templates"), QStringLiteral("templates"));
    layout->addWidget(m_tabs, 1);
    coverWhileLoading(m_tabs);

    connect(m_filter, &QLineEdit::textChanged, this, &SsoPane::fillRecords);
    connect(m_records, &QTreeWidget::itemSelectionChanged, this, &SsoPane::selectionChanged);
    connect(m_records, &QTreeWidget::itemActivated, this, [this] { m_panel->testLogin(); });
    connect(m_panel, &SsoCheckPanel::checked, this, [this](const QString& slug, const QString& summary) {
        m_lastCheck.insert(slug, summary);
        for (int i = 0; i < m_records->topLevelItemCount(); ++i)
            if (QTreeWidgetItem* item = m_records->topLevelItem(i); item->text(0) == slug)
                item->setText(5, summary);
    });
    connect(m_templates, &QTreeWidget::itemSelectionChanged, this, &SsoPane::updateButtons);
    connect(m_templates, &QTreeWidget::itemActivated, this, [this] {
        if (m_editTemplate->isEnabled())
            editTemplate(false);
    });
    connect(m_newTemplate, &QPushButton::clicked, this, [this] { editTemplate(true); });
    connect(m_editTemplate, &QPushButton::clicked, this, [this] { editTemplate(false); });
    connect(m_deleteTemplate, &QPushButton::clicked, this, &SsoPane::deleteTemplate);
    watchTables(
        {QStringLiteral("sso_configs"), QStringLiteral("sso_realm_templates"), QStringLiteral("tenants")});
    updateButtons();
}

void SsoPane::reload()
{
    loadPane(
        [](Database& db) {
            Data d;
            d.records = SsoRecords::list(db);
            d.templates = RealmTemplates::list(db);
            return d;
        },
        [this](const Data& d) { apply(d); });
}

void SsoPane::apply(const Data& d)
{
    m_data = d;
    fillRecords();
    const QString chosen = m_templates->currentItem() ? m_templates->currentItem()->text(0) : QString();
    m_templates->clear();
    for (const RealmTemplate& t : d.templates) {
        const RealmTemplateInput& v = t.values;
        auto* item = new QTreeWidgetItem(
            m_templates, {v.name, v.realmPattern, v.clientIdPattern,
                          v.redirectUris.split(QLatin1Char('\n')).join(QStringLiteral(", ")), v.description});
        if (v.name == chosen)
            m_templates->setCurrentItem(item);
    }
    for (int c = 0; c < m_templates->columnCount() - 1; ++c)
        m_templates->resizeColumnToContents(c);
    updateButtons();
}

void SsoPane::fillRecords()
{
    const QString selected = m_panel->tenant();
    const QString filter = m_filter->text().trimmed();
    const QSignalBlocker block(m_records);
    m_records->clear();
    QTreeWidgetItem* current = nullptr;
    for (const SsoRecordRow& r : std::as_const(m_data.records)) {
        const QStringList cells{r.slug,
                                r.realm,
                                r.clientId,
                                QString::number(r.redirectUriCount()),
                                ssoPaneStatusText(r.status),
                                m_lastCheck.value(r.slug, tr("not checked"))};
        if (!filter.isEmpty() &&
            std::none_of(cells.begin(), cells.end(),
                         [&](const QString& c) { return c.contains(filter, Qt::CaseInsensitive); }) &&
            !r.name.contains(filter, Qt::CaseInsensitive))
            continue;
        auto* item = new QTreeWidgetItem(m_records, cells);
        item->setToolTip(0, r.name);
        item->setToolTip(3, r.redirectUris);
        if (r.slug == selected)
            current = item;
    }
    for (int c = 0; c < m_records->columnCount() - 1; ++c)
        m_records->resizeColumnToContents(c);
    m_recordsStack->setCurrentWidget(m_data.records.isEmpty() ? static_cast<QWidget*>(m_empty) : m_records);
    if (current)
        m_records->setCurrentItem(current);
    else if (m_records->topLevelItemCount() > 0)
        m_records->setCurrentItem(m_records->topLevelItem(0));
    selectionChanged();
}

void SsoPane::selectionChanged()
{
    const QTreeWidgetItem* item = m_records->currentItem();
    m_panel->setTenant(item ? item->text(0) : QString(), item != nullptr);
}

void SsoPane::updateButtons()
{
    const bool owner = m_context->capabilities().isOwner();
    const QTreeWidgetItem* chosen = m_templates->currentItem();
    const bool selected = chosen && chosen->isSelected();
    m_newTemplate->setEnabled(owner);
    m_editTemplate->setEnabled(owner && selected);
    m_deleteTemplate->setEnabled(owner && selected);
    const QString ownersOnly = tr("Only owners (fusion_owner) may change realm templates.");
    for (QPushButton* b : {m_newTemplate, m_editTemplate, m_deleteTemplate})
        b->setToolTip(owner ? QString() : ownersOnly);
}

void SsoPane::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    if (WriteRunner::unchanged(result.value()))
        return m_messages->show(MessageBar::Info, tr("Nothing to change."));
    m_messages->show(MessageBar::Success, done);
    reload();
}

void SsoPane::editTemplate(bool create)
{
    std::optional<RealmTemplateInput> current;
    if (!create) {
        const QTreeWidgetItem* item = m_templates->currentItem();
        if (!item)
            return;
        for (const RealmTemplate& t : std::as_const(m_data.templates))
            if (t.values.name == item->text(0))
                current = t.values;
        if (!current)
            return;
    }
    auto* dialog = new RealmTemplateDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, create] {
        const RealmTemplateInput in = dialog->value();
        WriteRunner::run(
            m_context, this,
            [in, create](Database& db) {
                return create ? RealmTemplates::planCreate(db, in)
                              : RealmTemplates::planEdit(db, in.name, in);
            },
            [this, in](const Result<QJsonObject>& r) {
                afterWrite(r, tr("Saved the realm template \"%1\".").arg(in.name));
            });
    });
    dialog->open();
}

void SsoPane::deleteTemplate()
{
    const QTreeWidgetItem* item = m_templates->currentItem();
    if (!item)
        return;
    const QString name = item->text(0);
    WriteRunner::run(
        m_context, this, [name](Database& db) { return RealmTemplates::planDelete(db, name); },
        [this, name](const Result<QJsonObject>& r) {
            afterWrite(r, tr("Deleted the realm template \"%1\".").arg(name));
        });
}

} // namespace fusion
