#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace fusion {

// Asks where to save a file without waiting for the answer: a file dialog opened with open() (no event loop
// of its own), whose choice arrives later in `chosen` on the GUI thread; nothing arrives when the person
// cancels. Tests answer instead of the dialog (setAnswer), the way they answer a ConfirmDialog: no native
// dialog, no nested event loop.
class SaveFile {
public:
    struct Request {
        QString title;         // the dialog's title, e.g. "Export as CSV"
        QString filter;        // e.g. "CSV file (*.csv)"
        QString suggestedName; // the file name offered, e.g. "usage-2026-12-05.csv"
        QString suffix;        // added when the person types a name without one, e.g. "csv"
    };
    using Chosen = std::function<void(const QString& path)>;
    // Returns the path to save to, or an empty string for "cancelled".
    using Answer = std::function<QString(const Request& request)>;

    // `chosen` runs only while `parent` exists.
    static void ask(QWidget* parent, const Request& request, const Chosen& chosen);

    // While set, every request is answered by `answer` on the next turn of the event loop instead of a
    // dialog. For tests; an empty function brings the dialog back.
    static void setAnswer(Answer answer);
};

} // namespace fusion
