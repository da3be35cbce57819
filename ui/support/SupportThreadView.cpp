#include "ui/support/SupportThreadView.h"

#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace fusion {

namespace {

QString supportThreadTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QColor supportThreadMix(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

SupportThreadView::SupportThreadView(AppContext* context, const QString& replyButtonName, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("supportThreadBrowser"));
    m_browser->setOpenExternalLinks(false);
    layout->addWidget(m_browser, 1);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("supportReplyEdit"));
    m_edit->setTabChangesFocus(true);
    // Three or four lines: enough for a reply, while the conversation keeps the room.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_edit);
    auto* row = new QHBoxLayout;
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("supportReplyHint"));
    m_hint->setWordWrap(true);
    row->addWidget(m_hint, 1);
    m_reply = makeWriteButton(replyButtonName, tr("Re&ply…"), this);
    row->addWidget(m_reply);
    layout->addLayout(row);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &SupportThreadView::updateReply);
    connect(m_reply, &QPushButton::clicked, this, &SupportThreadView::reply);
    updateReply();
}

void SupportThreadView::showEmpty(const QString& html)
{
    m_request.reset();
    m_edit->clear();
    m_browser->setHtml(html);
    updateReply();
}

QString SupportThreadView::bubble(const QString& who, const QString& role, const QDateTime& at,
                                  const QString& body, bool staff) const
{
    // Staff on the right in the highlight's tint, tenant admins on the left in a neutral one: the two sides
    // of the conversation tell apart at a glance, in light and dark palettes alike.
    const QPalette& p = palette();
    const QColor fill = staff ? supportThreadMix(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.18)
                              : supportThreadMix(p.color(QPalette::Base), p.color(QPalette::Text), 0.07);
    const QColor meta = supportThreadMix(p.color(QPalette::Text), p.color(QPalette::Base), 0.35);
    const QString spacer = QStringLiteral("<td width=\"18%\"></td>");
    const QString text = body.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    const QString card =
        QStringLiteral("<td><table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\"%1\"><tr><td>"
                       "<span style=\"color:%2\"><b>%3</b> · %4 · %5</span><br>%6</td></tr></table></td>")
            .arg(fill.name(), meta.name(), who.toHtmlEscaped(), role, tr("%1 UTC").arg(supportThreadTime(at)),
                 text);
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:8px\">"
               "<tr>%1</tr></table>")
        .arg(staff ? spacer + card : card + spacer);
}

void SupportThreadView::showRequest(const SupportRequest& r, const QList<SupportMessage>& messages)
{
    if (!m_request || m_request->id != r.id)
        m_edit->clear(); // a draft belongs to its request; a reload of the same one keeps it
    m_request = r;
    QString html = QStringLiteral("<h3>%1</h3>").arg(r.subject.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 · %2 · %3 · #%4")
                         .arg(r.tenantSlug.toHtmlEscaped(), SupportRequests::severityLabel(r.severity),
                              SupportRequests::stateLabel(r.state))
                         .arg(r.id));
    html += bubble(r.createdBy, tr("opened the request"), r.createdAt, r.body, false);
    for (const SupportMessage& m : messages)
        html += bubble(m.author, m.isStaff() ? tr("Staff") : tr("Tenant admin"), m.createdAt, m.body,
                       m.isStaff());
    QString status;
    if (r.state == QLatin1String("closed"))
        status = tr("Closed by %1 on %2 UTC. Reopen it to write again.")
                     .arg(r.closedBy.toHtmlEscaped(), supportThreadTime(r.closedAt));
    else if (r.state == QLatin1String("answered"))
        status = tr("Answered: waiting for %1 to reply or for the request to be closed.")
                     .arg(r.createdBy.toHtmlEscaped());
    else
        status = messages.isEmpty() ? tr("Not answered yet: waiting for the operators.")
                                    : tr("Open: waiting for the operators' reply.");
    html += QStringLiteral("<p><i>%1</i></p>").arg(status);
    m_browser->setHtml(html);
    // Newest at the bottom, in view; once more after the layout settles (long threads lay out lazily).
    m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
    QTimer::singleShot(0, m_browser, [b = m_browser] {
        b->verticalScrollBar()->setValue(b->verticalScrollBar()->maximum());
    });
    updateReply();
}

void SupportThreadView::setReplyAllowed(bool allowed, const QString& whyNot, bool asTenant)
{
    m_allowed = allowed;
    m_asTenant = asTenant;
    m_whyNot = whyNot;
    updateReply();
}

void SupportThreadView::updateReply()
{
    const bool closed = m_request && m_request->state == QLatin1String("closed");
    const bool writable = m_allowed && m_request && !closed;
    m_edit->setEnabled(writable);
    m_edit->setPlaceholderText(
        !m_allowed   ? m_whyNot
        : !m_request ? tr("Select a request to reply to it.")
        : closed     ? tr("The request is closed; reopen it to write again.")
                 : tr("Write a reply… Everyone who may see the request reads it; it cannot be edited once "
                      "sent."));
    m_reply->setEnabled(writable && !m_edit->toPlainText().trimmed().isEmpty());
    m_reply->setToolTip(!m_allowed   ? m_whyNot
                        : !m_request ? tr("Select a request first.")
                        : closed     ? tr("A closed request takes no replies; reopen it first.")
                        : m_edit->toPlainText().trimmed().isEmpty() ? tr("Write the reply in the box first.")
                                                                    : QString());
    QString hint;
    if (writable && m_asTenant && m_request->state == QLatin1String("answered"))
        hint = tr("Your reply opens the request again for the operators.");
    else if (writable && !m_asTenant && m_request->state == QLatin1String("open"))
        hint = tr("Your reply answers the request.");
    m_hint->setText(hint);
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void SupportThreadView::reply()
{
    if (!m_request)
        return;
    const qint64 id = m_request->id;
    const QString text = m_edit->toPlainText();
    WriteRunner::run(
        m_context, this, [id, text](Database& db) { return SupportRequests::planReply(db, id, text); },
        [this, id](const Result<QJsonObject>& result) {
            if (result && m_request && m_request->id == id)
                m_edit->clear();
            if (m_replied)
                m_replied(result);
        });
}

} // namespace fusion
