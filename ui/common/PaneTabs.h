#pragma once

#include <QList>
#include <QString>

class QPushButton;
class QTabWidget;
class QWidget;

namespace fusion {

// The tabs of a pane: pages laid out alike, and each reachable by a name (`fusion-console --pane
// billing/invoices`, links from other panes) through Pane::showTab.

// A page: an explanation on top, then `widgets` (lists and charts share the height, captions keep theirs),
// then a row of `buttons` on the left.
QWidget* makeTabPage(QWidget* parent, const QString& intro, const QList<QWidget*>& widgets,
                     const QList<QPushButton*>& buttons = {});
// Adds `page` under `label`, known as `name`.
void addNamedTab(QTabWidget* tabs, QWidget* page, const QString& label, const QString& name);
// Shows the page known as `name`; false when `tabs` has none.
bool showNamedTab(QTabWidget* tabs, const QString& name);

} // namespace fusion
