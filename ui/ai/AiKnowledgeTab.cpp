#include "ui/ai/AiKnowledgeTab.h"

#include "models/jobs/KnowledgeEmbed.h"
#include "models/jobs/KnowledgeSearch.h"
#include "models/jobs/KnowledgeSync.h"
#include "models/odoo/OdooClient.h"
#include "models/roles/Capabilities.h"
#include "models/tenants/TenantRepository.h"
#include "models/usage/Money.h"
#include "models/vault/KeyVault.h"
#include "ui/ai/KbSourceDialog.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace fusion {

namespace {
struct KnowledgeData {
    QList<KbStats> stats;
    QList<KbSource> remote;
    QStringList tenants;
};
struct SourceChoices {
    std::optional<KbSource> current;
    QStringList keys; // PROVIDER/LABEL, Supabase's first
};
QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
// A snippet marks the words found in [brackets]; shown bold, everything else as plain text.
QString snippetHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QLatin1Char('['), QStringLiteral("<b>"));
    html.replace(QLatin1Char(']'), QStringLiteral("</b>"));
    return html;
}
} // namespace

AiKnowledgeTab::AiKnowledgeTab(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_client(new OdooClient(this))
{
    setObjectName(QStringLiteral("aiKnowledgeTab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    placeMessageBar(layout);
    auto* split = new QSplitter(Qt::Vertical, this);

    auto* sourcesBox = new QGroupBox(tr("Sources: each tenant's Odoo projects and tasks"), split);
    auto* sourcesLayout = new QVBoxLayout(sourcesBox);
    m_sources = makeFlatList(QStringLiteral("kbSourceList"),
                             {tr("Tenant"), tr("Chunks"), tr("Embedded"), tr("Projects"), tr("Tasks"),
                              tr("Odoo changes up to"), tr("Last sync"), tr("Searched in")},
                             sourcesBox);
    coverWhileLoading(m_sources);
    sourcesLayout->addWidget(m_sources);
    auto* syncRow = new QHBoxLayout;
    m_syncTenant = new QComboBox(sourcesBox);
    m_syncTenant->setObjectName(QStringLiteral("kbSyncTenantCombo"));
    m_syncTenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_full = new QCheckBox(tr("&Full (also drop what was deleted in Odoo)"), sourcesBox);
    m_full->setObjectName(QStringLiteral("kbFullCheck"));
    m_sync = makeWriteButton(QStringLiteral("kbSyncButton"), tr("S&ync…"), sourcesBox);
    m_stopSync = new QPushButton(tr("Sto&p"), sourcesBox);
    m_stopSync->setObjectName(QStringLiteral("kbStopSyncButton"));
    m_source = makeWriteButton(QStringLiteral("kbSourceButton"), tr("Supa&base project…"), sourcesBox);
    m_source->setToolTip(tr("Searches of this tenant's knowledge ask its Supabase project instead of this "
                            "database (asks first)."));
    m_embedModel = new QComboBox(sourcesBox);
    m_embedModel->setObjectName(QStringLiteral("kbEmbedModelCombo"));
    m_embedModel->setEditable(true);
    m_embedModel->setToolTip(tr("provider:model — OpenAI's or Ollama's embeddings, metered as the consumer "
                                "\"ai-knowledge\"."));
    for (const QString& provider : {QStringLiteral("openai"), QStringLiteral("ollama")})
        m_embedModel->addItem(KbEmbedModel::defaultFor(provider).key());
    m_embed = makeWriteButton(QStringLiteral("kbEmbedButton"), tr("&Embed…"), sourcesBox);
    m_embed->setToolTip(tr("Computes a vector for each chunk of the tenant that has none of this model, for "
                           "search by meaning (asks first, with the cost)."));
    m_progress = new QProgressBar(sourcesBox);
    m_progress->setObjectName(QStringLiteral("kbSyncProgress"));
    m_progress->hide();
    m_progressText = new QLabel(sourcesBox);
    m_progressText->setObjectName(QStringLiteral("kbSyncProgressText"));
    m_progressText->setTextFormat(Qt::PlainText);
    syncRow->addWidget(new QLabel(tr("Tenant:"), sourcesBox));
    syncRow->addWidget(m_syncTenant);
    syncRow->addWidget(m_full);
    syncRow->addWidget(m_sync);
    syncRow->addWidget(m_stopSync);
    syncRow->addStretch();
    syncRow->addWidget(m_source);
    sourcesLayout->addLayout(syncRow);
    // Embedding on a row of its own, with the progress of whichever job runs: the window keeps its width.
    auto* embedRow = new QHBoxLayout;
    embedRow->addWidget(new QLabel(tr("Embeddings:"), sourcesBox));
    embedRow->addWidget(m_embedModel);
    embedRow->addWidget(m_embed);
    embedRow->addWidget(m_progress, 1);
    embedRow->addWidget(m_progressText, 1);
    sourcesLayout->addLayout(embedRow);
    split->addWidget(sourcesBox);

    auto* searchBox = new QGroupBox(tr("Search tester: what a question finds"), split);
    auto* searchLayout = new QVBoxLayout(searchBox);
    auto* searchRow = new QHBoxLayout;
    m_query = new QLineEdit(searchBox);
    m_query->setObjectName(QStringLiteral("kbQueryEdit"));
    m_query->setPlaceholderText(tr("Words to find, e.g. backup failed"));
    m_query->setClearButtonEnabled(true);
    m_searchTenant = new QComboBox(searchBox);
    m_searchTenant->setObjectName(QStringLiteral("kbSearchTenantCombo"));
    m_searchTenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchMode = new QComboBox(searchBox);
    m_searchMode->setObjectName(QStringLiteral("kbSearchModeCombo"));
    m_searchMode->addItem(tr("Every word"), KnowledgeSearch::modeName(KnowledgeSearch::Mode::Words));
    m_searchMode->addItem(tr("By meaning"), KnowledgeSearch::modeName(KnowledgeSearch::Mode::Vector));
    m_searchMode->addItem(tr("Words and meaning"), KnowledgeSearch::modeName(KnowledgeSearch::Mode::Hybrid));
    m_searchMode->setToolTip(
        tr("By meaning embeds the question (a metered call) and finds the chunks nearest "
           "to it; both fuses the two rankings."));
    m_search = new QPushButton(tr("&Search"), searchBox);
    m_search->setObjectName(QStringLiteral("kbSearchButton"));
    searchRow->addWidget(m_query, 1);
    searchRow->addWidget(m_searchTenant);
    searchRow->addWidget(m_searchMode);
    searchRow->addWidget(m_search);
    searchLayout->addLayout(searchRow);
    auto* results = new QSplitter(Qt::Horizontal, searchBox);
    m_hits = makeFlatList(QStringLiteral("kbHitList"), {tr("Title"), tr("Tenant"), tr("Source"), tr("Score")},
                          results);
    coverWhileLoading(m_hits, QStringLiteral("search"));
    m_hitView = new QTextBrowser(results);
    m_hitView->setObjectName(QStringLiteral("kbHitView"));
    m_hitView->setOpenLinks(false);
    results->addWidget(m_hits);
    results->addWidget(m_hitView);
    searchLayout->addWidget(results, 1);
    split->addWidget(searchBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_sync, &QPushButton::clicked, this, &AiKnowledgeTab::sync);
    connect(m_embed, &QPushButton::clicked, this, &AiKnowledgeTab::embed);
    connect(m_source, &QPushButton::clicked, this, &AiKnowledgeTab::editSource);
    connect(m_stopSync, &QPushButton::clicked, this, [this] {
        // Through a plain pointer: at -O3 GCC cannot see that a QPointer read twice stays non-null.
        if (Job* job = m_job.data())
            job->cancel();
    });
    connect(m_search, &QPushButton::clicked, this, &AiKnowledgeTab::search);
    connect(m_query, &QLineEdit::returnPressed, this, &AiKnowledgeTab::search);
    connect(m_query, &QLineEdit::textChanged, this, &AiKnowledgeTab::updateButtons);
    connect(m_syncTenant, &QComboBox::currentIndexChanged, this, &AiKnowledgeTab::updateButtons);
    connect(m_hits, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem* item = m_hits->currentItem();
        if (!item)
            return m_hitView->clear();
        const KbHit& h = m_shownHits.at(item->data(0, Qt::UserRole).toInt());
        QString html =
            QStringLiteral("<h3>%1</h3><p>%2</p>").arg(h.title.toHtmlEscaped(), snippetHtml(h.snippet));
        if (!h.url.isEmpty())
            html +=
                QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(h.url.toHtmlEscaped(), tr("Open in Odoo"));
        m_hitView->setHtml(html);
    });
    connect(m_hitView, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });
    watchTables({QStringLiteral("kb_chunks"), QStringLiteral("kb_sources")});
    updateButtons();
}

AiKnowledgeTab::~AiKnowledgeTab()
{
    if (Job* job = m_job.data())
        job->cancel();
    if (Job* job = m_searchJob.data())
        job->cancel();
}

void AiKnowledgeTab::reload()
{
    loadPane(
        [](Database& db) {
            KnowledgeData fetched;
            fetched.stats = KnowledgeBase::stats(db);
            fetched.remote = KbSources::list(db);
            fetched.tenants = TenantRepository(db).liveSlugs();
            return fetched;
        },
        [this](const KnowledgeData& fetched) { showStats(fetched.stats, fetched.remote, fetched.tenants); });
}

void AiKnowledgeTab::showStats(const QList<KbStats>& stats, const QList<KbSource>& remote,
                               const QStringList& tenants)
{
    QHash<QString, QString> projects; // tenant → the Supabase project searched instead
    for (const KbSource& r : remote)
        projects.insert(r.tenantSlug, r.projectUrl);
    m_sources->clear();
    for (const KbStats& s : stats) {
        auto* item = new QTreeWidgetItem(m_sources);
        item->setText(0, s.tenant);
        item->setText(1, QLocale().toString(s.chunks));
        item->setText(2, QLocale().toString(s.embedded));
        item->setText(3, QLocale().toString(s.projects));
        item->setText(4, QLocale().toString(s.tasks));
        item->setText(5, when(s.sourceUpdated));
        item->setText(6, when(s.syncedAt));
        item->setText(7, projects.contains(s.tenant) ? projects.take(s.tenant) : tr("this database"));
    }
    // Tenants whose knowledge is only in their Supabase project.
    for (const KbSource& r : remote) {
        if (!projects.contains(r.tenantSlug))
            continue;
        auto* item = new QTreeWidgetItem(m_sources);
        item->setText(0, r.tenantSlug);
        item->setText(7, r.projectUrl);
    }
    if (stats.isEmpty() && remote.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_sources);
        item->setText(0, tr("Nothing synced yet: choose a tenant with an Odoo connection and Sync."));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::NoItemFlags);
    }
    for (QComboBox* combo : {m_syncTenant, m_searchTenant}) {
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        if (combo == m_searchTenant)
            combo->addItem(tr("Every tenant"), QString());
        for (const QString& slug : tenants)
            combo->addItem(slug, slug);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    updateButtons();
}

