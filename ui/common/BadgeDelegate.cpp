#include "ui/common/BadgeDelegate.h"

#include "ui/common/StatusColors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace fusion {

BadgeDelegate::BadgeDelegate(int keyRole, QObject* parent, std::function<QString(const QVariant&)> keyFor)
    : QStyledItemDelegate(parent)
    , m_keyRole(keyRole)
    , m_keyFor(std::move(keyFor))
{
}

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant raw = index.data(m_keyRole);
    const QString key = m_keyFor ? m_keyFor(raw) : raw.toString();
    if (text.isEmpty())
        return;
    const QFontMetrics fm(opt.font);
    const int padX = 8;
    const int height = fm.height() + 4;
    const int width = fm.horizontalAdvance(text) + 2 * padX;
    QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);
    badge = badge.intersected(opt.rect.adjusted(2, 1, -2, -1));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), height / 2.0, height / 2.0);
    painter->fillPath(path, StatusColors::forKey(key));
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, badge.width() - padX));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(fm.horizontalAdvance(index.data().toString()) + 28);
    size.setHeight(std::max(size.height(), fm.height() + 8));
    return size;
}

} // namespace fusion
