#include "ui/common/LoadingOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace fusion {

LoadingOverlay::LoadingOverlay(QWidget* covered)
    : QWidget(covered)
    , m_covered(covered)
    , m_delay(new QTimer(this))
    , m_label(new QLabel(tr("Loading…"), this))
{
    setObjectName(QStringLiteral("loadingOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    m_label->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_label);
    auto* bar = new QProgressBar(this);
    bar->setRange(0, 0);
    bar->setMaximumWidth(220);
    bar->setTextVisible(false);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch();
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (m_loading) {
            setGeometry(m_covered->rect());
            raise();
            show();
        }
    });
    covered->installEventFilter(this);
    hide();
}

void LoadingOverlay::setLoading(bool loading)
{
    m_loading = loading;
    if (loading) {
        m_delay->start();
    } else {
        m_delay->stop();
        hide();
    }
}

bool LoadingOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_covered && event->type() == QEvent::Resize)
        setGeometry(m_covered->rect());
    return QWidget::eventFilter(watched, event);
}

void LoadingOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QColor veil = palette().color(QPalette::Base);
    veil.setAlpha(170);
    painter.fillRect(rect(), veil);
}

} // namespace fusion
