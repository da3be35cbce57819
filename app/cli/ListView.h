#pragma once

#include "app/cli/Cli.h"
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

enum class Stream { Out, Err };

// A line a list prints for a person besides its rows: on standard output, or on standard error when it is a
// remark about the list rather than a result. An empty text prints nothing.
struct Note {
    QString text;
    Stream stream = Stream::Out;

    void print(Console& console) const
    {
        if (text.isEmpty())
            return;
        if (stream == Stream::Err)
            console.err(text);
        else
            console.out(text);
    }
};

// What a list command prints around its rows (ListView::print).
struct ListText {
    // Instead of the table when there are no rows; without it an empty table shows its header.
    ListText& ifEmpty(const QString& text, Stream stream = Stream::Out)
    {
        emptyNote = {text, stream};
        return *this;
    }
    // Above the table (and above the empty note): what the rows are, e.g. the period they cover.
    ListText& header(const QString& text, Stream stream = Stream::Out)
    {
        headerNote = {text, stream};
        return *this;
    }
    // Under the table: a page count, a total, a hint.
    ListText& footer(const QString& text, Stream stream = Stream::Out)
    {
        footerNote = {text, stream};
        return *this;
    }
    // --json prints `around` with the rows under `key` (a page with its total), not the bare array.
    ListText& jsonIn(const QString& key, const QJsonObject& around)
    {
        jsonKey = key;
        jsonAround = around;
        return *this;
    }

    Note headerNote;
    Note emptyNote;
    Note footerNote;
    QString jsonKey;
    QJsonObject jsonAround;
};

// A list of rows and how they read: a table for people, an array of objects for --json.
template <typename Row>
class ListView {
public:
    using RowJson = std::function<QJsonValue(const Row&)>;

    // `rowJson`, when given, is each row's JSON instead of the columns' keys: a record passed on as its
    // source gave it (Odoo's), or one a model already writes as JSON. The columns are then the table's.
    explicit ListView(QList<Column<Row>> columns, RowJson rowJson = nullptr)
        : m_columns(std::move(columns))
        , m_rowJson(std::move(rowJson))
    {
    }

    QJsonValue object(const Row& row) const
    {
        if (m_rowJson)
            return m_rowJson(row);
        QJsonObject o;
        for (const Column<Row>& column : m_columns) {
            if (column.key.isEmpty())
                continue;
            o.insert(column.key, column.json ? column.json(row) : QJsonValue(column.cell(row)));
        }
        return o;
    }

    QJsonArray json(const QList<Row>& rows) const
    {
        QJsonArray items;
        for (const Row& row : rows)
            items.append(object(row));
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

    // A list command's output, the one place it picks its form: the JSON (see ListText), or for a person
    // the empty note or the table and its footer.
    void print(Context& c, const QList<Row>& rows, const ListText& text = {}) const
    {
        if (c.json) {
            if (text.jsonKey.isEmpty()) {
                c.console.json(json(rows));
            } else {
                QJsonObject around = text.jsonAround;
                around.insert(text.jsonKey, json(rows));
                c.console.json(around);
            }
            return;
        }
        text.headerNote.print(c.console);
        if (rows.isEmpty() && !text.emptyNote.text.isEmpty()) {
            text.emptyNote.print(c.console);
            return;
        }
        table(c.console, rows);
        text.footerNote.print(c.console);
    }

private:
    QList<Column<Row>> m_columns;
    RowJson m_rowJson;
};

} // namespace fusion::cli
