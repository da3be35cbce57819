#include "ui/proposals/ProposeDialog.h"

#include "models/jobs/OdooSession.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooConnection.h"
#include "models/storage/DbWorker.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {
QSpinBox* idSpin(QWidget* parent, const QString& noneText)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, 2147483647);
    spin->setSpecialValueText(noneText); // 0 shows as "none"
    spin->setAccelerated(true);
    return spin;
}

QPlainTextEdit* noteEdit(QWidget* parent, int lines = 3)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().height() * lines + 14);
    return edit;
}

// A date that may be left out: a checkbox turns it on.
QWidget* optionalDate(QWidget* parent, QCheckBox** check, QDateEdit** date)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    *check = new QCheckBox(box);
    *date = new QDateEdit(QDate::currentDate().addDays(7), box);
    (*date)->setCalendarPopup(true);
    (*date)->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    (*date)->setEnabled(false);
    QObject::connect(*check, &QCheckBox::toggled, *date, &QWidget::setEnabled);
    row->addWidget(*check);
    row->addWidget(*date, 1);
    return box;
}

QString dateText(const QCheckBox* check, const QDateEdit* date)
{
    return check->isChecked() ? date->date().toString(Qt::ISODate) : QString();
}
} // namespace

ProposeDialog::ProposeDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(new OdooClient(this))
{
    setObjectName(QStringLiteral("proposeDialog"));
    setWindowTitle(tr("New Proposal"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A proposal is stored as pending: nothing is sent to Odoo until someone reviews "
                      "and executes it in the Proposals pane."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* top = new QFormLayout;
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(QStringLiteral("tenantCombo"));
    m_tenant->setMinimumContentsLength(24);
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("caseEdit"));
    m_case->setPlaceholderText(tr("e.g. SUP-2041 — written into every record as [Fusion Case: …]"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Partner (create, or update the one with this email or website)"),
                    QStringLiteral("partner"));
    m_kind->addItem(tr("Lead"), QStringLiteral("lead"));
    m_kind->addItem(tr("Project"), QStringLiteral("project"));
    m_kind->addItem(tr("Tasks in a project"), QStringLiteral("tasks"));
    m_kind->addItem(tr("Activity on a record"), QStringLiteral("activity"));
    m_kind->addItem(tr("Calendar event"), QStringLiteral("event"));
    top->addRow(tr("&Tenant:"), m_tenant);
    top->addRow(tr("&Case:"), m_case);
    top->addRow(tr("&Propose:"), m_kind);
    layout->addLayout(top);

    m_forms = new QStackedWidget(this);
    m_forms->addWidget(partnerForm());
    m_forms->addWidget(leadForm());
    m_forms->addWidget(projectForm());
    m_forms->addWidget(tasksForm());
    m_forms->addWidget(activityForm());
    m_forms->addWidget(eventForm());
    layout->addWidget(m_forms, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, m_forms, &QStackedWidget::setCurrentIndex);
    // A refusal is about what was reviewed: another kind of proposal starts clean.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_busy)
            m_status->hide();
    });

    m_status = new MessageBar(this);
    m_status->setObjectName(QStringLiteral("statusBar"));
    m_status->hide();
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_review = buttons->addButton(tr("&Review…"), QDialogButtonBox::AcceptRole);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setDefault(true);
    m_review->setEnabled(false); // until the tenants are loaded
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &ProposeDialog::review);
    layout->addWidget(buttons);
    resize(620, 560);

    // Only tenants with an Odoo connection can be proposed to.
    m_context->worker()->run<QList<QPair<QString, QString>>>(
        this, [](Database& db) { return OdooConnection::configuredTenants(db); },
        [this](const Result<QList<QPair<QString, QString>>>& tenants) {
            if (!tenants) {
                fail(tenants.error().message);
                return;
            }
            for (const auto& [slug, name] : tenants.value())
                m_tenant->addItem(QStringLiteral("%1 — %2").arg(slug, name), slug);
            if (tenants.value().isEmpty())
                fail(tr("No tenant has an Odoo connection yet; set one with Odoo Connection… in a tenant's "
                        "page."));
            else if (const int i = m_tenant->findData(m_wantedTenant); i >= 0)
                m_tenant->setCurrentIndex(i);
            m_review->setEnabled(!tenants.value().isEmpty());
            Q_EMIT tenantsLoaded();
        });
}

