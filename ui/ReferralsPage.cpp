#include "ui/ReferralsPage.h"

#include "core/domain/Clock.h"
#include "core/domain/PersonName.h"
#include "core/services/ReferralService.h"
#include "core/storage/Repositories.h"
#include "ui/BackgroundReader.h"
#include "ui/EmptyState.h"
#include "ui/FirstContactDialog.h"
#include "ui/PageTitle.h"
#include "ui/ReadingBar.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsModel.h"
#include "ui/SortByKeyboard.h"
#include "ui/TriageDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace waymark {

namespace {

// How many rows the columns are fitted to: a screenful and more. When the list is first shown,
// and when a person double-clicks the edge of a column's heading.
constexpr int FittedToRows = 200;

} // namespace

ReferralsPage::ReferralsPage(Repositories& repositories, ReferralService& service, BackgroundReader& reader,
                             const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_service(service)
    , m_reader(reader)
    , m_clock(clock)
    , m_model(new ReferralsModel(this))
    , m_reading(new ReadingBar(this))
{
    setObjectName(QStringLiteral("referralsPage"));
    auto* title = new PageTitle(tr("Referrals"), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("referralsTable"));
    m_table->setAccessibleName(tr("Referrals"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Every row one line high, so a hundred thousand rows are laid out without measuring each.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns are fitted to the rows in view and more around them, up to this many: Qt's usual
    // thousand kept the window from answering for 40 ms when 100,000 referrals arrived.
    m_table->horizontalHeader()->setResizeContentsPrecision(FittedToRows);
    m_table->horizontalHeader()->setSortIndicator(ReferralsModel::Received, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    SortByKeyboard::offer(m_table, m_table->horizontalHeader());
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 10);
    m_empty = new EmptyState(QString(), QString(), this);
    sayNoReferrals();
    auto* add = new QPushButton(tr("&New referral\u2026"), this);
    add->setObjectName(QStringLiteral("newReferral"));
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("Record a referral (Ctrl+N)"));
    auto* contact = new QPushButton(tr("First &contact\u2026"), this);
    contact->setObjectName(QStringLiteral("firstContact"));
    contact->setToolTip(tr("Record when the person was first contacted"));
    auto* decideButton = new QPushButton(tr("&Decide\u2026"), this);
    decideButton->setObjectName(QStringLiteral("decide"));
    decideButton->setToolTip(tr("Accept, signpost, decline or leave pending"));
    m_firstContactButton = contact;
    m_decideButton = decideButton;
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(add);
    header->addWidget(contact);
    header->addWidget(decideButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_reading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    // F5 reads the list again, as it does the caseload and the Today list.
    auto* readAgain = new QShortcut(QKeySequence::Refresh, this);
    readAgain->setContext(Qt::WidgetWithChildrenShortcut);
    connect(readAgain, &QShortcut::activated, this, &ReferralsPage::reload);
    connect(m_reading, &ReadingBar::cancelled, this, [this] {
        m_loadError = tr("The referrals were not read. Press F5 to read them.");
        m_selectWhenShown.clear();
        // The rows read before are hidden: nothing of them stays chosen for First contact or Decide.
        m_table->setCurrentIndex({});
        updateState();
        emit listShown();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit openServiceUser(m_model->row(index.row()).serviceUserId);
    });
    connect(add, &QPushButton::clicked, this, &ReferralsPage::newReferral);
    connect(contact, &QPushButton::clicked, this, &ReferralsPage::recordFirstContact);
    connect(decideButton, &QPushButton::clicked, this, &ReferralsPage::decide);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReferralsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferralsPage::updateActions);
    updateState();
}

void ReferralsPage::reload()
{
    const QDateTime now = m_clock.now();
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
    // The referrals, their people's names and the rows as shown, in the order the header asks
    // for, all worked out on the reader's thread: the window's thread only shows them.
    struct Read {
        std::optional<Status> status;
        QVector<ReferralsModel::Row> rows;
    };
    auto read = std::make_shared<Read>();
    std::shared_ptr<BackgroundReader::Ticket> reading = m_reader.run(
        [read, now, sortColumn, sortOrder](Database& db, const BackgroundReader::Ticket& ticket) {
            Result<QVector<Referral>> referrals = ReferralRepository(db).all();
            if (!referrals) {
                read->status = referrals.error();
                return;
            }
            // The names of the people referred, not the whole caseload.
            QSet<QString> referred;
            for (const Referral& r : referrals.value())
                referred.insert(r.serviceUserId);
            Result<QVector<ServiceUser>> people =
                ServiceUserRepository(db).findMany(QStringList(referred.begin(), referred.end()));
            Result<QVector<Contract>> contracts = ContractRepository(db).all();
            if (!people || !contracts) {
                read->status = !people ? people.error() : contracts.error();
                return;
            }
            if (ticket.cancelled())
                return;
            QHash<QString, QString> names;
            for (const ServiceUser& person : people.value())
                names.insert(person.id, PersonName::display(person.givenName, person.familyName, person.preferredName));
            QHash<QString, Contract> contractsById;
            for (const Contract& c : contracts.value())
                contractsById.insert(c.id, c);
            read->rows = ReferralsModel::rows(referrals.value(), names, contractsById, now);
            ReferralsModel::sortRows(read->rows, sortColumn, sortOrder);
            read->status = Status();
        },
        this,
        [this, read, sortColumn, sortOrder] {
            m_reading->finish();
            // What was chosen in the rows shown while these were read stays chosen.
            const QString chosen = selectedReferral();
            if (!read->status || !*read->status) {
                m_loadError = read->status ? read->status->error().message : tr("The referrals were not read.");
                m_reader.dispose(m_model->replaceRows({}));
            } else {
                m_loadError.clear();
                // A header clicked while the list was read: its order, not the one asked for.
                const QHeaderView* header = m_table->horizontalHeader();
                if (header->sortIndicatorSection() != sortColumn || header->sortIndicatorOrder() != sortOrder)
                    ReferralsModel::sortRows(read->rows, header->sortIndicatorSection(), header->sortIndicatorOrder());
                // The rows shown until now are let go of on the reader's thread.
                m_reader.dispose(m_model->replaceRows(std::move(read->rows)));
            }
            // Columns fit the first rows read, once: widths a person sets are then kept.
            if (!m_columnsFitted && m_model->rowCount() > 0) {
                m_columnsFitted = true;
                m_table->resizeColumnsToContents();
                for (int column = 0; column < ReferralsModel::ColumnCount; ++column)
                    m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 360));
            }
            updateState();
            const QString wanted = std::exchange(m_selectWhenShown, QString());
            if (!wanted.isEmpty()) {
                selectReferral(wanted);
            } else if (const int row = m_model->rowOf(chosen); !chosen.isEmpty() && row >= 0) {
                m_table->setCurrentIndex(m_model->index(row, 0));
                m_table->scrollTo(m_table->currentIndex());
            }
            emit listShown();
        });
    m_reading->follow(reading, tr("Reading the referrals\u2026"));
    m_loadError.clear();
    updateState();
}

