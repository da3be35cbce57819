#pragma once
// Driving a write control as a person would: click it once it is enabled, fill the dialog it opens (if any)
// and press its OK, then answer the confirmation.
#include "tests/gui/ConfirmAnswer.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

#include <functional>

namespace fusion::test {

// False when the button never became enabled, the dialog never appeared or its OK stayed disabled, or no
// confirmation appeared.
inline bool clickWrite(QWidget* root, const QString& button, const QString& dialogName,
                       const std::function<void(QDialog*)>& fill, bool confirm)
{
    auto* b = root->findChild<QPushButton*>(button);
    if (!b || !QTest::qWaitFor([b] { return b->isEnabled(); }, 10000))
        return false;
    b->click();
    if (!dialogName.isEmpty()) {
        auto* dialog = waitForTop<QDialog>(dialogName);
        if (!dialog)
            return false;
        if (fill)
            fill(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        if (!QTest::qWaitFor([ok] { return ok->isEnabled(); }, 10000))
            return false;
        ok->click();
    }
    return answerConfirmation(confirm);
}

} // namespace fusion::test
