#include "ui/common/ConfirmDialog.h"

#include "ui_ConfirmDialog.h"

#include <QHeaderView>
#include <QStyle>

namespace fusion {

ConfirmDialog::ConfirmDialog(const WritePlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmDialog>())
    , m_plan(plan)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("confirmWriteDialog"));
    setWindowModality(Qt::WindowModal);
    setWindowTitle(plan.destructive ? tr("Confirm destructive change") : tr("Confirm change"));

    const QStyle::StandardPixmap icon =
        plan.destructive ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion;
    m_ui->iconLabel->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(plan.title);

    m_ui->changesTable->setRowCount(int(plan.changes.size()));
    for (int i = 0; i < plan.changes.size(); ++i) {
        const FieldChange& c = plan.changes[i];
        m_ui->changesTable->setItem(i, 0, new QTableWidgetItem(c.label));
        m_ui->changesTable->setItem(i, 1, new QTableWidgetItem(c.beforeDisplay()));
        auto* after = new QTableWidgetItem(c.afterDisplay());
        QFont bold = after->font();
        bold.setBold(true);
        after->setFont(bold);
        m_ui->changesTable->setItem(i, 2, after);
    }
    m_ui->changesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->changesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->changesTable->resizeRowsToContents();
    m_ui->changesTable->setVisible(!plan.changes.isEmpty());
    // As tall as its rows, up to a dozen; then it scrolls.
    int height = m_ui->changesTable->horizontalHeader()->height() + 2 * m_ui->changesTable->frameWidth();
    for (int i = 0; i < std::min<int>(int(plan.changes.size()), 12); ++i)
        height += m_ui->changesTable->rowHeight(i);
    m_ui->changesTable->setFixedHeight(height + 2);
    m_ui->titleLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->headerLayout->setStretch(1, 1);

    QStringList effects;
    for (const QString& e : plan.effects)
        effects << QStringLiteral("<li>%1</li>").arg(e.toHtmlEscaped());
    QString effectsHtml;
    if (!effects.isEmpty())
        effectsHtml = QStringLiteral("<ul style=\"margin-left: -20px\">%1</ul>").arg(effects.join(QString()));
    if (plan.rowsAffected > 0)
        effectsHtml +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("%n row(s) will be written, with an audit record.", nullptr, int(plan.rowsAffected))
                         .toHtmlEscaped());
    m_ui->effectsLabel->setText(effectsHtml);
    m_ui->effectsLabel->setVisible(!effectsHtml.isEmpty());

    const bool typed = !plan.confirmPhrase.isEmpty();
    m_ui->confirmPromptLabel->setVisible(typed);
    m_ui->confirmPhraseEdit->setVisible(typed);
    if (typed) {
        m_ui->confirmPromptLabel->setText(
            tr("This cannot be undone. Type <b>%1</b> to confirm.").arg(plan.confirmPhrase.toHtmlEscaped()));
        m_ui->confirmPhraseEdit->setPlaceholderText(plan.confirmPhrase);
        connect(m_ui->confirmPhraseEdit, &QLineEdit::textChanged, this, &ConfirmDialog::updateConfirmButton);
    }

    m_ui->confirmButton->setText(plan.verb.isEmpty() ? tr("Confirm") : plan.verb);
    if (plan.destructive) {
        QPalette p = m_ui->confirmButton->palette();
        p.setColor(QPalette::Button, QColor(0xc6, 0x28, 0x28));
        p.setColor(QPalette::ButtonText, Qt::white);
        m_ui->confirmButton->setPalette(p);
    }
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &QDialog::accept);
    m_ui->cancelButton->setDefault(true);
    m_ui->cancelButton->setFocus();
    updateConfirmButton();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

ConfirmDialog::~ConfirmDialog() = default;

void ConfirmDialog::updateConfirmButton()
{
    m_ui->confirmButton->setEnabled(m_plan.confirmPhrase.isEmpty() ||
                                    m_ui->confirmPhraseEdit->text() == m_plan.confirmPhrase);
}

} // namespace fusion
