#pragma once

#include "models/billing/Invoicing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fusion {

// An invoice or credit note as a PDF: the issuer's details, whom it bills and for which month, every line
// and the totals, paged on A4 with "Page N of M". The report machinery of the app (QPdfWriter) needs a
// QGuiApplication, which fusionctl has not, so this writes PDF directly: the standard Helvetica fonts
// (nothing embedded), text uncompressed — one document from the app and from fusionctl alike.
class InvoicePdf {
    Q_DECLARE_TR_FUNCTIONS(fusion::InvoicePdf)

public:
    // `issuer`: the platform's details, one per line (platform_settings.invoice_issuer); empty prints the
    // product's name.
    static QByteArray render(const Invoice& invoice, const QString& issuer);
    // Reads the invoice and the issuer and writes the file atomically; throws Failure (not found, cannot
    // write).
    static void write(Database& db, qint64 invoiceId, const QString& path);
};

} // namespace fusion
