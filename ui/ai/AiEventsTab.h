#pragma once
// The AI pane's Events tab: the inbox of what n8n, GitHub and the like sent (fusionctl events receive /
// serve), filtered by source and state, each event's payload shown as indented JSON, and marking one or many
// processed with notes through the confirmation.
#include "models/ai/EventsInbox.h"
#include "ui/common/Pane.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fusion {

class AiEventsTab : public Pane {
    Q_OBJECT

public:
    explicit AiEventsTab(AppContext* context, QWidget* parent = nullptr);
    void reload() override;

private:
    void showEvents(const QList<InboxEvent>& events, const QStringList& sources);
    void showSelected();
    void process();
    void updateButtons();
    QList<qint64> selectedUnprocessed() const;

    QComboBox* m_state;
    QComboBox* m_source;
    QTreeWidget* m_list;
    QLabel* m_detailTitle;
    QPlainTextEdit* m_payload;
    QLineEdit* m_notes;
    QPushButton* m_process;
    QList<InboxEvent> m_events;
};

} // namespace fusion