void ProposeDialog::setTenant(const QString& slug)
{
    m_wantedTenant = slug;
    if (const int i = m_tenant->findData(slug); i >= 0)
        m_tenant->setCurrentIndex(i);
}

void ProposeDialog::setKind(const QString& kind)
{
    if (const int i = m_kind->findData(kind); i >= 0)
        m_kind->setCurrentIndex(i);
}

QString ProposeDialog::kind() const
{
    return m_kind->currentData().toString();
}

std::optional<int> ProposeDialog::idOf(const QSpinBox* spin)
{
    return spin->value() > 0 ? std::optional<int>(spin->value()) : std::nullopt;
}

QWidget* ProposeDialog::partnerForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_partner.name = new QLineEdit(page);
    m_partner.name->setObjectName(QStringLiteral("partnerName"));
    m_partner.email = new QLineEdit(page);
    m_partner.email->setObjectName(QStringLiteral("partnerEmail"));
    m_partner.phone = new QLineEdit(page);
    m_partner.website = new QLineEdit(page);
    m_partner.website->setPlaceholderText(QStringLiteral("https://"));
    m_partner.street = new QLineEdit(page);
    m_partner.city = new QLineEdit(page);
    m_partner.company = new QCheckBox(tr("A company, not a person"), page);
    m_partner.comment = noteEdit(page);
    form->addRow(tr("Name:"), m_partner.name);
    form->addRow(tr("Email:"), m_partner.email);
    form->addRow(tr("Phone:"), m_partner.phone);
    form->addRow(tr("Website:"), m_partner.website);
    form->addRow(tr("Street:"), m_partner.street);
    form->addRow(tr("City:"), m_partner.city);
    form->addRow(QString(), m_partner.company);
    form->addRow(tr("Note:"), m_partner.comment);
    return page;
}

QWidget* ProposeDialog::leadForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_lead.name = new QLineEdit(page);
    m_lead.name->setObjectName(QStringLiteral("leadName"));
    m_lead.email = new QLineEdit(page);
    m_lead.phone = new QLineEdit(page);
    m_lead.partner = idSpin(page, tr("none"));
    m_lead.revenue = new QDoubleSpinBox(page);
    m_lead.revenue->setRange(0, 1e12);
    m_lead.revenue->setDecimals(2);
    m_lead.revenue->setSpecialValueText(tr("not set"));
    m_lead.description = noteEdit(page, 5);
    form->addRow(tr("Title:"), m_lead.name);
    form->addRow(tr("Email:"), m_lead.email);
    form->addRow(tr("Phone:"), m_lead.phone);
    form->addRow(tr("Partner ID:"), m_lead.partner);
    form->addRow(tr("Expected revenue:"), m_lead.revenue);
    form->addRow(tr("Description:"), m_lead.description);
    return page;
}

QWidget* ProposeDialog::projectForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_project.name = new QLineEdit(page);
    m_project.name->setObjectName(QStringLiteral("projectName"));
    m_project.partner = idSpin(page, tr("none"));
    m_project.user = idSpin(page, tr("none"));
    m_project.description = noteEdit(page, 5);
    form->addRow(tr("Name:"), m_project.name);
    form->addRow(tr("Customer (partner ID):"), m_project.partner);
    form->addRow(tr("Project manager (user ID):"), m_project.user);
    form->addRow(tr("Start date:"), optionalDate(page, &m_project.hasStart, &m_project.start));
    form->addRow(tr("Description:"), m_project.description);
    return page;
}

