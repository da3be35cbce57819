#include "ui/audit/AuditPane.h"

#include "models/itemmodels/AuditListModel.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui_AuditPane.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

namespace fusion {

namespace {
constexpr int kAuditShown = 1000;
struct AuditData {
    QList<AuditEntry> rows;
    qint64 total = 0;
};

QString pretty(const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

AuditPane::AuditPane(AppContext* context, QWidget* parent)
    // The log only grows: a row showing a moment later on a standby is harmless (docs/scaling.md §5), and one
    // this app just wrote is read on the primary until the standby has it.
    : Pane(context, parent, ReadRoute::StandbyAllowed)
    , m_ui(std::make_unique<Ui::AuditPane>())
    , m_model(new AuditListModel(this))
    , m_searchDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    placeMessageBar(m_ui->mainLayout);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(AuditListModel::ChangesColumn,
                                                              QHeaderView::Stretch);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->detailEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPane::showDetail);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &AuditPane::reload);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditPane::verify);
    coverWhileLoading(m_ui->tableView);
    watchTables({QStringLiteral("audit_log")});
}

AuditPane::~AuditPane() = default;

void AuditPane::reload()
{
    AuditQuery query;
    query.search = m_ui->searchEdit->text();
    query.limit = kAuditShown;
    loadPane(
        [query](Database& db) {
            return AuditData{AuditLog::list(db, query), AuditLog::count(db, query)};
        },
        [this](const AuditData& audit) {
            const bool first = m_model->rowCount() == 0;
            m_model->setRows(audit.rows);
            if (first) {
                m_ui->tableView->resizeColumnsToContents();
                m_ui->tableView->horizontalHeader()->setSectionResizeMode(AuditListModel::ChangesColumn,
                                                                          QHeaderView::Stretch);
            }
            const qint64 total = audit.total;
            m_ui->countLabel->setText(
                total > kAuditShown
                    ? tr("Newest %1 of %2 rows").arg(kAuditShown).arg(QLocale().toString(total))
                    : tr("%n row(s)", nullptr, int(total)));
        });
}

void AuditPane::showDetail()
{
    const AuditEntry* e = m_model->rowAt(m_ui->tableView->currentIndex().row());
    if (!e) {
        m_ui->detailEdit->clear();
        return;
    }
    QString text;
    text += tr("Row %1 · %2 · %3\n").arg(e->id).arg(e->at, e->actor);
    text += tr("Action: %1 on %2 %3\n").arg(e->action, e->targetType, e->target);
    text += tr("Before:\n%1\n").arg(pretty(e->beforeJson));
    text += tr("After:\n%1\n").arg(pretty(e->afterJson));
    text += tr("Hash: %1\nPrevious: %2")
                .arg(e->hash, e->prevHash.isEmpty() ? tr("(start of chain)") : e->prevHash);
    m_ui->detailEdit->setPlainText(text);
}

void AuditPane::verify()
{
    m_ui->verifyButton->setEnabled(false);
    m_messages->show(MessageBar::Info, tr("Verifying the audit chain…"));
    m_context->worker()->run<AuditVerification>(
        this, [](Database& db) { return AuditLog::verify(db); },
        [this](const Result<AuditVerification>& result) {
            m_ui->verifyButton->setEnabled(true);
            if (!result) {
                m_messages->showError(result.error());
                Q_EMIT verified(false);
                return;
            }
            const AuditVerification& v = result.value();
            if (v.ok)
                m_messages->show(MessageBar::Success, tr("The audit log is intact: %n row(s) checked.",
                                                         nullptr, int(v.rowsChecked)));
            else
                m_messages->show(MessageBar::Failure, v.problem);
            Q_EMIT verified(v.ok);
        });
}

} // namespace fusion
