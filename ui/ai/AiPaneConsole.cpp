// The AI pane's Console tab: threads (searchable) on the left; the chosen thread's questions and answers,
// with their citations, on the right; below them the question, the provider and scope, Ask and Stop. The
// answer streams into the transcript as it arrives; everything that reaches the database or the network runs
// off the GUI thread (AiAsk on the database worker, the keychain and the socket asynchronously).
#include "models/ai/AiAsk.h"
#include "models/ai/PromptTemplate.h"
#include "models/storage/DbWorker.h"
#include "models/tenants/TenantRepository.h"
#include "models/vault/KeyVault.h"
#include "ui/ai/AiPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {
constexpr int kMessagesShown = 500; // the newest of a long thread; the rest stays in the database

struct ShownThread {
    AiThread thread;
    QList<AiMessage> messages;
};

QString paragraphs(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString citationTarget(const AiCitation& c)
{
    return c.url.isEmpty() ? QStringLiteral("%1 %2").arg(c.sourceKind, c.sourceId) : c.url;
}

// A paragraph of its own at the end of the transcript (a heading in bold, with space above it), leaving the
// format plain so that the answer streaming in after it is not bold.
void appendParagraph(QTextBrowser* transcript, const QString& text, bool heading)
{
    QTextCursor c(transcript->document());
    c.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(heading ? 10 : 4);
    if (!transcript->document()->isEmpty())
        c.insertBlock(block);
    else
        c.setBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontWeight(heading ? QFont::Bold : QFont::Normal);
    c.insertText(text, chars);
}

void appendStreamed(QTextBrowser* transcript, const QString& fragment)
{
    QTextCursor c(transcript->document());
    c.movePosition(QTextCursor::End);
    QTextCharFormat plain;
    plain.setFontWeight(QFont::Normal);
    c.insertText(fragment, plain);
}
} // namespace

