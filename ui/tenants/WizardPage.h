#pragma once

#include <QWizardPage>

#include <functional>

namespace fusion {

// A wizard page whose completeness is a function the wizard provides (Next stays disabled until it holds).
class WizardPage : public QWizardPage {
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;
    void setCompleteCheck(std::function<bool()> check)
    {
        m_check = std::move(check);
        Q_EMIT completeChanged();
    }
    void recheck() { Q_EMIT completeChanged(); }
    bool isComplete() const override { return m_check ? m_check() : QWizardPage::isComplete(); }

private:
    std::function<bool()> m_check;
};

} // namespace fusion
