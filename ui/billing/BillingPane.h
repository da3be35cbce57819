#pragma once

#include "models/billing/BillingOverview.h"
#include "ui/common/Pane.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace fusion {

// Billing (the seed's billing_overview): for one month, recurring revenue by plan and by agency group,
// invoices due and overdue, the month's invoices with their writes, AI spend against each tenant's allowance,
// and finance's proposals. Owners do everything; finance sees the amounts and proposes; operators see no
// amounts (the pane says so). The database enforces the same.
class BillingPane : public Pane {
    Q_OBJECT

public:
    explicit BillingPane(AppContext* context, QWidget* parent = nullptr);
    void reload() override;
    QDate period() const;
    // The two parts the pane loads (BillingOverview::loadOverview, then loadMonth) shown: the Overview tab
    // paints first; the month's invoices and AI spend follow. Public for bench_billing's first paint.
    void applyOverview(const BillingOverviewData& overview);
    void applyMonth(const BillingOverview::Month& month);

private:
    // Both parts applied: the pane counts as loaded.
    void partLoaded();
    void updateButtons();
    std::optional<Invoice> selectedInvoice() const;
    std::optional<BillingProposal> selectedProposal() const;
    void generate();
    void moveInvoice(const QString& move);
    void credit();
    void propose();
    void decide(bool approve);
    void savePdf();
    void exportCsv();
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    BillingOverviewData m_data;
    int m_pendingParts = 0;
    QComboBox* m_period;
    QLabel* m_summary;
    QLabel* m_roleNote;
    QTabWidget* m_tabs;
    QTreeWidget* m_byPlan;
    QTreeWidget* m_byAgency;
    QTreeWidget* m_due;
    QTreeWidget* m_invoices;
    QTreeWidget* m_ai;
    QChartView* m_aiChart;
    QTreeWidget* m_proposals;
    QPushButton* m_generate;
    QPushButton* m_issue;
    QPushButton* m_pay;
    QPushButton* m_void;
    QPushButton* m_credit;
    QPushButton* m_propose;
    QPushButton* m_pdf;
    QPushButton* m_csv;
    QPushButton* m_approve;
    QPushButton* m_reject;
};

} // namespace fusion
