#pragma once

#include "models/support/StatusCheck.h"
#include "models/support/StatusLinks.h"
#include "ui/common/Pane.h"

#include <QHash>
#include <QPointer>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fusion {

// The Support pane's Status tab: the status links the login may see (platform-wide ones and its tenants'),
// each checked live whenever the tab is shown and on Check now — off the GUI thread's way: the requests run
// on the event loop and the list fills in as answers arrive. Each row: the name, a coloured dot and "up" or
// "down", the latency, when it was checked; the selected row's exact result below. Double-click opens a link
// in the browser. Owners add, edit, reorder and remove links (each confirmed and audited).
class StatusLinksPanel : public Pane {
    Q_OBJECT

public:
    explicit StatusLinksPanel(AppContext* context, QWidget* parent = nullptr);
    void reload() override;
    // Checks every listed link now (the running check, if any, is abandoned).
    void checkNow();
    bool isChecking() const;
    void setCheckTimeoutMs(int ms) { m_timeoutMs = ms; }
    // How a link is opened; QDesktopServices::openUrl unless replaced (tests).
    void setUrlOpener(std::function<void(const QUrl&)> opener) { m_opener = std::move(opener); }

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Data {
        QList<StatusLink> links;
        QStringList tenants;
    };
    void apply(const Data& data);
    void showResult(const StatusCheckResult& result);
    void showSelected();
    void updateButtons();
    std::optional<StatusLink> selected() const;
    QTreeWidgetItem* itemOf(qint64 id) const;
    void addLink();
    void editLink();
    void removeLink();
    void moveLink(int by);
    void openLink(const StatusLink& link);
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    Data m_data;
    QHash<qint64, StatusCheckResult> m_results; // the last result of each link (while its address stays)
    QPointer<StatusCheck> m_check;
    int m_timeoutMs = StatusCheck::kDefaultTimeoutMs;
    qint64 m_wanted = 0;
    bool m_checkOnLoad = true;
    std::function<void(const QUrl&)> m_opener;
    QLabel* m_scope;
    QLabel* m_empty;
    QTreeWidget* m_list;
    QLabel* m_detail;
    QLabel* m_summary;
    QPushButton* m_checkNow;
    QPushButton* m_open;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace fusion
