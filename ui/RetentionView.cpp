#include "ui/RetentionView.h"

#include "core/domain/LocalTime.h"
#include "core/services/RetentionService.h"
#include "ui/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace waymark {

RetentionView::RetentionView(RetentionService& retention, QWidget* parent)
    : QWidget(parent)
    , m_retention(retention)
    , m_years(new QSpinBox(this))
    , m_table(new ReadOnlyTable({tr("Person"), tr("Support ended"), tr("Last referral")}, tr("Due for review"), this))
    , m_anonymise(new QPushButton(tr("A&nonymise\u2026"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("retention"));
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(RetentionReview::FewestYears, RetentionReview::MostYears);
    m_years->setSuffix(tr(" years"));
    m_years->setValue(m_retention.years());
    m_years->setAccessibleName(tr("Years records are kept after support ends"));
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_anonymise->setObjectName(QStringLiteral("anonymise"));
    m_anonymise->setToolTip(tr("Takes out everything that identifies the person; their support stays counted in past returns"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Records are kept only as long as they are needed (UK GDPR). People listed here have no "
                                "support or referral open, and the last of them ended longer ago than the organisation "
                                "keeps records. Anonymising takes out their name, contact details, date of birth and every "
                                "free text about them; what was counted in returns stays."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Keep records for"), this);
    label->setBuddy(m_years);
    row->addWidget(label);
    row->addWidget(m_years);
    row->addWidget(new QLabel(tr("after the last support or referral ends"), this));
    row->addStretch(1);
    row->addWidget(m_anonymise);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_years, &QSpinBox::editingFinished, this, [this] {
        if (m_years->value() == m_retention.years())
            return;
        if (Status s = m_retention.setYears(m_years->value()); !s)
            m_status->setText(s.error().message);
        reload();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_anonymise->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_anonymise, &QPushButton::clicked, this, [this] { anonymiseSelected(); });
    m_anonymise->setEnabled(false);
}

bool RetentionView::reload()
{
    m_table->setRowCount(0);
    Result<QVector<RetentionFacts>> due = m_retention.due();
    if (!due) {
        m_status->setText(due.error().message);
        return false;
    }
    for (const RetentionFacts& f : due.value()) {
        m_table->addRow({f.name, f.lastSupportEnded.isValid() ? LocalTime::formatDate(f.lastSupportEnded) : tr("Never supported"),
                         f.lastReferral.isValid() ? LocalTime::formatDate(f.lastReferral) : QString()},
                        {f.name, f.lastSupportEnded.toString(Qt::ISODate), f.lastReferral.toString(Qt::ISODate)});
        // The person's id rides on their name, so sorting the table never mixes people up.
        m_table->item(m_table->rowCount() - 1, 0)->setData(Qt::UserRole + 1, f.serviceUserId);
    }
    m_table->finish();
    m_status->setText(due->isEmpty() ? tr("No one is due for review: everyone's support ended less than %n year(s) ago.", nullptr,
                                          m_retention.years())
                                     : tr("%n person(s) due for review.", nullptr, int(due->size())));
    m_anonymise->setEnabled(false);
    return true;
}

bool RetentionView::anonymiseSelected(bool ask)
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const int row = selected.first()->row();
    const QString name = m_table->item(row, 0)->text();
    const QString id = m_table->item(row, 0)->data(Qt::UserRole + 1).toString();
    if (ask && QMessageBox::warning(this, tr("Anonymise %1").arg(name),
                                    tr("Everything that identifies %1 will be taken out for good: this cannot be undone. "
                                       "The audit trail keeps that you did it.")
                                        .arg(name),
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Yes)
        return false;
    Result<int> done = m_retention.anonymise(id);
    if (!done) {
        m_status->setText(done.error().message);
        return false;
    }
    reload();
    m_status->setText(tr("%1 anonymised (%n record(s)).", nullptr, done.value()).arg(name));
    return true;
}

} // namespace waymark
