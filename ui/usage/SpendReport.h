#pragma once

#include <QCoreApplication>
#include <QString>

namespace fusion {

struct TenantSpendReport;

// A tenant's month of spend as an A4 PDF for its finance owner: the totals against the budget, the daily cost
// chart, and every consumer/provider/model line, the table continuing on further pages as needed. A month
// without usage still gives a one-page report that says so.
class SpendReport {
    Q_DECLARE_TR_FUNCTIONS(fusion::SpendReport)

public:
    SpendReport() = delete;

    // Writes through a temporary file that replaces `path` only when complete; false with a sentence for the
    // person in *error when it cannot.
    static bool writePdf(const TenantSpendReport& report, const QString& path, QString* error);
};

} // namespace fusion
