#pragma once

#include "models/ai/AiProviders.h"
#include "models/ai/AiRetention.h"
#include "models/ai/AiThreads.h"
#include "models/ai/PromptLibrary.h"
#include "ui/common/Pane.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace fusion {

class AiAsk;
class AiProviderListModel;

// The AI platform: the console (ask with the platform's facts as evidence, answers streaming in, threads,
// citations that open what they cite, feedback), its providers (which model answers for the platform or a
// tenant, with statistics from the usage log), the prompt library, the events inbox, the AI audit and how
// long it keeps its records. The console's half lives in AiPaneConsole.cpp; the other tabs are panes of
// their own (AiPromptsTab, AiEventsTab, AiAuditTab).
class AiPane : public Pane {
    Q_OBJECT

public:
    explicit AiPane(AppContext* context, QWidget* parent = nullptr);
    ~AiPane() override;
    void reload() override;
    AiProviderListModel* providerModel() const { return m_model; }
    // Opens the console with a question prepared (the dashboard's "Ask about this"), not yet sent.
    void prepareQuestion(const QString& question, const QString& tenantSlug = {});
    bool asking() const;

Q_SIGNALS:
    // A citation of the platform was opened: kind is operation, key or budget (tenants open through
    // openTenantRequested); id is what the citation names.
    void citationOpened(const QString& kind, const QString& id);
    void keyCitationOpened(const QString& providerCode, const QString& label);
    // The answer being streamed grew (tests watch it arrive).
    void answerGrew(const QString& textSoFar);
    void askFinished(const QString& status);

private:
    QWidget* buildConsoleTab();
    void reloadThreads();
    void showThread(qint64 id);
    void renderThread(const AiThread& thread, const QList<AiMessage>& messages);
    void ask();
    void stopAsking();
    void newThread();
    void changeThread(bool remove);
    void sendFeedback(int rating);
    void openCitation(const AiCitation& citation);
    void updateConsoleButtons();
    void showPromptFields();

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

    // The console.
    QLineEdit* m_threadSearch;
    QTreeWidget* m_threads;
    QPushButton* m_newThread;
    QPushButton* m_closeThread;
    QPushButton* m_deleteThread;
    QLabel* m_threadTitle;
    QTextBrowser* m_transcript;
    QListWidget* m_citations;
    QPushButton* m_feedbackUp;
    QPushButton* m_feedbackDown;
    QLineEdit* m_feedbackComment;
    QComboBox* m_askProvider;
    QComboBox* m_askScope;
    QCheckBox* m_useFacts;
    QCheckBox* m_useKnowledge = nullptr;
    QComboBox* m_askPrompt;
    QWidget* m_promptFields;
    QFormLayout* m_promptForm;
    QList<QPair<Prompt, PromptVersion>> m_consolePrompts; // active prompts with their published version
    QPlainTextEdit* m_question;
    QPushButton* m_ask;
    QPushButton* m_stop;
    QLabel* m_askStatus;
    QPointer<AiAsk> m_asker;
    qint64 m_threadId = 0;     // the thread shown; 0: a new one
    QString m_threadState;     // of the thread shown
    qint64 m_lastAnswerId = 0; // what feedback rates
    QList<AiCitation> m_shownCitations;
    QString m_streamed; // the answer arriving
    QList<AiProvider> m_activeProviders;
    bool m_threadsShownOnce = false;
};

} // namespace fusion
