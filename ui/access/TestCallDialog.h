#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fusion {

class AppContext;
class ServiceCall;

// "Test call": one real chat call through the service layer, exactly as a consumer makes it — decided by the
// rules, paid from the budget, made with the provider's default key, logged. Shows the decision, the answer,
// the tokens, the cost and the time taken.
class TestCallDialog : public QDialog {
    Q_OBJECT

public:
    TestCallDialog(AppContext* context, const QStringList& consumers, const QString& consumer,
                   const QString& provider, QWidget* parent = nullptr);

Q_SIGNALS:
    void callDone(const QString& status); // ok, error, denied — after the result is shown

private:
    void start();

    AppContext* m_context;
    ServiceCall* m_call;
    QComboBox* m_consumer;
    QComboBox* m_provider;
    QComboBox* m_model;
    QPlainTextEdit* m_prompt;
    QSpinBox* m_maxTokens;
    QLabel* m_result;
    QPlainTextEdit* m_answer;
    QPushButton* m_run;
};

} // namespace fusion
