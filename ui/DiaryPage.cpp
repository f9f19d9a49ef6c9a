#include "ui/DiaryPage.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"
#include "core/interchange/ICalendarExport.h"
#include "core/rules/CaseStatus.h"
#include "core/rules/WeeklyHours.h"
#include "core/services/CaseworkServices.h"
#include "core/storage/Repositories.h"
#include "ui/CaseworkForms.h"
#include "ui/EmptyState.h"
#include "ui/FormPrinter.h"
#include "ui/FormDialog.h"
#include "ui/PageTitle.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {

const QString StaffSetting = QStringLiteral("diary/staff");
const QString SpanSetting = QStringLiteral("diary/span");
constexpr int AppointmentIdRole = Qt::UserRole + 1;
constexpr int PersonIdRole = Qt::UserRole + 2;

QString hours(int minutes)
{
    return QString::number(minutes / 60.0, 'f', 1);
}

} // namespace

DiaryPage::DiaryPage(Repositories& repositories, CaseworkServices& services, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_services(services)
    , m_clock(clock)
    , m_forms(new CaseworkForms(services, clock, this))
    , m_date(LocalTime::londonDate(clock.now()))
    , m_staff(new QComboBox(this))
    , m_spanChoice(new QComboBox(this))
    , m_range(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_view(new QTreeWidget(this))
    , m_empty(new EmptyState(this))
{
    setObjectName(QStringLiteral("diaryPage"));
    auto* title = new PageTitle(tr("Diary"), this);
    QFont rangeFont = m_range->font();
    rangeFont.setBold(true);
    m_range->setFont(rangeFont);
    m_range->setObjectName(QStringLiteral("diaryRange"));

    m_staff->setObjectName(QStringLiteral("diaryStaff"));
    m_staff->setAccessibleName(tr("Whose diary"));
    m_spanChoice->setObjectName(QStringLiteral("diarySpan"));
    m_spanChoice->setAccessibleName(tr("Day or week"));
    m_spanChoice->addItem(tr("Week"), int(Span::Week));
    m_spanChoice->addItem(tr("Day"), int(Span::Day));
    auto* previous = new QPushButton(tr("\u2190 &Previous"), this);
    previous->setObjectName(QStringLiteral("previous"));
    auto* today = new QPushButton(tr("T&oday"), this);
    today->setObjectName(QStringLiteral("today"));
    auto* next = new QPushButton(tr("&Next \u2192"), this);
    next->setObjectName(QStringLiteral("next"));
    auto* bookButton = new QPushButton(tr("&Book\u2026"), this);
    bookButton->setObjectName(QStringLiteral("book"));
    bookButton->setToolTip(tr("Book an appointment with someone in support"));
    connect(bookButton, &QPushButton::clicked, this, &DiaryPage::book);
    auto* exportButton = new QPushButton(tr("E&xport to calendar\u2026"), this);
    exportButton->setObjectName(QStringLiteral("exportCalendar"));
    exportButton->setToolTip(tr("Save what is shown as an .ics file for Outlook or Thunderbird"));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_range);
    header->addStretch(1);
    header->addWidget(m_staff);
    header->addWidget(m_spanChoice);
    header->addWidget(previous);
    header->addWidget(today);
    header->addWidget(next);
    header->addWidget(bookButton);
    header->addWidget(exportButton);

    auto* actions = new QHBoxLayout;
    const QList<QPair<QString, QString>> outcomes = {
        {QStringLiteral("attended"), tr("A&ttended")},
        {QStringLiteral("dna"), tr("Did not &attend")},
        {QStringLiteral("cancelled_by_person"), tr("Cancelled by the p&erson")},
        {QStringLiteral("cancelled_by_provider"), tr("Cancel (&us)")},
    };
    for (const auto& [code, text] : outcomes) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("mark_") + code);
        // Copied by name: clang before 16 cannot capture a structured binding.
        connect(button, &QPushButton::clicked, this, [this, code = code] { mark(code); });
        actions->addWidget(button);
        m_itemActions << button;
    }
    auto* move = new QPushButton(tr("&Move\u2026"), this);
    move->setObjectName(QStringLiteral("move"));
    connect(move, &QPushButton::clicked, this, &DiaryPage::moveSelected);
    auto* open = new QPushButton(tr("Open &record"), this);
    open->setObjectName(QStringLiteral("openRecord"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (const DiaryEntry* e = selectedEntry())
            emit openServiceUser(e->serviceUserId);
    });
    auto* letter = new QPushButton(tr("&Letter\u2026"), this);
    letter->setObjectName(QStringLiteral("printLetter"));
    letter->setToolTip(tr("Print a letter to the person confirming this appointment"));
    connect(letter, &QPushButton::clicked, this, [this] {
        const DiaryEntry* e = selectedEntry();
        const QString appointmentId = e ? e->appointment.id : QString();
        FormPrinter::previewOrExplain(
            letterForSelected(),
            [this, appointmentId](const QString& language, bool largePrint) {
                PrintedForms forms(m_repositories.database, m_clock);
                forms.setLanguage(language);
                forms.setLargePrint(largePrint);
                return forms.appointmentLetter(appointmentId);
            },
            this);
    });
    m_itemActions << move << open << letter;
    actions->addWidget(move);
    actions->addWidget(open);
    actions->addWidget(letter);
    actions->addStretch(1);
    actions->addWidget(m_totals);

    m_view->setObjectName(QStringLiteral("diary"));
    m_view->setAccessibleName(tr("Appointments"));
    m_view->setColumnCount(6);
    m_view->setHeaderLabels({tr("Time"), tr("Person"), tr("Kind"), tr("Length"), tr("Status"), tr("Contract")});
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_view->setColumnWidth(0, 12 * em);
    m_view->setColumnWidth(1, 20 * em);
    m_view->setColumnWidth(2, 10 * em);
    m_view->setColumnWidth(3, 6 * em);
    m_view->setColumnWidth(4, 14 * em);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    QSettings settings;
    m_span = settings.value(SpanSetting, int(Span::Week)).toInt() == int(Span::Day) ? Span::Day : Span::Week;
    m_spanChoice->setCurrentIndex(m_span == Span::Week ? 0 : 1);
    connect(m_spanChoice, &QComboBox::activated, this, [this] {
        showSpan(Span(m_spanChoice->currentData().toInt()));
    });
    connect(m_staff, &QComboBox::activated, this, [this] {
        QSettings().setValue(StaffSetting, m_staff->currentData().toString());
        reload();
    });
    connect(previous, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(m_span == Span::Week ? -7 : -1)); });
    connect(next, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(m_span == Span::Week ? 7 : 1)); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(LocalTime::londonDate(m_clock.now())); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("diary-%1.ics").arg(LocalTime::isoDate(firstDay())));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the diary"), suggested,
                                                          tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            exportCalendar(path);
    });
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString person = item->data(0, PersonIdRole).toString();
        if (!person.isEmpty())
            emit openServiceUser(person);
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &DiaryPage::updateActions);
    fillStaff();
    updateActions();
}

