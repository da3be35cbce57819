#pragma once

#include <QColor>
#include <QString>

namespace fusion::StatusColors {

// The one place that decides what colour a state has: tenant status, operation status, health severity.
// Saturated fills with white text read on light and dark palettes alike.
QColor forKey(const QString& key);

} // namespace fusion::StatusColors