QWidget* AiPane::buildConsoleTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("aiConsoleTab"));
    auto* outer = new QVBoxLayout(page);
    auto* split = new QSplitter(Qt::Horizontal, page);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_threadSearch = new QLineEdit(left);
    m_threadSearch->setObjectName(QStringLiteral("threadSearch"));
    m_threadSearch->setPlaceholderText(tr("Search threads…"));
    m_threadSearch->setClearButtonEnabled(true);
    leftLayout->addWidget(m_threadSearch);
    m_threads = new QTreeWidget(left);
    m_threads->setObjectName(QStringLiteral("threadList"));
    m_threads->setHeaderLabels({tr("Thread"), tr("Last message")});
    m_threads->setRootIsDecorated(false);
    m_threads->header()->setStretchLastSection(false);
    m_threads->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_threads->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_threads);
    auto* threadButtons = new QHBoxLayout;
    m_newThread = new QPushButton(tr("&New Thread"), left);
    m_newThread->setObjectName(QStringLiteral("newThreadButton"));
    m_closeThread = new QPushButton(tr("Cl&ose…"), left);
    m_closeThread->setObjectName(QStringLiteral("closeThreadButton"));
    m_closeThread->setProperty("fusionWrite", true);
    m_deleteThread = new QPushButton(tr("Dele&te…"), left);
    m_deleteThread->setObjectName(QStringLiteral("deleteThreadButton"));
    m_deleteThread->setProperty("fusionWrite", true);
    threadButtons->addWidget(m_newThread);
    threadButtons->addWidget(m_closeThread);
    threadButtons->addWidget(m_deleteThread);
    leftLayout->addLayout(threadButtons);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_threadTitle = new QLabel(right);
    m_threadTitle->setObjectName(QStringLiteral("threadTitle"));
    QFont bold = m_threadTitle->font();
    bold.setBold(true);
    m_threadTitle->setFont(bold);
    m_threadTitle->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_threadTitle);
    m_transcript = new QTextBrowser(right);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setOpenLinks(false);
    rightLayout->addWidget(m_transcript, 3);
    auto* sourcesLabel =
        new QLabel(tr("&Sources of the last answer (open one to see what it cites):"), right);
    rightLayout->addWidget(sourcesLabel);
    m_citations = new QListWidget(right);
    m_citations->setObjectName(QStringLiteral("citationList"));
    m_citations->setMaximumHeight(fontMetrics().height() * 6);
    sourcesLabel->setBuddy(m_citations);
    rightLayout->addWidget(m_citations, 1);
    auto* feedback = new QHBoxLayout;
    feedback->addWidget(new QLabel(tr("Was it helpful?"), right));
    m_feedbackUp = new QPushButton(tr("&Yes…"), right);
    m_feedbackUp->setObjectName(QStringLiteral("feedbackUpButton"));
    m_feedbackUp->setProperty("fusionWrite", true);
    m_feedbackUp->setCheckable(true);
    m_feedbackDown = new QPushButton(tr("N&o…"), right);
    m_feedbackDown->setObjectName(QStringLiteral("feedbackDownButton"));
    m_feedbackDown->setProperty("fusionWrite", true);
    m_feedbackDown->setCheckable(true);
    m_feedbackComment = new QLineEdit(right);
    m_feedbackComment->setObjectName(QStringLiteral("feedbackComment"));
    m_feedbackComment->setPlaceholderText(tr("Comment (optional)"));
    m_feedbackComment->setMaxLength(AiThreads::maxCommentLength);
    feedback->addWidget(m_feedbackUp);
    feedback->addWidget(m_feedbackDown);
    feedback->addWidget(m_feedbackComment, 1);
    rightLayout->addLayout(feedback);

    auto* choices = new QHBoxLayout;
    m_askProvider = new QComboBox(right);
    m_askProvider->setObjectName(QStringLiteral("askProviderCombo"));
    m_askProvider->setToolTip(tr("A new thread is answered by this provider; a thread keeps its own."));
    m_askProvider->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_askScope = new QComboBox(right);
    m_askScope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_askScope->setObjectName(QStringLiteral("askScopeCombo"));
    m_askScope->setToolTip(tr("Whose facts are evidence, and whose default provider answers."));
    m_useFacts = new QCheckBox(tr("Cite the platform's &facts"), right);
    m_useFacts->setObjectName(QStringLiteral("useFactsCheck"));
    m_useFacts->setChecked(true);
    m_useFacts->setToolTip(tr("Tenants in error, failed operations, budgets near their cap, keys needing "
                              "attention and drift go with the question as numbered evidence."));
    choices->addWidget(new QLabel(tr("Provider:"), right));
    choices->addWidget(m_askProvider);
    choices->addWidget(new QLabel(tr("Scope:"), right));
    choices->addWidget(m_askScope);
    m_useKnowledge = new QCheckBox(tr("Cite the &knowledge base"), right);
    m_useKnowledge->setObjectName(QStringLiteral("useKnowledgeCheck"));
    m_useKnowledge->setChecked(true);
    m_useKnowledge->setToolTip(
        tr("The passages of the scope's knowledge base (every tenant's, for the platform) "
           "holding most of the question's words go with it as numbered evidence."));
    choices->addWidget(m_useFacts);
    choices->addWidget(m_useKnowledge);
    choices->addStretch();
    rightLayout->addLayout(choices);
    auto* promptRow = new QHBoxLayout;
    promptRow->addWidget(new QLabel(tr("Prompt:"), right));
    m_askPrompt = new QComboBox(right);
    m_askPrompt->setObjectName(QStringLiteral("askPromptCombo"));
    m_askPrompt->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_askPrompt->setMinimumContentsLength(24);
    m_askPrompt->setToolTip(
        tr("A published prompt from the Prompts tab: with a question typed, it instructs the "
           "model; without one, it is the question."));
    m_askPrompt->addItem(tr("No prompt"), QString());
    promptRow->addWidget(m_askPrompt);
    promptRow->addStretch();
    rightLayout->addLayout(promptRow);
    // The chosen prompt's variables, one field each.
    m_promptFields = new QWidget(right);
    m_promptFields->setObjectName(QStringLiteral("promptFields"));
    m_promptForm = new QFormLayout(m_promptFields);
    m_promptForm->setContentsMargins(0, 0, 0, 0);
    m_promptFields->hide();
    rightLayout->addWidget(m_promptFields);
    connect(m_askPrompt, &QComboBox::currentIndexChanged, this, &AiPane::showPromptFields);
    m_question = new QPlainTextEdit(right);
    m_question->setObjectName(QStringLiteral("questionEdit"));
    m_question->setPlaceholderText(tr("Ask about the platform… (Ctrl+Enter sends)"));
    m_question->setMaximumHeight(fontMetrics().height() * 5);
    rightLayout->addWidget(m_question);
    auto* askRow = new QHBoxLayout;
    m_ask = new QPushButton(tr("&Ask"), right);
    m_ask->setObjectName(QStringLiteral("askButton"));
    m_ask->setDefault(true);
    m_stop = new QPushButton(tr("Sto&p"), right);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_askStatus = new QLabel(right);
    m_askStatus->setObjectName(QStringLiteral("askStatus"));
    m_askStatus->setTextFormat(Qt::PlainText);
    askRow->addWidget(m_ask);
    askRow->addWidget(m_stop);
    askRow->addWidget(m_askStatus, 1);
    rightLayout->addLayout(askRow);

    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    outer->addWidget(split);
    coverWhileLoading(m_threads, QStringLiteral("threads"));

    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_threadSearch, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &AiPane::reloadThreads);
    connect(m_threads, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, Qt::UserRole).toLongLong() != m_threadId)
            showThread(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_newThread, &QPushButton::clicked, this, &AiPane::newThread);
    connect(m_closeThread, &QPushButton::clicked, this, [this] { changeThread(false); });
    connect(m_deleteThread, &QPushButton::clicked, this, [this] { changeThread(true); });
    connect(m_feedbackUp, &QPushButton::clicked, this, [this] { sendFeedback(1); });
    connect(m_feedbackDown, &QPushButton::clicked, this, [this] { sendFeedback(-1); });
    connect(m_ask, &QPushButton::clicked, this, &AiPane::ask);
    connect(m_stop, &QPushButton::clicked, this, &AiPane::stopAsking);
    auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_question);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, &AiPane::ask);
    connect(m_question, &QPlainTextEdit::textChanged, this, &AiPane::updateConsoleButtons);
    connect(m_transcript, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const int index = url.path().toInt();
        if (url.scheme() == QLatin1String("cite") && index >= 0 && index < m_shownCitations.size())
            openCitation(m_shownCitations.at(index));
    });
    connect(m_citations, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int index = item->data(Qt::UserRole).toInt();
        if (index >= 0 && index < m_shownCitations.size())
            openCitation(m_shownCitations.at(index));
    });
    return page;
}