void DiaryPage::fillStaff()
{
    const QString wanted = m_staff->count() > 0 ? m_staff->currentData().toString()
                                                : QSettings().value(StaffSetting).toString();
    m_staff->clear();
    if (m_onlyStaff.isEmpty())
        m_staff->addItem(tr("Everyone"), QString());
    if (Result<QVector<Staff>> staff = m_repositories.staff.all())
        for (const Staff& s : staff.value())
            if (m_onlyStaff.isEmpty() ? s.active : s.id == m_onlyStaff)
                m_staff->addItem(s.name, s.id);
    if (!m_onlyStaff.isEmpty() && m_staff->count() == 0)
        m_staff->addItem(tr("Your diary"), m_onlyStaff);
    const int found = m_staff->findData(wanted);
    m_staff->setCurrentIndex(found >= 0 ? found : 0);
    QVector<Staff> all;
    if (Result<QVector<Staff>> staff = m_repositories.staff.all())
        all = staff.value();
    m_forms->setStaff(all);
}

QDate DiaryPage::firstDay() const
{
    return m_span == Span::Week ? WeeklyHours::weekStart(m_date) : m_date;
}

QDate DiaryPage::lastDay() const
{
    return m_span == Span::Week ? firstDay().addDays(6) : m_date;
}

void DiaryPage::restrictTo(const QString& staffId)
{
    m_onlyStaff = staffId;
    m_staff->setEnabled(staffId.isEmpty());
    fillStaff();
    reload();
}

void DiaryPage::showStaff(const QString& staffId)
{
    const int found = m_staff->findData(staffId);
    m_staff->setCurrentIndex(found >= 0 ? found : 0);
    reload();
}

