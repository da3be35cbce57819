#include "WriteRunner.h"

#include "audit/WriteExecutor.h"
#include "common/AppContext.h"
#include "common/ConfirmDialog.h"

namespace fusion {

void WriteRunner::run(AppContext* context, QWidget* parent, Planner planner, const Done& done)
{
    QPointer<AppContext> ctx(context);
    context->worker()->run<PendingWrite>(
        parent, std::move(planner), [ctx, parent, done](const Result<PendingWrite>& planned) {
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
            QObject::connect(dialog, &QDialog::finished, parent, [ctx, parent, done, write](int result) {
                if (result != QDialog::Accepted) {
                    done(
                        Error::make(ErrorKind::NotConfirmed, QObject::tr("Cancelled; nothing was changed.")));
                    return;
                }
                if (!ctx) {
                    return;
                }
                ctx->worker()->run<QJsonObject>(
                    parent, [write](Database& db) { return WriteExecutor::execute(db, write); },
                    [ctx, done, write](Result<QJsonObject> outcome) {
                        if (outcome && ctx) {
                            // Our own write: refresh what shows it (PostgreSQL also notifies, SQLite does
                            // not).
                            Q_EMIT ctx->dataChanged(QString()); // empty: anything may have changed
                        }
                        done(std::move(outcome));
                    });
            });
            dialog->open();
        });
}

} // namespace fusion
