#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace fusion {

// Name, version, what the app is, and what it runs on (Qt, the open database).
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(const QString& databaseName, QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace fusion
