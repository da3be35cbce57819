#include "ui/common/WriteRunner.h"

#include "models/audit/WriteExecutor.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"

namespace fusion {

void WriteRunner::run(AppContext* context, QWidget* parent, Planner planner, const Done& done)
{
    run(context, parent, std::move(planner), BeforeWrite(), done);
}

void WriteRunner::run(AppContext* context, QWidget* parent, Planner planner, const BeforeWrite& before,
                      const Done& done)
{
    // The worker first: having dereferenced `context`, the compiler knows it is not null when the QPointer
    // (which tests for null) is made from it.
    DbWorker* worker = context->worker();
    QPointer<AppContext> ctx(context);
    worker->run<PendingWrite>(
        parent, std::move(planner), [ctx, parent, done, before](const Result<PendingWrite>& planned) {
            if (!planned) {
                done(planned.error());
                return;
            }
            const PendingWrite& write = planned.value();
            if (!write.apply || !write.plan.hasChanges()) {
                done(QJsonObject{{QStringLiteral("_unchanged"), true}});
                return;
            }
            auto* dialog = new ConfirmDialog(write.plan, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(
                dialog, &QDialog::finished, parent, [ctx, parent, done, write, before](int result) {
                    if (result != QDialog::Accepted) {
                        done(Error::make(ErrorKind::NotConfirmed,
                                         QObject::tr("Cancelled; nothing was changed.")));
                        return;
                    }
                    if (!ctx) {
                        return;
                    }
                    QPointer<QWidget> guard(parent);
                    const auto execute = [ctx, guard, done, write](const Result<Unit>& ready) {
                        if (!ready) {
                            done(ready.error());
                            return;
                        }
                        // One read of the QPointer: every read is a fresh atomic load, a second may be null.
                        AppContext* const app = ctx.data();
                        if (!app || !guard)
                            return;
                        app->worker()->run<QJsonObject>(
                            guard, [write](Database& db) { return WriteExecutor::execute(db, write); },
                            [ctx, done, write](Result<QJsonObject> outcome) {
                                if (outcome && ctx) {
                                    // Our own write: refresh what shows it (PostgreSQL also notifies, SQLite
                                    // does not).
                                    Q_EMIT ctx->dataChanged(QString()); // empty: anything may have changed
                                }
                                done(std::move(outcome));
                            });
                    };
                    if (before)
                        before(execute);
                    else
                        execute(Unit{});
                });
            dialog->open();
        });
}

} // namespace fusion
