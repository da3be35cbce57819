#include "ui/ai/AiWorkspacesTab.h"

#include "models/tenants/TenantRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {
struct WorkspacesData {
    QList<Workspace> workspaces;
    QStringList tenants;
};
struct WorkspaceDetail {
    Workspace workspace;
    QList<WorkspaceMember> members;
};

QComboBox* choices(const QStringList& values, const QString& name, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(name);
    for (const QString& v : values)
        c->addItem(v, v);
    return c;
}
} // namespace

AiWorkspacesTab::AiWorkspacesTab(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("aiWorkspacesTab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    placeMessageBar(layout);
    auto* split = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    auto* top = new QHBoxLayout;
    m_create = makeWriteButton(QStringLiteral("createWorkspaceButton"), tr("&New Workspace…"), left);
    m_showArchived = new QCheckBox(tr("Show &archived"), left);
    m_showArchived->setObjectName(QStringLiteral("showArchivedWorkspacesCheck"));
    top->addWidget(m_create);
    top->addStretch();
    top->addWidget(m_showArchived);
    leftLayout->addLayout(top);
    m_list =
        makeFlatList(QStringLiteral("workspaceList"),
                     {tr("Workspace"), tr("Tenant"), tr("Visibility"), tr("Members"), tr("Your role")}, left);
    coverWhileLoading(m_list);
    leftLayout->addWidget(m_list);
    split->addWidget(left);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    m_heading = new QLabel(right);
    m_heading->setObjectName(QStringLiteral("workspaceHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    rightLayout->addWidget(m_heading);
    m_odoo = new QLabel(right);
    m_odoo->setObjectName(QStringLiteral("workspaceOdooLabel"));
    m_odoo->setTextFormat(Qt::PlainText);
    m_odoo->setWordWrap(true);
    rightLayout->addWidget(m_odoo);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("workspaceNameEdit"));
    m_name->setMaxLength(120);
    m_description = new QPlainTextEdit(right);
    m_description->setObjectName(QStringLiteral("workspaceDescriptionEdit"));
    m_description->setMaximumHeight(fontMetrics().height() * 5);
    m_visibility = choices(Workspaces::visibilities(), QStringLiteral("workspaceVisibilityCombo"), right);
    m_visibility->setToolTip(tr("private: its members; internal: platform staff and the tenant's own admins; "
                                "public: every login"));
    m_active = new QCheckBox(tr("A&ctive"), right);
    m_active->setObjectName(QStringLiteral("workspaceActiveCheck"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Visibility:"), m_visibility);
    form->addRow(QString(), m_active);
    rightLayout->addLayout(form);
    auto* actions = new QHBoxLayout;
    m_save = makeWriteButton(QStringLiteral("saveWorkspaceButton"), tr("&Save Changes…"), right);
    m_leave = makeWriteButton(QStringLiteral("leaveWorkspaceButton"), tr("&Leave…"), right);
    m_delete = makeWriteButton(QStringLiteral("deleteWorkspaceButton"), tr("Dele&te…"), right);
    actions->addWidget(m_save);
    actions->addStretch();
    actions->addWidget(m_leave);
    actions->addWidget(m_delete);
    rightLayout->addLayout(actions);

    rightLayout->addWidget(new QLabel(tr("Members:"), right));
    m_members = makeFlatList(QStringLiteral("workspaceMemberList"),
                             {tr("Login"), tr("Role"), tr("Added by"), tr("Added")}, right);
    rightLayout->addWidget(m_members, 1);
    auto* memberRow = new QHBoxLayout;
    m_memberRole = choices(Workspaces::roles(), QStringLiteral("memberRoleCombo"), right);
    m_setRole = makeWriteButton(QStringLiteral("setMemberRoleButton"), tr("Change &Role…"), right);
    m_removeMember = makeWriteButton(QStringLiteral("removeMemberButton"), tr("Re&move…"), right);
    memberRow->addWidget(new QLabel(tr("Selected member:"), right));
    memberRow->addWidget(m_memberRole);
    memberRow->addWidget(m_setRole);
    memberRow->addWidget(m_removeMember);
    memberRow->addStretch();
    rightLayout->addLayout(memberRow);
    auto* addRow = new QHBoxLayout;
    m_newLogin = new QLineEdit(right);
    m_newLogin->setObjectName(QStringLiteral("newMemberLoginEdit"));
    m_newLogin->setPlaceholderText(tr("Login to add"));
    m_newRole = choices(Workspaces::roles(), QStringLiteral("newMemberRoleCombo"), right);
    m_addMember = makeWriteButton(QStringLiteral("addMemberButton"), tr("&Add Member…"), right);
    addRow->addWidget(m_newLogin, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(m_addMember);
    rightLayout->addLayout(addRow);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    split->setSizes({470, 600}); // the list's five columns fit beside the details at 1280 pixels
    layout->addWidget(split, 1);

    connect(m_showArchived, &QCheckBox::toggled, this, &AiWorkspacesTab::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AiWorkspacesTab::showSelected);
    connect(m_members, &QTreeWidget::currentItemChanged, this, [this] {
        if (const QTreeWidgetItem* item = m_members->currentItem())
            m_memberRole->setCurrentIndex(std::max(0, m_memberRole->findData(item->text(1))));
        updateButtons();
    });
    connect(m_create, &QPushButton::clicked, this, &AiWorkspacesTab::create);
    connect(m_save, &QPushButton::clicked, this, &AiWorkspacesTab::save);
    connect(m_addMember, &QPushButton::clicked, this, &AiWorkspacesTab::addMember);
    connect(m_setRole, &QPushButton::clicked, this, [this] { changeMember(QStringLiteral("role")); });
    connect(m_removeMember, &QPushButton::clicked, this, [this] { changeMember(QStringLiteral("remove")); });
    connect(m_leave, &QPushButton::clicked, this, [this] {
        const qint64 id = m_selectedId;
        write([id](Database& db) { return Workspaces::planLeave(db, id); }, tr("You left the workspace."));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const qint64 id = m_selectedId;
        write([id](Database& db) { return Workspaces::planDelete(db, id); }, tr("Deleted the workspace."));
    });
    connect(m_newLogin, &QLineEdit::textChanged, this, &AiWorkspacesTab::updateButtons);
    watchTables({QStringLiteral("workspaces"), QStringLiteral("workspace_members")});
    updateButtons();
}

void AiWorkspacesTab::reload()
{
    WorkspaceFilter filter;
    filter.includeInactive = m_showArchived->isChecked();
    loadPane(
        [filter](Database& db) {
            WorkspacesData fetched;
            fetched.workspaces = Workspaces::list(db, filter);
            fetched.tenants = TenantRepository(db).liveSlugs();
            return fetched;
        },
        [this](const WorkspacesData& fetched) { showWorkspaces(fetched.workspaces, fetched.tenants); });
}

void AiWorkspacesTab::showWorkspaces(const QList<Workspace>& workspaces, const QStringList& tenants)
{
    m_workspaces = workspaces;
    m_tenants = tenants;
    const QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem* again = nullptr;
    for (const Workspace& w : workspaces) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, w.name);
        item->setText(1, w.tenantSlug);
        item->setText(2, w.visibility);
        item->setText(3, QLocale().toString(w.memberCount));
        item->setText(4, w.myRole.isEmpty() ? tr("not a member") : w.myRole);
        item->setData(0, Qt::UserRole, w.id);
        if (!w.active)
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        if (w.id == m_selectedId)
            again = item;
    }
    if (!again && m_list->topLevelItemCount() > 0)
        again = m_list->topLevelItem(0);
    m_list->setCurrentItem(again);
    showSelected();
}

const Workspace* AiWorkspacesTab::current() const
{
    for (const Workspace& w : m_workspaces) {
        if (w.id == m_selectedId)
            return &w;
    }
    return nullptr;
}

void AiWorkspacesTab::showSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    m_selectedId = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    if (!m_selectedId) {
        m_heading->setText(m_workspaces.isEmpty() ? tr("No workspaces yet: New Workspace… makes one you own.")
                                                  : QString());
        m_odoo->clear();
        m_members->clear();
        updateButtons();
        return;
    }
    const qint64 id = m_selectedId;
    load(
        QStringLiteral("detail"),
        [id](Database& db) {
            WorkspaceDetail d;
            d.workspace = Workspaces::require(db, id);
            d.members = Workspaces::members(db, id);
            return d;
        },
        [this](const WorkspaceDetail& d) { showMembers(d.workspace, d.members); });
}

void AiWorkspacesTab::showMembers(const Workspace& w, const QList<WorkspaceMember>& members)
{
    m_heading->setText(tr("%1 — %2, created by %3").arg(w.name, w.tenantSlug, w.createdBy));
    const QString project = w.odooProjectId ? tr("project %1").arg(*w.odooProjectId) : tr("no project yet");
    const QString channel = w.odooChannelId ? tr("channel %1").arg(*w.odooChannelId) : tr("no channel yet");
    m_odoo->setText(w.odooProjectId && w.odooChannelId
                        ? tr("In Odoo: %1, %2.").arg(project, channel)
                        : tr("In Odoo: %1, %2 (proposed when the workspace is made for a tenant with an Odoo "
                             "connection; linked once the proposals are executed).")
                              .arg(project, channel));
    m_name->setText(w.name);
    m_description->setPlainText(w.description);
    m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(w.visibility)));
    m_active->setChecked(w.active);
    m_members->clear();
    for (const WorkspaceMember& m : members) {
        auto* item = new QTreeWidgetItem(m_members);
        item->setText(0, m.login);
        item->setText(1, m.role);
        item->setText(2, m.addedBy);
        item->setText(3, QLocale().toString(m.addedAt.toLocalTime(), QLocale::ShortFormat));
    }
    updateButtons();
}

