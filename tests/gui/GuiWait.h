#pragma once

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

namespace fusion::test {

// The visible top-level window of type T (with that object name, if given), waited for up to `timeoutMs`
// while the event loop runs: dialogs the app opens with open() appear only after a turn of it.
template <typename T>
T* waitForTop(const QString& objectName = {}, int timeoutMs = 10000)
{
    T* found = nullptr;
    const bool appeared = QTest::qWaitFor(
        [&] {
            const auto tops = QApplication::topLevelWidgets();
            for (QWidget* top : tops) {
                if (auto* w = qobject_cast<T*>(top);
                    w && w->isVisible() && (objectName.isEmpty() || w->objectName() == objectName))
                    found = w;
            }
            return found != nullptr;
        },
        timeoutMs);
    Q_UNUSED(appeared);
    return found;
}

} // namespace fusion::test
