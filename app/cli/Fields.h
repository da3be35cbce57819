#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace fusion::cli {

// One record as a show command prints it (Context::show), each field declared once for both outputs:
// "Label: text" for a person, "key": value for --json. JSON keys come out sorted (QJsonObject), so only the
// order of the labels matters.
class Fields {
public:
    Fields() = default;
    // Starts from the JSON a list already gives for the same record, so that `show --json` is a list's row.
    explicit Fields(QJsonObject json)
        : m_json(std::move(json))
    {
    }

    // A field both outputs have; its JSON value is the text unless `asJson` is given (a number, a null, the
    // raw code behind a translated label).
    Fields& add(const QString& label, const QString& key, const QString& value,
                const QJsonValue& asJson = QJsonValue(QJsonValue::Undefined))
    {
        m_pairs.append({label, value});
        m_json.insert(key, asJson.isUndefined() ? QJsonValue(value) : asJson);
        return *this;
    }
    // For a person only: a line that joins what the JSON gives in parts, or that the JSON has already.
    Fields& text(const QString& label, const QString& value)
    {
        m_pairs.append({label, value});
        return *this;
    }
    // For a script only: what a person does not need on the screen.
    Fields& json(const QString& key, const QJsonValue& value)
    {
        m_json.insert(key, value);
        return *this;
    }

    const QJsonObject& object() const { return m_json; }
    const QList<QPair<QString, QString>>& pairs() const { return m_pairs; }

private:
    QJsonObject m_json;
    QList<QPair<QString, QString>> m_pairs;
};

} // namespace fusion::cli
