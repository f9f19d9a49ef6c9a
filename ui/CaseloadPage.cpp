#include "ui/CaseloadPage.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/storage/CaseloadRepository.h"
#include "ui/CaseloadFilterProxy.h"
#include "ui/CaseloadModel.h"
#include "ui/EmptyState.h"
#include "ui/PageTitle.h"
#include "ui/ReadingBar.h"
#include "ui/SortByKeyboard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

namespace {
const QString HeaderSetting = QStringLiteral("caseload/header");
}

CaseloadPage::CaseloadPage(BackgroundReader& reader, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_clock(clock)
    , m_model(new CaseloadModel(this))
    , m_proxy(new CaseloadFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_reading(new ReadingBar(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTreeView(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("caseloadPage"));
    m_proxy->setSourceModel(m_model);

    auto* title = new PageTitle(tr("Caseload"), this);

    m_filter->setObjectName(QStringLiteral("caseloadFilter"));
    m_filter->setPlaceholderText(tr("Search by name, key worker, contract or status"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search the caseload"));
    m_filter->setAccessibleDescription(tr("Filters the list as you type"));
    m_count->setObjectName(QStringLiteral("caseloadCount"));

    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Caseload"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    SortByKeyboard::offer(m_table, m_table->header());
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // A flat list whose rows are all one line high. A tree view lays out only the rows in sight
    // when the search changes; a table's row header, hidden or not, keeps an entry for each of
    // 50,000 rows and walks them on every keystroke (a third of a keystroke's time).
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->header()->setSectionsMovable(false);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    // Widths in characters of the font in use, so a larger system font keeps whole words.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_table->setColumnWidth(CaseloadModel::Name, 20 * em);
    m_table->setColumnWidth(CaseloadModel::KeyWorker, 12 * em);
    m_table->setColumnWidth(CaseloadModel::Contract, 19 * em);
    m_table->setColumnWidth(CaseloadModel::Status, 11 * em);
    m_table->setColumnWidth(CaseloadModel::StartDate, 11 * em);
    const QByteArray header = QSettings().value(HeaderSetting).toByteArray();
    if (!header.isEmpty())
        m_table->header()->restoreState(header);
    connect(m_table->header(), &QHeaderView::sectionResized, this,
            [this] { QSettings().setValue(HeaderSetting, m_table->header()->saveState()); });
    connect(m_table->header(), &QHeaderView::sortIndicatorChanged, this,
            [this] { QSettings().setValue(HeaderSetting, m_table->header()->saveState()); });

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_reading);
    layout->addWidget(m_stack, 1);
    // F5 reads the caseload again, as it does the Today list.
    auto* readAgain = new QShortcut(QKeySequence::Refresh, this);
    readAgain->setContext(Qt::WidgetWithChildrenShortcut);
    connect(readAgain, &QShortcut::activated, this, &CaseloadPage::reload);
    connect(m_reading, &ReadingBar::cancelled, this, [this] {
        if (m_partial) {
            // The first screenful alone is not the caseload: not shown as if it were.
            m_model->setEntries({}, m_model->today());
            m_partial = false;
        }
        m_loadError = tr("The caseload was not read. Press F5 to read it.");
        updateState();
        emit caseloadShown();
    });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateState();
    });
    connect(m_table, &QTreeView::activated, this, [this] { openCurrent(); });
    // Down from the search box moves into the list, so the keyboard alone gets to a record.
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_filter, nullptr, nullptr,
                               Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_table->setFocus();
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    // Enter in the search box opens the only match, or moves into the list to choose one. While
    // only the first screenful is here, the only match in it may not be the only one: into the
    // list, never straight into someone's record.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        m_table->setFocus();
        m_table->setCurrentIndex(m_proxy->index(0, 0));
        if (m_proxy->rowCount() == 1 && !m_partial)
            openCurrent();
    });
    setFocusProxy(m_filter);
}

