#pragma once

#include <QString>

namespace fusion {

// Why `code` cannot name a consumer — lower-case letters, digits and _ . : / -, starting with a letter or
// digit, at most 120 — or empty when it can. Pure, so the usage file reader (fusion_parsers) checks it too.
QString consumerCodeProblem(const QString& code);

} // namespace fusion
