#include "models/billing/InvoicePdf.h"

#include "models/core/Error.h"
#include "models/usage/Money.h"

#include <QLocale>
#include <QSaveFile>

#include <array>

namespace fusion {

namespace {

// Advance widths (1/1000 em) of the standard Helvetica and Helvetica-Bold for ASCII 32–126 (Adobe's AFM
// files); other Latin-1 characters are taken as a digit's width, close enough for alignment.
constexpr std::array<short, 95> kInvoiceHelvetica = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};
constexpr std::array<short, 95> kInvoiceHelveticaBold = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

constexpr double kInvoicePageWidth = 595.28; // A4 in points
constexpr double kInvoicePageHeight = 841.89;
constexpr double kInvoiceMargin = 50;
constexpr double kInvoiceRow = 15;

// WinAnsi bytes for the text: a few typographic characters mapped to theirs, anything else outside Latin-1
// shown as '?'.
QByteArray pdfBytes(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'–')
            out += char(0x96);
        else if (u == u'—')
            out += char(0x97);
        else if (u == u'…')
            out += char(0x85);
        else if (u == u'•')
            out += char(0x95);
        else if (u == u'→')
            out += "->";
        else if (u >= 32 && u < 256)
            out += char(u);
        else
            out += '?';
    }
    return out;
}

double pdfWidth(const QByteArray& bytes, double size, bool bold)
{
    const auto& table = bold ? kInvoiceHelveticaBold : kInvoiceHelvetica;
    double units = 0;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        units += (b >= 32 && b <= 126) ? table[b - 32] : 556;
    }
    return units * size / 1000.0;
}

