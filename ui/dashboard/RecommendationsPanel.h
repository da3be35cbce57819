#pragma once
// The dashboard's recommendations: what needs doing now, one line per problem (most severe first), each with
// the action that fixes it and "Ask about this", which takes the problem to the AI console.
#include "models/ai/PlatformFacts.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fusion {

class RecommendationsPanel : public QWidget {
    Q_OBJECT

public:
    explicit RecommendationsPanel(QWidget* parent = nullptr);
    void setRecommendations(const QList<PlatformFact>& recommendations);
    const QList<PlatformFact>& recommendations() const { return m_items; }
    // The question "Ask about this" puts to the console for a recommendation.
    static QString questionFor(const PlatformFact& fact);

Q_SIGNALS:
    void fixRequested(const fusion::PlatformFact& fact);
    void askRequested(const fusion::PlatformFact& fact);

private:
    const PlatformFact* current() const;
    void updateButtons();

    QList<PlatformFact> m_items;
    QLabel* m_title;
    QTreeWidget* m_list;
    QPushButton* m_fix;
    QPushButton* m_ask;
};

} // namespace fusion
