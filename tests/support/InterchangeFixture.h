#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace waymark::test {

// A small, valid interchange document for the seed contracts: one key worker, two people, a
// referral and support period each, appointments, a plan with a goal and review, star
// assessments, an outcome, a session with its register, a hospital stay and a note. Tests change
// one thing in it and check what the importer says.
QJsonObject smallCaseload();

// An interchange document of key workers only, each an active key worker with that id and name:
// the staff an administrator sets up before a team's spreadsheet is brought in.
QJsonObject keyWorkers(const QList<QPair<QString, QString>>& idsAndNames);

// Sets the value at a path like "appointments[0].duration_minutes" (creating the key).
void setAt(QJsonObject& document, const QString& path, const QJsonValue& value);
// Removes the key at such a path.
void removeAt(QJsonObject& document, const QString& path);

} // namespace waymark::test