void CaseloadPage::reload()
{
    const QDateTime now = m_clock.now();
    const QDate today = LocalTime::londonDate(now);
    const QString onlyStaff = m_onlyStaff;
    const int sortColumn = m_table->header()->sortIndicatorSection();
    // Nothing shown yet, the whole team's list in order by name (as it opens): its first
    // screenful is read first and shown while the rest is read, a second or more at a large
    // provider's size. Each is a read of its own, in turn, on the reader's thread. (Where reads
    // run on the window's own thread, as on a team server, the window could not paint the first
    // screenful before the rest is read: the whole list only.)
    // Rows read, and what the search and sort keep of them, both worked out on the reader's
    // thread: the window's thread only puts them on the screen.
    struct Read {
        std::optional<Result<QVector<CaseloadEntry>>> entries;
        CaseloadFilterProxy::Kept kept;
    };
    const auto inOrderByName = [this] {
        return m_table->header()->sortIndicatorSection() == CaseloadModel::Name &&
               m_table->header()->sortIndicatorOrder() == Qt::AscendingOrder;
    };
    if (m_model->rowCount() == 0 && onlyStaff.isEmpty() && inOrderByName() && m_reader.threaded()) {
        // As many as the screen shows, worked out once: what is read and what it is compared with
        // to know whether it is everyone are the same number.
        const int count = firstScreenful();
        auto first = std::make_shared<Read>();
        m_reader.run(
            [first, now, today, count](Database& db, const BackgroundReader::Ticket&) {
                first->entries = CaseloadRepository(db).firstByName(now, count);
                if (*first->entries)
                    first->kept = CaseloadFilterProxy::keep(first->entries->value(), today, CaseloadModel::Name);
            },
            this,
            [this, first, today, inOrderByName, count] {
                // Shown only while the whole list is still coming, and still in order by name:
                // a failure here is the whole read's to report.
                if (!working() || m_model->rowCount() > 0 || !inOrderByName() || !first->entries || !*first->entries ||
                    first->entries->value().isEmpty())
                    return;
                // Fewer than a screenful is everyone: shown as the whole list it is.
                m_partial = first->entries->value().size() >= count;
                m_proxy->adopt(std::move(first->kept));
                m_model->setEntries(std::move(first->entries->value()), today);
                updateState();
                emit firstRowsShown();
            });
    }
    auto read = std::make_shared<Read>();
    std::shared_ptr<BackgroundReader::Ticket> reading = m_reader.run(
        [read, now, today, onlyStaff, sortColumn](Database& db, const BackgroundReader::Ticket& ticket) {
            read->entries = CaseloadRepository(db).entries(now, onlyStaff);
            if (*read->entries && !ticket.cancelled())
                read->kept = CaseloadFilterProxy::keep(read->entries->value(), today, sortColumn);
        },
        this,
        [this, read, today] {
            m_reading->finish();
            m_partial = false;
            if (!read->entries || !*read->entries) {
                m_loadError = read->entries ? read->entries->error().message : tr("The caseload was not read.");
                m_model->setEntries({}, today);
            } else {
                m_loadError.clear();
                // The rows shown until now, and what was kept of them, are let go of on the
                // reader's thread: at 50,000 people freeing them takes a fifth of a second.
                struct Previous {
                    QVector<CaseloadEntry> entries;
                    CaseloadFilterProxy::Kept kept;
                } previous{m_model->entries(), m_proxy->kept()};
                // Whoever was chosen in the rows shown until now stays chosen.
                const QString chosen = m_table->currentIndex().data(CaseloadModel::ServiceUserIdRole).toString();
                m_proxy->adopt(std::move(read->kept));
                m_model->setEntries(std::move(read->entries->value()), today);
                m_reader.dispose(std::move(previous));
                if (!chosen.isEmpty())
                    choose(chosen);
            }
            updateState();
            emit caseloadShown();
        });
    m_reading->follow(reading, tr("Reading the caseload\u2026"));
    m_loadError.clear();
    updateState();
}

int CaseloadPage::firstScreenful() const
{
    const QScreen* shownOn = screen();
    const int tallest = shownOn ? shownOn->availableGeometry().height() : 1080;
    // A row is at least a line of text high (the list adds its margins): never fewer than fit.
    const int row = std::max(1, m_table->fontMetrics().height());
    constexpr int More = 10;  // rows, for the one scrolled to as the list opens
    constexpr int Most = 200; // however tall the screen
    return std::min(tallest / row + More, Most);
}

bool CaseloadPage::working() const
{
    return m_reading->following();
}

void CaseloadPage::stopReading()
{
    if (m_partial) {
        // The first screenful alone is not the caseload: read again when next shown.
        m_model->setEntries({}, m_model->today());
        m_partial = false;
    }
    m_reading->stop();
    updateState();
}

int CaseloadPage::visibleCount() const { return m_proxy->rowCount(); }

void CaseloadPage::updateState()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (!m_loadError.isEmpty()) {
        m_empty->setText(tr("The caseload could not be read"), m_loadError);
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0 && working()) {
        // Nothing to say about an empty list until it has been read.
        m_stack->setCurrentWidget(m_table);
        m_count->clear();
        return;
    } else if (total == 0 && !m_onlyStaff.isEmpty()) {
        m_empty->setText(tr("No one is on your caseload yet"),
                         tr("People appear here when a team leader makes you the key worker of "
                            "their support. The team's referrals are on the Referrals screen (Ctrl+3)."));
        m_stack->setCurrentWidget(m_empty);
    } else if (total == 0) {
        m_empty->setText(tr("No one is on the caseload yet"),
                         tr("Record the first referral on the Referrals screen (Ctrl+3, then "
                            "Ctrl+N). A caseload kept elsewhere comes in with \"waymark-cli import "
                            "FILE.json\"; \"waymark-cli demo\" fills a separate file with fictional "
                            "people to try Waymark on."));
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0 && m_partial) {
        // Only the first screenful is here: the one searched for may be in the rest.
        m_empty->setText(tr("Still reading the caseload"),
                         tr("The people matching \"%1\" will be shown when the whole caseload has been read.")
                             .arg(m_filter->text().trimmed()));
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("No one matches \"%1\"").arg(m_filter->text().trimmed()),
                         tr("Check the spelling, search by part of a name, or clear the search "
                            "to see everyone."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    if (m_partial)
        m_count->setText(tr("The first %n shown; reading the rest\u2026", nullptr, total));
    else
        m_count->setText(shown == total ? tr("%n people", nullptr, total)
                                        : tr("%1 of %2 people").arg(shown).arg(total));
}

void CaseloadPage::choose(const QString& serviceUserId)
{
    const QVector<CaseloadEntry>& entries = m_model->entries();
    for (qsizetype row = 0; row < entries.size(); ++row)
        if (entries.at(row).serviceUserId == serviceUserId) {
            const QModelIndex shown = m_proxy->mapFromSource(m_model->index(int(row), 0));
            if (shown.isValid())
                m_table->setCurrentIndex(shown);
            return;
        }
}

void CaseloadPage::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    emit openServiceUser(index.data(CaseloadModel::ServiceUserIdRole).toString());
}

} // namespace waymark