QWidget* ProposeDialog::tasksForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_tasks.project = idSpin(page, tr("choose"));
    m_tasks.project->setObjectName(QStringLiteral("tasksProject"));
    m_tasks.names = new QPlainTextEdit(page);
    m_tasks.names->setObjectName(QStringLiteral("tasksNames"));
    m_tasks.names->setPlaceholderText(tr("One task per line"));
    m_tasks.names->setTabChangesFocus(true);
    m_tasks.high = new QCheckBox(tr("High priority"), page);
    form->addRow(tr("Project ID:"), m_tasks.project);
    form->addRow(tr("Tasks:"), m_tasks.names);
    form->addRow(tr("Deadline:"), optionalDate(page, &m_tasks.hasDeadline, &m_tasks.deadline));
    form->addRow(QString(), m_tasks.high);
    return page;
}

QWidget* ProposeDialog::activityForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_activity.model = new QLineEdit(QStringLiteral("res.partner"), page);
    m_activity.record = idSpin(page, tr("choose"));
    m_activity.type = new QLineEdit(page);
    m_activity.type->setPlaceholderText(tr("e.g. To-Do, Call, Email"));
    m_activity.summary = new QLineEdit(page);
    m_activity.note = noteEdit(page, 4);
    form->addRow(tr("On model:"), m_activity.model);
    form->addRow(tr("Record ID:"), m_activity.record);
    form->addRow(tr("Activity type:"), m_activity.type);
    form->addRow(tr("Summary:"), m_activity.summary);
    form->addRow(tr("Due:"), optionalDate(page, &m_activity.hasDeadline, &m_activity.deadline));
    form->addRow(tr("Note:"), m_activity.note);
    return page;
}

QWidget* ProposeDialog::eventForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_event.name = new QLineEdit(page);
    const QDateTime next = QDateTime(QDate::currentDate().addDays(1), QTime(10, 0));
    m_event.start = new QDateTimeEdit(next, page);
    m_event.stop = new QDateTimeEdit(next.addSecs(3600), page);
    for (QDateTimeEdit* e : {m_event.start, m_event.stop}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_event.location = new QLineEdit(page);
    m_event.partners = new QLineEdit(page);
    m_event.partners->setPlaceholderText(tr("Partner IDs, e.g. 7, 12"));
    m_event.description = noteEdit(page, 4);
    form->addRow(tr("Title:"), m_event.name);
    form->addRow(tr("Starts (local time):"), m_event.start);
    form->addRow(tr("Ends (local time):"), m_event.stop);
    form->addRow(tr("Location:"), m_event.location);
    form->addRow(tr("Attendees:"), m_event.partners);
    form->addRow(tr("Description:"), m_event.description);
    return page;
}

void ProposeDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_review->setEnabled(!busy && m_tenant->count() > 0);
    m_forms->setEnabled(!busy);
    if (text.isEmpty())
        m_status->hide();
    else
        m_status->show(MessageBar::Info, text);
}

void ProposeDialog::fail(const QString& message)
{
    setBusy(false);
    m_status->show(MessageBar::Failure, message);
}