QByteArray pdfEscape(const QByteArray& bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

QByteArray pdfNumber(double v)
{
    return QByteArray::number(v, 'f', 2);
}

// One page's drawing commands.
class PdfPage {
public:
    void text(double x, double y, const QString& s, double size = 10, bool bold = false)
    {
        m_ops += "BT /" + QByteArray(bold ? "F2" : "F1") + ' ' + pdfNumber(size) + " Tf " + pdfNumber(x) +
                 ' ' + pdfNumber(y) + " Td (" + pdfEscape(pdfBytes(s)) + ") Tj ET\n";
    }
    void textRight(double right, double y, const QString& s, double size = 10, bool bold = false)
    {
        text(right - pdfWidth(pdfBytes(s), size, bold), y, s, size, bold);
    }
    // Cut to fit `width`, with an ellipsis.
    void textClipped(double x, double y, const QString& s, double width, double size = 10)
    {
        QString t = s;
        while (!t.isEmpty() && pdfWidth(pdfBytes(t), size, false) > width)
            t.chop(1);
        if (t.size() < s.size() && t.size() > 1)
            t = t.left(t.size() - 1) + QChar(u'…');
        text(x, y, t, size);
    }
    void rule(double x1, double y, double x2, double gray = 0.75)
    {
        m_ops += pdfNumber(gray) + " G 0.6 w " + pdfNumber(x1) + ' ' + pdfNumber(y) + " m " + pdfNumber(x2) +
                 ' ' + pdfNumber(y) + " l S\n";
    }
    const QByteArray& ops() const { return m_ops; }

private:
    QByteArray m_ops;
};

QByteArray pdfDocument(const QList<QByteArray>& pages, const QString& title)
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray& body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    // 1 catalog, 2 pages, 3–4 fonts, 5 info, then a page and its contents for each page.
    const int first = 6;
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(first + 2 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Count " + QByteArray::number(pages.size()) + " /Kids [" + kids + "] >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    object("<< /Title (" + pdfEscape(pdfBytes(title)) + ") /Producer (Fusion Console) >>");
    for (int i = 0; i < pages.size(); ++i) {
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + pdfNumber(kInvoicePageWidth) + ' ' +
               pdfNumber(kInvoicePageHeight) +
               "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " +
               QByteArray::number(first + 2 * i + 1) + " 0 R >>");
        object("<< /Length " + QByteArray::number(pages[i].size()) + " >>\nstream\n" + pages[i] +
               "endstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

QByteArray InvoicePdf::render(const Invoice& invoice, const QString& issuer)
{
    const QLocale c = QLocale::c();
    const double left = kInvoiceMargin;
    const double right = kInvoicePageWidth - kInvoiceMargin;
    const double qtyRight = right - 140;
    const double unitRight = right - 70;
    const QString kind = invoice.isCreditNote() ? tr("CREDIT NOTE") : tr("INVOICE");
    const QString number =
        invoice.number.isEmpty() ? tr("Draft %1 (not issued)").arg(invoice.id) : invoice.number;
    const QString footerText = tr("%1 %2 · amounts in %3").arg(kind, number, invoice.currency);

    QList<PdfPage> pages;
    pages.append(PdfPage());
    double y = kInvoicePageHeight - kInvoiceMargin - 20;
    PdfPage* page = &pages.last();
    page->text(left, y, kind, 22, true);
    page->textRight(right, y, number, 14, true);
    y -= 30;
    // The issuer on the left, the document's facts on the right.
    QStringList from = issuer.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (from.isEmpty())
        from << tr("Fusion Console");
    double fromY = y;
    for (int i = 0; i < from.size() && i < 8; ++i) {
        page->text(left, fromY, from[i].trimmed(), 10, i == 0);
        fromY -= 13;
    }
    QList<QPair<QString, QString>> facts{
        {tr("Period"), QStringLiteral("%1 – %2").arg(
                           c.toString(invoice.periodStart, QStringLiteral("d MMM yyyy")),
                           c.toString(invoice.periodEnd.addDays(-1), QStringLiteral("d MMM yyyy")))},
        {tr("State"), Invoicing::stateLabel(invoice.state)}};
    if (invoice.issuedAt.isValid())
        facts << qMakePair(tr("Issued"),
                           c.toString(invoice.issuedAt.toUTC().date(), QStringLiteral("d MMM yyyy")));
    if (invoice.paidAt.isValid())
        facts << qMakePair(tr("Paid"),
                           c.toString(invoice.paidAt.toUTC().date(), QStringLiteral("d MMM yyyy")));
    if (invoice.isCreditNote())
        facts << qMakePair(tr("Credits"), invoice.creditOfNumber);
    double factY = y;
    for (const auto& [label, value] : facts) {
        page->textRight(right - 138, factY, label, 10, true);
        page->text(right - 128, factY, value);
        factY -= 13;
    }
    y = std::min(fromY, factY) - 20;
    page->text(left, y, tr("Bill to"), 10, true);
    y -= 14;
    page->text(left, y, QStringLiteral("%1 (%2)").arg(invoice.tenantName, invoice.tenantSlug));
    if (!invoice.planCode.isEmpty()) {
        y -= 13;
        page->text(left, y, tr("Plan: %1").arg(invoice.planCode));
    }
    if (invoice.isCreditNote() && !invoice.reason.isEmpty()) {
        y -= 13;
        page->textClipped(left, y, tr("Reason: %1").arg(invoice.reason), right - left);
    }
    y -= 28;

    const auto header = [&] {
        page->text(left, y, tr("Description"), 10, true);
        page->textRight(qtyRight, y, tr("Qty"), 10, true);
        page->textRight(unitRight, y, tr("Unit"), 10, true);
        page->textRight(right, y, tr("Amount"), 10, true);
        y -= 6;
        page->rule(left, y, right, 0.3);
        y -= kInvoiceRow;
    };
    header();
    for (const InvoiceLine& line : invoice.lines) {
        if (y < kInvoiceMargin + 4 * kInvoiceRow) {
            pages.append(PdfPage());
            page = &pages.last();
            y = kInvoicePageHeight - kInvoiceMargin - 20;
            page->text(left, y, tr("%1 %2 (continued)").arg(kind, number), 12, true);
            y -= 30;
            header();
        }
        page->textClipped(left, y, line.description, qtyRight - left - 30, 9);
        page->textRight(qtyRight, y, c.toString(line.quantity));
        page->textRight(unitRight, y, Money::display(line.unitMicros));
        page->textRight(right, y, Money::display(line.amountMicros));
        y -= 5;
        page->rule(left, y, right);
        y -= kInvoiceRow - 5;
    }
    if (invoice.lines.isEmpty()) {
        page->text(left, y, tr("No lines."));
        y -= kInvoiceRow;
    }
    if (y < kInvoiceMargin + 5 * kInvoiceRow) {
        pages.append(PdfPage());
        page = &pages.last();
        y = kInvoicePageHeight - kInvoiceMargin - 20;
    }
    y -= 8;
    QList<QPair<QString, qint64>> totals{{tr("Subtotal"), invoice.subtotalMicros},
                                         {tr("Total"), invoice.totalMicros}};
    if (!invoice.isCreditNote()) {
        if (invoice.creditedMicros != 0)
            totals << qMakePair(tr("Credited"), invoice.creditedMicros);
        totals << qMakePair(tr("Balance due"), invoice.balanceMicros());
    }
    for (const auto& [label, amount] : totals) {
        const bool strong = label == tr("Total");
        page->textRight(right - 110, y, label, 10, true);
        page->textRight(right, y, QStringLiteral("%1 %2").arg(Money::display(amount), invoice.currency),
                        strong ? 12 : 10, strong);
        y -= kInvoiceRow;
    }
    QList<QByteArray> streams;
    for (int i = 0; i < pages.size(); ++i) {
        PdfPage& p = pages[i];
        p.rule(left, kInvoiceMargin + 10, right);
        p.text(left, kInvoiceMargin - 4, footerText, 8);
        p.textRight(right, kInvoiceMargin - 4, tr("Page %1 of %2").arg(i + 1).arg(pages.size()), 8);
        streams << p.ops();
    }
    return pdfDocument(streams, QStringLiteral("%1 %2").arg(kind, number));
}

void InvoicePdf::write(Database& db, qint64 invoiceId, const QString& path)
{
    const auto invoice = Invoicing::find(db, invoiceId);
    if (!invoice)
        throw Failure(ErrorKind::NotFound, tr("There is no invoice %1.").arg(invoiceId));
    const QByteArray pdf = render(*invoice, Invoicing::issuer(db));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        throw Failure(ErrorKind::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace fusion
