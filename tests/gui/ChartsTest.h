#pragma once
// What the chart suites (tst_gui_charts.cpp, tst_gui_chart_exports.cpp) share: realistic input data, ways to
// look at a rendered chart and at exported files, and ChartsFixture (English locale, light theme, a temporary
// directory, and FUSION_SCREENSHOT_DIR for a person to look at the results).
#include "models/usage/UsageSeries.h"
#include "ui/common/Theme.h"

#include <QChart>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace fusion::test {

using ChartPtr = std::unique_ptr<QChart>;

inline const QSize kImageSize(1200, 600);

inline int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// A chart that drew something a person can read: text and lines, not one flat colour.
inline bool hasContent(const QImage& image)
{
    return !image.isNull() && distinctColours(image) > 20;
}

// Pixels unlike the background in the middle fifth of the image: the empty-state message.
inline int inkInMiddle(const QImage& image)
{
    const QRgb background = image.pixel(2, image.height() - 3);
    int ink = 0;
    for (int y = image.height() * 2 / 5; y < image.height() * 3 / 5; ++y) {
        for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x)
            ink += image.pixel(x, y) != background ? 1 : 0;
    }
    return ink;
}

inline QList<QDate> daysFrom(QDate first, int count)
{
    QList<QDate> days;
    for (int d = 0; d < count; ++d)
        days.append(first.addDays(d));
    return days;
}

// Spend that looks like a real tenant's: a few large consumers, a long tail, quieter weekends.
inline StackedDailyCost dailyCostData(int dayCount, int seriesCount, QDate first = QDate(2025, 11, 15))
{
    QRandomGenerator random(7);
    StackedDailyCost data;
    data.days = daysFrom(first, dayCount);
    const QStringList names = {
        QStringLiteral("support-bot"),   QStringLiteral("invoice-ocr"),  QStringLiteral("sales-assistant"),
        QStringLiteral("crm-summaries"), QStringLiteral("R&D <bots>"),   QStringLiteral("search-rerank"),
        QStringLiteral("hr-helpdesk"),   QStringLiteral("code-review"),  QStringLiteral("marketing-copy"),
        QStringLiteral("legal-drafts"),  QStringLiteral("analytics-qna")};
    for (int s = 0; s < seriesCount; ++s) {
        const bool other = s == seriesCount - 1 && seriesCount > 1;
        data.names.append(other ? QStringLiteral("Other")
                                : names.value(s, QStringLiteral("consumer-%1").arg(s)));
        QList<qint64> micros;
        const qint64 scale = qint64(40000000) / (s + 1);
        for (const QDate& day : std::as_const(data.days)) {
            const bool weekend = day.dayOfWeek() >= 6;
            micros.append((scale / (weekend ? 4 : 1)) * qint64(random.bounded(50, 150)) / 100);
        }
        data.costMicros.append(micros);
    }
    return data;
}

inline DailyActivity activityData(int dayCount)
{
    QRandomGenerator random(11);
    DailyActivity data;
    data.days = daysFrom(QDate(2026, 10, 1), dayCount);
    for (int d = 0; d < dayCount; ++d) {
        const qint64 requests = random.bounded(8000, 12000);
        data.requests.append(requests);
        data.errors.append(requests * random.bounded(0, 30) / 1000);
        data.denied.append(random.bounded(0, 40));
        // A maintenance window: days without timed calls, and one lone day between them.
        const bool untimed = (d >= 9 && d <= 11) || d == 13 || d == 14;
        data.p50Ms.append(untimed ? std::nullopt : std::optional<double>(random.bounded(400, 700)));
        data.p95Ms.append(untimed ? std::nullopt : std::optional<double>(random.bounded(1500, 2600)));
    }
    return data;
}

// November 2026, as of the 20th: $412.10 spent of $500.00, forecast $623.40.
inline BudgetBurn burnData(std::optional<qint64> budget)
{
    BudgetBurn data;
    data.month = QDate(2026, 11, 1);
    data.days = daysFrom(data.month, 30);
    data.asOf = QDate(2026, 11, 20);
    for (int d = 0; d < 30; ++d) {
        data.actualCumulative.append(d < 20 ? std::optional<qint64>(qint64(412100000) * (d + 1) / 20)
                                            : std::nullopt);
    }
    data.budgetMicros = budget;
    data.forecastMicros = 623400000;
    return data;
}

