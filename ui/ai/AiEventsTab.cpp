#include "ui/ai/AiEventsTab.h"

#include "models/roles/Capabilities.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {
struct EventsData {
    QList<InboxEvent> events;
    QStringList sources;
};
// The inbox is for platform staff: the database lets owners and operators read and process it.
bool mayProcess(const Capabilities& caps)
{
    return caps.isOwner() || caps.has(Roles::Operator);
}
} // namespace

AiEventsTab::AiEventsTab(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("aiEventsTab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    placeMessageBar(layout);
    auto* filters = new QHBoxLayout;
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("eventStateCombo"));
    m_state->addItem(tr("Not processed"), int(EventFilter::Processed::No));
    m_state->addItem(tr("Processed"), int(EventFilter::Processed::Yes));
    m_state->addItem(tr("All"), int(EventFilter::Processed::Any));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("eventSourceCombo"));
    m_source->addItem(tr("Every source"), QString());
    auto* stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_state);
    auto* sourceLabel = new QLabel(tr("S&ource:"), this);
    sourceLabel->setBuddy(m_source);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(sourceLabel);
    filters->addWidget(m_source);
    filters->addStretch();
    layout->addLayout(filters);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_list = makeFlatList(QStringLiteral("eventList"),
                          {tr("Received"), tr("Source"), tr("Type"), tr("Reference"), tr("State")}, split);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    coverWhileLoading(m_list);
    split->addWidget(m_list);
    auto* detail = new QWidget(split);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("eventDetailTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    m_payload = new QPlainTextEdit(detail);
    m_payload->setObjectName(QStringLiteral("eventPayloadView"));
    m_payload->setReadOnly(true);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detailLayout->addWidget(m_payload);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* processRow = new QHBoxLayout;
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("eventNotesEdit"));
    m_notes->setPlaceholderText(tr("Notes: what was done about it"));
    m_notes->setMaxLength(EventsInbox::kMaxNotes);
    m_process = makeWriteButton(QStringLiteral("processEventsButton"), tr("&Mark Processed…"), this);
    processRow->addWidget(m_notes, 1);
    processRow->addWidget(m_process);
    layout->addLayout(processRow);

    connect(m_state, &QComboBox::currentIndexChanged, this, &AiEventsTab::reload);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AiEventsTab::reload);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AiEventsTab::showSelected);
    connect(m_process, &QPushButton::clicked, this, &AiEventsTab::process);
    watchTables({QStringLiteral("ai_events")});
    updateButtons();
}

void AiEventsTab::reload()
{
    EventFilter filter;
    filter.processed = EventFilter::Processed(m_state->currentData().toInt());
    filter.source = m_source->currentData().toString();
    filter.limit = 500;
    loadPane(
        [filter](Database& db) {
            EventsData fetched;
            fetched.events = EventsInbox::list(db, filter);
            // The source filter offers every source seen, not only those of the events listed.
            EventFilter all;
            all.limit = 1000;
            QSet<QString> seen;
            for (const InboxEvent& e : EventsInbox::list(db, all))
                seen.insert(e.source);
            fetched.sources = QStringList(seen.cbegin(), seen.cend());
            fetched.sources.sort();
            return fetched;
        },
        [this](const EventsData& fetched) { showEvents(fetched.events, fetched.sources); });
}

void AiEventsTab::showEvents(const QList<InboxEvent>& events, const QStringList& sources)
{
    {
        const QSignalBlocker block(m_source);
        const QString chosen = m_source->currentData().toString();
        while (m_source->count() > 1)
            m_source->removeItem(1);
        for (const QString& s : sources)
            m_source->addItem(s, s);
        m_source->setCurrentIndex(std::max(0, m_source->findData(chosen)));
    }
    QSet<qint64> selected;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        selected.insert(item->data(0, Qt::UserRole).toLongLong());
    m_events = events;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const InboxEvent& e : events) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, e.source);
        item->setText(2, e.type);
        item->setText(3, e.ref.isEmpty() ? tr("(none)") : e.ref);
        item->setText(4, e.processed ? tr("processed") : tr("new"));
        item->setData(0, Qt::UserRole, e.id);
        item->setSelected(selected.contains(e.id));
    }
    // The newest event's payload is what one usually wants to read first.
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->topLevelItem(0)->setSelected(true);
    }
    if (events.isEmpty()) {
        m_detailTitle->setText(m_state->currentIndex() == 0
                                   ? tr("The inbox is empty: nothing waits to be processed.")
                                   : tr("No events match."));
        m_payload->clear();
    }
    showSelected();
}

void AiEventsTab::showSelected()
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    updateButtons();
    if (items.size() != 1) {
        if (items.size() > 1) {
            m_detailTitle->setText(tr("%n events selected.", nullptr, int(items.size())));
            m_payload->clear();
        }
        return;
    }
    const qint64 id = items.first()->data(0, Qt::UserRole).toLongLong();
    load(
        QStringLiteral("event"), [id](Database& db) { return EventsInbox::require(db, id); },
        [this](const InboxEvent& e) {
            QString title =
                tr("#%1 · %2 · %3 · received by %4").arg(e.id).arg(e.source, e.type, e.receivedBy);
            if (e.processed)
                title += QLatin1Char('\n') +
                         tr("Processed by %1 on %2: %3")
                             .arg(e.processedBy,
                                  QLocale().toString(e.processedAt.toLocalTime(), QLocale::ShortFormat),
                                  e.notes.isEmpty() ? tr("(no notes)") : e.notes);
            m_detailTitle->setText(title);
            const QJsonDocument doc = QJsonDocument::fromJson(e.payload);
            m_payload->setPlainText(doc.isNull() ? QString::fromUtf8(e.payload)
                                                 : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
        });
}

QList<qint64> AiEventsTab::selectedUnprocessed() const
{
    QSet<qint64> chosen;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        chosen.insert(item->data(0, Qt::UserRole).toLongLong());
    QList<qint64> ids;
    for (const InboxEvent& e : m_events) {
        if (chosen.contains(e.id) && !e.processed)
            ids << e.id;
    }
    return ids;
}

void AiEventsTab::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool may = mayProcess(caps);
    const qsizetype n = selectedUnprocessed().size();
    m_process->setEnabled(may && n > 0);
    m_process->setText(n > 1 ? tr("&Mark %n Processed…", nullptr, int(n)) : tr("&Mark Processed…"));
    m_process->setToolTip(may ? QString()
                              : tr("Processing events needs fusion_owner or fusion_operator (you have %1).")
                                    .arg(caps.effectiveRoleNames().join(QStringLiteral(", "))));
}

void AiEventsTab::process()
{
    const QList<qint64> ids = selectedUnprocessed();
    if (ids.isEmpty())
        return;
    const QString notes = m_notes->text().trimmed();
    WriteRunner::run(
        m_context, this, [ids, notes](Database& db) { return EventsInbox::planProcess(db, ids, notes); },
        [this, n = ids.size()](const Result<QJsonObject>& r) {
            if (!r)
                return showFailure(r.error());
            m_notes->clear();
            m_messages->show(MessageBar::Success, tr("Marked %n events processed.", nullptr, int(n)));
            reload();
        });
}

} // namespace fusion
