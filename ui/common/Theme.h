#pragma once

#include <QString>

class QWidget;

namespace fusion::Theme {

enum class Mode { System, Light, Dark };

// Remembers the platform's own style and palette; call once, before any theme is applied.
void captureSystemDefaults();
void apply(Mode mode);
Mode fromKey(const QString& key);
QString key(Mode mode);
// True when the window background is dark (system dark theme or our Dark mode).
bool isDark();
// Gives `widget` the look of a pane's or an empty state's heading: its font 1.4 times as large, bold.
void makeHeading(QWidget* widget);

} // namespace fusion::Theme
