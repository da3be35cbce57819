#pragma once

#include <QString>

namespace fusion::Theme {

enum class Mode { System, Light, Dark };

// Remembers the platform's own style and palette; call once, before any theme is applied.
void captureSystemDefaults();
void apply(Mode mode);
Mode fromKey(const QString& key);
QString key(Mode mode);
// True when the window background is dark (system dark theme or our Dark mode).
bool isDark();

} // namespace fusion::Theme
