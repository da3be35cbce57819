#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace fusion {

// Start-up steps shared by fusion-console and fusionctl.
namespace AppSetup {
// Secrets must never end up in a core file: no core dumps, and no ptrace by other processes.
void disableCoreDumps();
// Organisation and application names ("fusion-console" both). They decide where settings live
// (~/.config/fusion-console/fusion-console.conf, Qt's <org>/<app>.conf, kept so existing settings stay
// readable); the embedded database's folder is DefaultDatabase's.
void setIdentity();
// Loads Qt's and our translations for `language` ("de", "en", ...), or for the system locale when empty.
void installTranslations(QCoreApplication& app, const QString& language);
// The value of --lang in raw arguments ("--lang de" or "--lang=de"), read before any text is produced.
QString languageFromArguments(const QStringList& arguments);
} // namespace AppSetup

} // namespace fusion
