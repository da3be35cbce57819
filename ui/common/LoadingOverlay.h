#pragma once

#include <QWidget>

class QTimer;
class QLabel;

namespace fusion {

// A translucent "Loading…" layer over a view while its data comes from the database thread. It appears only
// if loading takes longer than a moment (no flicker) and never blocks the rest of the window.
class LoadingOverlay : public QWidget {
    Q_OBJECT

public:
    explicit LoadingOverlay(QWidget* covered);
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QWidget* m_covered;
    QTimer* m_delay;
    QLabel* m_label;
    bool m_loading = false;
};

} // namespace fusion
