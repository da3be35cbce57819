#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace fusion {

// Asks which file to open without waiting for the answer: a file dialog opened with open() (no event loop of
// its own), whose choice arrives later in `chosen` on the GUI thread; nothing arrives when the person
// cancels. SaveFile's counterpart: tests answer instead of the dialog (setAnswer), no native dialog, no
// nested event loop.
class OpenFile {
public:
    struct Request {
        QString title;  // the dialog's title, e.g. "Import Usage"
        QString filter; // e.g. "Usage files (*.csv *.jsonl)"
    };
    using Chosen = std::function<void(const QString& path)>;
    // Returns the path to open, or an empty string for "cancelled".
    using Answer = std::function<QString(const Request& request)>;

    // `chosen` runs only while `parent` exists.
    static void ask(QWidget* parent, const Request& request, const Chosen& chosen);

    // While set, every request is answered by `answer` on the next turn of the event loop instead of a
    // dialog. For tests; an empty function brings the dialog back.
    static void setAnswer(Answer answer);
};

} // namespace fusion
