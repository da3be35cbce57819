#include "ui/common/MessageBar.h"

#include "models/core/BoundedText.h"
#include "ui/common/DetailsDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace fusion {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    // The text is escaped into HTML below; without this a message with no tag would show "&quot;" literally.
    m_label->setTextFormat(Qt::RichText);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_hideTimer->setSingleShot(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("#action") && m_action)
            m_action();
        else if (link == QLatin1String("#details"))
            openDetails();
    });
    QFrame::hide();
}

void MessageBar::show(Kind kind, const QString& text, const QString& details)
{
    m_kind = kind;
    // A message is a line or three; one that quotes a server at length is cut here too, whole in Details….
    constexpr TextBounds kBarBounds{6, 600, 1500};
    const QString shown = BoundedText::of(text, kBarBounds);
    const bool textCut = BoundedText::isCut(text, kBarBounds);
    m_details = details == text ? QString() : details;
    if (textCut)
        m_details = m_details.isEmpty() ? text : text + QStringLiteral("\n\n") + m_details;
    m_summary = textCut ? QString() : text;
    m_action = nullptr;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor background = palette().color(QPalette::AlternateBase);
    switch (kind) {
    case Info:
        break;
    case Success:
        background = QColor(0x2e, 0x7d, 0x32, 60);
        break;
    case Warning:
        icon = QStyle::SP_MessageBoxWarning;
        background = QColor(0xf9, 0xa8, 0x25, 70);
        break;
    case Failure:
        icon = QStyle::SP_MessageBoxCritical;
        background = QColor(0xc6, 0x28, 0x28, 60);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    setPalette(p);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    QString html = shown.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (!m_details.isEmpty())
        html += QStringLiteral(" <a href=\"#details\">%1</a>").arg(tr("Details…"));
    m_label->setText(html);
    // A glance without a click: the details' first lines, never all of them.
    m_label->setToolTip(m_details.isEmpty() ? QString() : BoundedText::of(m_details));
    QFrame::show();
    if (kind == Success || kind == Info)
        m_hideTimer->start(6000);
    else
        m_hideTimer->stop();
}

void MessageBar::showWithLink(Kind kind, const QString& text, const QString& linkText,
                              std::function<void()> action)
{
    show(kind, text);
    m_action = std::move(action);
    m_label->setText(m_label->text() +
                     QStringLiteral(" <a href=\"#action\">%1</a>").arg(linkText.toHtmlEscaped()));
}

void MessageBar::showError(const Error& error)
{
    show(error.kind == ErrorKind::NotConfirmed ? Info : Failure, error.message, error.detail);
}

DetailsDialog* MessageBar::openDetails()
{
    if (m_details.isEmpty())
        return nullptr;
    return DetailsDialog::showText(this, tr("Details"), m_summary, m_details);
}

QString MessageBar::failureText(const Error& error)
{
    return error.kind == ErrorKind::NotConfirmed ? QString() : error.message;
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace fusion