void DiaryPage::showSpan(Span span)
{
    m_span = span;
    m_spanChoice->setCurrentIndex(span == Span::Week ? 0 : 1);
    QSettings().setValue(SpanSetting, int(span));
    reload();
}

void DiaryPage::showDate(const QDate& date)
{
    m_date = date;
    reload();
}

bool DiaryPage::reload()
{
    const QString keep = selectedAppointment();
    fillStaff();
    m_range->setText(m_span == Span::Week ? tr("Week of %1").arg(LocalTime::formatDate(firstDay()))
                                          : LocalTime::formatDate(m_date));
    // London days, as UTC moments: a week holding a clock change is still seven local days.
    const QDateTime from = LocalTime::fromLondon(firstDay(), QTime(0, 0));
    const QDateTime to = LocalTime::fromLondon(lastDay().addDays(1), QTime(0, 0));
    const QString whose = m_onlyStaff.isEmpty() ? m_staff->currentData().toString() : m_onlyStaff;
    Result<QVector<DiaryEntry>> entries = m_repositories.appointments.diary(whose, from, to);
    m_view->clear();
    if (!entries) {
        m_entries.clear();
        m_empty->setText(tr("The diary could not be read"), entries.error().message);
        m_view->hide();
        m_empty->show();
        return false;
    }
    m_entries = entries.value();

    const CodeList& kinds = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::AppointmentKind));
    const CodeList& statuses = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::AppointmentStatus));
    QStyle* style = QApplication::style();
    int bookedMinutes = 0;
    for (QDate day = firstDay(); day <= lastDay(); day = day.addDays(1)) {
        auto* dayItem = new QTreeWidgetItem(m_view);
        QFont bold = dayItem->font(0);
        bold.setBold(true);
        dayItem->setFirstColumnSpanned(true);
        int count = 0;
        int minutes = 0;
        for (const DiaryEntry& e : std::as_const(m_entries)) {
            const Appointment& a = e.appointment;
            if (LocalTime::londonDate(a.startsAt) != day)
                continue;
            ++count;
            if (WeeklyHours::countsAgainstCap(a))
                minutes += a.durationMinutes;
            const QDateTime start = LocalTime::toLondon(a.startsAt);
            const QDateTime end = start.addSecs(qint64(a.durationMinutes) * 60);
            auto* item = new QTreeWidgetItem(dayItem);
            item->setText(0, QStringLiteral("%1\u2013%2").arg(start.toString(QStringLiteral("HH:mm")),
                                                              end.toString(QStringLiteral("HH:mm"))));
            item->setText(1, PersonName::display(e.givenName, e.familyName, e.preferredName));
            item->setText(2, kinds.displayLabel(a.kind));
            item->setText(3, tr("%1 min").arg(a.durationMinutes));
            item->setText(4, statuses.displayLabel(a.status));
            item->setText(5, e.contractName);
            item->setData(0, AppointmentIdRole, a.id);
            item->setData(0, PersonIdRole, e.serviceUserId);
            // The status is said in words; the icon only helps the eye.
            QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
            if (a.status == QLatin1String("attended"))
                icon = QStyle::SP_DialogApplyButton;
            else if (a.status == QLatin1String("dna"))
                icon = QStyle::SP_MessageBoxWarning;
            else if (a.status.startsWith(QLatin1String("cancelled")))
                icon = QStyle::SP_DialogCancelButton;
            if (icon != QStyle::SP_CustomBase)
                item->setIcon(4, style->standardIcon(icon));
        }
        bookedMinutes += minutes;
        dayItem->setText(0, count == 0 ? tr("%1: nothing booked").arg(LocalTime::formatDate(day))
                                       : (count == 1 ? tr("%1: 1 appointment, %2 hours")
                                                           .arg(LocalTime::formatDate(day), hours(minutes))
                                                     : tr("%1: %2 appointments, %3 hours")
                                                           .arg(LocalTime::formatDate(day))
                                                           .arg(count)
                                                           .arg(hours(minutes))));
        dayItem->setFont(0, bold);
        if (day == LocalTime::londonDate(m_clock.now()))
            dayItem->setText(0, dayItem->text(0) + tr("  (today)"));
    }
    m_view->expandAll();
    m_totals->setText(tr("%1 hours planned or attended").arg(hours(bookedMinutes)));
    const bool empty = m_entries.isEmpty() && m_span == Span::Day;
    m_empty->setText(tr("Nothing booked"),
                     tr("No appointments on this day. Book one from a person's record (Diary tab)."));
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!keep.isEmpty())
        select(keep);
    updateActions();
    return true;
}

