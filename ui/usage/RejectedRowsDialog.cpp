#include "ui/usage/RejectedRowsDialog.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fusion {

namespace {
QString lineText(const UsageImport::Rejected& r)
{
    return RejectedRowsDialog::tr("line %1: %2").arg(r.line).arg(r.reasons.join(QStringLiteral("; ")));
}

// Line | Reasons, straight from the list: no copy per row, whatever its size.
class RejectedModel : public QAbstractTableModel {
public:
    RejectedModel(const QList<UsageImport::Rejected>& rows, QObject* parent)
        : QAbstractTableModel(parent)
        , m_rows(rows)
    {
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const UsageImport::Rejected& r = m_rows.at(index.row());
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? QVariant(r.line) : QVariant(r.reasons.join(QStringLiteral("; ")));
        if (role == Qt::ToolTipRole && index.column() == 1)
            return r.reasons.join(QLatin1Char('\n'));
        if (role == Qt::TextAlignmentRole && index.column() == 0)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0 ? RejectedRowsDialog::tr("Line") : RejectedRowsDialog::tr("Reasons");
    }

private:
    const QList<UsageImport::Rejected>& m_rows; // the dialog's, which owns this model
};
} // namespace

RejectedRowsDialog::RejectedRowsDialog(const QString& fileName, const QList<UsageImport::Rejected>& rejected,
                                       qint64 total, QWidget* parent)
    : QDialog(parent)
    , m_rejected(rejected)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("rejectedRowsDialog"));
    setWindowTitle(tr("Rows Not Imported"));
    resize(820, 440);
    auto* layout = new QVBoxLayout(this);
    QString text = tr("%n row(s) of %1 were not imported. Correct them in the file and import it again: rows "
                      "already imported are skipped.",
                      nullptr, int(qMin<qint64>(total, INT_MAX)))
                       .arg(fileName);
    if (total > m_rejected.size())
        text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(QLocale().toString(m_rejected.size()));
    auto* intro = new QLabel(text, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_view->setObjectName(QStringLiteral("rejectedRows"));
    m_view->setModel(new RejectedModel(m_rejected, this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: a million of them scroll without measuring each.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &RejectedRowsDialog::copySelected);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copyAll = buttons->addButton(tr("Copy &All"), QDialogButtonBox::ActionRole);
    copyAll->setObjectName(QStringLiteral("copyAllButton"));
    connect(copyAll, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(allText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString RejectedRowsDialog::allText() const
{
    QStringList lines;
    lines.reserve(m_rejected.size());
    for (const UsageImport::Rejected& r : m_rejected)
        lines << lineText(r);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void RejectedRowsDialog::copySelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        QGuiApplication::clipboard()->setText(allText());
        return;
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex& index : std::as_const(rows))
        lines << lineText(m_rejected.at(index.row()));
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace fusion
