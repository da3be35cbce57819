#pragma once

#include "models/controlplane/ImageTags.h"
#include "models/controlplane/ImageUpgrade.h"
#include "models/controlplane/InfraTemplates.h"
#include "models/controlplane/MaintenanceWindows.h"
#include "models/core/Error.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace fusion {

class AppContext;
class Loads;

// Records an image tag that passed testing (Infra → Tested tags). What it returns is checked again by
// ImageTags when the write is planned.
class TagDialog : public QDialog {
    Q_OBJECT

public:
    TagDialog(const QString& environment, QWidget* parent = nullptr);
    QString environment() const;
    QString component() const;
    QString reference() const;
    QString notes() const;

private:
    void validate();
    QComboBox* m_environment;
    QComboBox* m_component;
    QLineEdit* m_reference;
    QLineEdit* m_notes;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

// A new infra template, or the fields of one to change (its name then fixed). Checked as you type with
// InfraTemplates::validate, and again when the write is planned.
class TemplateDialog : public QDialog {
    Q_OBJECT

public:
    TemplateDialog(const std::optional<TemplateInput>& current, const QStringList& testedOdooImages,
                   QWidget* parent = nullptr);
    TemplateInput value() const;

private:
    void validate();
    QLineEdit* m_name;
    QLineEdit* m_chart;
    QComboBox* m_odoo;
    QLineEdit* m_pg;
    QComboBox* m_size;
    QPlainTextEdit* m_env;
    QLineEdit* m_version;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

// Why operations are frozen: everyone refused while frozen reads it.
class FreezeDialog : public QDialog {
    Q_OBJECT

public:
    explicit FreezeDialog(QWidget* parent = nullptr);
    QString reason() const;

private:
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

// Freezes operations (asking why first) or unfreezes them, through the confirmation; `done` gets the result
// and what to tell the person. The Infra pane and Platform settings both offer it.
void toggleOperationsFreeze(AppContext* context, QWidget* parent, bool frozen,
                            const std::function<void(const Result<QJsonObject>&, const QString&)>& done);

// A new maintenance window, in UTC (the times tenants were told).
class WindowDialog : public QDialog {
    Q_OBJECT

public:
    explicit WindowDialog(QWidget* parent = nullptr);
    QString name() const;
    QDateTime startsAt() const;
    QDateTime endsAt() const;
    QString notes() const;

private:
    void validate();
    QLineEdit* m_name;
    QDateTimeEdit* m_start;
    QSpinBox* m_hours;
    QLineEdit* m_notes;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

// The seed's image_upgrade_modal: a tested tag, a window, the tenants, the waves — and, as they change, who
// would be upgraded when and who not and why, computed off the GUI thread by ImageUpgrade::preview.
class UpgradeDialog : public QDialog {
    Q_OBJECT

public:
    UpgradeDialog(AppContext* context, const QList<TestedTag>& tags, const QList<MaintenanceWindow>& windows,
                  const QStringList& tenantSlugs, QWidget* parent = nullptr);
    UpgradeRequest request() const;
    int previewCount() const { return m_previewCount; }

private:
    void schedulePreview();
    void showPreview(const UpgradePreview& preview);
    void showProblem(const QString& problem);

    AppContext* m_context;
    Loads* m_loads;
    QComboBox* m_tag;
    QComboBox* m_window;
    QRadioButton* m_allActive;
    QRadioButton* m_listed;
    QPlainTextEdit* m_slugs;
    QSpinBox* m_waveSize;
    QSpinBox* m_gap;
    QTreeWidget* m_preview;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QTimer* m_debounce;
    int m_previewCount = 0;
};

} // namespace fusion