void AiKnowledgeTab::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    // The database lets owners and operators write the knowledge base.
    const bool may = caps.isOwner() || caps.has(Roles::Operator);
    const bool busy = !m_job.isNull();
    m_sync->setEnabled(may && !busy && m_syncTenant->count() > 0);
    m_embed->setEnabled(may && !busy && m_syncTenant->count() > 0);
    const QString denied =
        may ? QString()
            : tr("Changing the knowledge base needs fusion_owner or fusion_operator (you have %1).")
                  .arg(caps.effectiveRoleNames().join(QStringLiteral(", ")));
    m_sync->setToolTip(denied);
    if (!may)
        m_embed->setToolTip(denied);
    // The database lets owners and the API managers and administrators choose where knowledge lives.
    const bool mayChooseSource = caps.isOwner() || caps.has(Roles::ApiManager) || caps.has(Roles::ApiAdmin);
    m_source->setEnabled(mayChooseSource && !busy && m_syncTenant->count() > 0);
    m_source->setToolTip(
        mayChooseSource
            ? tr("Searches of this tenant's knowledge ask its Supabase project instead of this database "
                 "(asks first).")
            : tr("Choosing where knowledge lives needs fusion_owner, fusion_api_manager or fusion_api_admin "
                 "(you have %1).")
                  .arg(caps.effectiveRoleNames().join(QStringLiteral(", "))));
    m_stopSync->setEnabled(busy);
    m_full->setEnabled(!busy);
    m_syncTenant->setEnabled(!busy);
    m_embedModel->setEnabled(!busy);
    m_search->setEnabled(!m_query->text().trimmed().isEmpty() && m_searchJob.isNull());
}