bool AiPane::asking() const
{
    return !m_asker.isNull();
}

void AiPane::updateConsoleButtons()
{
    const bool busy = asking();
    const bool shown = m_threadId > 0;
    const Capabilities& caps = m_context->capabilities();
    const bool mayAsk = caps.can(Capability::RecordUsage); // an ask is metered like any call
    const bool somethingToAsk =
        !m_question->toPlainText().trimmed().isEmpty() || !m_askPrompt->currentData().toString().isEmpty();
    m_ask->setEnabled(mayAsk && !busy && somethingToAsk);
    m_ask->setToolTip(mayAsk ? QString() : caps.whyNot(Capability::RecordUsage));
    m_stop->setEnabled(busy);
    m_threads->setEnabled(!busy);
    m_newThread->setEnabled(!busy);
    m_closeThread->setEnabled(!busy && shown && m_threadState == QLatin1String("active"));
    m_deleteThread->setEnabled(!busy && shown);
    m_feedbackUp->setEnabled(!busy && m_lastAnswerId > 0);
    m_feedbackDown->setEnabled(!busy && m_lastAnswerId > 0);
    // A thread keeps its provider and scope.
    const bool fresh = m_threadId == 0 || m_threadState != QLatin1String("active");
    m_askProvider->setEnabled(!busy && fresh);
    m_askScope->setEnabled(!busy && fresh);
}

void AiPane::showPromptFields()
{
    // Values typed so far are kept by name while the prompt changes.
    QHash<QString, QString> typed;
    for (QLineEdit* e : m_promptFields->findChildren<QLineEdit*>())
        typed.insert(e->property("variable").toString(), e->text());
    while (m_promptForm->rowCount() > 0)
        m_promptForm->removeRow(0);
    const QString code = m_askPrompt->currentData().toString();
    for (const auto& [p, v] : std::as_const(m_consolePrompts)) {
        if (p.code != code)
            continue;
        for (const QString& name : v.variables) {
            auto* edit = new QLineEdit(typed.value(name), m_promptFields);
            edit->setObjectName(QStringLiteral("promptValue_") + name);
            edit->setProperty("variable", name);
            m_promptForm->addRow(QStringLiteral("{{%1}}").arg(name), edit);
        }
    }
    m_promptFields->setVisible(m_promptForm->rowCount() > 0);
    updateConsoleButtons();
}

