#pragma once

#include "models/core/Error.h"
#include "models/support/SupportRequests.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace fusion {

class AppContext;

// A support request as a conversation: the request's own text, then its thread oldest first, staff and tenant
// admins on opposite sides in different colours, newest at the bottom (scrolled to); under it a reply box and
// Reply… (confirmed through WriteRunner, SupportRequests::planReply). Shared by the Support pane and the
// tenant portal, which say who may reply and what happens once a reply is written.
class SupportThreadView : public QWidget {
    Q_OBJECT

public:
    using Replied = std::function<void(const Result<QJsonObject>&)>;
    // `replyButtonName`: the Reply… button's object name (each pane's own, for tst_gui_write_actions).
    SupportThreadView(AppContext* context, const QString& replyButtonName, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // What shows with no request selected (HTML).
    void showEmpty(const QString& html);
    void showRequest(const SupportRequest& request, const QList<SupportMessage>& messages);
    // Whether the login writes in threads at all (`whyNot`: the tooltip when it does not), and whether it
    // writes as a tenant admin (its reply reopens an answered request) or as staff (its reply answers).
    void setReplyAllowed(bool allowed, const QString& whyNot, bool asTenant);
    void setOnReplied(Replied replied) { m_replied = std::move(replied); }
    qint64 requestId() const { return m_request ? m_request->id : 0; }

private:
    void updateReply();
    void reply();
    QString bubble(const QString& who, const QString& role, const QDateTime& at, const QString& body,
                   bool staff) const;

    AppContext* m_context;
    std::optional<SupportRequest> m_request;
    bool m_allowed = false;
    bool m_asTenant = false;
    QString m_whyNot;
    Replied m_replied;
    QTextBrowser* m_browser;
    QPlainTextEdit* m_edit;
    QPushButton* m_reply;
    QLabel* m_hint;
};

} // namespace fusion
