#include "ui/common/BudgetBarDelegate.h"

#include "ui/common/StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace fusion {

BudgetBarDelegate::BudgetBarDelegate(int percentRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_percentRole(percentRole)
{
}

void BudgetBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const QVariant value = index.data(m_percentRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double percent = value.toDouble();
    const QRect track = opt.rect.adjusted(4, 4, -4, -4);
    const QColor colour = StatusColors::forKey(percent >= 100.0  ? QStringLiteral("error")
                                               : percent >= 80.0 ? QStringLiteral("warning")
                                                                 : QStringLiteral("active"));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor trackColour = opt.palette.color(QPalette::Mid);
    trackColour.setAlpha(70);
    painter->setBrush(trackColour);
    painter->drawRoundedRect(track, 3, 3);
    QRect fill = track;
    fill.setWidth(int(track.width() * qBound(0.0, percent, 100.0) / 100.0));
    painter->setBrush(colour);
    if (fill.width() > 0)
        painter->drawRoundedRect(fill, 3, 3);
    // The text reads on the bar where it covers it, and on the track elsewhere.
    painter->setPen(percent >= 50.0 ? QColor(Qt::white) : opt.palette.color(QPalette::Text));
    painter->drawText(track, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace fusion
