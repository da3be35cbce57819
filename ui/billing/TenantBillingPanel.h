#pragma once

#include "models/billing/BillingOverview.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace fusion {

class AppContext;
class Loads;
class MessageBar;

// A tenant's own billing below its subscription form (the tenant's Billing tab): its invoices and credit
// notes with Save PDF…, and its AI spend against its plan's allowance in the current month. Roles that see no
// amounts are told so and nothing is read.
class TenantBillingPanel : public QWidget {
    Q_OBJECT

public:
    TenantBillingPanel(AppContext* context, MessageBar* messages, QWidget* parent = nullptr);
    void setTenant(qint64 tenantId, const QString& slug);
    void reload();

Q_SIGNALS:
    void loaded();

private:
    struct Data {
        QList<Invoice> invoices;
        BillingAiRow ai;
    };
    void apply(const Data& data);
    void savePdf();

    AppContext* m_context;
    MessageBar* m_messages;
    Loads* m_loads;
    qint64 m_tenantId = 0;
    QString m_slug;
    QLabel* m_aiLabel;
    QProgressBar* m_aiBar;
    QLabel* m_note;
    QTreeWidget* m_invoices;
    QPushButton* m_pdf;
};

} // namespace fusion
