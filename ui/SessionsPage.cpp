#include "ui/SessionsPage.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/ReferenceCodes.h"
#include "core/rules/WeeklyHours.h"
#include "core/services/CaseworkServices.h"
#include "core/storage/Repositories.h"
#include "ui/EmptyState.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"
#include "ui/FormDialog.h"
#include "ui/LondonDateTimeEdit.h"
#include "ui/PageTitle.h"
#include "ui/SessionPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>

namespace waymark {

namespace {

QDateTime londonMidnight(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone("Europe/London")).toUTC();
}

} // namespace

SessionsPage::SessionsPage(Repositories& repositories, CaseworkServices& services, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_services(services)
    , m_clock(clock)
    , m_monday(WeeklyHours::weekStart(LocalTime::londonDate(clock.now())))
    , m_contract(new QComboBox(this))
    , m_week(new QLabel(this))
    , m_list(new QTableWidget(0, 6, this))
    , m_empty(new EmptyState(this))
    , m_panel(new SessionPanel(repositories, services.sessions, this))
{
    setObjectName(QStringLiteral("sessionsPage"));
    m_contract->setObjectName(QStringLiteral("sessionContract"));
    m_contract->setAccessibleName(tr("Contract"));
    m_contract->addItem(tr("All contracts"), QString());
    if (Result<QVector<Contract>> contracts = repositories.contracts.all())
        for (const Contract& c : contracts.value())
            m_contract->addItem(c.name, c.id);
    connect(m_contract, &QComboBox::currentIndexChanged, this, &SessionsPage::reload);

    auto* previous = new QPushButton(tr("\u25c0 &Previous week"), this);
    auto* thisWeek = new QPushButton(tr("&This week"), this);
    auto* next = new QPushButton(tr("&Next week \u25b6"), this);
    connect(previous, &QPushButton::clicked, this, [this] { showWeekOf(m_monday.addDays(-7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeekOf(LocalTime::londonDate(m_clock.now())); });
    connect(next, &QPushButton::clicked, this, [this] { showWeekOf(m_monday.addDays(7)); });
    auto* add = new QPushButton(tr("New &session\u2026"), this);
    add->setObjectName(QStringLiteral("newSession"));
    connect(add, &QPushButton::clicked, this, &SessionsPage::newSession);
    auto* edit = new QPushButton(tr("&Change session\u2026"), this);
    edit->setObjectName(QStringLiteral("editSession"));
    connect(edit, &QPushButton::clicked, this, &SessionsPage::editSession);

    m_week->setObjectName(QStringLiteral("sessionWeek"));
    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setAccessibleName(tr("Sessions this week"));
    m_list->setHorizontalHeaderLabels({tr("When"), tr("Kind"), tr("Session"), tr("Venue"), tr("Led by"), tr("Came")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QString id = row >= 0 && row < m_sessions.size() ? m_sessions.at(row).session.id : QString();
        // Ticks are what the worker meant: saved rather than lost when another session is chosen.
        if (m_panel->hasUnsavedTicks() && id != m_panel->sessionId())
            m_panel->saveRegister();
        m_panel->showSession(id);
    });
    connect(m_panel, &SessionPanel::openServiceUser, this, &SessionsPage::openServiceUser);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("C&ontract:"), this));
    qobject_cast<QLabel*>(bar->itemAt(0)->widget())->setBuddy(m_contract);
    bar->addWidget(m_contract);
    bar->addStretch(1);
    bar->addWidget(edit);
    bar->addWidget(add);
    // The week on a row of its own: with the contract and the buttons in one row, the window
    // was wider than a laptop's screen.
    auto* weekRow = new QHBoxLayout;
    weekRow->addWidget(previous);
    weekRow->addWidget(thisWeek);
    weekRow->addWidget(next);
    weekRow->addWidget(m_week);
    weekRow->addStretch(1);

    auto* listSide = new QStackedWidget(this);
    listSide->addWidget(m_list);
    listSide->addWidget(m_empty);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 480});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new PageTitle(tr("Sessions"), this));
    layout->addLayout(bar);
    layout->addLayout(weekRow);
    layout->addWidget(splitter, 1);
    // Read when first shown (MainWindow::showSection), not while the window starts.
}

