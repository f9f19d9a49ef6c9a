#include "ui/SessionPanel.h"

#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"
#include "core/services/SessionService.h"
#include "core/storage/Repositories.h"
#include "ui/FieldMessages.h"
#include "ui/FormChoices.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace waymark {

namespace {

template <typename Person> // a ServiceUser or a PersonChoice
QString personLabel(const Person& p)
{
    return FormChoices::personLabel(p.givenName, p.familyName, p.preferredName, p.dateOfBirth);
}

} // namespace

SessionPanel::SessionPanel(Repositories& repositories, SessionService& service, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_service(service)
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_register(new QListWidget(this))
    , m_registerCount(new QLabel(this))
    , m_saveRegister(new QPushButton(tr("Save &register"), this))
    , m_walkInBox(new QGroupBox(tr("Record a walk-in"), this))
    , m_messages(new FieldMessages(this))
    , m_who(new QLineEdit(this))
    , m_newPerson(new QCheckBox(tr("So&meone new"), this))
    , m_givenName(new QLineEdit(this))
    , m_familyName(new QLineEdit(this))
    , m_discussed(new QLineEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_record(new QPushButton(tr("Record &walk-in"), this))
    , m_walkIns(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionPanel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_details->setWordWrap(true);

    m_register->setObjectName(QStringLiteral("register"));
    m_register->setAccessibleName(tr("Attendance register"));
    m_registerCount->setObjectName(QStringLiteral("registerCount"));
    m_saveRegister->setObjectName(QStringLiteral("saveRegister"));
    connect(m_register, &QListWidget::itemChanged, this, [this] {
        m_unsaved = true;
        updateCount();
    });
    connect(m_register, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openServiceUser(item->data(Qt::UserRole).toString()); });
    connect(m_saveRegister, &QPushButton::clicked, this, &SessionPanel::saveRegister);

    // The walk-in: every field reachable in order, Enter records it.
    m_who->setObjectName(QStringLiteral("walkInWho"));
    m_who->setPlaceholderText(tr("start typing a name"));
    m_who->setAccessibleName(tr("Who came"));
    m_who->setAccessibleDescription(tr("Start typing the name of someone already known to the service"));
    m_who->setClearButtonEnabled(true);
    auto* completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setModel(new QStandardItemModel(completer));
    m_who->setCompleter(completer);
    // The id travels with the pick, so two people with the same name are never confused.
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        m_pickedId = index.data(Qt::UserRole).toString();
    });
    connect(m_who, &QLineEdit::textEdited, this, [this] {
        m_pickedId.clear();
        readPeopleIfChanged(); // offer the names as they are now
    });
    m_newPerson->setObjectName(QStringLiteral("walkInNewPerson"));
    m_givenName->setObjectName(QStringLiteral("walkInGivenName"));
    m_familyName->setObjectName(QStringLiteral("walkInFamilyName"));
    m_givenName->setPlaceholderText(tr("given name"));
    m_familyName->setPlaceholderText(tr("family name"));
    m_givenName->setAccessibleName(tr("New person's given name"));
    m_familyName->setAccessibleName(tr("New person's family name"));
    m_givenName->setEnabled(false);
    m_familyName->setEnabled(false);
    connect(m_newPerson, &QCheckBox::toggled, this, [this](bool on) {
        m_who->setEnabled(!on);
        m_givenName->setEnabled(on);
        m_familyName->setEnabled(on);
        (on ? m_givenName : m_who)->setFocus();
    });
    m_discussed->setObjectName(QStringLiteral("walkInDiscussed"));
    m_discussed->setPlaceholderText(tr("e.g. letter about a benefit sanction"));
    m_minutes->setObjectName(QStringLiteral("walkInMinutes"));
    m_minutes->setRange(0, 720);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(15);
    m_minutes->setSuffix(tr(" minutes"));
    m_record->setObjectName(QStringLiteral("recordWalkIn"));
    for (QLineEdit* edit : {m_who, m_givenName, m_familyName, m_discussed})
        connect(edit, &QLineEdit::returnPressed, this, &SessionPanel::recordWalkIn);
    connect(m_record, &QPushButton::clicked, this, &SessionPanel::recordWalkIn);
    m_walkIns->setObjectName(QStringLiteral("walkIns"));
    m_walkIns->setWordWrap(true);
    m_walkIns->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_walkIns->setAlternatingRowColors(true);
    m_walkIns->setAccessibleName(tr("Walk-ins at this session"));
    m_status->setObjectName(QStringLiteral("walkInStatus"));
    m_status->setWordWrap(true);

    auto* names = new QWidget(m_walkInBox);
    auto* namesLayout = new QHBoxLayout(names);
    namesLayout->setContentsMargins(0, 0, 0, 0);
    namesLayout->addWidget(m_givenName);
    namesLayout->addWidget(m_familyName);
    auto* who = new QWidget(m_walkInBox);
    auto* whoLayout = new QHBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->addWidget(m_who, 1);
    whoLayout->addWidget(m_newPerson);
    // The label's Alt+H lands in the name field, not on the row that holds it.
    who->setFocusProxy(m_who);
    auto* form = new QFormLayout;
    m_messages->addRow(form, tr("W&ho:"), who, QStringLiteral("service_user_id"));
    m_messages->addRow(form, tr("New person:"), names, QStringLiteral("given_name"));
    m_messages->addRow(form, tr("&Discussed:"), m_discussed, QStringLiteral("x_discussed"));
    m_messages->addRow(form, tr("How &long:"), m_minutes, QStringLiteral("x_minutes"));
    auto* walkInLayout = new QVBoxLayout(m_walkInBox);
    walkInLayout->addLayout(form);
    walkInLayout->addWidget(m_messages->messageFor(QStringLiteral("family_name"), m_familyName));
    auto* recordRow = new QHBoxLayout;
    recordRow->addWidget(m_status, 1);
    recordRow->addWidget(m_record);
    walkInLayout->addLayout(recordRow);
    walkInLayout->addWidget(new QLabel(tr("Seen at this session:"), m_walkInBox));
    walkInLayout->addWidget(m_walkIns);

    auto* registerBox = new QGroupBox(tr("Attendance register"), this);
    auto* registerLayout = new QVBoxLayout(registerBox);
    auto* hint = new QLabel(tr("Tick everyone who came. The list is everyone in support with this contract on the "
                               "day, and anyone already recorded."),
                            registerBox);
    hint->setWordWrap(true);
    registerLayout->addWidget(hint);
    registerLayout->addWidget(m_register, 1);
    auto* registerRow = new QHBoxLayout;
    registerRow->addWidget(m_registerCount, 1);
    registerRow->addWidget(m_saveRegister);
    registerLayout->addLayout(registerRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_walkInBox, 2);
    layout->addWidget(registerBox, 3);
    showSession({});
}

