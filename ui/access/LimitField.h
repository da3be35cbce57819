#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace fusion {

// One optional limit in a form: a check box "Limit" and the amount (money) or count beside it. Unchecked
// means no limit; a money amount that does not parse marks the field invalid.
class LimitField : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Money, Count };
    LimitField(Kind kind, const QString& objectName, QWidget* parent = nullptr);
    void setValue(const std::optional<qint64>& value); // micro-units for money
    // nullopt outside: the text is not a valid amount; inner nullopt: no limit.
    std::optional<std::optional<qint64>> value() const;

Q_SIGNALS:
    void changed();

private:
    Kind m_kind;
    QCheckBox* m_on;
    QLineEdit* m_amount = nullptr;
    QSpinBox* m_count = nullptr;
};

} // namespace fusion
