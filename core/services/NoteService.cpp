#include "core/services/NoteService.h"

#include "core/domain/Clock.h"
#include "core/domain/LocalTime.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/RecordValues.h"
#include "core/services/RecordWriter.h"
#include "core/storage/NoteRepository.h"
#include "core/storage/SupportPeriodRepository.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString trNote(const char* text)
{
    return QCoreApplication::translate("NoteService", text);
}

} // namespace

NoteService::NoteService(ServiceContext context)
    : m_context(std::move(context))
{
}

bool NoteService::isEditable(const CaseNote& note, const QDateTime& now)
{
    return LocalTime::londonDate(note.writtenAt) == LocalTime::londonDate(now);
}

Result<QString> NoteService::write(CaseNote note)
{
    if (note.text.trimmed().isEmpty())
        return Error{trNote(QT_TRANSLATE_NOOP("NoteService", "The note is empty: write what happened.")), {}};
    if (note.authorId.isEmpty())
        return Error{trNote(QT_TRANSLATE_NOOP("NoteService", "Choose who wrote the note.")), {}};
    Result<std::optional<SupportPeriod>> period =
        SupportPeriodRepository(m_context.database).find(note.supportPeriodId);
    if (!period)
        return period.error();
    if (!period->has_value())
        return Error{
            trNote(QT_TRANSLATE_NOOP("NoteService", "A note belongs to a support period; this one is no longer "
                                                    "on record.")),
            {}};
    note.text = note.text.trimmed();
    RecordWriter writer(m_context.database, m_context.clock, m_context.actor);
    Status written = writer.inTransaction(
        [&] { return writer.save(QStringLiteral("notes"), note.id, RecordValues::of(note)); });
    if (!written)
        return written.error();
    emit m_context.notifier.serviceUserChanged((*period)->serviceUserId);
    return note.id;
}

Result<QString> NoteService::add(const QString& supportPeriodId, const QString& authorId, const QString& text)
{
    CaseNote note;
    note.id = RecordWriter::newId();
    note.supportPeriodId = supportPeriodId;
    note.writtenAt = m_context.clock.now();
    note.authorId = authorId;
    note.text = text;
    return write(note);
}

Status NoteService::edit(const QString& noteId, const QString& text)
{
    Result<std::optional<CaseNote>> found = NoteRepository(m_context.database).find(noteId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{trNote(QT_TRANSLATE_NOOP("NoteService", "The note is no longer on record.")), {}};
    CaseNote note = **found;
    if (!isEditable(note, m_context.clock.now()))
        return Error{
            trNote(QT_TRANSLATE_NOOP("NoteService", "A note can only be changed on the day it was written (%1). "
                                                    "Add a correction instead."))
                .arg(LocalTime::formatDate(LocalTime::londonDate(note.writtenAt))),
            {}};
    note.text = text;
    Result<QString> written = write(note);
    if (!written)
        return written.error();
    return {};
}

Result<QString> NoteService::correct(const QString& noteId, const QString& authorId, const QString& text)
{
    Result<std::optional<CaseNote>> found = NoteRepository(m_context.database).find(noteId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{trNote(QT_TRANSLATE_NOOP("NoteService", "The note is no longer on record.")), {}};
    CaseNote note;
    note.id = RecordWriter::newId();
    note.supportPeriodId = (*found)->supportPeriodId;
    note.writtenAt = m_context.clock.now();
    note.authorId = authorId;
    note.text = text;
    note.correctsNoteId = noteId;
    return write(note);
}

} // namespace waymark