bool DiaryPage::select(const QString& appointmentId)
{
    for (int d = 0; d < m_view->topLevelItemCount(); ++d) {
        QTreeWidgetItem* day = m_view->topLevelItem(d);
        for (int i = 0; i < day->childCount(); ++i) {
            if (day->child(i)->data(0, AppointmentIdRole).toString() == appointmentId) {
                m_view->setCurrentItem(day->child(i));
                return true;
            }
        }
    }
    return false;
}

QString DiaryPage::selectedAppointment() const
{
    QTreeWidgetItem* item = m_view->currentItem();
    return item ? item->data(0, AppointmentIdRole).toString() : QString();
}

const DiaryEntry* DiaryPage::selectedEntry() const
{
    const QString id = selectedAppointment();
    for (const DiaryEntry& e : m_entries)
        if (!id.isEmpty() && e.appointment.id == id)
            return &e;
    return nullptr;
}

void DiaryPage::updateActions()
{
    const bool any = selectedEntry() != nullptr;
    for (QPushButton* b : m_itemActions)
        b->setEnabled(any);
}

bool DiaryPage::mark(const QString& status)
{
    const QString id = selectedAppointment();
    if (id.isEmpty())
        return false;
    Status done = m_services.appointments.setStatus(id, status);
    if (!done) {
        QMessageBox::warning(this, tr("Not recorded"),
                             done.error().message + QLatin1Char('\n') + done.error().details.join(QLatin1Char('\n')));
        return false;
    }
    reload();
    select(id);
    return true;
}

bool DiaryPage::moveSelected()
{
    const DiaryEntry* e = selectedEntry();
    if (!e)
        return false;
    Result<std::optional<SupportPeriod>> period = m_repositories.supportPeriods.find(e->appointment.supportPeriodId);
    if (!period || !period->has_value())
        return false;
    const QString id = e->appointment.id;
    if (!CaseworkForms::open(m_forms->appointmentForm(**period, {}, this, e->appointment)))
        return false;
    reload();
    select(id);
    return true;
}

FormDialog* DiaryPage::bookingForm(const QString& supportPeriodId)
{
    Result<std::optional<SupportPeriod>> period = m_repositories.supportPeriods.find(supportPeriodId);
    if (!period || !period->has_value())
        return nullptr;
    return m_forms->appointmentForm(**period, m_staff->currentData().toString(), this);
}

bool DiaryPage::book()
{
    // Whom for: everyone in support today, by name.
    Result<QVector<CaseloadEntry>> people = m_repositories.caseload.entries(m_clock.now(), m_onlyStaff);
    if (!people)
        return false;
    const QDate today = LocalTime::londonDate(m_clock.now());
    QStringList names;
    QStringList periods;
    for (const CaseloadEntry& e : people.value()) {
        if (caseStatus(e, today) != CaseStatus::Open)
            continue;
        names << PersonName::display(e.givenName, e.familyName, e.preferredName) + QStringLiteral(" \u2014 ") + e.contractName;
        periods << e.supportPeriodId;
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("No one to book"), tr("No one is in support today."));
        return false;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Book an appointment"), tr("With whom:"), names, 0, true, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (!ok || index < 0)
        return false;
    FormDialog* form = bookingForm(periods.at(index));
    if (!form || !CaseworkForms::open(form))
        return false;
    reload();
    return true;
}

bool DiaryPage::exportCalendar(const QString& path)
{
    const QString who = m_staff->currentData().toString().isEmpty() ? tr("Team") : m_staff->currentText();
    const QByteArray calendar =
        ICalendarExport::toICalendar(m_entries, tr("%1, Waymark diary").arg(who), m_clock.now());
    Status written = ICalendarExport::writeFile(calendar, path);
    if (!written) {
        QMessageBox::warning(this, tr("Not exported"), written.error().message);
        return false;
    }
    return true;
}

} // namespace waymark

namespace waymark {

Result<PrintedForm> DiaryPage::letterForSelected() const
{
    const DiaryEntry* e = selectedEntry();
    if (!e)
        return Error{tr("Choose an appointment in the diary first."), {}};
    PrintedForms forms(m_repositories.database, m_clock);
    forms.setLanguage({}); // the person's own, when Waymark has it
    return forms.appointmentLetter(e->appointment.id);
}

} // namespace waymark
