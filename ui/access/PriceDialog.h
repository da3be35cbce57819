#pragma once

#include "models/usage/PriceTable.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fusion {

// Adds a model's price (a new model, or a new price from a date) or corrects the price of an existing date.
// Amounts are USD per million tokens.
class PriceDialog : public QDialog {
    Q_OBJECT

public:
    PriceDialog(const QStringList& providers, const std::optional<ModelPrice>& existing,
                const QString& suggestedModel = {}, QWidget* parent = nullptr);
    ModelPrice price() const;

private:
    void validate();

    QComboBox* m_provider;
    QLineEdit* m_model;
    QDateEdit* m_from;
    QLineEdit* m_input;
    QLineEdit* m_output;
    QLineEdit* m_cached;
    QLineEdit* m_source;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