void AiKnowledgeTab::sync()
{
    const QString slug = m_syncTenant->currentData().toString();
    if (slug.isEmpty() || m_job)
        return;
    auto* job = new KnowledgeSync(AppJobs::host(m_context, this), m_client, this);
    job->setFullRead(m_full->isChecked());
    follow(job, tr("Reading %1's Odoo…").arg(slug));
    job->start(slug, [this, slug, job](const Result<KnowledgeSync::Outcome>& result) {
        job->deleteLater();
        followed();
        if (!result)
            return showFailure(result.error());
        const KnowledgeSync::Outcome& o = result.value();
        if (o.unchanged)
            m_messages->show(MessageBar::Info, tr("The knowledge base of %1 is up to date (%n records read).",
                                                  nullptr, o.records)
                                                   .arg(slug));
        else
            m_messages->show(MessageBar::Success, tr("Synced %1: %2 new, %3 changed, %4 removed chunks.")
                                                      .arg(slug)
                                                      .arg(o.added)
                                                      .arg(o.changed)
                                                      .arg(o.removed));
        reload();
    });
}

void AiKnowledgeTab::follow(Job* job, const QString& first)
{
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->setText(first);
    connect(job, &Job::progress, this, [this](int step, int steps, const QString& text) {
        m_progress->setRange(0, steps);
        m_progress->setValue(step);
        m_progressText->setText(text);
    });
    updateButtons();
}

