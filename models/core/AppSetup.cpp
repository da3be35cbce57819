#include "models/core/AppSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace fusion::AppSetup {

void disableCoreDumps()
{
    struct rlimit none {};
    none.rlim_cur = 0;
    none.rlim_max = 0;
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("fusion-console"));
    QCoreApplication::setApplicationName(QStringLiteral("fusion-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUSION_VERSION));
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new QTranslator(&app);
    // A language we have no translation for (or the C locale of a bare shell) gets English, whose
    // translation supplies the plural forms ("1 module", "2 modules").
    if (own->load(locale, QStringLiteral("fusion"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/fusion_en")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

QString languageFromArguments(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--"))
            break;
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return {};
}

} // namespace fusion::AppSetup