void SessionsPage::showWeekOf(const QDate& day)
{
    m_monday = WeeklyHours::weekStart(day);
    reload();
}

void SessionsPage::showContract(const QString& contractId)
{
    const int i = m_contract->findData(contractId);
    if (i >= 0)
        m_contract->setCurrentIndex(i);
}

void SessionsPage::peopleChanged()
{
    m_panel->readPeopleAgain();
}

bool SessionsPage::reload()
{
    // Ticks are what the worker meant: saved rather than lost when the list is read again.
    if (m_panel->hasUnsavedTicks())
        m_panel->saveRegister();
    const QString chosen = m_panel->sessionId();
    m_week->setText(tr("Mon %1 to Sun %2").arg(LocalTime::formatDate(m_monday).mid(4),
                                              LocalTime::formatDate(m_monday.addDays(6)).mid(4)));
    Result<QVector<SessionSummary>> found = m_repositories.sessions.between(
        m_contract->currentData().toString(), londonMidnight(m_monday), londonMidnight(m_monday.addDays(7)));
    auto* stack = qobject_cast<QStackedWidget*>(m_list->parentWidget());
    if (!found) {
        m_sessions.clear();
        m_empty->setText(tr("The sessions could not be read"), found.error().message);
        stack->setCurrentWidget(m_empty);
        return false;
    }
    m_sessions = found.value();
    QSignalBlocker quiet(m_list);
    m_list->setRowCount(0);
    const CodeList& kinds = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::SessionKind));
    const CodeList& leaders = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::LedBy));
    for (const SessionSummary& s : m_sessions) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const QStringList cells{LocalTime::formatDateTime(s.session.startsAt), kinds.displayLabel(s.session.kind),
                                s.session.title, s.session.venue,
                                s.session.ledBy.isEmpty() ? QString() : leaders.displayLabel(s.session.ledBy),
                                QString::number(s.attended)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_list->setItem(row, column, item);
        }
    }
    // The session's name gets the room; the rest fit their contents within reason. The kind and
    // the venue are held to about ten letters (whole in their tooltips): wider, beside the
    // register at a laptop's width, they left the name a few letters.
    QHeaderView* header = m_list->horizontalHeader();
    m_list->resizeColumnsToContents();
    const int narrow = m_list->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 9;
    for (int column : {1, 3})
        m_list->setColumnWidth(column, std::min(m_list->columnWidth(column), narrow));
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    quiet.unblock();
    if (m_sessions.isEmpty()) {
        m_empty->setText(tr("No sessions this week"),
                         tr("Add a group session or a drop-in surgery with New session, or look at another week."));
        stack->setCurrentWidget(m_empty);
        m_panel->showSession({});
        return true;
    }
    stack->setCurrentWidget(m_list);
    if (!select(chosen))
        select(m_sessions.first().session.id);
    return true;
}

bool SessionsPage::select(const QString& sessionId)
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions.at(row).session.id == sessionId) {
            m_list->setCurrentCell(row, 0);
            m_panel->showSession(sessionId);
            return true;
        }
    return false;
}

