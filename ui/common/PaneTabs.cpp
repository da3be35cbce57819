#include "ui/common/PaneTabs.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

namespace fusion {

namespace {
constexpr const char* kTabNameProperty = "fusionTabName";
}

QWidget* makeTabPage(QWidget* parent, const QString& intro, const QList<QWidget*>& widgets,
                     const QList<QPushButton*>& buttons)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    auto* text = new QLabel(intro, page);
    text->setWordWrap(true);
    layout->addWidget(text);
    for (QWidget* w : widgets)
        layout->addWidget(w, qobject_cast<QLabel*>(w) ? 0 : 1);
    if (!buttons.isEmpty()) {
        auto* row = new QHBoxLayout;
        for (QPushButton* b : buttons)
            row->addWidget(b);
        row->addStretch(1);
        layout->addLayout(row);
    }
    return page;
}

void addNamedTab(QTabWidget* tabs, QWidget* page, const QString& label, const QString& name)
{
    page->setProperty(kTabNameProperty, name);
    tabs->addTab(page, label);
}

bool showNamedTab(QTabWidget* tabs, const QString& name)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->property(kTabNameProperty).toString() == name) {
            tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace fusion
