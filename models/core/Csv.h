#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fusion::Csv {

// CSV as every export of the app writes it (RFC 4180: comma separated, CRLF line ends, a field with a comma,
// quote, CR or LF in double quotes, quotes doubled), safe to open in a spreadsheet: a cell a spreadsheet
// would evaluate (starting with =, +, -, @, tab or CR — a tenant's name, a reason someone typed) gets a
// leading apostrophe, except a plain negative number such as "-12.5".

// One field, neutralised and quoted as needed.
QString field(const QString& text);
// Whole records; `byteOrderMark` for a file Excel opens (it needs one to read anything but ASCII), not for
// text a program reads from fusionctl.
QByteArray document(const QList<QStringList>& records, bool byteOrderMark = false);

} // namespace fusion::Csv
