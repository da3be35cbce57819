#include "ui/common/OpenFile.h"

#include <QFileDialog>
#include <QTimer>

namespace fusion {

namespace {
OpenFile::Answer& openAnswerer()
{
    static OpenFile::Answer answer;
    return answer;
}
} // namespace

void OpenFile::setAnswer(Answer answer)
{
    openAnswerer() = std::move(answer);
}

void OpenFile::ask(QWidget* parent, const Request& request, const Chosen& chosen)
{
    if (const Answer& answer = openAnswerer()) {
        // Asynchronous like the dialog, so a test sees the same order of events as a person.
        QTimer::singleShot(0, parent, [answer, request, chosen] {
            const QString path = answer(request);
            if (!path.isEmpty())
                chosen(path);
        });
        return;
    }
    auto* dialog = new QFileDialog(parent, request.title, QString(), request.filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

} // namespace fusion
