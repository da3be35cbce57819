#pragma once

#include "models/controlplane/OperationLog.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fusion {

class AppContext;
class Loads;
class MessageBar;

// The seed's operation_detail_drawer: one operation's status timeline, payload, links and log (the last week,
// at most 500 events, filtered by severity), with Re-run for a finished one. Loads off the GUI thread; the
// list it sits beside says which operation to show.
class OperationDrawer : public QWidget {
    Q_OBJECT

public:
    OperationDrawer(AppContext* context, MessageBar* messages, QWidget* parent = nullptr);
    void showOperation(qint64 id); // 0: nothing
    qint64 operationId() const { return m_id; }
    const OperationDetail& detail() const { return m_detail; }

Q_SIGNALS:
    void shown(); // the detail of the current operation is on screen
    void rerunQueued(qint64 newOperationId);
    void runbookRequested(const QString& type); // "Runbook: …": the in-app runbook of the operation's type

private:
    void reload();
    void apply(const OperationDetail& d);
    void rerun();

    AppContext* m_context;
    MessageBar* m_messages;
    Loads* m_loads;
    qint64 m_id = 0;
    OperationDetail m_detail;
    QLabel* m_title;
    QLabel* m_timeline;
    QLabel* m_links;
    QPushButton* m_runbook;
    QLabel* m_error;
    QPlainTextEdit* m_payload;
    QComboBox* m_severity;
    QTreeWidget* m_events;
    QLabel* m_capped;
    QPushButton* m_rerun;
};

} // namespace fusion
