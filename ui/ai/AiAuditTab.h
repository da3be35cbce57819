#pragma once
// The AI pane's Audit tab: every ask, search, feedback, embedding and sync with its provider, login, thread,
// status and latency, and the request and response exactly as stored — redacted before they were written,
// with what was taken out counted. Read-only: the retention (Retention tab) is the only way rows go.
#include "models/ai/AiAudit.h"
#include "ui/common/Pane.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace fusion {

class AiAuditTab : public Pane {
    Q_OBJECT

public:
    explicit AiAuditTab(AppContext* context, QWidget* parent = nullptr);
    void reload() override;

private:
    void showRows(const QList<AiAuditRow>& rows);
    void showSelected();

    QComboBox* m_operation;
    QComboBox* m_status;
    QLineEdit* m_login;
    QTreeWidget* m_list;
    QLabel* m_summary;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_response;
    QList<AiAuditRow> m_rows;
};

} // namespace fusion
