#include "tests/common/JobTestHost.h"

#include "models/storage/Database.h"

namespace fusion::test {

JobHost syncJobHost(Database& db, TestPerson& person, SecretStore* secrets)
{
    JobHost h;
    h.database = [&db](QObject*, const std::function<void(Database&)>& work,
                       const std::function<void(std::optional<Error>)>& done) {
        const auto ran = capture([&] {
            work(db);
            return Unit{};
        });
        done(ran ? std::nullopt : std::optional<Error>(ran.error()));
    };
    h.confirm = [&person](const WritePlan& plan, QObject*, const std::function<void(bool)>& answer) {
        ++person.asked;
        person.lastPlan = plan;
        // A copy: the hook may replace itself (a nested job asks too) while it runs.
        if (const std::function<void()> hook = person.onAsk)
            hook();
        answer(person.answer);
    };
    h.secrets = secrets;
    h.source = QStringLiteral("cli");
    // arg(), not +: GCC 12 at -O3 takes the string builder's temporary for uninitialized.
    h.remedy = [](const QString& what) { return QStringLiteral("remedy for %1").arg(what); };
    return h;
}

} // namespace fusion::test
