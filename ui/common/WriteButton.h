#pragma once
// A button that writes: marked so that tst_gui_write_actions finds it and checks that it asks first and that
// Cancel changes nothing.
#include <QPushButton>

namespace fusion {

inline QPushButton* makeWriteButton(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setProperty("fusionWrite", true);
    return b;
}

} // namespace fusion
