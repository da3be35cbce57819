#pragma once
// A list of rows with columns as the panes show them: no tree lines, each column as wide as its contents.
#include <QHeaderView>
#include <QTreeWidget>

namespace fusion {

inline QTreeWidget* makeFlatList(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

} // namespace fusion
