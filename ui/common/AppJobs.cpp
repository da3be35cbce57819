#include "ui/common/AppJobs.h"

#include "models/storage/DbWorker.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"

#include <QPointer>

namespace fusion {

namespace {
JobHost::DatabaseRunner runnerOn(const QPointer<AppContext>& context, DbWorker* (AppContext::*which)() const)
{
    return [context, which](QObject* receiver, const std::function<void(Database&)>& work,
                            const std::function<void(std::optional<Error>)>& done) {
        AppContext* const alive = context.data(); // one read: a second could be null
        if (!alive)
            return;
        (alive->*which)()->run<Unit>(
            receiver,
            [work](Database& db) {
                work(db);
                return Unit{};
            },
            [done](const Result<Unit>& ran) {
                done(ran ? std::nullopt : std::optional<Error>(ran.error()));
            });
    };
}
} // namespace

JobHost AppJobs::host(AppContext* context, QWidget* parent)
{
    const QPointer<AppContext> ctx(context);
    const QPointer<QWidget> owner(parent);
    JobHost host;
    host.database = runnerOn(ctx, &AppContext::worker);
    host.longDatabase = runnerOn(ctx, &AppContext::longWorker);
    host.confirm = [owner](const WritePlan& plan, QObject* receiver,
                           const std::function<void(bool)>& answer) {
        QWidget* const window = owner.data();
        if (!window)
            return answer(false);
        auto* dialog = new ConfirmDialog(plan, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, receiver,
                         [answer](int result) { answer(result == QDialog::Accepted); });
        dialog->open();
    };
    host.secrets = context->secrets();
    host.source = QStringLiteral("ui");
    host.afterWrite = [ctx] {
        // Our own write: refresh what shows it (PostgreSQL also notifies, SQLite does not). Empty: anything
        // may have changed.
        if (AppContext* const alive = ctx.data())
            Q_EMIT alive->dataChanged(QString());
    };
    host.remedy = [](const QString& what) {
        if (what == QLatin1String("odoo-connection"))
            return tr("set it with Odoo Connection… in the tenant's page");
        if (what == QLatin1String("odoo-secret"))
            return tr("store it with Odoo Connection… in the tenant's page");
        if (what == QLatin1String("key-check"))
            return tr("untick the check to save it anyway");
        return QString();
    };
    return host;
}

} // namespace fusion
