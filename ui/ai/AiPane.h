#pragma once

#include "models/ai/AiRetention.h"
#include "ui/common/Pane.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace fusion {

class AiProviderListModel;

// The AI platform: its providers (which model answers for the platform or a tenant, with statistics from the
// usage log) and how long it keeps its records. The AI console, prompts, knowledge, events and workspaces
// join it as tabs.
class AiPane : public Pane {
    Q_OBJECT

public:
    explicit AiPane(AppContext* context, QWidget* parent = nullptr);
    void reload() override;
    AiProviderListModel* providerModel() const { return m_model; }

private:
    QWidget* buildProvidersTab();
    QWidget* buildRetentionTab();
    void updateButtons();
    void addProvider();
    void changeSelected(const QString& what);
    void saveRetention();
    void prune();
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    QTabWidget* m_tabs;
    AiProviderListModel* m_model;
    QTableView* m_table;
    QCheckBox* m_showInactive;
    QPushButton* m_add;
    QPushButton* m_makeDefault;
    QPushButton* m_toggleActive;
    QPushButton* m_delete;
    QSpinBox* m_retention;
    QSpinBox* m_idle;
    QLabel* m_settingsNote;
    QPushButton* m_saveRetention;
    QPushButton* m_prune;
    AiSettings m_settings;
};

} // namespace fusion
