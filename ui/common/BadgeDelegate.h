#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace fusion {

// Paints a cell as a coloured, rounded badge with its display text. `keyRole` names the model role that
// holds the state key ("active", "failed", ...) whose colour StatusColors decides.
class BadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    BadgeDelegate(int keyRole, QObject* parent = nullptr,
                  std::function<QString(const QVariant&)> keyFor = {});
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_keyRole;
    std::function<QString(const QVariant&)> m_keyFor;
};

} // namespace fusion