bool ReferralsPage::working() const
{
    return m_reading->following();
}

void ReferralsPage::stopReading()
{
    m_reading->stop();
    m_selectWhenShown.clear();
    updateState();
}

void ReferralsPage::sayNoReferrals()
{
    m_empty->setText(tr("No referrals yet"), tr("Record one with \"New referral\" (Ctrl+N). Referrals for every "
                                                "contract are listed here, the latest first."));
}

void ReferralsPage::updateState()
{
    const bool any = m_model->rowCount() > 0;
    if (!m_loadError.isEmpty()) {
        m_empty->setText(tr("The referrals could not be read"), m_loadError);
    } else if (!any && !working()) {
        sayNoReferrals();
    }
    // Nothing is said about an empty list until it has been read.
    const bool showEmpty = !m_loadError.isEmpty() || (!any && !working());
    m_table->setVisible(!showEmpty);
    m_empty->setVisible(showEmpty);
    updateActions();
}

QString ReferralsPage::selectedReferral() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->row(current.row()).referralId : QString();
}

void ReferralsPage::updateActions()
{
    const bool any = m_loadError.isEmpty() && !selectedReferral().isEmpty();
    m_firstContactButton->setEnabled(any);
    m_decideButton->setEnabled(any && m_service.mayDecide());
    if (!m_service.mayDecide())
        m_decideButton->setToolTip(tr("A team leader decides referrals and allocates the key worker"));
}

bool ReferralsPage::newReferral()
{
    ReferralDialog dialog(m_repositories, m_service, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    selectReferral(dialog.referralId());
    return true;
}

bool ReferralsPage::recordFirstContact()
{
    Result<std::optional<Referral>> referral = m_repositories.referrals.find(selectedReferral());
    if (!referral || !referral->has_value())
        return false;
    FirstContactDialog dialog(m_service, m_clock, **referral, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString id = (*referral)->id;
    reload();
    selectReferral(id);
    return true;
}

bool ReferralsPage::decide()
{
    Result<std::optional<Referral>> referral = m_repositories.referrals.find(selectedReferral());
    if (!referral || !referral->has_value())
        return false;
    TriageDialog dialog(m_repositories, m_service, m_clock, **referral, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString id = (*referral)->id;
    reload();
    selectReferral(id);
    return true;
}

bool ReferralsPage::selectReferral(const QString& referralId)
{
    if (working()) {
        m_selectWhenShown = referralId;
        return true;
    }
    const int row = m_model->rowOf(referralId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
    return true;
}

} // namespace waymark
