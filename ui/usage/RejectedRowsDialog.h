#pragma once

#include "models/usage/UsageImport.h"

#include <QDialog>

class QTableView;

namespace fusion {

// Every row an import left out, by line with all its reasons: read-only, selectable and copyable (Copy
// copies the selected rows, Copy All every row, as "line N: reason; reason" lines), so the person can fix the
// file. A model over the list itself, so a file with a million bad rows opens at once.
class RejectedRowsDialog : public QDialog {
    Q_OBJECT

public:
    RejectedRowsDialog(const QString& fileName, const QList<UsageImport::Rejected>& rejected, qint64 total,
                       QWidget* parent = nullptr);

    // The text Copy All puts on the clipboard.
    QString allText() const;
    QTableView* view() const { return m_view; }

private:
    void copySelected();

    QList<UsageImport::Rejected> m_rejected;
    QTableView* m_view;
};

} // namespace fusion
