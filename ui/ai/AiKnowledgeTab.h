#pragma once
// The AI pane's Knowledge tab: which tenants' Odoo projects and tasks are in the knowledge base and how far
// each was synced, a sync with its progress (cancellable, confirmed before anything is stored), and a search
// tester that shows what the console would find for a question, best first, with the words found marked.
#include "models/ai/KnowledgeBase.h"
#include "ui/common/Pane.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace fusion {

class Job;
class OdooClient;

class AiKnowledgeTab : public Pane {
    Q_OBJECT

public:
    explicit AiKnowledgeTab(AppContext* context, QWidget* parent = nullptr);
    ~AiKnowledgeTab() override;
    void reload() override;

private:
    void showStats(const QList<KbStats>& stats, const QStringList& tenants);
    void sync();
    void search();
    void showHits(const QList<KbHit>& hits);
    void updateButtons();

    OdooClient* m_client;
    QPointer<Job> m_job;
    QTreeWidget* m_sources;
    QComboBox* m_syncTenant;
    QCheckBox* m_full;
    QPushButton* m_sync;
    QPushButton* m_stopSync;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLineEdit* m_query;
    QComboBox* m_searchTenant;
    QPushButton* m_search;
    QTreeWidget* m_hits;
    QTextBrowser* m_hitView;
    QList<KbHit> m_shownHits;
};

} // namespace fusion
