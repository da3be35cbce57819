#pragma once
// The lists and notes the panes are built of, one look for all of them.
#include "ui/common/ListExport.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

namespace fusion {

// A list of rows with columns: no tree lines, each column as wide as its contents.
inline QTreeWidget* makeFlatList(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

// A table of records (the control plane's panes): no tree lines, rows in alternating colours and of one
// height (fast with thousands of rows), the last column taking the width that is left; its rows copied or
// exported as CSV from its context menu.
inline QTreeWidget* makeRecordList(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->header()->setStretchLastSection(true);
    enableListExport(list);
    return list;
}

// A sentence that explains or says what to do next: plain text (never rich text from data), wrapped.
inline QLabel* makeNote(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace fusion
