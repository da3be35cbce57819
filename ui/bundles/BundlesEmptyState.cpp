#include "ui/bundles/BundlesEmptyState.h"

#include "ui/common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

BundlesEmptyState::BundlesEmptyState(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bundlesEmptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* title = new QLabel(tr("No bundles yet"), this);
    Theme::makeHeading(title);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* text = new QLabel(tr("A bundle is a set of Odoo modules (core, OCA and ipai_*) that tenants get "
                               "together. Start from a recommended bundle below — it fills the form, and "
                               "nothing is saved until you confirm — or define your own with New Bundle."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(640);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (const BundleDraft& draft : BundleCatalog::starters()) {
        auto* start = new QPushButton(tr("Start from %1").arg(draft.name), this);
        start->setObjectName(QStringLiteral("starter-%1").arg(draft.code));
        start->setProperty(
            "starterTip",
            tr("%1\nModules: %2").arg(draft.description, draft.modules.join(QStringLiteral(", "))));
        start->setToolTip(start->property("starterTip").toString());
        connect(start, &QPushButton::clicked, this, [this, draft] { Q_EMIT startFrom(draft); });
        buttons->addWidget(start);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

void BundlesEmptyState::setCanManage(bool canManage, const QString& whyNot)
{
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setEnabled(canManage);
        b->setToolTip(canManage ? b->property("starterTip").toString() : whyNot);
    }
}

} // namespace fusion
