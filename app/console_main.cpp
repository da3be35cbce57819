// fusion-console: the desktop app. Parses arguments, picks the store and opens the main window; the window
// and everything behind it live in ui/ and models/.
#include "models/core/AppSetup.h"
#include "models/storage/ConnectionProfiles.h"
#include "models/storage/DefaultDatabase.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/Theme.h"
#include "ui/connection/Connector.h"
#include "ui/infra/InfraPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {
// Milliseconds since the kernel started this process (not since main()), for the start-up benchmark.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statText = stat.readAll();
    const QList<QByteArray> fields = statText.mid(statText.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the file: starttime
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    const double hz = double(sysconf(_SC_CLK_TCK));
    return (up - startTicks / hz) * 1000.0;
}

// Peak resident memory of this process so far, in KiB (VmHWM).
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Reports the moment the main window is first painted.
class FirstPaintProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            std::printf("startup_to_window_painted_ms=%.1f\n", msSinceProcessStart());
            std::fflush(stdout);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

bool wantsOffscreen(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--screenshot" || a.startsWith("--screenshot=") || a == "--startup-benchmark")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    fusion::AppSetup::disableCoreDumps();
    if (wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    fusion::AppSetup::setIdentity();
    QApplication::setApplicationDisplayName(QObject::tr("Fusion Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fusion-console.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.fusion_console.FusionConsole"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Desktop control plane for multi-tenant Odoo Community platforms."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QObject::tr("Open this store: sqlite:///path or postgresql://user@host:port/db."),
        QStringLiteral("url"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QObject::tr("Open this saved connection profile."),
                                           QStringLiteral("name"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QObject::tr("Use this language (e.g. de) instead of the system's."),
                                        QStringLiteral("language"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QObject::tr("system, light or dark."),
                                         QStringLiteral("theme"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QObject::tr("Render the main window offscreen to this PNG and exit."),
        QStringLiteral("file"));
    const QCommandLineOption paneOption(
        QStringLiteral("pane"),
        QObject::tr(
            "Pane to show: dashboard, tenants, operations, audit, proposals, odoo, bundles, keys, access, "
            "usage, ai (or a tab of it: ai/prompts, ai/knowledge, ai/events, ai/workspaces, ai/audit, "
            "ai/providers, ai/retention), infra (or infra/upgrades, infra/windows, infra/tags, "
            "infra/templates), sso (or sso/templates), automation, analytics, billing (or billing/invoices, "
            "billing/ai, billing/proposals), support (or support/status), settings, portal."),
        QStringLiteral("pane"));
    const QCommandLineOption tenantOption(
        QStringLiteral("tenant"), QObject::tr("Open this tenant's detail view."), QStringLiteral("slug"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QObject::tr("Window size for --screenshot, e.g. 1280x800."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption benchmarkOption(QStringLiteral("startup-benchmark"),
                                             QObject::tr("Print start-up timings (ms) and exit."));
    parser.addOptions({dbOption, profileOption, langOption, themeOption, screenshotOption, paneOption,
                       tenantOption, sizeOption, benchmarkOption});
    parser.process(app);
    fusion::AppSetup::installTranslations(app, parser.value(langOption));
    // Before anything can open the default database (or read a saved connection naming it): one from the
    // old, doubled folder moves once. Said in the status bar once the window is up.
    const auto move = fusion::DefaultDatabase::moveFromLegacyLocation();

    fusion::Theme::captureSystemDefaults();
    QSettings settings;
    fusion::Theme::apply(fusion::Theme::fromKey(parser.isSet(themeOption)
                                                    ? parser.value(themeOption)
                                                    : settings.value(QStringLiteral("ui/theme")).toString()));

    fusion::AppContext context;
    fusion::MainWindow window(&context);
    const QString screenshot = parser.value(screenshotOption);
    const bool benchmark = parser.isSet(benchmarkOption);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh[0].toInt(), wh[1].toInt());
    } else if (!screenshot.isEmpty()) {
        window.resize(1280, 800);
    }

    // Screenshots and the start-up benchmark wait for the chosen pane's data, then capture and leave.
    const auto wanted = fusion::MainWindow::paneFromName(parser.value(paneOption))
                            .value_or(fusion::MainWindow::PaneId::Dashboard);
    const QString tenant = parser.value(tenantOption);
    // "--pane ai/prompts", "infra/windows", "sso/templates": that tab of the pane.
    const QString paneTab = fusion::MainWindow::paneTabFromName(parser.value(paneOption));
    int exitCode = 0;
    const auto capture = [&window, screenshot, &exitCode] {
        if (screenshot.isEmpty())
            return;
        QTimer::singleShot(250, &window, [&window, screenshot, &exitCode] {
            if (!window.grab().save(screenshot)) {
                std::fprintf(stderr, "fusion-console: cannot write %s\n", qPrintable(screenshot));
                exitCode = 1;
            }
            QApplication::exit(exitCode);
        });
    };
    if (!screenshot.isEmpty() || benchmark) {
        QObject::connect(
            window.connector(), &fusion::Connector::ready, &window, [&window, wanted, tenant, paneTab] {
                if (!tenant.isEmpty())
                    window.openTenantBySlug(tenant);
                else
                    window.showPane(wanted);
                if (!paneTab.isEmpty() && !window.showPaneTab(wanted, paneTab))
                    std::fprintf(stderr, "fusion-console: that pane has no tab %s\n", qPrintable(paneTab));
            });
        QObject::connect(&window, &fusion::MainWindow::paneLoaded, &window,
                         [&window, wanted, capture, benchmark, tenant](fusion::MainWindow::PaneId pane) {
                             static bool done = false;
                             if (done ||
                                 pane != (tenant.isEmpty() ? wanted : fusion::MainWindow::PaneId::Tenants))
                                 return;
                             done = true;
                             if (benchmark) {
                                 std::printf("startup_to_data_ms=%.1f\npeak_rss_kb=%ld\n",
                                             msSinceProcessStart(), peakRssKb());
                                 std::fflush(stdout);
                                 QApplication::exit(0);
                                 return;
                             }
                             capture();
                             Q_UNUSED(window);
                         });
        for (auto signal : {&fusion::Connector::setupNeeded}) {
            QObject::connect(window.connector(), signal, &window, [capture] { capture(); });
        }
        QObject::connect(window.connector(), &fusion::Connector::failed, &window, [capture, &exitCode] {
            exitCode = 1;
            capture();
        });
        QTimer::singleShot(60000, &window, [] {
            std::fprintf(stderr, "fusion-console: gave up waiting for data\n");
            QApplication::exit(1);
        });
    }

    FirstPaintProbe paintProbe;
    if (benchmark)
        window.installEventFilter(&paintProbe);
    window.show();
    if (!move.message.isEmpty())
        window.statusBar()->showMessage(move.message);

    // Which store: --db, --profile, $FUSION_DB, the last one used here, the default profile, the embedded
    // file.
    fusion::Connector* connector = window.connector();
    const QString lastUsed = settings.value(QStringLiteral("ui/lastConnection")).toString();
    if (parser.isSet(dbOption) || !qEnvironmentVariableIsEmpty("FUSION_DB")) {
        const QString url =
            parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("FUSION_DB");
        auto target = fusion::DatabaseTarget::parse(url);
        if (!target) {
            std::fprintf(stderr, "fusion-console: %s\n", qPrintable(target.error().message));
            return 2;
        }
        connector->open(target.value());
    } else if (parser.isSet(profileOption)) {
        connector->openProfile(parser.value(profileOption));
    } else if (lastUsed.startsWith(QLatin1String("profile:")) && context.profiles()->find(lastUsed.mid(8))) {
        connector->openProfile(lastUsed.mid(8));
    } else if (lastUsed.startsWith(QLatin1String("url:")) && fusion::DatabaseTarget::parse(lastUsed.mid(4))) {
        connector->open(fusion::DatabaseTarget::parse(lastUsed.mid(4)).value());
    } else if (const QString profile = context.profiles()->defaultProfile(); !profile.isEmpty()) {
        connector->openProfile(profile);
    } else {
        connector->open(fusion::DatabaseTarget::defaultSqlite());
    }
    const int code = QApplication::exec();
    return code != 0 ? code : exitCode;
}
