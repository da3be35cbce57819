#include "ui/infra/InfraPane.h"

#include "models/roles/Capabilities.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PaneTabs.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"
#include "ui/infra/InfraDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QString infraTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

InfraPane::InfraPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("infraPane"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Infrastructure and images"), this);
    Theme::makeHeading(heading);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("infraStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_freeze = makeWriteButton(QStringLiteral("freezeButton"), tr("Freeze operations…"), this);
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_freeze);
    layout->addLayout(top);
    layout->addWidget(m_state);
    placeMessageBar(layout, 2);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("infraTabs"));
    m_upgrades = makeRecordList(
        QStringLiteral("upgradesList"),
        {tr("Tenant"), tr("Image"), tr("When (UTC)"), tr("Wave"), tr("Window"), tr("Operation")}, this);
    m_upgrades->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_upgrade = makeWriteButton(QStringLiteral("upgradeButton"), tr("&Upgrade tenants…"), this);
    m_cancelUpgrades = makeWriteButton(QStringLiteral("cancelUpgradesButton"), tr("&Cancel selected…"), this);
    addNamedTab(
        m_tabs,
        makeTabPage(this,
                    tr("Image upgrades waiting for their time. Each becomes an operation the automation "
                       "starts in its maintenance window; until then it can be cancelled."),
                    {m_upgrades}, {m_upgrade, m_cancelUpgrades}),
        tr("Scheduled upgrades"), QStringLiteral("upgrades"));
    m_windows = makeRecordList(
        QStringLiteral("windowsList"),
        {tr("Name"), tr("When"), tr("Scheduled"), tr("State"), tr("Created by"), tr("Notes")}, this);
    m_newWindow = makeWriteButton(QStringLiteral("newWindowButton"), tr("&New window…"), this);
    m_cancelWindow = makeWriteButton(QStringLiteral("cancelWindowButton"), tr("Cancel &window…"), this);
    addNamedTab(m_tabs,
                makeTabPage(this,
                            tr("Periods agreed with the tenants in which disruptive operations may run. The "
                               "dashboard shows the ones to come."),
                            {m_windows}, {m_newWindow, m_cancelWindow}),
                tr("Maintenance windows"), QStringLiteral("windows"));
    m_tags = makeRecordList(
        QStringLiteral("tagsList"),
        {tr("Image"), tr("Component"), tr("Environment"), tr("Tested"), tr("By"), tr("State"), tr("Notes")},
        this);
    m_recordTag = makeWriteButton(QStringLiteral("recordTagButton"), tr("&Record tested tag…"), this);
    m_retireTag = makeWriteButton(QStringLiteral("retireTagButton"), tr("R&etire tag…"), this);
    addNamedTab(
        m_tabs,
        makeTabPage(this,
                    tr("Image tags that passed testing, per environment. Upgrades may target only these: "
                       "the database refuses any other."),
                    {m_tags}, {m_recordTag, m_retireTag}),
        tr("Tested tags"), QStringLiteral("tags"));
    m_templates = makeRecordList(QStringLiteral("templatesList"),
                                 {tr("Name"), tr("Chart"), tr("Odoo image"), tr("PostgreSQL image"),
                                  tr("Size"), tr("Version"), tr("Tenants"), tr("State")},
                                 this);
    m_newTemplate = makeWriteButton(QStringLiteral("newTemplateButton"), tr("New &template…"), this);
    m_editTemplate = makeWriteButton(QStringLiteral("editTemplateButton"), tr("E&dit template…"), this);
    m_retireTemplate = makeWriteButton(QStringLiteral("retireTemplateButton"), tr("Retire t&emplate…"), this);
    addNamedTab(
        m_tabs,
        makeTabPage(this,
                    tr("What new tenants are built from: chart, images, size and environment defaults. A "
                       "retired template is kept for the tenants built from it."),
                    {m_templates}, {m_newTemplate, m_editTemplate, m_retireTemplate}),
        tr("Templates"), QStringLiteral("templates"));
    layout->addWidget(m_tabs, 1);
    coverWhileLoading(m_tabs);

    connect(m_upgrade, &QPushButton::clicked, this, [this] { upgradeTenants(); });
    connect(m_cancelUpgrades, &QPushButton::clicked, this, &InfraPane::cancelUpgrades);
    connect(m_newWindow, &QPushButton::clicked, this, &InfraPane::createWindow);
    connect(m_cancelWindow, &QPushButton::clicked, this, &InfraPane::cancelWindow);
    connect(m_recordTag, &QPushButton::clicked, this, &InfraPane::recordTag);
    connect(m_retireTag, &QPushButton::clicked, this, &InfraPane::retireTag);
    connect(m_freeze, &QPushButton::clicked, this, &InfraPane::toggleFreeze);
    connect(m_newTemplate, &QPushButton::clicked, this, [this] { editTemplate(true); });
    connect(m_editTemplate, &QPushButton::clicked, this, [this] { editTemplate(false); });
    connect(m_retireTemplate, &QPushButton::clicked, this, &InfraPane::retireTemplate);
    connect(m_upgrades, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT operationRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_templates, &QTreeWidget::itemActivated, this, [this] {
        if (m_editTemplate->isEnabled())
            editTemplate(false);
    });
    for (QTreeWidget* list : {m_upgrades, m_windows, m_tags, m_templates})
        connect(list, &QTreeWidget::itemSelectionChanged, this, &InfraPane::updateButtons);
    watchTables({QStringLiteral("operations"), QStringLiteral("maintenance_windows"),
                 QStringLiteral("tested_image_tags"), QStringLiteral("platform_settings"),
                 QStringLiteral("infra_templates")});
    updateButtons();
}

