#pragma once
// What the AI pane's GUI suites share: the window and store they run on, finding the pane's widgets by object
// name, the folder their PNGs go to and, for the suites that set up through it, running fusionctl on their
// store. A suite inherits it beside QObject; its own stand-in servers are its own members.
#include "models/storage/Database.h"
#include "models/storage/DatabaseTarget.h"
#include "tests/common/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiPane.h"
#include "ui/common/AppContext.h"

#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace fusion::test {

class AiPaneFixture {
protected:
    // Declared in this order so that the window goes before the store and the store before its folder (the
    // suites also close the window in cleanupTestCase).
    QTemporaryDir m_dir;
    QTemporaryDir m_home; // fusionctl's home, for cli()
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    Database m_db; // the suite's own connection, to look behind the window
    QString m_shots;

    AiPane* pane() const { return m_window->aiPane(); }
    template <typename T>
    T* child(const char* name) const
    {
        return pane()->findChild<T*>(QLatin1String(name));
    }
    QPushButton* button(const char* name) const { return child<QPushButton>(name); }

    // $FUSION_SCREENSHOT_DIR when set, else a folder of the suite's own.
    void makeShotsDir()
    {
        m_shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
        QDir().mkpath(m_shots);
    }

    // fusionctl on this suite's store; a failure fails the calling test.
    void cli(const QStringList& args, const QByteArray& input = {})
    {
        const auto r =
            runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_target.toUrl()} + args, input);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    // The AI console's provider "GPT" (gpt-4o-mini) at the provider stand-in `url`, with the vault key `key`
    // as "main", and a monthly budget of $5 for the console: what a suite needs before it asks anything.
    void addConsoleProvider(const QUrl& url, const QByteArray& key)
    {
        cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
             QStringLiteral("openai"), QStringLiteral("--base-url"), url.toString(),
             QStringLiteral("--yes")});
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
             QStringLiteral("--label"), QStringLiteral("main"), QStringLiteral("--secret-stdin"),
             QStringLiteral("--yes")},
            key);
        cli({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("GPT"),
             QStringLiteral("--type"), QStringLiteral("openai"), QStringLiteral("--model"),
             QStringLiteral("gpt-4o-mini"), QStringLiteral("--key"), QStringLiteral("main"),
             QStringLiteral("--yes")});
        cli({QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("--consumer"),
             QStringLiteral("ai-console"), QStringLiteral("--provider"), QStringLiteral("openai"),
             QStringLiteral("--monthly"), QStringLiteral("5"), QStringLiteral("--yes")});
    }
};

} // namespace fusion::test
