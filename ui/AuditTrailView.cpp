#include "ui/AuditTrailView.h"

#include "core/domain/PersonName.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Repositories.h"
#include "ui/AuditTrailModel.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace waymark {

AuditTrailView::AuditTrailView(Repositories& repositories, QWidget* parent)
    : QWidget(parent)
    , m_repositories(repositories)
    , m_model(new AuditTrailModel(this))
    , m_table(new QTableView(this))
    , m_who(new QLineEdit(this))
    , m_person(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_older(new QPushButton(tr("Show &older"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditTrail"));
    m_who->setObjectName(QStringLiteral("auditWho"));
    m_who->setPlaceholderText(tr("a sign-in name"));
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->setPlaceholderText(tr("a service user's name or id"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("any word: printed, exported, a field, a value"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* search = new QPushButton(tr("&Search"), this);
    auto* check = new QPushButton(tr("Check the &trail"), this);
    check->setObjectName(QStringLiteral("checkTrail"));
    check->setToolTip(tr("Checks that no entry has been changed or removed since it was written"));
    auto* filters = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("&Who:"), m_who);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Containing:"), m_text);
    filters->addLayout(form, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(search);
    buttons->addWidget(check);
    buttons->addStretch(1);
    filters->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Every look at a person's record, every change, print, export and sign-in. Nobody can "
                                "change or remove an entry without the check below finding it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_older);
    layout->addLayout(bottom);

    for (QLineEdit* field : {m_who, m_person, m_text})
        connect(field, &QLineEdit::returnPressed, this, &AuditTrailView::reload);
    connect(search, &QPushButton::clicked, this, &AuditTrailView::reload);
    connect(m_older, &QPushButton::clicked, this, &AuditTrailView::showOlder);
    connect(check, &QPushButton::clicked, this, &AuditTrailView::check);
}

QString AuditTrailView::personId() const
{
    const QString typed = m_person->text().trimmed();
    return m_idsByName.value(typed, typed);
}

bool AuditTrailView::reload()
{
    // Names to show and to search by: the administrator sees the whole caseload.
    QHash<QString, QString> names;
    m_idsByName.clear();
    if (Result<QVector<CaseloadEntry>> people = m_repositories.caseload.entries(QDateTime()))
        for (const CaseloadEntry& e : people.value()) {
            const QString name = PersonName::display(e.givenName, e.familyName, e.preferredName);
            names.insert(e.serviceUserId, name);
            m_idsByName.insert(name + QStringLiteral(" (") + e.serviceUserId + QLatin1Char(')'), e.serviceUserId);
        }
    m_model->setPeopleNames(names);
    auto* completer = new QCompleter(m_idsByName.keys(), m_person);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_person->completer();
    m_person->setCompleter(completer);
    return load(false);
}

bool AuditTrailView::showOlder()
{
    return load(true);
}

bool AuditTrailView::load(bool older)
{
    AuditQuery query;
    query.actor = m_who->text();
    query.serviceUserId = personId();
    query.text = m_text->text();
    query.limit = PageSize;
    query.beforeSeq = older ? m_model->oldestSeq() : 0;
    Result<QVector<AuditEntry>> found = AuditTrail(m_repositories.database).search(query);
    if (!found) {
        m_status->setText(found.error().message);
        return false;
    }
    m_model->setEntries(found.value(), older);
    m_older->setEnabled(found->size() == PageSize);
    m_status->setText(m_model->rowCount() == 0 ? tr("No entry matches.")
                                               : tr("%n entries shown, newest first.", nullptr, m_model->rowCount()));
    if (!older)
        m_table->resizeColumnsToContents();
    return true;
}

QString AuditTrailView::check()
{
    Result<std::optional<QString>> broken = AuditTrail(m_repositories.database).verify();
    const QString words = !broken ? broken.error().message
                                  : (broken->has_value() ? tr("The trail has been tampered with: %1").arg(**broken)
                                                         : tr("The trail holds together: no entry has been changed or removed."));
    m_status->setText(words);
    return words;
}

} // namespace waymark