void SessionPanel::showSession(const QString& requested)
{
    // A copy: `requested` may be m_session.id itself, which is cleared next.
    const QString sessionId = requested;
    // Ticks not yet saved survive the register being read again (after a walk-in, say).
    QHash<QString, Qt::CheckState> pending;
    if (m_unsaved && sessionId == m_session.id)
        for (int i = 0; i < m_register->count(); ++i)
            pending.insert(m_register->item(i)->data(Qt::UserRole).toString(), m_register->item(i)->checkState());
    m_unsaved = !pending.isEmpty();
    m_session = GroupSession{};
    m_lines.clear();
    m_register->clear();
    m_walkIns->clear();
    m_messages->clear();
    m_status->clear();
    std::optional<GroupSession> found;
    if (!sessionId.isEmpty())
        if (Result<std::optional<GroupSession>> s = m_repositories.sessions.find(sessionId))
            found = s.value();
    const bool shown = found.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_register, m_saveRegister, m_walkInBox})
        w->setEnabled(shown);
    if (!shown) {
        m_heading->setText(tr("No session chosen"));
        m_details->setText(tr("Choose a session in the list, or add one with New session."));
        m_walkInBox->setVisible(false);
        m_registerCount->clear();
        return;
    }
    m_session = *found;
    const CodeList& kinds = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::SessionKind));
    m_heading->setText(m_session.title.isEmpty() ? kinds.displayLabel(m_session.kind) : m_session.title);
    QStringList details{kinds.displayLabel(m_session.kind), LocalTime::formatDateTime(m_session.startsAt),
                        tr("%n minutes", nullptr, m_session.durationMinutes)};
    if (!m_session.venue.isEmpty())
        details << m_session.venue;
    if (!m_session.ledBy.isEmpty())
        details << tr("led by %1").arg(ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::LedBy))
                                           .displayLabel(m_session.ledBy)
                                           .toLower());
    m_details->setText(details.join(QStringLiteral(" \u00b7 ")));
    m_walkInBox->setVisible(m_session.isDropIn());

    Result<QVector<RegisterLine>> lines = m_repositories.sessions.registerFor(m_session);
    if (!lines) {
        m_registerCount->setText(lines.error().message);
        return;
    }
    m_lines = lines.value();
    QSignalBlocker quiet(m_register);
    for (const RegisterLine& line : m_lines) {
        auto* item = new QListWidgetItem(personLabel(line.person), m_register);
        item->setData(Qt::UserRole, line.person.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(line.attendance && line.attendance->attended ? Qt::Checked : Qt::Unchecked);
        // A walk-in just recorded is ticked whatever was pending for them.
        if (pending.contains(line.person.id) && !(line.attendance && !line.attendance->discussed.isEmpty()))
            item->setCheckState(pending.value(line.person.id));
        if (line.attendance && !line.attendance->discussed.isEmpty()) {
            item->setToolTip(line.attendance->discussed);
            m_walkIns->addItem(tr("%1: %2 (%3)")
                                   .arg(PersonName::display(line.person.givenName, line.person.familyName,
                                                            line.person.preferredName),
                                        line.attendance->discussed,
                                        tr("%n minutes", nullptr, line.attendance->minutes.value_or(0))));
        }
    }
    quiet.unblock();
    updateCount();
    if (m_lines.isEmpty())
        m_registerCount->setText(tr("Nobody is in support with this contract on the day yet."));
    if (m_session.isDropIn() && m_walkIns->count() == 0)
        m_walkIns->addItem(tr("Nobody yet: record each person as they are seen."));

    if (m_session.isDropIn())
        readPeopleIfChanged();
}

