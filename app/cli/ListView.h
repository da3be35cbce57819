#pragma once

#include "app/cli/Console.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fusion::cli {

// One column of a list, declared once for both outputs: its table header and cell, its JSON key and value.
// A column without a cell is JSON only (details a table has no room for); one without a key is table only.
// Without a `json` function the JSON value is the cell's text.
template <typename Row>
struct Column {
    using Cell = std::function<QString(const Row&)>;
    using Json = std::function<QJsonValue(const Row&)>;

    Column(QString header_, QString key_, Cell cell_, Json json_ = nullptr)
        : header(std::move(header_))
        , key(std::move(key_))
        , cell(std::move(cell_))
        , json(std::move(json_))
    {
    }

    QString header;
    QString key;
    Cell cell;
    Json json;
};

// A list of rows and how they read: a table for people, an array of objects for --json.
template <typename Row>
class ListView {
public:
    explicit ListView(QList<Column<Row>> columns)
        : m_columns(std::move(columns))
    {
    }

    QJsonArray json(const QList<Row>& rows) const
    {
        QJsonArray items;
        for (const Row& row : rows) {
            QJsonObject o;
            for (const Column<Row>& column : m_columns) {
                if (column.key.isEmpty())
                    continue;
                o.insert(column.key, column.json ? column.json(row) : QJsonValue(column.cell(row)));
            }
            items.append(o);
        }
        return items;
    }

    void table(Console& console, const QList<Row>& rows) const
    {
        QStringList headers;
        for (const Column<Row>& column : m_columns) {
            if (column.cell)
                headers << column.header;
        }
        QList<QStringList> cells;
        for (const Row& row : rows) {
            QStringList line;
            for (const Column<Row>& column : m_columns) {
                if (column.cell)
                    line << column.cell(row);
            }
            cells << line;
        }
        console.table(headers, cells);
    }

    // The usual list command's output: the JSON array, or `empty` (when given) for no rows, or the table.
    void print(Console& console, bool asJson, const QList<Row>& rows, const QString& empty = {}) const
    {
        if (asJson)
            console.json(json(rows));
        else if (rows.isEmpty() && !empty.isEmpty())
            console.out(empty);
        else
            table(console, rows);
    }

private:
    QList<Column<Row>> m_columns;
};

} // namespace fusion::cli