void AiWorkspacesTab::updateButtons()
{
    const Workspace* w = current();
    const QString role = w ? w->myRole : QString();
    const bool admin = role == QLatin1String("admin") || role == QLatin1String("owner");
    const bool owner = role == QLatin1String("owner");
    m_create->setEnabled(!m_tenants.isEmpty());
    for (QWidget* field : std::initializer_list<QWidget*>{m_name, m_description, m_visibility, m_active})
        field->setEnabled(w && admin);
    m_save->setEnabled(w && admin);
    m_leave->setEnabled(w && !role.isEmpty());
    m_delete->setEnabled(w && owner);
    const bool memberChosen = m_members->currentItem() != nullptr;
    m_setRole->setEnabled(w && admin && memberChosen);
    m_removeMember->setEnabled(w && admin && memberChosen);
    m_addMember->setEnabled(w && admin && !m_newLogin->text().trimmed().isEmpty());
    const QString why = w && !admin ? tr("Only the workspace's admins and owners change it (you are %1).")
                                          .arg(role.isEmpty() ? tr("not a member") : role)
                                    : QString();
    for (QPushButton* b : {m_save, m_setRole, m_removeMember, m_addMember})
        b->setToolTip(why);
    m_delete->setToolTip(w && !owner ? tr("Only the workspace's owners delete it.") : QString());
}

