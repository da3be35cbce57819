#include "ui/common/SaveFile.h"

#include <QFileDialog>
#include <QPointer>
#include <QTimer>

namespace fusion {

namespace {
SaveFile::Answer& answerer()
{
    static SaveFile::Answer answer;
    return answer;
}
} // namespace

void SaveFile::setAnswer(Answer answer)
{
    answerer() = std::move(answer);
}

void SaveFile::ask(QWidget* parent, const Request& request, const Chosen& chosen)
{
    if (const Answer& answer = answerer()) {
        // Asynchronous like the dialog, so a test sees the same order of events as a person.
        QTimer::singleShot(0, parent, [answer, request, chosen] {
            const QString path = answer(request);
            if (!path.isEmpty())
                chosen(path);
        });
        return;
    }
    auto* dialog = new QFileDialog(parent, request.title, QString(), request.filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    if (!request.suffix.isEmpty())
        dialog->setDefaultSuffix(request.suffix);
    if (!request.suggestedName.isEmpty())
        dialog->selectFile(request.suggestedName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

} // namespace fusion