void AiKnowledgeTab::followed()
{
    m_job.clear();
    m_progress->hide();
    m_progressText->clear();
    updateButtons();
}

void AiKnowledgeTab::embed()
{
    const QString slug = m_syncTenant->currentData().toString();
    const auto model = KbEmbedModel::parse(m_embedModel->currentText().trimmed());
    if (slug.isEmpty() || m_job)
        return;
    if (!model)
        return m_messages->show(
            MessageBar::Failure,
            tr("Name the embeddings as provider:model, the provider openai or ollama (for "
               "example openai:text-embedding-3-small)."));
    auto* job = new KnowledgeEmbed(AppJobs::host(m_context, this), this);
    follow(job, tr("Looking for the chunks of %1 without an embedding…").arg(slug));
    job->start(slug, *model, [this, slug, job](const Result<KnowledgeEmbed::Outcome>& result) {
        job->deleteLater();
        followed();
        if (!result)
            return showFailure(result.error());
        const KnowledgeEmbed::Outcome& o = result.value();
        if (o.unchanged)
            return m_messages->show(
                MessageBar::Info, tr("Every chunk of %1 already has an embedding of this model.").arg(slug));
        const QString cost = o.costMicros ? Money::display(*o.costMicros) : tr("no price known");
        if (o.stoppedBy.isEmpty())
            m_messages->show(MessageBar::Success, tr("Embedded %1 of %2 chunks of %3 (%4 tokens, %5).")
                                                      .arg(o.embedded)
                                                      .arg(o.chunks)
                                                      .arg(slug)
                                                      .arg(o.tokens)
                                                      .arg(cost));
        else
            m_messages->show(MessageBar::Warning, tr("Embedded %1 of %2 chunks of %3 (%4), then stopped: %5")
                                                      .arg(o.embedded)
                                                      .arg(o.chunks)
                                                      .arg(slug, cost, o.stoppedBy));
        reload();
    });
}

