#include "ui/dashboard/KpiCard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace fusion {

KpiCard::KpiCard(QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(this))
    , m_accent(palette().color(QPalette::Highlight))
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(150, 84);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 10);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    layout->addWidget(m_value);
    // Captions wrap to a second line rather than being cut on a narrow window or in a longer language.
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_caption->setMinimumHeight(2 * m_caption->fontMetrics().lineSpacing());
    layout->addWidget(m_caption);
}

void KpiCard::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    setAccessibleName(caption);
}

void KpiCard::setValue(qint64 value)
{
    m_value->setText(QLocale().toString(value));
}

void KpiCard::setValueText(const QString& text)
{
    m_value->setText(text);
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::captionText() const
{
    return m_caption->text();
}

void KpiCard::setRatio(double ratio)
{
    m_ratio = ratio < 0 ? -1 : std::min(ratio, 1.0);
    update();
}

void KpiCard::setAccent(const QColor& color)
{
    m_accent = color;
    update();
}

void KpiCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, 5, height()), m_accent);
    if (m_ratio >= 0) {
        // Inside the frame, under the caption: the track in the window's mid tone, the used part over it.
        const QRect track(12, height() - 9, width() - 24, 5);
        painter.fillRect(track, palette().color(QPalette::Midlight));
        painter.fillRect(QRect(track.left(), track.top(), int(track.width() * m_ratio), track.height()),
                         m_accent);
    }
    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Highlight));
        pen.setWidth(2);
        painter.setPen(pen);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

} // namespace fusion