void AiWorkspacesTab::create()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("newWorkspaceDialog"));
    dialog->setWindowTitle(tr("New Workspace"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* form = new QFormLayout(dialog);
    auto* tenant = choices(m_tenants, QStringLiteral("newWorkspaceTenantCombo"), dialog);
    auto* name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("newWorkspaceNameEdit"));
    name->setMaxLength(120);
    auto* description = new QLineEdit(dialog);
    description->setObjectName(QStringLiteral("newWorkspaceDescriptionEdit"));
    auto* visibility =
        choices(Workspaces::visibilities(), QStringLiteral("newWorkspaceVisibilityCombo"), dialog);
    visibility->setCurrentIndex(visibility->findData(QStringLiteral("internal")));
    form->addRow(tr("&Tenant:"), tenant);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Description:"), description);
    form->addRow(tr("&Visibility:"), visibility);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create…"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    connect(name, &QLineEdit::textChanged, buttons, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, tenant, name, description, visibility] {
        const QString slug = tenant->currentData().toString();
        const QString n = name->text().trimmed();
        const QString d = description->text().trimmed();
        const QString v = visibility->currentData().toString();
        write([=](Database& db) { return Workspaces::planCreate(db, slug, n, d, v); },
              tr("Created workspace \"%1\"; you are its owner.").arg(n));
    });
    dialog->open();
}

void AiWorkspacesTab::save()
{
    const Workspace* w = current();
    if (!w)
        return;
    WorkspaceEdit edit;
    if (m_name->text().trimmed() != w->name)
        edit.name = m_name->text().trimmed();
    if (m_description->toPlainText() != w->description)
        edit.description = m_description->toPlainText();
    if (m_visibility->currentData().toString() != w->visibility)
        edit.visibility = m_visibility->currentData().toString();
    if (m_active->isChecked() != w->active)
        edit.active = m_active->isChecked();
    const qint64 id = w->id;
    const int version = w->rowVersion;
    // Planned against the version shown: a change someone made meanwhile is a conflict, not overwritten.
    write([id, edit, version](Database& db) { return Workspaces::planUpdate(db, id, edit, version); },
          tr("Saved the workspace."));
}

void AiWorkspacesTab::addMember()
{
    const qint64 id = m_selectedId;
    const QString login = m_newLogin->text().trimmed();
    const QString role = m_newRole->currentData().toString();
    write([id, login, role](Database& db) { return Workspaces::planAddMember(db, id, login, role); },
          tr("Added %1 as %2.").arg(login, role));
    m_newLogin->clear();
}

void AiWorkspacesTab::changeMember(const QString& what)
{
    const QTreeWidgetItem* item = m_members->currentItem();
    if (!item)
        return;
    const qint64 id = m_selectedId;
    const QString login = item->text(0);
    if (what == QLatin1String("remove")) {
        write([id, login](Database& db) { return Workspaces::planRemoveMember(db, id, login); },
              tr("Removed %1.").arg(login));
        return;
    }
    const QString role = m_memberRole->currentData().toString();
    write([id, login, role](Database& db) { return Workspaces::planSetRole(db, id, login, role); },
          tr("%1 is now %2.").arg(login, role));
}

void AiWorkspacesTab::write(const std::function<PendingWrite(Database&)>& planner, const QString& done)
{
    WriteRunner::run(m_context, this, planner, [this, done](const Result<QJsonObject>& r) {
        if (!r)
            return showFailure(r.error());
        if (!WriteRunner::unchanged(r.value()))
            m_messages->show(MessageBar::Success, done);
        reload();
    });
}

} // namespace fusion
