#include "ui/TodayPage.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/rules/TodayList.h"
#include "core/storage/Repositories.h"
#include "ui/EmptyState.h"
#include "ui/PageTitle.h"
#include "ui/ReadingBar.h"
#include "ui/StatusColours.h"
#include "ui/TodayModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace waymark {

namespace {
const QString StaffSetting = QStringLiteral("today/staff");
}

// What a read of the list hands back to the window.
struct TodayPage::Outcome {
    QDateTime now;
    QString staff; // whose list: empty for the team's
    QString error;
    QVector<TodayModel::Row> rows;
    QVector<Complaint> seriousComplaints;
    QHash<QString, QString> names; // of the people listed
};

TodayPage::TodayPage(Repositories& repositories, BackgroundReader& reader, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_reader(reader)
    , m_clock(clock)
    , m_date(new QLabel(this))
    , m_count(new QLabel(this))
    , m_complaints(new QLabel(this))
    , m_reading(new ReadingBar(this))
    , m_staff(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_model(new TodayModel(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("todayPage"));
    auto* title = new PageTitle(tr("Today"), this);

    m_staff->setObjectName(QStringLiteral("todayStaff"));
    m_staff->setAccessibleName(tr("Whose list"));
    m_staff->setToolTip(tr("A key worker's own list, or the whole team's"));
    auto* showing = new QLabel(tr("&Showing:"), this);
    showing->setBuddy(m_staff);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the list again (F5)"));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_date);
    header->addStretch(1);
    header->addWidget(showing);
    header->addWidget(m_staff);
    header->addWidget(refresh);

    m_view->setObjectName(QStringLiteral("todayList"));
    m_view->setAccessibleName(tr("Today's list"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setExpandsOnDoubleClick(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(TodayModel::Person, 18 * em);
    m_view->setColumnWidth(TodayModel::What, 25 * em);
    m_view->setColumnWidth(TodayModel::Due, 19 * em);
    m_view->setColumnWidth(TodayModel::Contract, 16 * em);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    m_complaints->setObjectName(QStringLiteral("complaintsNotice"));
    m_complaints->setWordWrap(true);
    m_complaints->setTextFormat(Qt::RichText);
    m_complaints->setStyleSheet(StatusColours::errorStyle(m_complaints));
    m_complaints->hide();
    connect(m_complaints, &QLabel::linkActivated, this, [this](const QString& link) {
        emit openItem(link, QStringLiteral("serious_complaint"), QString(), QString());
    });
    layout->addWidget(m_complaints);
    layout->addWidget(m_reading);
    layout->addWidget(m_count);
    connect(m_reading, &ReadingBar::cancelled, this, [this] {
        m_model->setRows({}, m_clock.now());
        m_empty->setText(tr("The list was not read"), tr("Press Refresh (F5) to read it."));
        m_view->hide();
        m_count->hide();
        m_empty->show();
        emit listShown();
    });
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(refresh, &QPushButton::clicked, this, &TodayPage::reload);
    connect(m_staff, &QComboBox::activated, this, [this] {
        QSettings().setValue(StaffSetting, shownStaff());
        reload();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (!first.parent().isValid()) {
            m_view->setExpanded(first, !m_view->isExpanded(first));
            return;
        }
        emit openItem(first.data(TodayModel::ServiceUserIdRole).toString(), first.data(TodayModel::KindRole).toString(),
                      first.data(TodayModel::ReferralIdRole).toString(),
                      first.data(TodayModel::SupportPeriodIdRole).toString());
    });
    fillStaff();
}

void TodayPage::fillStaff()
{
    const QString wanted = m_staff->count() > 0 ? shownStaff() : QSettings().value(StaffSetting).toString();
    m_staff->clear();
    if (m_onlyStaff.isEmpty())
        m_staff->addItem(tr("Everyone (team view)"), QString());
    if (Result<QVector<Staff>> staff = m_repositories.staff.all()) {
        for (const Staff& s : staff.value())
            if (m_onlyStaff.isEmpty() ? s.active : s.id == m_onlyStaff)
                m_staff->addItem(s.name, s.id);
    }
    if (!m_onlyStaff.isEmpty() && m_staff->count() == 0)
        m_staff->addItem(tr("Your caseload"), m_onlyStaff);
    const int found = m_staff->findData(wanted);
    m_staff->setCurrentIndex(found >= 0 ? found : 0);
}

void TodayPage::showStaff(const QString& staffId)
{
    const int found = m_staff->findData(staffId);
    m_staff->setCurrentIndex(found >= 0 ? found : 0);
    reload();
}

QString TodayPage::shownStaff() const
{
    return m_onlyStaff.isEmpty() ? m_staff->currentData().toString() : m_onlyStaff;
}

void TodayPage::restrictTo(const QString& staffId)
{
    m_onlyStaff = staffId;
    m_staff->setEnabled(staffId.isEmpty());
    m_staff->setToolTip(staffId.isEmpty() ? tr("A key worker's own list, or the whole team's")
                                          : tr("Your own list: a team leader sees the whole team's"));
    fillStaff();
}

bool TodayPage::working() const
{
    return m_reading->following();
}

void TodayPage::stopReading()
{
    m_reading->stop();
}

void TodayPage::reload()
{
    const QDateTime now = m_clock.now();
    m_date->setText(LocalTime::formatDate(LocalTime::londonDate(now)));
    fillStaff();
    auto outcome = std::make_shared<Outcome>();
    outcome->now = now;
    outcome->staff = shownStaff();
    const QString onlyStaff = m_onlyStaff;
    const QString noKeyWorker = tr("No key worker");
    std::shared_ptr<BackgroundReader::Ticket> reading = m_reader.run(
        [outcome, onlyStaff, noKeyWorker](Database& db, const BackgroundReader::Ticket&) {
            Repositories repos(db);
            Result<CaseworkSnapshot> snapshot = repos.casework.snapshot(onlyStaff, outcome->now);
            const QVector<TodayItem> due =
                snapshot ? TodayList::build(snapshot.value(), outcome->now, outcome->staff) : QVector<TodayItem>();
            Result<QVector<Complaint>> complaints = repos.concerns.seriousComplaintsNotSent();
            // Only the people listed are read for their names, not the whole caseload; on the
            // team's list, those named in a serious complaint too (a key worker's list names only
            // their own people).
            QSet<QString> listed;
            for (const TodayItem& item : due)
                listed.insert(item.serviceUserId);
            if (complaints && onlyStaff.isEmpty())
                for (const Complaint& c : complaints.value())
                    listed.insert(c.serviceUserId);
            Result<QVector<ServiceUser>> people =
                repos.serviceUsers.findMany(QStringList(listed.begin(), listed.end()));
            Result<QVector<Staff>> staff = repos.staff.all();
            if (!snapshot || !people || !staff) {
                outcome->error =
                    !snapshot ? snapshot.error().message : (!people ? people.error().message : staff.error().message);
                return;
            }
            for (const ServiceUser& p : people.value())
                outcome->names.insert(p.id, PersonName::display(p.givenName, p.familyName, p.preferredName));
            QHash<QString, QString> staffNames;
            for (const Staff& s : staff.value())
                staffNames.insert(s.id, s.name);
            QHash<QString, QString> contractNames;
            for (const Contract& c : snapshot->contracts)
                contractNames.insert(c.id, c.name);
            QHash<QString, const SupportPeriod*> periods;
            for (const SupportPeriod& p : snapshot->periods)
                periods.insert(p.id, &p);
            QHash<QString, QString> referralContracts;
            for (const Referral& r : snapshot->referrals)
                referralContracts.insert(r.id, r.contractId);
            for (const TodayItem& item : due) {
                TodayModel::Row row{item, outcome->names.value(item.serviceUserId), {}, {}};
                if (const SupportPeriod* p = periods.value(item.supportPeriodId)) {
                    row.keyWorkerName = staffNames.value(p->keyWorkerId, noKeyWorker);
                    row.contractName = contractNames.value(p->contractId);
                } else {
                    row.contractName = contractNames.value(referralContracts.value(item.referralId));
                }
                outcome->rows << row;
            }
            if (complaints)
                outcome->seriousComplaints = complaints.value();
        },
        this, [this, outcome] { showOutcome(*outcome); });
    m_reading->follow(reading, tr("Reading what needs attention\u2026"));
}

void TodayPage::showOutcome(const Outcome& outcome)
{
    m_reading->finish();
    if (!outcome.error.isEmpty()) {
        m_model->setRows({}, outcome.now);
        m_empty->setText(tr("The Today list could not be read"), outcome.error);
        m_view->hide();
        m_count->hide();
        m_empty->show();
        emit listShown();
        return;
    }
    m_model->setRows(outcome.rows, outcome.now);
    const QHash<QString, QString>& names = outcome.names;

    // Serious complaints must reach the commissioner's authorised officer at once (C 12): not an
    // item of the spec's Today list, so it is said above it, for everyone.
    QStringList waiting;
    for (const Complaint& c : outcome.seriousComplaints)
        waiting << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(c.serviceUserId,
                            (names.value(c.serviceUserId, c.serviceUserId.isEmpty() ? tr("no one named")
                                                                                    : tr("someone not on your list")) +
                             tr(", received %1").arg(LocalTime::formatDate(c.receivedOn)))
                                .toHtmlEscaped());
    m_complaints->setText((waiting.size() == 1
                               ? tr("Warning: a serious complaint has not been sent to the commissioner's "
                                    "authorised officer, which must be done at once: %1")
                               : tr("Warning: %1 serious complaints have not been sent to the commissioner's "
                                    "authorised officer, which must be done at once: %2")
                                     .arg(waiting.size()))
                              .arg(waiting.join(QStringLiteral("; "))));
    m_complaints->setVisible(!waiting.isEmpty());
    // A group's heading reads across the whole row rather than being cut off at the first column.
    for (int group = 0; group < m_model->rowCount(); ++group)
        m_view->setFirstColumnSpanned(group, QModelIndex(), true);
    m_view->expandAll();

    const bool empty = m_model->itemCount() == 0;
    const int count = m_model->itemCount();
    const QString items = count == 1 ? tr("1 item needs attention") : tr("%1 items need attention").arg(count);
    m_count->setText(shownStaff().isEmpty()
                         ? tr("%1 across the team.").arg(items)
                         : tr("%1. Referrals waiting for first contact are listed for everyone until "
                              "a key worker is allocated.")
                               .arg(items));
    m_empty->setText(tr("Nothing needs attention"),
                     shownStaff().isEmpty() ? tr("No first contacts, reviews, stars or missed appointments are due "
                                                 "for anyone. New referrals appear here until they are contacted.")
                                            : tr("Nothing is due for %1. Choose \"Everyone\" to see the whole "
                                                 "team's list.")
                                                  .arg(m_staff->currentText()));
    m_view->setVisible(!empty);
    m_count->setVisible(!empty);
    m_empty->setVisible(empty);
    emit listShown();
}

} // namespace waymark