void AiPane::prepareQuestion(const QString& question, const QString& tenantSlug)
{
    if (asking())
        return;
    m_tabs->setCurrentIndex(0);
    newThread();
    if (const int i = m_askScope->findData(tenantSlug); i >= 0)
        m_askScope->setCurrentIndex(i);
    m_question->setPlainText(question);
    m_question->setFocus();
}

void AiPane::reloadThreads()
{
    AiThreads::Query query;
    query.search = m_threadSearch->text();
    load(
        QStringLiteral("threads"), [query](Database& db) { return AiThreads::list(db, query); },
        [this](const QList<AiThread>& threads) {
            const QSignalBlocker block(m_threads);
            m_threads->clear();
            QTreeWidgetItem* current = nullptr;
            for (const AiThread& t : threads) {
                auto* item = new QTreeWidgetItem(m_threads);
                item->setText(0, t.title.isEmpty() ? tr("(untitled)") : t.title);
                item->setText(1, QLocale().toString(t.lastMessageAt.toLocalTime(), QLocale::ShortFormat));
                item->setData(0, Qt::UserRole, t.id);
                item->setToolTip(0,
                                 tr("%1 · %2 · %n message(s)", nullptr, int(t.messages))
                                     .arg(t.providerName,
                                          t.state == QLatin1String("closed") ? tr("closed") : tr("active")));
                if (t.state == QLatin1String("closed"))
                    item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
                if (t.id == m_threadId)
                    current = item;
            }
            if (current)
                m_threads->setCurrentItem(current);
            // The first time, the latest conversation is shown, as a chat client does.
            if (!m_threadsShownOnce && m_threadId == 0 && !threads.isEmpty() && !asking()) {
                m_threads->setCurrentItem(m_threads->topLevelItem(0));
                showThread(threads.first().id);
            }
            m_threadsShownOnce = true;
        });
}

void AiPane::newThread()
{
    m_threadId = 0;
    m_threadState.clear();
    m_lastAnswerId = 0;
    m_shownCitations.clear();
    m_citations->clear();
    m_transcript->clear();
    m_threadTitle->setText(tr("New thread"));
    {
        const QSignalBlocker block(m_threads);
        m_threads->setCurrentItem(nullptr);
        m_threads->clearSelection();
    }
    updateConsoleButtons();
}

void AiPane::showThread(qint64 id)
{
    m_threadId = id;
    load(
        QStringLiteral("thread"),
        [id](Database& db) {
            return ShownThread{AiThreads::require(db, id), AiThreads::messages(db, id, kMessagesShown)};
        },
        [this, id](const ShownThread& shown) {
            if (id == m_threadId)
                renderThread(shown.thread, shown.messages);
        },
        [this](const Error& e) {
            newThread();
            showFailure(e);
        });
}

