#pragma once
// The AI pane's Prompts tab: the prompt library with an editor that finds the template's variables as it is
// typed, a live preview rendered with values the person types, and each prompt's history of versions with a
// diff between any two. Saving is always a new version (confirmed); publishing moves the prompt's pointer.
#include "models/ai/PromptLibrary.h"
#include "ui/common/Pane.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace fusion {

class PromptHighlighter;

class AiPromptsTab : public Pane {
    Q_OBJECT

public:
    explicit AiPromptsTab(AppContext* context, QWidget* parent = nullptr);
    void reload() override;

    // What the editor holds now, as the live preview sees it (tests read it).
    QString previewText() const;

private:
    QWidget* buildList();
    QWidget* buildEditor();
    QWidget* buildHistory();
    void showPrompts(const QList<Prompt>& prompts, const QStringList& tenants);
    void selectPrompt();
    void showVersions(const Prompt& prompt, const QList<PromptVersion>& versions);
    void startNewPrompt();
    void loadVersionIntoEditor(const PromptVersion& version);
    void templateEdited();
    void updatePreview();
    void rebuildValues();
    void declareDetected();
    void save();
    void publishSelected();
    void toggleActive();
    void showDiff();
    void updateButtons();
    QStringList declaredNames() const;
    const Prompt* currentPrompt() const;
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    QList<Prompt> m_prompts;
    QList<PromptVersion> m_versions; // of the selected prompt, oldest first
    QString m_selectedCode;          // kept across reloads
    bool m_creating = false;         // the editor holds a new prompt, not yet saved

    QTreeWidget* m_list;
    QCheckBox* m_showInactive;
    QPushButton* m_newPrompt;
    QPushButton* m_toggleActive;

    QLabel* m_heading;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_scope;
    QPlainTextEdit* m_template;
    PromptHighlighter* m_highlighter;
    QLabel* m_parseProblem;
    QLineEdit* m_declared;
    QLabel* m_detected;
    QPushButton* m_declareDetected;
    QTableWidget* m_values;
    QPlainTextEdit* m_preview;
    QLabel* m_previewProblem;
    QLineEdit* m_note;
    QCheckBox* m_publishOnSave;
    QPushButton* m_save;
    QTimer* m_previewTimer;

    QTreeWidget* m_versionList;
    QPushButton* m_publish;
    QPushButton* m_openVersion;
    QComboBox* m_diffFrom;
    QComboBox* m_diffTo;
    QPlainTextEdit* m_diff;
};

} // namespace fusion
