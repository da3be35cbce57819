#pragma once

#include <QStyledItemDelegate>

namespace fusion {

// Paints a budget's use as a bar behind the cell's text: green under 80 %, amber from 80 %, red at 100 % and
// over. `percentRole` holds the percentage (a double); a cell without one (no budget) is painted as text.
class BudgetBarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit BudgetBarDelegate(int percentRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_percentRole;
};

} // namespace fusion
