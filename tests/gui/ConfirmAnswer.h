#pragma once
// Answering the app's confirmation as a person would: wait for the ConfirmDialog, press Confirm or Cancel,
// and wait for it to close.
#include "tests/gui/GuiWait.h"
#include "ui/common/ConfirmDialog.h"

#include <QPointer>
#include <QPushButton>

namespace fusion::test {

// True when a confirmation appeared within `timeoutMs` and closed after the answer.
inline bool answerConfirmation(bool confirm, int timeoutMs = 10000)
{
    QPointer<ConfirmDialog> dialog = waitForTop<ConfirmDialog>(QString(), timeoutMs);
    if (!dialog)
        return false;
    dialog
        ->findChild<QPushButton*>(confirm ? QStringLiteral("confirmButton") : QStringLiteral("cancelButton"))
        ->click();
    return QTest::qWaitFor([&dialog] { return !dialog || !dialog->isVisible(); }, 5000);
}

} // namespace fusion::test
