#pragma once

#include <QList>
#include <QStringList>

class QTreeWidget;

namespace fusion {

// What a person expects of any table: its context menu (and Ctrl+C) copies the selected rows as
// tab-separated text, ready to paste into a spreadsheet or a ticket, and "Export as CSV…" saves every row
// the list shows, headers first, through the shared CSV writer (models/core/Csv.h: formulas neutralised). The
// outcome is said in the message bar of the pane the list is in.
void enableListExport(QTreeWidget* list);
// The header and the top-level rows' text, as the list shows them.
QList<QStringList> listRecords(const QTreeWidget* list, bool selectedOnly = false);

} // namespace fusion