void SessionPanel::readPeopleIfChanged()
{
    if (!m_peopleRead)
        fillPeople();
}

void SessionPanel::fillPeople()
{
    // The walk-in's "who" offers everyone on record (read again next time if it cannot be read).
    m_people.clear();
    if (Result<QVector<PersonChoice>> everyone = m_repositories.serviceUsers.choices()) {
        m_peopleRead = true;
        m_people.reserve(everyone->size());
        for (const PersonChoice& p : everyone.value())
            m_people << qMakePair(personLabel(p), p.id);
    }
    std::sort(m_people.begin(), m_people.end(), [](const auto& a, const auto& b) {
        const int c = a.first.compare(b.first, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    auto* model = qobject_cast<QStandardItemModel*>(m_who->completer()->model());
    model->clear();
    for (const auto& [label, id] : std::as_const(m_people)) {
        auto* item = new QStandardItem(label);
        item->setData(id, Qt::UserRole);
        model->appendRow(item);
    }
}

void SessionPanel::updateCount()
{
    int ticked = 0;
    for (int i = 0; i < m_register->count(); ++i)
        ticked += m_register->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_registerCount->setText(tr("%n attended", nullptr, ticked));
}

bool SessionPanel::saveRegister()
{
    if (m_session.id.isEmpty())
        return false;
    QVector<Attendance> lines;
    for (int i = 0; i < m_register->count(); ++i) {
        const QListWidgetItem* item = m_register->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const bool ticked = item->checkState() == Qt::Checked;
        // Only lines that say something: a person never ticked and never recorded is left off.
        bool onRegister = false;
        for (const RegisterLine& l : m_lines)
            if (l.person.id == id)
                onRegister = l.attendance.has_value();
        if (ticked || onRegister)
            lines << Attendance{m_session.id, id, ticked, {}, std::nullopt};
    }
    // Cleared first: saving announces the change, and the screens read the register again.
    m_unsaved = false;
    Status saved = m_service.saveRegister(m_session.id, lines);
    if (!saved) {
        m_unsaved = true;
        m_registerCount->setText(tr("Error: %1").arg(saved.error().message));
        return false;
    }
    showSession(m_session.id);
    m_registerCount->setText(m_registerCount->text() + tr(": saved."));
    return true;
}

QString SessionPanel::personIdFromWho(bool* ambiguous) const
{
    *ambiguous = false;
    const QString typed = m_who->text().trimmed();
    if (typed.isEmpty())
        return {};
    if (!m_pickedId.isEmpty())
        return m_pickedId;
    // Typed without picking: the one person whose label is exactly it, else the one containing it.
    for (bool exact : {true, false}) {
        QString match;
        int count = 0;
        for (const auto& [label, id] : m_people)
            if (exact ? label.compare(typed, Qt::CaseInsensitive) == 0 : label.contains(typed, Qt::CaseInsensitive)) {
                match = id;
                ++count;
            }
        if (count == 1)
            return match;
        if (count > 1) {
            *ambiguous = true;
            return {};
        }
    }
    return {};
}

bool SessionPanel::recordWalkIn()
{
    if (!m_session.isDropIn())
        return false;
    m_messages->clear();
    Attendance line{m_session.id, {}, true, m_discussed->text(), m_minutes->value()};
    std::optional<ServiceUser> newPerson;
    if (m_newPerson->isChecked()) {
        ServiceUser p;
        p.givenName = m_givenName->text();
        p.familyName = m_familyName->text();
        newPerson = p;
        // Someone already on record under this name is more likely than a second person of the
        // same name: say so, and add a new person only when Record is pressed again.
        const QString name = (p.givenName.trimmed() + QLatin1Char(' ') + p.familyName.trimmed()).toCaseFolded();
        const Result<bool> onRecord = m_repositories.serviceUsers.isNameOnRecord(p.givenName, p.familyName);
        const bool known = onRecord && onRecord.value();
        if (known && m_confirmedNewName != name && !p.givenName.trimmed().isEmpty()) {
            m_confirmedNewName = name;
            m_messages->show({FieldProblem{QStringLiteral("given_name"),
                                           tr("Someone called %1 %2 is already on record: untick Someone new and pick them "
                                              "from the list, or press Record again to add a different person.")
                                               .arg(p.givenName.trimmed(), p.familyName.trimmed()),
                                           FieldProblem::Severity::Warning}});
            return false;
        }
    } else {
        readPeopleIfChanged();
        bool ambiguous = false;
        line.serviceUserId = personIdFromWho(&ambiguous);
        if (ambiguous) {
            m_messages->show({FieldProblem{QStringLiteral("service_user_id"),
                                           tr("More than one person matches \"%1\": pick the right one from the list.")
                                               .arg(m_who->text().trimmed())}});
            return false;
        }
    }
    // Someone new is on record once saved: the names are read again (by the page, which hears
    // of the change, or else when the session is shown again below), to be offered next time.
    if (newPerson)
        readPeopleAgain();
    Result<QString> saved = m_service.recordWalkIn(line, newPerson);
    if (!saved) {
        FieldProblems problems = m_service.problems();
        if (!newPerson && line.serviceUserId.isEmpty() && !m_who->text().trimmed().isEmpty())
            for (FieldProblem& p : problems)
                if (p.field == QLatin1String("service_user_id"))
                    p.message = tr("No one on record matches \"%1\": pick a name from the list, or tick Someone new.")
                                    .arg(m_who->text().trimmed());
        m_messages->show(problems);
        m_status->setText(problems.isEmpty() ? tr("Error: %1").arg(saved.error().message) : QString());
        return false;
    }
    const QString who = newPerson
                            ? (newPerson->givenName.trimmed() + QLatin1Char(' ') + newPerson->familyName.trimmed())
                            : m_who->text().trimmed();
    showSession(m_session.id);
    m_status->setText(tr("Recorded %1.").arg(who));
    m_who->clear();
    m_pickedId.clear();
    m_confirmedNewName.clear();
    m_givenName->clear();
    m_familyName->clear();
    m_discussed->clear();
    m_newPerson->setChecked(false);
    m_who->setFocus();
    return true;
}

} // namespace waymark