FormDialog* SessionsPage::sessionForm(const std::optional<GroupSession>& existing)
{
    auto* dialog = new FormDialog(existing ? tr("Change a session") : tr("New session"),
                                  tr("A group session or drop-in surgery of one contract. Its register lists "
                                     "everyone in support with that contract on the day."),
                                  existing ? tr("&Save") : tr("&Add session"), this);
    dialog->setObjectName(QStringLiteral("sessionForm"));
    auto* contract = new QComboBox(dialog);
    contract->setObjectName(QStringLiteral("contract"));
    for (int i = 1; i < m_contract->count(); ++i)
        contract->addItem(m_contract->itemText(i), m_contract->itemData(i));
    FormChoices::select(contract, existing ? existing->contractId : m_contract->currentData().toString());
    auto* kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("kind"));
    FormChoices::fillCodes(kind, ReferenceCodes::SessionKind, false);
    auto* title = new QLineEdit(dialog);
    title->setObjectName(QStringLiteral("title"));
    title->setPlaceholderText(tr("e.g. Tuesday walk, Grays drop-in"));
    auto* when = new LondonDateTimeEdit(dialog);
    when->setObjectName(QStringLiteral("startsAt"));
    // The next whole hour today, or 10:00 on the Monday of the week shown.
    const QDate today = LocalTime::londonDate(m_clock.now());
    const QDate day = (today >= m_monday && today < m_monday.addDays(7)) ? today : m_monday;
    when->setMoment(QDateTime(day, QTime(10, 0), QTimeZone("Europe/London")).toUTC());
    auto* minutes = new QSpinBox(dialog);
    minutes->setObjectName(QStringLiteral("duration"));
    minutes->setRange(0, 720);
    minutes->setSingleStep(15);
    minutes->setValue(120);
    minutes->setSuffix(tr(" minutes"));
    auto* ledBy = new QComboBox(dialog);
    ledBy->setObjectName(QStringLiteral("ledBy"));
    FormChoices::fillCodes(ledBy, ReferenceCodes::LedBy, true);
    FormChoices::select(ledBy, QStringLiteral("staff"));
    auto* venue = new QLineEdit(dialog);
    venue->setObjectName(QStringLiteral("venue"));
    if (existing) {
        FormChoices::select(kind, existing->kind);
        title->setText(existing->title);
        when->setMoment(existing->startsAt);
        minutes->setValue(existing->durationMinutes);
        FormChoices::select(ledBy, existing->ledBy);
        venue->setText(existing->venue);
    }
    dialog->messages()->addRow(dialog->form(), tr("&Contract:"), contract, QStringLiteral("contract_id"));
    dialog->messages()->addRow(dialog->form(), tr("&Kind:"), kind, QStringLiteral("kind"));
    dialog->messages()->addRow(dialog->form(), tr("&Name:"), title, QStringLiteral("title"));
    dialog->messages()->addRow(dialog->form(), tr("&Starts:"), when, QStringLiteral("starts_at"));
    dialog->messages()->addRow(dialog->form(), tr("&How long:"), minutes, QStringLiteral("duration_minutes"));
    dialog->messages()->addRow(dialog->form(), tr("&Led by:"), ledBy, QStringLiteral("led_by"));
    dialog->messages()->addRow(dialog->form(), tr("&Venue:"), venue, QStringLiteral("venue"));
    auto saved = std::make_shared<QString>();
    dialog->setSave(
        [this, existing, contract, kind, title, when, minutes, ledBy, venue, saved]() -> Status {
            GroupSession s = existing.value_or(GroupSession{});
            s.contractId = FormChoices::code(contract);
            s.kind = FormChoices::code(kind);
            s.title = title->text();
            s.startsAt = when->moment();
            s.durationMinutes = minutes->value();
            s.ledBy = FormChoices::code(ledBy);
            s.venue = venue->text();
            Result<QString> id = m_services.sessions.save(s);
            if (!id)
                return id.error();
            *saved = id.value();
            // Show the week of the session just saved, with it chosen.
            m_monday = WeeklyHours::weekStart(LocalTime::londonDate(s.startsAt));
            reload();
            select(*saved);
            return {};
        },
        [this] { return m_services.sessions.problems(); });
    return dialog;
}

bool SessionsPage::newSession()
{
    std::unique_ptr<FormDialog> form(sessionForm());
    return form->exec() == QDialog::Accepted;
}

bool SessionsPage::editSession()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sessions.size())
        return false;
    std::unique_ptr<FormDialog> form(sessionForm(m_sessions.at(row).session));
    return form->exec() == QDialog::Accepted;
}

} // namespace waymark
