#include "ui/FormDialog.h"

#include "ui/FieldMessages.h"
#include "ui/StatusColours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

FormDialog::FormDialog(const QString& title, const QString& introduction, const QString& saveText,
                       QWidget* parent)
    : QDialog(parent)
    , m_messages(new FieldMessages(this))
    , m_form(new QFormLayout)
    , m_summary(new QLabel(this))
{
    setWindowTitle(title);
    auto* intro = new QLabel(introduction, this);
    intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_summary->setStyleSheet(StatusColours::errorStyle(m_summary));
    m_summary->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(saveText);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void FormDialog::setSave(std::function<Status()> save, std::function<FieldProblems()> problems)
{
    m_save = std::move(save);
    m_problems = std::move(problems);
}

void FormDialog::accept()
{
    if (!m_save)
        return;
    const Status done = m_save();
    if (done) {
        QDialog::accept();
        return;
    }
    const FieldProblems problems = m_problems ? m_problems() : FieldProblems{};
    m_messages->show(problems);
    QStringList lines;
    lines << (problems.isEmpty() ? done.error().message : tr("Nothing was saved: correct the fields marked below."));
    lines += m_messages->unplaced();
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->show();
}

} // namespace waymark
