#include "ui/common/SaveFile.h"

#include "ui/common/DialogAnswer.h"

#include <QFileDialog>

namespace fusion {

void SaveFile::setAnswer(Answer answer)
{
    DialogAnswer<Request>::current() = std::move(answer);
}

void SaveFile::ask(QWidget* parent, const Request& request, const Chosen& chosen)
{
    if (DialogAnswer<Request>::answerInstead(parent, request, chosen))
        return;
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