void InfraPane::reload()
{
    loadPane(
        [](Database& db) {
            Data d;
            d.settings = PlatformSettings::read(db);
            d.upgrades = ImageUpgrade::scheduled(db);
            d.windows = MaintenanceWindows::list(db, true);
            d.tags = ImageTags::list(db, {}, true);
            d.templates = InfraTemplates::list(db, true);
            return d;
        },
        [this](const Data& d) { apply(d); });
}

void InfraPane::apply(const Data& d)
{
    m_data = d;
    const PlatformSettingsValues& s = d.settings;
    m_state->setText(s.frozen ? PlatformSettings::freezeProblem(s)
                              : tr("%1 · operations run normally · %n upgrade(s) scheduled", nullptr,
                                   int(d.upgrades.size()))
                                    .arg(PlatformSettings::environmentLabel(s.environment)));
    m_state->setStyleSheet(s.frozen ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    m_freeze->setText(s.frozen ? tr("Un&freeze operations…") : tr("&Freeze operations…"));

    m_upgrades->clear();
    for (const UpgradeOperation& u : d.upgrades) {
        auto* item =
            new QTreeWidgetItem(m_upgrades, {u.tenantSlug, u.reference, infraTime(u.scheduledFor),
                                             QString::number(u.wave), u.windowName, QString::number(u.id)});
        item->setData(0, Qt::UserRole, u.id);
    }
    m_windows->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const MaintenanceWindow& w : d.windows) {
        const QString state = w.cancelled()     ? tr("cancelled")
                              : w.activeAt(now) ? tr("open now")
                              : w.endsAt <= now ? tr("over")
                                                : tr("upcoming");
        auto* item =
            new QTreeWidgetItem(m_windows, {w.name, MaintenanceWindows::spanText(w),
                                            QString::number(w.scheduled), state, w.createdBy, w.notes});
        item->setData(0, Qt::UserRole, w.id);
        item->setData(0, Qt::UserRole + 1, !w.cancelled() && w.endsAt > now);
    }
    m_tags->clear();
    for (const TestedTag& t : d.tags) {
        auto* item = new QTreeWidgetItem(m_tags, {t.reference(), t.component,
                                                  PlatformSettings::environmentLabel(t.environment),
                                                  infraTime(t.testedAt), t.testedBy,
                                                  t.retired() ? tr("retired") : tr("current"), t.notes});
        item->setData(0, Qt::UserRole, t.id);
        item->setData(0, Qt::UserRole + 1, !t.retired());
        if (t.retired())
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_templates->clear();
    for (const TemplateRow& t : d.templates) {
        const InfraTemplate& v = t.values;
        auto* item = new QTreeWidgetItem(
            m_templates,
            {v.name, v.k8sChart,
             t.odooImageTested ? v.dockerImageOdoo : tr("%1 (not tested here)").arg(v.dockerImageOdoo),
             v.dockerImagePg, v.sizeProfile, v.version, QString::number(t.tenants),
             t.retired() ? tr("retired") : tr("current")});
        item->setData(0, Qt::UserRole, v.name);
        item->setData(0, Qt::UserRole + 1, !t.retired());
        item->setToolTip(0, v.envDefaults);
        if (t.retired())
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
    }
    for (QTreeWidget* list : {m_upgrades, m_windows, m_tags, m_templates})
        for (int c = 0; c < list->columnCount() - 1; ++c)
            list->resizeColumnToContents(c);
    updateButtons();
}

void InfraPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool owner = caps.isOwner();
    const bool runs = caps.can(Capability::RunOperations);
    const QString ownersOnly = tr("Only owners (fusion_owner) may do this.");
    m_freeze->setEnabled(owner);
    m_freeze->setToolTip(owner ? tr("Stops every new operation, from anyone, until unfrozen.") : ownersOnly);
    m_recordTag->setEnabled(owner);
    m_recordTag->setToolTip(owner ? QString() : ownersOnly);
    const QTreeWidgetItem* tag = m_tags->currentItem();
    m_retireTag->setEnabled(owner && tag && tag->isSelected() && tag->data(0, Qt::UserRole + 1).toBool());
    const QTreeWidgetItem* chosen = m_templates->currentItem();
    const bool current = chosen && chosen->isSelected() && chosen->data(0, Qt::UserRole + 1).toBool();
    m_newTemplate->setEnabled(owner);
    m_editTemplate->setEnabled(owner && current);
    m_retireTemplate->setEnabled(owner && current);
    m_newTemplate->setToolTip(owner ? QString() : ownersOnly);
    m_upgrade->setEnabled(runs);
    m_newWindow->setEnabled(runs);
    m_cancelUpgrades->setEnabled(runs && !m_upgrades->selectedItems().isEmpty());
    const QTreeWidgetItem* window = m_windows->currentItem();
    m_cancelWindow->setEnabled(runs && window && window->isSelected() &&
                               window->data(0, Qt::UserRole + 1).toBool());
}

