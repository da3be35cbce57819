#include "ui/common/ListExport.h"

#include "models/core/Csv.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Pane.h"
#include "ui/common/SaveFile.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QMenu>
#include <QSaveFile>
#include <QTreeWidget>

namespace fusion {

namespace {

struct ListExportText {
    Q_DECLARE_TR_FUNCTIONS(fusion::ListExport)
};

MessageBar* listExportMessages(QWidget* list)
{
    for (QWidget* w = list->parentWidget(); w; w = w->parentWidget())
        if (auto* pane = qobject_cast<Pane*>(w))
            return pane->messageBar();
    return nullptr;
}

void listExportCopy(QTreeWidget* list)
{
    const QList<QStringList> rows = listRecords(list, true);
    if (rows.size() < 2)
        return;
    QStringList lines;
    for (const QStringList& row : rows)
        lines << row.join(QLatin1Char('\t'));
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void listExportSave(QTreeWidget* list)
{
    // "billingAiList" → "billingAi-2026-12-07.csv"
    QString stem = list->objectName();
    if (stem.endsWith(QLatin1String("List")))
        stem.chop(4);
    const QString suggested =
        QStringLiteral("%1-%2.csv")
            .arg(stem.isEmpty() ? QStringLiteral("list") : stem, QDate::currentDate().toString(Qt::ISODate));
    const QByteArray csv = Csv::document(listRecords(list), true);
    const int rows = list->topLevelItemCount();
    SaveFile::ask(
        list,
        {ListExportText::tr("Export as CSV"), ListExportText::tr("CSV file (*.csv)"), suggested,
         QStringLiteral("csv")},
        [list, csv, rows](const QString& path) {
            QSaveFile file(path);
            const bool saved =
                file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
            MessageBar* messages = listExportMessages(list);
            if (!messages)
                return;
            if (saved)
                messages->show(MessageBar::Success,
                               ListExportText::tr("%n row(s) saved to %1.", nullptr, rows).arg(path));
            else
                messages->show(MessageBar::Failure,
                               ListExportText::tr("Could not save %1: %2").arg(path, file.errorString()));
        });
}

} // namespace

QList<QStringList> listRecords(const QTreeWidget* list, bool selectedOnly)
{
    QList<QStringList> out;
    const int columns = list->columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << list->headerItem()->text(c);
    out << header;
    for (int r = 0; r < list->topLevelItemCount(); ++r) {
        const QTreeWidgetItem* item = list->topLevelItem(r);
        if (item->isHidden() || (selectedOnly && !item->isSelected()))
            continue;
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << item->text(c);
        out << row;
    }
    return out;
}

void enableListExport(QTreeWidget* list)
{
    auto* copy = new QAction(ListExportText::tr("&Copy"), list);
    copy->setObjectName(QStringLiteral("listCopyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    list->addAction(copy);
    QObject::connect(copy, &QAction::triggered, list, [list] { listExportCopy(list); });
    auto* save = new QAction(ListExportText::tr("Export as &CSV…"), list);
    save->setObjectName(QStringLiteral("listExportCsvAction"));
    list->addAction(save);
    QObject::connect(save, &QAction::triggered, list, [list] { listExportSave(list); });
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(list, &QWidget::customContextMenuRequested, list, [list, copy, save](const QPoint& at) {
        copy->setEnabled(!list->selectedItems().isEmpty());
        save->setEnabled(list->topLevelItemCount() > 0);
        auto* menu = new QMenu(list);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(copy);
        menu->addAction(save);
        menu->popup(list->viewport()->mapToGlobal(at));
    });
}

} // namespace fusion
