#include "ui/common/OpenFile.h"

#include "ui/common/DialogAnswer.h"

#include <QFileDialog>

namespace fusion {

void OpenFile::setAnswer(Answer answer)
{
    DialogAnswer<Request>::current() = std::move(answer);
}

void OpenFile::ask(QWidget* parent, const Request& request, const Chosen& chosen)
{
    if (DialogAnswer<Request>::answerInstead(parent, request, chosen))
        return;
    auto* dialog = new QFileDialog(parent, request.title, QString(), request.filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

} // namespace fusion
