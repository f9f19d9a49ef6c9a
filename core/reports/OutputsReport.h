#pragma once

#include "core/domain/Result.h"
#include "core/reports/ReturnData.h"

#include <QJsonObject>

namespace waymark {

class Database;

// Management information (C 14.3, spec/kpi.md "Breakdowns"): the person-based outputs of a
// contract's period, per group of gender, age band or ethnicity, with a row for "not recorded".
struct OutputsReport {
    enum class By { Nothing, Gender, AgeBand, Ethnicity };

    // A figure and how many distinct people are behind it. A figure of 1 to 4 people is shown
    // as "<5" in printed and exported returns, so that no one can be identified; so is a second
    // figure of its column where one alone would let the first be worked out from the total.
    struct Cell {
        double value = 0;
        qint64 people = 0;
        bool hidden = false;
        bool suppressed() const { return hidden; }
    };
    struct Row {
        QString group; // a code, "not_recorded", or "all"
        QString label;
        Cell serviceUsers;
        Cell newServiceUsers;
        Cell contactHours;
        Cell sessionsAttended;
    };

    Contract contract;
    ReportingPeriod period;
    By by = By::Nothing;
    QVector<Row> rows; // one per group, in the order of the code list, "not recorded" last
    Row total;

    static Result<OutputsReport> build(Database& database, const QString& contractCode, const ReportingPeriod& period,
                                       By by);
    static OutputsReport compute(const ReturnData& data, By by);

    static std::optional<By> byNamed(const QString& name); // "gender", "age_band", "ethnicity", ""
    static QString byName(By by);
    // A group's label in the language being written in (DocumentLanguage): a return made in an
    // English scope names its groups in English whatever the window's language was when the
    // figures were worked out.
    static QString groupLabel(By by, const QString& group);
    // Column headings, in the order of Row's cells.
    static QStringList figureNames();

    // {"contract", "from", "to", "by", "groups": [{"group", "label", "service_users",
    // "new_service_users", "contact_hours", "sessions_attended"}], "total": {...}}, with a
    // figure of fewer than 5 people given as the string "<5".
    QJsonObject toJson() const;
    QByteArray toJsonText() const;
};

} // namespace waymark
