#pragma once

#include "ui/common/Pane.h"

#include <memory>

namespace Ui {
class AuditPane;
}

class QTimer;

namespace fusion {

class AuditListModel;

// The audit log: who changed what, when, from what to what; and a check that the hash chain is intact.
class AuditPane : public Pane {
    Q_OBJECT

public:
    explicit AuditPane(AppContext* context, QWidget* parent = nullptr);
    ~AuditPane() override;
    void reload() override;
    void verify();

Q_SIGNALS:
    void verified(bool ok);

private:
    void showDetail();

    std::unique_ptr<Ui::AuditPane> m_ui;
    AuditListModel* m_model;
    QTimer* m_searchDebounce;
};

} // namespace fusion