void AiKnowledgeTab::editSource()
{
    const QString slug = m_syncTenant->currentData().toString();
    if (slug.isEmpty())
        return;
    load(
        QStringLiteral("source-choices"),
        [slug](Database& db) {
            SourceChoices choices;
            choices.current = KbSources::find(db, slug);
            QStringList others;
            for (const ApiKey& k : KeyVault::keys(db)) {
                if (k.status == QLatin1String("revoked"))
                    continue;
                const QString name = k.providerCode + QLatin1Char('/') + k.label;
                (k.providerCode == QLatin1String("supabase") ? choices.keys : others) << name;
            }
            choices.keys << others;
            return choices;
        },
        [this, slug](const SourceChoices& choices) {
            auto* dialog = new KbSourceDialog(slug, choices.current, choices.keys, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, [this, dialog, slug](int result) {
                if (result == QDialog::Accepted) {
                    const KbSourceInput in = dialog->value();
                    WriteRunner::run(
                        m_context, this, [in](Database& db) { return KbSources::planSet(db, in); },
                        [this, slug](const Result<QJsonObject>& r) {
                            if (!r)
                                return showFailure(r.error());
                            m_messages->show(MessageBar::Success,
                                             WriteRunner::unchanged(r.value())
                                                 ? tr("Nothing to change for %1.").arg(slug)
                                                 : tr("Searches of %1's knowledge now ask its Supabase "
                                                      "project.")
                                                       .arg(slug));
                            reload();
                        });
                } else if (result == KbSourceDialog::RemoveSource) {
                    WriteRunner::run(
                        m_context, this, [slug](Database& db) { return KbSources::planRemove(db, slug); },
                        [this, slug](const Result<QJsonObject>& r) {
                            if (!r)
                                return showFailure(r.error());
                            m_messages->show(
                                MessageBar::Success,
                                tr("Searches of %1's knowledge use this database again.").arg(slug));
                            reload();
                        });
                }
            });
            dialog->open();
        });
}

void AiKnowledgeTab::search()
{
    const QString query = m_query->text().trimmed();
    if (query.isEmpty() || m_searchJob)
        return;
    KnowledgeSearch::Request request;
    request.query = query;
    request.tenantSlug = m_searchTenant->currentData().toString();
    request.mode = KnowledgeSearch::parseMode(m_searchMode->currentData().toString())
                       .value_or(KnowledgeSearch::Mode::Words);
    request.limit = 50;
    auto* job = new KnowledgeSearch(AppJobs::host(m_context, this), this);
    m_searchJob = job;
    m_hitView->setPlainText(tr("Searching…"));
    updateButtons();
    job->start(request, [this, job](const Result<KnowledgeSearch::Outcome>& result) {
        job->deleteLater();
        m_searchJob.clear();
        updateButtons();
        if (!result) {
            m_hitView->clear();
            return showFailure(result.error());
        }
        showHits(result.value().hits, result.value().mode);
        if (result.value().capped)
            m_messages->show(MessageBar::Info, KnowledgeSearch::cappedNote());
    });
}

void AiKnowledgeTab::showHits(const QList<KbHit>& hits, KnowledgeSearch::Mode mode)
{
    m_shownHits = hits;
    m_hits->clear();
    m_hitView->clear();
    for (int i = 0; i < hits.size(); ++i) {
        auto* item = new QTreeWidgetItem(m_hits);
        item->setText(0, hits[i].title);
        item->setText(1, hits[i].tenant);
        item->setText(2, hits[i].sourceRef);
        item->setText(3, QString::number(hits[i].score, 'g', 3));
        item->setData(0, Qt::UserRole, i);
    }
    if (hits.isEmpty())
        m_hitView->setPlainText(mode == KnowledgeSearch::Mode::Words ? tr("No chunk holds every word.")
                                                                     : tr("Nothing found."));
    else
        m_hits->setCurrentItem(m_hits->topLevelItem(0));
}

} // namespace fusion
