#include "ui/access/TestCallDialog.h"

#include "models/policy/ServiceCall.h"
#include "models/usage/Money.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fusion {

TestCallDialog::TestCallDialog(AppContext* context, const QStringList& consumers, const QString& consumer,
                               const QString& provider, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("testCallDialog"));
    setWindowTitle(tr("Test Call"));
    resize(560, 520);
    // The database part of the call runs on the database thread, never here.
    m_call = new ServiceCall(AppJobs::host(context, this), this);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A real call, made as the consumer makes it: the access rules decide, it is paid "
                      "from the budget and logged."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_consumer = new QComboBox(this);
    m_consumer->setObjectName(QStringLiteral("callConsumerCombo"));
    m_consumer->setEditable(true);
    m_consumer->addItems(consumers);
    m_consumer->setCurrentText(consumer);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("callProviderCombo"));
    m_provider->addItems({QStringLiteral("openai"), QStringLiteral("anthropic")});
    if (!provider.isEmpty())
        m_provider->setCurrentText(provider);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("callModelCombo"));
    m_model->setEditable(true);
    auto models = [this] {
        m_model->clear();
        m_model->addItems(
            m_provider->currentText() == QLatin1String("anthropic")
                ? QStringList{QStringLiteral("claude-haiku-4-5"), QStringLiteral("claude-sonnet-4-5")}
                : QStringList{QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"),
                              QStringLiteral("gpt-5-mini")});
    };
    models();
    connect(m_provider, &QComboBox::currentTextChanged, this, models);
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(QStringLiteral("promptEdit"));
    m_prompt->setPlainText(tr("Reply with one word: ready?"));
    m_prompt->setMaximumHeight(90);
    m_maxTokens = new QSpinBox(this);
    m_maxTokens->setRange(1, 4096);
    m_maxTokens->setValue(64);
    form->addRow(tr("&Consumer:"), m_consumer);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("P&rompt:"), m_prompt);
    form->addRow(tr("Ma&x output tokens:"), m_maxTokens);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("callResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result);
    m_answer = new QPlainTextEdit(this);
    m_answer->setObjectName(QStringLiteral("answerEdit"));
    m_answer->setReadOnly(true);
    m_answer->setPlaceholderText(tr("The answer appears here."));
    layout->addWidget(m_answer, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Call"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("callButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &TestCallDialog::start);
}

void TestCallDialog::start()
{
    ServiceCall::Request request;
    request.provider = m_provider->currentText();
    request.consumer = m_consumer->currentText().trimmed();
    request.user = m_context->capabilities().login;
    request.feature = QStringLiteral("test-call");
    request.chat.model = m_model->currentText().trimmed();
    request.chat.prompt = m_prompt->toPlainText();
    request.chat.maxTokens = m_maxTokens->value();
    request.timeoutMs = 60000;
    m_run->setEnabled(false);
    m_result->setText(tr("Calling %1…").arg(request.provider));
    m_answer->clear();
    m_call->start(request, [this](const ServiceCall::Result& r) {
        m_run->setEnabled(true);
        if (r.error) {
            m_result->setText(tr("Not made: %1").arg(r.error->message));
            Q_EMIT callDone(QStringLiteral("error"));
            return;
        }
        if (r.status == QLatin1String("denied")) {
            m_result->setText(tr("Refused: %1").arg(r.decision.message));
            Q_EMIT callDone(r.status);
            return;
        }
        if (r.status != QLatin1String("ok")) {
            m_result->setText(tr("The call failed (logged, no cost): %1").arg(r.reply.error));
            Q_EMIT callDone(r.status);
            return;
        }
        m_result->setText(tr("%1 answered in %2 ms: %3 tokens in (%4 cached), %5 out, cost %6.")
                              .arg(r.reply.model)
                              .arg(r.latencyMs)
                              .arg(r.reply.tokens.in)
                              .arg(r.reply.tokens.cached)
                              .arg(r.reply.tokens.out)
                              .arg(r.costMicros ? Money::display(*r.costMicros) : tr("unknown (no price)")));
        m_answer->setPlainText(r.reply.text);
        Q_EMIT callDone(r.status);
    });
}

} // namespace fusion
