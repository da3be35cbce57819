#pragma once
// The AI pane's Workspaces tab: the tenants' team spaces this login may see with its role in each, one
// workspace's details and members, and every change — create, edit, add or remove a member, change a role,
// leave, delete — through the confirmation. Who may do what is the model's (and on PostgreSQL the
// database's) to decide; a refusal names the role needed.
#include "models/ai/Workspaces.h"
#include "ui/common/Pane.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fusion {

class AiWorkspacesTab : public Pane {
    Q_OBJECT

public:
    explicit AiWorkspacesTab(AppContext* context, QWidget* parent = nullptr);
    void reload() override;

private:
    void showWorkspaces(const QList<Workspace>& workspaces, const QStringList& tenants);
    void showSelected();
    void showMembers(const Workspace& w, const QList<WorkspaceMember>& members);
    void create();
    void save();
    void addMember();
    void changeMember(const QString& what);
    void updateButtons();
    const Workspace* current() const;
    void write(const std::function<PendingWrite(Database&)>& planner, const QString& done);

    QList<Workspace> m_workspaces;
    QStringList m_tenants;
    qint64 m_selectedId = 0;

    QCheckBox* m_showArchived;
    QTreeWidget* m_list;
    QPushButton* m_create;
    QLabel* m_heading;
    QLabel* m_odoo;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_visibility;
    QCheckBox* m_active;
    QPushButton* m_save;
    QPushButton* m_leave;
    QPushButton* m_delete;
    QTreeWidget* m_members;
    QLineEdit* m_newLogin;
    QComboBox* m_newRole;
    QPushButton* m_addMember;
    QComboBox* m_memberRole;
    QPushButton* m_setRole;
    QPushButton* m_removeMember;
};

} // namespace fusion
