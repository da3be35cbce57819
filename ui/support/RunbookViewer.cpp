#include "ui/support/RunbookViewer.h"

#include "models/roles/Capabilities.h"
#include "ui/common/AppContext.h"
#include "ui/common/Loads.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fusion {

RunbookViewer::RunbookViewer(AppContext* context, const QString& type, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_loads(new Loads(context, this))
    , m_type(type)
{
    setObjectName(QStringLiteral("runbookViewer"));
    setWindowTitle(tr("Runbook"));
    resize(820, 640);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runbookStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_pages = new QStackedWidget(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("runbookBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_pages->addWidget(m_browser);
    // Editing: the Markdown on the left, what it will look like on the right.
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_editor = new QPlainTextEdit(split);
    m_editor->setObjectName(QStringLiteral("runbookEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("# Title\n\n## Symptoms\n\n## Checks\n\n## Fixes\n\n## Escalation"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_editor->setFont(mono);
    m_preview = new QTextBrowser(split);
    m_preview->setObjectName(QStringLiteral("runbookPreview"));
    split->addWidget(m_editor);
    split->addWidget(m_preview);
    m_pages->addWidget(split);
    layout->addWidget(m_pages, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("runbookProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_loads->cover(m_pages);

    auto* buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("runbookEditButton"));
    m_reset = makeWriteButton(QStringLiteral("runbookResetButton"), tr("&Reset to shipped…"), this);
    m_save = makeWriteButton(QStringLiteral("runbookSaveButton"), tr("&Save…"), this);
    m_cancelEdit = new QPushButton(tr("Stop &editing"), this);
    m_cancelEdit->setObjectName(QStringLiteral("runbookStopEditButton"));
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("runbookCloseButton"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancelEdit);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    const bool owner = m_context->capabilities().isOwner();
    const QString ownersOnly = tr("Only owners (fusion_owner) change runbooks.");
    m_edit->setEnabled(owner);
    m_edit->setToolTip(owner ? tr("Rewrite this runbook for everyone; the shipped text stays available.")
                             : ownersOnly);
    m_reset->setToolTip(owner ? tr("Delete the edited text; everyone reads the shipped one again.")
                              : ownersOnly);
    m_save->hide();
    m_cancelEdit->hide();

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, &RunbookViewer::startEditing);
    connect(m_cancelEdit, &QPushButton::clicked, this, &RunbookViewer::stopEditing);
    connect(m_save, &QPushButton::clicked, this, &RunbookViewer::save);
    connect(m_reset, &QPushButton::clicked, this, &RunbookViewer::reset);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &RunbookViewer::updatePreview);
    reload();
}

void RunbookViewer::reload()
{
    const QString type = m_type;
    m_loads->run(
        QString(), [type](Database& db) { return Runbooks::read(db, type); },
        [this](const Runbook& r) { apply(r); },
        [this](const Error& e) {
            m_problem->setText(e.message);
            m_problem->show();
            m_browser->setPlainText(tr("This runbook cannot be shown."));
        });
}

void RunbookViewer::apply(const Runbook& r)
{
    m_runbook = r;
    setWindowTitle(tr("Runbook: %1").arg(r.title));
    m_browser->setMarkdown(r.body);
    m_status->setText(
        r.overridden ? tr("Edited by %1 on %2 UTC. Owners can reset it to the text shipped with "
                          "the app.")
                           .arg(r.updatedBy, r.updatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     : tr("The runbook shipped with Fusion Console for \"%1\" operations.").arg(r.type));
    m_reset->setEnabled(m_context->capabilities().isOwner() && r.overridden && !m_save->isVisible());
    Q_EMIT shown();
}

void RunbookViewer::startEditing()
{
    m_editor->setPlainText(m_runbook.body);
    m_pages->setCurrentIndex(1);
    m_edit->hide();
    m_reset->hide();
    m_save->show();
    m_cancelEdit->show();
    m_problem->hide();
    m_editor->setFocus();
}

void RunbookViewer::stopEditing()
{
    m_pages->setCurrentIndex(0);
    m_save->hide();
    m_cancelEdit->hide();
    m_edit->show();
    m_reset->show();
    m_problem->hide();
    m_reset->setEnabled(m_context->capabilities().isOwner() && m_runbook.overridden);
}

void RunbookViewer::updatePreview()
{
    const QString text = m_editor->toPlainText();
    m_preview->setMarkdown(text);
    const bool titled = !Runbooks::titleOf(text).isEmpty();
    m_save->setEnabled(titled && text != m_runbook.body);
    m_save->setToolTip(titled ? QString()
                              : tr("Start the text with a title line, such as \"# Backups failed\"."));
}

void RunbookViewer::save()
{
    const QString type = m_type;
    const QString text = m_editor->toPlainText();
    WriteRunner::run(
        m_context, this, [type, text](Database& db) { return Runbooks::planEdit(db, type, text); },
        [this](const Result<QJsonObject>& r) {
            if (!r) {
                if (r.error().kind != ErrorKind::NotConfirmed) {
                    m_problem->setText(r.error().message);
                    m_problem->show();
                }
                return;
            }
            stopEditing();
            reload();
        });
}

void RunbookViewer::reset()
{
    const QString type = m_type;
    WriteRunner::run(
        m_context, this, [type](Database& db) { return Runbooks::planReset(db, type); },
        [this](const Result<QJsonObject>& r) {
            if (!r) {
                if (r.error().kind != ErrorKind::NotConfirmed) {
                    m_problem->setText(r.error().message);
                    m_problem->show();
                }
                return;
            }
            reload();
        });
}

} // namespace fusion