void InfraPane::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    m_messages->show(MessageBar::Success, done);
    reload();
}

void InfraPane::upgradeTenants(const QStringList& slugs)
{
    if (!hasLoadedOnce()) {
        // The tags and windows the dialog offers arrive with the pane's first load.
        auto* once = new QObject(this);
        connect(this, &Pane::loaded, once, [this, slugs, once] {
            once->deleteLater();
            upgradeTenants(slugs);
        });
        return;
    }
    QList<TestedTag> current;
    for (const TestedTag& t : m_data.tags)
        if (!t.retired() && t.environment == m_data.settings.environment)
            current << t;
    QList<MaintenanceWindow> open;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const MaintenanceWindow& w : m_data.windows)
        if (!w.cancelled() && w.endsAt > now)
            open << w;
    auto* dialog = new UpgradeDialog(m_context, current, open, slugs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const UpgradeRequest request = dialog->request();
        WriteRunner::run(
            m_context, this,
            [request](Database& db) {
                return ImageUpgrade::planSchedule(db, ImageUpgrade::preview(db, request),
                                                  QStringLiteral("ui"));
            },
            [this](const Result<QJsonObject>& r) {
                afterWrite(r, r ? tr("Scheduled %n upgrade(s).", nullptr,
                                     r.value().value(QStringLiteral("scheduled")).toInt())
                                : QString());
            });
    });
    dialog->open();
}

void InfraPane::cancelUpgrades()
{
    QList<qint64> ids;
    for (const QTreeWidgetItem* item : m_upgrades->selectedItems())
        ids << item->data(0, Qt::UserRole).toLongLong();
    if (ids.isEmpty())
        return;
    WriteRunner::run(
        m_context, this, [ids](Database& db) { return ImageUpgrade::planCancel(db, ids); },
        [this, n = ids.size()](const Result<QJsonObject>& r) {
            afterWrite(r, tr("Cancelled %n upgrade(s).", nullptr, int(n)));
        });
}