inline TenantSpendReport reportData(int lineCount)
{
    TenantSpendReport report;
    report.tenantSlug = QStringLiteral("acme");
    report.tenantName = QStringLiteral("Acme Corporation");
    report.month = QDate(2026, 11, 1);
    report.budgetMicros = 500000000;
    report.generatedBy = QStringLiteral("finance.owner");
    report.generatedAt = QStringLiteral("2026-12-01T08:30:00Z");
    const QStringList providers = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                   QStringLiteral("mistral")};
    const QStringList models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-sonnet-4"),
                                QStringLiteral("mistral-large-latest")};
    for (int i = 0; i < lineCount; ++i) {
        TenantSpendReport::Line line;
        line.consumer = QStringLiteral("consumer-%1-with-a-rather-long-name").arg(i, 2, 10, QLatin1Char('0'));
        line.provider = providers.at(i % 3);
        line.model = models.at(i % 3);
        line.requests = 20000 - i * 300;
        line.tokensIn = line.requests * 900;
        line.tokensOut = line.requests * 250;
        line.costMicros = qint64(60000000) - i * 900000;
        report.lines.append(line);
        report.totalMicros += line.costMicros;
        report.requests += line.requests;
    }
    report.errors = lineCount > 0 ? 42 : 0;
    report.unpriced = lineCount > 0 ? 3 : 0;
    if (lineCount > 0)
        report.daily = dailyCostData(30, 6, report.month);
    return report;
}

template <typename Series>
QList<Series*> seriesOf(const QChart* chart)
{
    QList<Series*> found;
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* series : all) {
        if (auto* typed = qobject_cast<Series*>(series))
            found.append(typed);
    }
    return found;
}

inline QList<QLineSeries*> linesNamed(const QChart* chart, const QString& name)
{
    QList<QLineSeries*> found = seriesOf<QLineSeries>(chart);
    found.erase(
        std::remove_if(found.begin(), found.end(), [&name](QLineSeries* s) { return s->name() != name; }),
        found.end());
    return found;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline int pdfPages(const QByteArray& pdf)
{
    // Page objects, not the /Type /Pages tree above them.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

inline bool isCompletePdf(const QByteArray& pdf)
{
    return pdf.startsWith("%PDF-") && pdf.trimmed().endsWith("%%EOF");
}

// A strict RFC 4180 reader: CRLF between records, fields optionally in double quotes with quotes doubled. A
// stray quote or a bare line break outside quotes is malformed (nullopt), which a sloppy writer would
// produce.
inline std::optional<QList<QStringList>> readCsv(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        state = State::FieldStart;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool crlf =
            c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        if (state == State::Quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else
                state = State::AfterQuote;
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (crlf) {
            endField();
            records.append(record);
            record.clear();
            ++i;
        } else if (state == State::AfterQuote || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            return std::nullopt;
        } else if (c == QLatin1Char('"')) {
            if (state != State::FieldStart)
                return std::nullopt;
            state = State::Quoted;
        } else {
            field += c;
            state = State::Unquoted;
        }
    }
    if (state == State::Quoted)
        return std::nullopt;
    if (state != State::FieldStart || !record.isEmpty()) {
        endField();
        records.append(record);
    }
    return records;
}

class ChartsFixture {
protected:
    // initTestCase() of the suites.
    void initCharts()
    {
        QVERIFY(m_dir.isValid());
        // Month names and number formats in the titles are English whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        Theme::captureSystemDefaults();
        Theme::apply(Theme::Mode::Light);
    }

    void save(const QImage& image, const QString& name) const
    {
        if (!m_shots.isEmpty())
            image.save(QDir(m_shots).filePath(name + QStringLiteral(".png")));
    }

    // An exported file, for a person to open.
    void keep(const QString& path, const QString& name) const
    {
        if (m_shots.isEmpty())
            return;
        QFile::remove(QDir(m_shots).filePath(name));
        QFile::copy(path, QDir(m_shots).filePath(name));
    }

    QTemporaryDir m_dir;
    QString m_shots;
};

} // namespace fusion::test