void AiPane::renderThread(const AiThread& thread, const QList<AiMessage>& messages)
{
    m_threadState = thread.state;
    m_threadTitle->setText(thread.state == QLatin1String("closed")
                               ? tr("%1 — closed; a question starts a new thread").arg(thread.title)
                               : tr("%1 — answered by %2").arg(thread.title, thread.providerName));
    m_shownCitations.clear();
    m_lastAnswerId = 0;
    QString html;
    if (thread.messages > messages.size())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("The %1 earlier messages are not shown.").arg(thread.messages - messages.size()));
    const AiMessage* lastAnswer = nullptr;
    for (const AiMessage& m : messages) {
        const bool question = m.role == QLatin1String("user");
        QString head = question ? tr("You") : thread.providerName;
        QString meta = QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (!question && m.providerStatus != QLatin1String("200"))
            meta += QStringLiteral(" · ") + tr("incomplete: %1").arg(m.providerStatus);
        html +=
            QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b> <span style=\"color:gray\">%2</span></p>")
                .arg(head.toHtmlEscaped(), meta.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(m.content.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("(no text)"))
                                             : paragraphs(m.content));
        if (!m.citations.isEmpty()) {
            QStringList links;
            for (const AiCitation& c : m.citations) {
                links << QStringLiteral("<a href=\"cite:%1\">%2</a>")
                             .arg(m_shownCitations.size())
                             .arg(c.title.toHtmlEscaped());
                m_shownCitations << c;
            }
            html += QStringLiteral("<p style=\"color:gray\">%1 %2</p>")
                        .arg(tr("Sources:"), links.join(QStringLiteral(" · ")));
        }
        if (!question)
            lastAnswer = &m;
    }
    m_transcript->setHtml(html);
    m_transcript->moveCursor(QTextCursor::End);
    m_citations->clear();
    if (lastAnswer) {
        m_lastAnswerId = lastAnswer->id;
        const qsizetype first = m_shownCitations.size() - lastAnswer->citations.size();
        for (qsizetype i = 0; i < lastAnswer->citations.size(); ++i) {
            const AiCitation& c = lastAnswer->citations.at(i);
            auto* item =
                new QListWidgetItem(QStringLiteral("%1 — %2").arg(c.title, citationTarget(c)), m_citations);
            item->setData(Qt::UserRole, int(first + i));
            item->setToolTip(c.snippet);
        }
        m_feedbackUp->setChecked(lastAnswer->myRating > 0);
        m_feedbackDown->setChecked(lastAnswer->myRating < 0);
        m_feedbackComment->setText(lastAnswer->myComment);
    }
    updateConsoleButtons();
}

void AiPane::ask()
{
    const QString typedQuestion = m_question->toPlainText().trimmed();
    const QString promptCode = m_askPrompt->currentData().toString();
    if (asking() || (typedQuestion.isEmpty() && promptCode.isEmpty()))
        return;
    AiAsk::Request request;
    request.promptCode = promptCode;
    for (QLineEdit* e : m_promptFields->findChildren<QLineEdit*>())
        request.variables.insert(e->property("variable").toString(), e->text());
    // What the transcript shows as asked: the question, else the prompt as it renders (AiAsk renders it again
    // from the published version and refuses what does not render).
    QString question = typedQuestion;
    if (question.isEmpty()) {
        for (const auto& [p, v] : std::as_const(m_consolePrompts)) {
            if (p.code == promptCode)
                question = PromptTemplate::parse(v.templateText).render(request.variables, v.variables).text;
        }
        if (question.isEmpty())
            question = tr("[prompt %1]").arg(promptCode);
    }
    const bool fresh = m_threadId == 0 || m_threadState != QLatin1String("active");
    if (!fresh)
        request.threadId = m_threadId;
    if (fresh) {
        if (const qint64 provider = m_askProvider->currentData().toLongLong(); provider > 0)
            request.provider = QString::number(provider);
        m_threadId = 0;
        m_transcript->clear();
        m_citations->clear();
        m_shownCitations.clear();
        m_lastAnswerId = 0;
    }
    request.tenantSlug = m_askScope->currentData().toString();
    request.question = typedQuestion;
    request.platformEvidence = m_useFacts->isChecked();
    request.knowledgeEvidence = m_useKnowledge->isChecked();

    m_asker = new AiAsk(AppJobs::host(m_context, this), this);
    m_streamed.clear();
    m_messages->hide(); // what the last ask said is not about this one
    if (fresh)
        m_threadTitle->setText(question.left(50));
    appendParagraph(m_transcript, tr("You"), true);
    appendParagraph(m_transcript, question, false);
    m_askStatus->setText(tr("Checking the budget…"));
    connect(m_asker, &AiAsk::calling, this, [this](const AiProvider& p) {
        appendParagraph(m_transcript, p.name, true);
        appendParagraph(m_transcript, QString(), false);
        m_askStatus->setText(tr("Waiting for %1…").arg(p.name));
    });
    connect(m_asker, &AiAsk::textArrived, this, [this](const QString& fragment) {
        m_streamed += fragment;
        appendStreamed(m_transcript, fragment);
        m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
        m_askStatus->setText(tr("Answering… %n character(s)", nullptr, int(m_streamed.size())));
        Q_EMIT answerGrew(m_streamed);
    });
    AiAsk* asker = m_asker;
    asker->start(request, [this, asker](const AiAsk::Result& r) {
        asker->deleteLater();
        m_asker = nullptr;
        if (r.error) {
            m_askStatus->clear();
            showFailure(*r.error);
        } else if (r.status == QLatin1String("refused")) {
            m_askStatus->setText(tr("Not asked."));
            m_messages->show(MessageBar::Warning, tr("The question was not sent: %1").arg(r.message));
        } else {
            m_askStatus->setText(tr("%1 · %2 tokens in, %3 out · %4 ms")
                                     .arg(r.provider.name)
                                     .arg(r.reply.tokens.in)
                                     .arg(r.reply.tokens.out)
                                     .arg(r.latencyMs));
            if (r.status != QLatin1String("success"))
                m_messages->show(MessageBar::Warning, r.message, r.reply.errorBody);
            m_question->clear();
        }
        if (r.answerId > 0) {
            // Feedback on the answer is possible at once, not only once the thread is read back.
            m_lastAnswerId = r.answerId;
            m_feedbackUp->setChecked(false);
            m_feedbackDown->setChecked(false);
            m_feedbackComment->clear();
        }
        if (r.threadId > 0) {
            m_threadId = r.threadId;
            showThread(r.threadId);
            reloadThreads();
        }
        updateConsoleButtons();
        Q_EMIT askFinished(r.error ? QStringLiteral("failed") : r.status);
    });
    updateConsoleButtons();
}

