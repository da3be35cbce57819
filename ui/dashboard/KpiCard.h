#pragma once

#include <QFrame>

class QLabel;

namespace fusion {

// A large number with a caption; clicking it (or pressing Space/Enter when focused) emits clicked().
class KpiCard : public QFrame {
    Q_OBJECT

public:
    explicit KpiCard(QWidget* parent = nullptr);
    void setCaption(const QString& caption);
    void setValue(qint64 value);
    void setValueText(const QString& text); // an amount, or anything not a plain count
    void setAccent(const QColor& color);
    // A bar along the card's foot, `ratio` (0..1) of it filled in the accent colour: how much of a capacity
    // is used. A negative ratio hides it (the default).
    void setRatio(double ratio);
    double ratio() const { return m_ratio; }
    QColor accent() const { return m_accent; }
    QString captionText() const;
    QString valueText() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_value;
    QLabel* m_caption;
    QColor m_accent;
    double m_ratio = -1;
};

} // namespace fusion