void ProposeDialog::review()
{
    if (m_busy)
        return;
    const QString slug = m_tenant->currentData().toString();
    const QString caseId = m_case->text().trimmed();
    if (const QString why = OdooProposals::validateCaseId(caseId); !why.isEmpty()) {
        fail(why);
        m_case->setFocus();
        return;
    }
    const QString what = kind();
    QPointer<ProposeDialog> self(this);
    const auto built = [self, slug](const Result<Proposal>& p) {
        if (!self)
            return;
        if (!p)
            return self->fail(p.error().message);
        self->store(slug, p.value());
    };
    if (what == QLatin1String("partner") || what == QLatin1String("activity")) {
        // These ask the tenant's Odoo first: the partner to update, the model and the activity type.
        setBusy(true, what == QLatin1String("partner")
                          ? tr("Looking for this partner in %1's Odoo…").arg(slug)
                          : tr("Checking the record and activity type in %1's Odoo…").arg(slug));
        OdooProposals::PartnerInput partner{
            m_partner.name->text(),
            m_partner.email->text(),
            m_partner.phone->text(),
            m_partner.website->text(),
            m_partner.street->text(),
            m_partner.city->text(),
            m_partner.comment->toPlainText(),
            m_partner.company->isChecked() ? std::optional<bool>(true) : std::nullopt};
        OdooProposals::ActivityInput activity{
            m_activity.model->text().trimmed(),   m_activity.type->text().trimmed(),
            m_activity.summary->text().trimmed(), dateText(m_activity.hasDeadline, m_activity.deadline),
            m_activity.note->toPlainText(),       m_activity.record->value()};
        OdooSession::prepare(
            AppJobs::host(m_context, this), m_client, slug, this,
            [self, what, caseId, partner, activity, built](const Result<OdooSettings>& ready) {
                if (!self)
                    return;
                if (!ready)
                    return self->fail(ready.error().message);
                if (what == QLatin1String("partner"))
                    OdooProposals::buildPartner(self->m_client, caseId, partner, self, built);
                else
                    OdooProposals::buildActivity(self->m_client, caseId, activity, self, built);
            });
        return;
    }
    // The others are built from what was typed alone.
    try {
        Proposal p;
        if (what == QLatin1String("lead")) {
            OdooProposals::LeadInput in{
                m_lead.name->text(),
                m_lead.email->text(),
                m_lead.phone->text(),
                m_lead.description->toPlainText(),
                idOf(m_lead.partner),
                m_lead.revenue->value() > 0 ? std::optional<double>(m_lead.revenue->value()) : std::nullopt};
            p = OdooProposals::buildLead(caseId, in);
        } else if (what == QLatin1String("project")) {
            OdooProposals::ProjectInput in{
                m_project.name->text(), dateText(m_project.hasStart, m_project.start),
                m_project.description->toPlainText(), idOf(m_project.partner), idOf(m_project.user)};
            p = OdooProposals::buildProject(caseId, in);
        } else if (what == QLatin1String("tasks")) {
            QList<OdooProposals::TaskInput> tasks;
            const QString deadline = dateText(m_tasks.hasDeadline, m_tasks.deadline);
            const QString priority = m_tasks.high->isChecked() ? QStringLiteral("1") : QString();
            for (const QString& line : m_tasks.names->toPlainText().split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty())
                    tasks << OdooProposals::TaskInput{line.trimmed(), QString(), deadline, priority};
            }
            p = OdooProposals::buildTasks(caseId, m_tasks.project->value(), tasks);
        } else {
            OdooProposals::EventInput in;
            in.name = m_event.name->text();
            const auto utc = [](const QDateTimeEdit* e) {
                return e->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
            };
            in.start = utc(m_event.start);
            in.stop = utc(m_event.stop);
            in.location = m_event.location->text();
            in.description = m_event.description->toPlainText();
            for (const QString& part : m_event.partners->text().split(
                     QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int id = part.toInt(&ok);
                if (!ok || id <= 0)
                    return fail(
                        tr("Attendees are partner IDs (positive numbers): \"%1\" is not one.").arg(part));
                in.partnerIds << id;
            }
            p = OdooProposals::buildEvent(caseId, in);
        }
        store(slug, p);
    } catch (const Failure& f) {
        fail(f.error().message);
    }
}

void ProposeDialog::store(const QString& slug, const Proposal& proposal)
{
    setBusy(true, tr("Waiting for your confirmation…"));
    QPointer<ProposeDialog> self(this);
    WriteRunner::run(
        m_context, this,
        [slug, proposal](Database& db) { return OdooProposals::planStore(db, slug, proposal); },
        [self](const Result<QJsonObject>& result) {
            auto* const dialog = self.data(); // one read: a second could be null
            if (!dialog)
                return;
            if (!result) {
                if (result.error().kind == ErrorKind::NotConfirmed)
                    dialog->setBusy(false, tr("Not saved; change what you need and review again."));
                else
                    dialog->fail(result.error().message);
                return;
            }
            dialog->setBusy(false);
            Q_EMIT dialog->proposed(result.value().value(QStringLiteral("proposal_id")).toInteger());
            dialog->accept();
        });
}

} // namespace fusion