void AiPane::stopAsking()
{
    if (m_asker)
        m_asker->stop();
}

void AiPane::changeThread(bool remove)
{
    const qint64 id = m_threadId;
    if (id == 0)
        return;
    WriteRunner::run(
        m_context, this,
        [id, remove](Database& db) {
            const AiThread t = AiThreads::require(db, id);
            return remove ? AiThreads::planDelete(db, t) : AiThreads::planClose(db, t);
        },
        [this, remove](const Result<QJsonObject>& r) {
            if (!r)
                return showFailure(r.error());
            m_messages->show(MessageBar::Info, remove ? tr("Deleted the thread.") : tr("Closed the thread."));
            if (remove)
                newThread();
            else
                showThread(m_threadId);
            reloadThreads();
        });
}

void AiPane::sendFeedback(int rating)
{
    const qint64 answer = m_lastAnswerId;
    const QString comment = m_feedbackComment->text().trimmed();
    const qint64 thread = m_threadId;
    if (answer == 0)
        return;
    WriteRunner::run(
        m_context, this,
        [answer, rating, comment](Database& db) {
            return AiThreads::planFeedback(db, answer, rating, comment);
        },
        [this, thread](const Result<QJsonObject>& r) {
            // The buttons show the saved rating again, not the click (a cancelled one included).
            showThread(thread);
            if (!r)
                return showFailure(r.error());
            m_messages->show(MessageBar::Info, tr("Thank you: your feedback is saved."));
        });
}

void AiPane::openCitation(const AiCitation& citation)
{
    const QString kind = citation.sourceKind;
    const QString id = citation.sourceId;
    if (kind == QLatin1String("web") || kind == QLatin1String("knowledge")) {
        const QUrl url(citation.url);
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
        Q_EMIT citationOpened(kind, citation.url);
        return;
    }
    Q_EMIT citationOpened(kind, id);
    if (kind == QLatin1String("tenant")) {
        load(
            QStringLiteral("cite"), [id](Database& db) { return TenantRepository(db).requireBySlug(id).id; },
            [this](const qint64& tenantId) { Q_EMIT openTenantRequested(tenantId); });
    } else if (kind == QLatin1String("key")) {
        const qint64 keyId = id.toLongLong();
        load(
            QStringLiteral("cite"),
            [keyId](Database& db) {
                for (const ApiKey& k : KeyVault::keys(db, {}, true))
                    if (k.id == keyId)
                        return QStringList{k.providerCode, k.label};
                throw Failure(ErrorKind::NotFound, tr("The key %1 no longer exists.").arg(keyId));
            },
            [this](const QStringList& key) { Q_EMIT keyCitationOpened(key.value(0), key.value(1)); });
    }
}

} // namespace fusion
