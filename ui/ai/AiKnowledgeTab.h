#pragma once
// The AI pane's Knowledge tab: which tenants' Odoo projects and tasks are in the knowledge base and how far
// each was synced and embedded, a sync or an embedding run with its progress (cancellable, confirmed before
// anything is stored or sent), where a tenant's knowledge lives (this database or a Supabase project), and a
// search tester — by words, by meaning or both — that shows what a
// question finds, best first, with the words found marked.
#include "models/ai/KbSources.h"
#include "models/ai/KnowledgeBase.h"
#include "models/jobs/KnowledgeSearch.h"
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
    void showStats(const QList<KbStats>& stats, const QList<KbSource>& remote, const QStringList& tenants);
    void sync();
    void embed();
    // The tenant's Supabase project: set, changed or forgotten through its dialog and a confirmation.
    void editSource();
    // Shows `job`'s progress and keeps the write buttons off until it ends.
    void follow(Job* job, const QString& first);
    void followed();
    void search();
    void showHits(const QList<KbHit>& hits, KnowledgeSearch::Mode mode);
    void updateButtons();

    OdooClient* m_client;
    QPointer<Job> m_job;       // the running sync or embedding
    QPointer<Job> m_searchJob; // the running search
    QTreeWidget* m_sources;
    QComboBox* m_syncTenant;
    QCheckBox* m_full;
    QPushButton* m_sync;
    QPushButton* m_stopSync;
    QPushButton* m_source;
    QComboBox* m_embedModel;
    QPushButton* m_embed;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLineEdit* m_query;
    QComboBox* m_searchTenant;
    QComboBox* m_searchMode;
    QPushButton* m_search;
    QTreeWidget* m_hits;
    QTextBrowser* m_hitView;
    QList<KbHit> m_shownHits;
};

} // namespace fusion