void InfraPane::createWindow()
{
    auto* dialog = new WindowDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        const QDateTime start = dialog->startsAt();
        const QDateTime end = dialog->endsAt();
        const QString notes = dialog->notes();
        WriteRunner::run(
            m_context, this,
            [name, start, end, notes](Database& db) {
                return MaintenanceWindows::planCreate(db, name, start, end, notes);
            },
            [this, name](const Result<QJsonObject>& r) {
                afterWrite(r, tr("Created the maintenance window \"%1\".").arg(name));
            });
    });
    dialog->open();
}

void InfraPane::cancelWindow()
{
    const QTreeWidgetItem* item = m_windows->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    WriteRunner::run(
        m_context, this, [id](Database& db) { return MaintenanceWindows::planCancel(db, id); },
        [this](const Result<QJsonObject>& r) { afterWrite(r, tr("The window is cancelled.")); });
}

void InfraPane::recordTag()
{
    auto* dialog = new TagDialog(m_data.settings.environment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString env = dialog->environment();
        const QString component = dialog->component();
        const QString reference = dialog->reference();
        const QString notes = dialog->notes();
        WriteRunner::run(
            m_context, this,
            [env, component, reference, notes](Database& db) {
                return ImageTags::planAdd(db, env, component, reference, notes);
            },
            [this, reference](const Result<QJsonObject>& r) {
                afterWrite(r, tr("%1 is recorded as tested.").arg(reference));
            });
    });
    dialog->open();
}

void InfraPane::retireTag()
{
    const QTreeWidgetItem* item = m_tags->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    WriteRunner::run(
        m_context, this, [id](Database& db) { return ImageTags::planRetire(db, id); },
        [this](const Result<QJsonObject>& r) { afterWrite(r, tr("The tag is retired.")); });
}

void InfraPane::toggleFreeze()
{
    toggleOperationsFreeze(
        m_context, this, m_data.settings.frozen,
        [this](const Result<QJsonObject>& r, const QString& done) { afterWrite(r, done); });
}

void InfraPane::editTemplate(bool create)
{
    std::optional<TemplateInput> current;
    if (!create) {
        const QTreeWidgetItem* item = m_templates->currentItem();
        if (!item)
            return;
        for (const TemplateRow& t : std::as_const(m_data.templates))
            if (t.values.name == item->data(0, Qt::UserRole).toString())
                current =
                    TemplateInput{t.values.name,          t.values.k8sChart,    t.values.dockerImageOdoo,
                                  t.values.dockerImagePg, t.values.sizeProfile, t.values.envDefaults,
                                  t.values.version};
        if (!current)
            return;
    }
    QStringList tested;
    for (const TestedTag& t : std::as_const(m_data.tags))
        if (!t.retired() && t.component == QLatin1String("odoo") &&
            t.environment == m_data.settings.environment)
            tested << t.reference();
    auto* dialog = new TemplateDialog(current, tested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, create] {
        const TemplateInput in = dialog->value();
        WriteRunner::run(
            m_context, this,
            [in, create](Database& db) {
                return create ? InfraTemplates::planCreate(db, in)
                              : InfraTemplates::planEdit(db, in.name, in);
            },
            [this, in](const Result<QJsonObject>& r) {
                afterWrite(r, tr("Saved the infra template \"%1\".").arg(in.name));
            });
    });
    dialog->open();
}

void InfraPane::retireTemplate()
{
    const QTreeWidgetItem* item = m_templates->currentItem();
    if (!item)
        return;
    const QString name = item->data(0, Qt::UserRole).toString();
    WriteRunner::run(
        m_context, this, [name](Database& db) { return InfraTemplates::planRetire(db, name); },
        [this, name](const Result<QJsonObject>& r) {
            afterWrite(r, tr("The infra template \"%1\" is retired.").arg(name));
        });
}

} // namespace fusion
