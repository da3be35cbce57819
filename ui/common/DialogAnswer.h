#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace fusion {

// The test seam of the file dialogs (SaveFile, OpenFile): while a test has set an answer, it answers every
// request instead of a person — asynchronously, like the dialog, so the test sees events in the same order.
template <typename Request>
struct DialogAnswer {
    using Answer = std::function<QString(const Request& request)>;

    static Answer& current()
    {
        static Answer answer;
        return answer;
    }

    // True when a test answers: `chosen` then gets the path (never an empty one) on the next turn of the
    // event loop, while `parent` exists.
    static bool answerInstead(QWidget* parent, const Request& request,
                              const std::function<void(const QString&)>& chosen)
    {
        const Answer answer = current();
        if (!answer)
            return false;
        QTimer::singleShot(0, parent, [answer, request, chosen] {
            const QString path = answer(request);
            if (!path.isEmpty())
                chosen(path);
        });
        return true;
    }
};

} // namespace fusion
