#pragma once

#include <QWizardPage>

namespace waymark {

// A wizard page whose Next (or commit) button is offered only once the wizard says the page is
// ready, as after a check that found nothing wrong.
class ReadyWizardPage : public QWizardPage {
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    void setReady(bool ready)
    {
        if (ready == m_ready)
            return;
        m_ready = ready;
        emit completeChanged();
    }
    bool isComplete() const override { return m_ready; }

private:
    bool m_ready = false;
};

} // namespace waymark
