// A consumer process for tst_usage_concurrency: makes COUNT chat calls one after another through the service
// layer (check → reserve → key from the keychain → provider → settle), as many copies of it do at once.
//   budget_worker DB_URL PROVIDER CONSUMER USER MODEL COUNT
// Prints one JSON line {"ok": N, "denied": N, "error": N} and exits 0; exits 2 when a call could not even be
// decided or logged (that is a bug the test must see).
#include "models/policy/ServiceCall.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/Database.h"
#include "tests/common/JobTestHost.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace fusion;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: budget_worker DB_URL PROVIDER CONSUMER USER MODEL COUNT\n");
        return 64;
    }
    const auto target = DatabaseTarget::parse(args[1]);
    if (!target) {
        std::fprintf(stderr, "budget_worker: %s\n", qPrintable(target.error().message));
        return 64;
    }
    Database db;
    try {
        db.open(target.value());
    } catch (const Failure& f) {
        std::fprintf(stderr, "budget_worker: %s\n", qPrintable(f.error().message));
        return 2;
    }
    SecretStore secrets;
    test::TestPerson nobody; // a metered call asks no one
    ServiceCall call(test::syncJobHost(db, nobody, &secrets));
    ServiceCall::Request request;
    request.provider = args[2];
    request.consumer = args[3];
    request.user = args[4];
    request.feature = QStringLiteral("concurrency");
    request.chat.model = args[5];
    request.chat.prompt = QStringLiteral("w1 w2 w3");
    request.chat.maxTokens = 50;
    request.timeoutMs = 30000;
    int remaining = args[6].toInt();
    int ok = 0, denied = 0, errors = 0;
    std::function<void()> next = [&]() {
        if (remaining-- <= 0) {
            std::printf("{\"ok\": %d, \"denied\": %d, \"error\": %d}\n", ok, denied, errors);
            std::fflush(stdout);
            app.exit(0);
            return;
        }
        call.start(request, [&](const ServiceCall::Result& r) {
            if (r.error) {
                std::fprintf(stderr, "budget_worker: %s (%s)\n", qPrintable(r.error->message),
                             qPrintable(r.error->detail));
                app.exit(2);
                return;
            }
            if (r.status == QLatin1String("ok"))
                ++ok;
            else if (r.status == QLatin1String("denied"))
                ++denied;
            else
                ++errors;
            QTimer::singleShot(0, &app, next);
        });
    };
    QTimer::singleShot(0, &app, next);
    return app.exec();
}
