#pragma once
// Comparing a secret someone presents with the one we hold, in time that does not depend on where they first
// differ: a byte-by-byte early exit would let a sender find a bearer token one byte at a time.
#include <QByteArrayView>

namespace fusion {

// True when `a` and `b` hold the same bytes. Every byte up to the longer length is looked at whatever the
// contents (a missing byte counts as a difference), and different lengths are a difference folded in the
// same way; only the lengths themselves shape the time taken.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace fusion
