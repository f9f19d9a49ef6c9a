#include "core/documents/FormContent.h"

#include "core/domain/DocumentLanguage.h"
#include "core/domain/LocalTime.h"
#include "core/domain/PersonName.h"
#include "core/domain/ReferenceCodes.h"
#include "core/reports/StarChartData.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace waymark::FormContent {

namespace {

// In the form's language (DocumentLanguage::Scope), not necessarily the window's.
QString t(const char* text)
{
    return DocumentLanguage::translate("FormContent", text);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString label(const char* list, const QString& code)
{
    return code.isEmpty() ? QString() : ReferenceCodes::list(QString::fromLatin1(list)).displayLabel(code);
}

// What was never recorded is said, not left blank: a blank on paper looks like a mistake.
QString orNotRecorded(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(t(QT_TRANSLATE_NOOP("FormContent", "Not recorded"))))
                                    : esc(text);
}

QString yesNo(const std::optional<bool>& value)
{
    if (!value)
        return {};
    return *value ? t(QT_TRANSLATE_NOOP("FormContent", "Yes")) : t(QT_TRANSLATE_NOOP("FormContent", "No"));
}

const char* TableOpen = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                        "style=\"border-collapse: collapse; border-color: #777777;\">";

// A two-column table of labelled facts.
QString facts(const QList<QPair<QString, QString>>& rows)
{
    QString html = QString::fromLatin1(TableOpen);
    for (const auto& [name, value] : rows)
        html += QStringLiteral("<tr><td width=\"32%\" bgcolor=\"#eeeeee\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(name), orNotRecorded(value));
    return html + QStringLiteral("</table>");
}

// A table with a header row; cells are plain text.
QString grid(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths = {})
{
    QString html = QString::fromLatin1(TableOpen) + QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#dddddd\"%1>%2</th>")
                    .arg(i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString(),
                         esc(headers.at(i)));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(orNotRecorded(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString heading(const QString& text)
{
    return QStringLiteral("<h2 style=\"font-size: 13pt; margin-top: 14px; margin-bottom: 6px;\">%1</h2>").arg(esc(text));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p style=\"margin-bottom: 8px;\">%1</p>").arg(esc(text));
}

// Lines to sign on, with what signing means above them. One table row holds it all, so that
// the text and its signature lines are never split across two pages.
QString signatures(const QString& title, const QString& statement, const QStringList& who)
{
    QString columns;
    for (const QString& role : who)
        columns += QStringLiteral("<td width=\"%1%\" style=\"padding-right: 18px;\"><b>%2</b><br><br><br>%3<br><br>%4</td>")
                       .arg(100 / std::max<qsizetype>(1, who.size()))
                       .arg(esc(role), esc(t(QT_TRANSLATE_NOOP("FormContent", "Signed _________________________"))),
                            esc(t(QT_TRANSLATE_NOOP("FormContent", "Date ___________"))));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 14px;\"><tr><td>"
                          "<p style=\"font-size: 13pt; font-weight: bold; margin-bottom: 6px;\">%1</p>%2"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>%3</tr></table>"
                          "</td></tr></table>")
        .arg(esc(title), statement.isEmpty() ? QString() : paragraph(statement), columns);
}

QString personName(const ServiceUser& p)
{
    return PersonName::display(p.givenName, p.familyName, p.preferredName);
}

QString fileStem(const char* kind, const ServiceUser& p)
{
    QString name = (p.givenName + QLatin1Char('-') + p.familyName).trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("-"));
    return QString::fromLatin1(kind) + QLatin1Char('-') + name;
}

PrintedForm frame(const FormContext& c, const QString& title, const char* kind)
{
    PrintedForm form;
    form.title = title;
    form.organisation = c.organisation;
    form.contract = c.contract.name;
    form.funderStatement = c.contract.funderStatement;
    form.person = personName(c.person);
    form.produced = c.today;
    form.fileStem = fileStem(kind, c.person);
    form.language = DocumentLanguage::current();
    return form;
}

// The title and whom the form is about, at the top of the first page.
QString opening(const PrintedForm& form, const QList<QPair<QString, QString>>& about)
{
    return QStringLiteral("<h1 style=\"font-size: 18pt; margin-bottom: 10px;\">%1</h1>").arg(esc(form.title))
           + facts(about);
}

} // namespace

PrintedForm supportPlan(const FormContext& c, const SupportPlan& plan, const QVector<Goal>& goals,
                        const QVector<PlanReview>& reviews)
{
    PrintedForm form = frame(c, t(QT_TRANSLATE_NOOP("FormContent", "Support plan")), "support-plan");
    QString html = opening(form, {
        {t(QT_TRANSLATE_NOOP("FormContent", "Name")), form.person},
        {t(QT_TRANSLATE_NOOP("FormContent", "Date of birth")), LocalTime::formatDate(c.person.dateOfBirth)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Key worker")), c.keyWorker},
        {t(QT_TRANSLATE_NOOP("FormContent", "Support started")), LocalTime::formatDate(c.period.startDate)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Plan agreed")),
         plan.agreedOn.isValid() ? LocalTime::formatDate(plan.agreedOn)
                                 : t(QT_TRANSLATE_NOOP("FormContent", "Not yet agreed: a draft for discussion"))},
        {t(QT_TRANSLATE_NOOP("FormContent", "Next review")), LocalTime::formatDate(plan.nextReviewOn)},
    });

    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Needs arising from who I am")));
    QList<QPair<QString, QString>> needs;
    const CodeList& areas = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::NeedArea));
    for (const Code& area : areas.codes())
        needs << qMakePair(areas.displayLabel(area.code), plan.needs.value(area.code));
    html += facts(needs);

    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "My goals")));
    if (goals.isEmpty())
        html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "No goals are written in this plan yet.")));
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const Goal& g = goals.at(i);
        QStringList outcome;
        if (!g.outcomeCode.isEmpty())
            outcome << label(ReferenceCodes::OutcomeCode, g.outcomeCode);
        if (!g.starArea.isEmpty())
            outcome << t(QT_TRANSLATE_NOOP("FormContent", "Star area: %1")).arg(c.starAreaNames.value(g.starArea, g.starArea));
        html += QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 4px;\"><b>%1</b></p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("FormContent", "Goal %1: %2")).arg(i + 1).arg(g.what)));
        html += facts({
            {t(QT_TRANSLATE_NOOP("FormContent", "How progress is measured")), g.measure},
            {t(QT_TRANSLATE_NOOP("FormContent", "Who does what")), g.who},
            {t(QT_TRANSLATE_NOOP("FormContent", "Target date")), LocalTime::formatDate(g.targetDate)},
            {t(QT_TRANSLATE_NOOP("FormContent", "Outcome")), outcome.join(QStringLiteral("; "))},
            {t(QT_TRANSLATE_NOOP("FormContent", "Tasks")), g.tasks.join(QStringLiteral("; "))},
            {t(QT_TRANSLATE_NOOP("FormContent", "Status")), label(ReferenceCodes::GoalStatus, g.status)},
        });
    }

    if (!reviews.isEmpty()) {
        html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Reviews")));
        QList<QStringList> rows;
        for (const PlanReview& r : reviews)
            rows << QStringList{LocalTime::formatDate(r.heldOn), r.attendees, r.summary, LocalTime::formatDate(r.nextReviewOn)};
        html += grid({t(QT_TRANSLATE_NOOP("FormContent", "Held on")), t(QT_TRANSLATE_NOOP("FormContent", "Who took part")),
                      t(QT_TRANSLATE_NOOP("FormContent", "What the review found")), t(QT_TRANSLATE_NOOP("FormContent", "Next review"))},
                     rows, {18, 22, 42, 18});
    }

    html += signatures(t(QT_TRANSLATE_NOOP("FormContent", "Agreement")),
                       t(QT_TRANSLATE_NOOP("FormContent", "I have written this plan with my key worker and I agree with it. "
                                           "I have been given a copy.")),
                       {form.person, t(QT_TRANSLATE_NOOP("FormContent", "Key worker: %1")).arg(c.keyWorker)});
    form.bodyHtml = html;
    return form;
}

PrintedForm riskAssessment(const FormContext& c, const RiskAssessment& a)
{
    PrintedForm form = frame(c, t(QT_TRANSLATE_NOOP("FormContent", "Risk assessment")), "risk-assessment");
    QString html = opening(form, {
        {t(QT_TRANSLATE_NOOP("FormContent", "Name")), form.person},
        {t(QT_TRANSLATE_NOOP("FormContent", "Date of birth")), LocalTime::formatDate(c.person.dateOfBirth)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Key worker")), c.keyWorker},
        {t(QT_TRANSLATE_NOOP("FormContent", "Assessed on")), LocalTime::formatDate(a.assessedOn)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Assessed by")), a.assessedBy},
        {t(QT_TRANSLATE_NOOP("FormContent", "Next review")), LocalTime::formatDate(a.nextReviewOn)},
    });
    const CodeList& towards = ReferenceCodes::list(QString::fromLatin1(ReferenceCodes::RiskTowards));
    for (const Code& group : towards.codes()) {
        html += heading(towards.displayLabel(group.code));
        const QVector<Risk> risks = a.risksTowards(group.code);
        if (risks.isEmpty()) {
            html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "No risk identified.")));
            continue;
        }
        QList<QStringList> rows;
        for (const Risk& r : risks)
            rows << QStringList{label(ReferenceCodes::RiskLevel, r.level), r.description, r.management};
        html += grid({t(QT_TRANSLATE_NOOP("FormContent", "Level")), t(QT_TRANSLATE_NOOP("FormContent", "The risk")),
                      t(QT_TRANSLATE_NOOP("FormContent", "How it is managed"))},
                     rows, {12, 40, 48});
    }
    html += signatures(t(QT_TRANSLATE_NOOP("FormContent", "Signed")),
                       t(QT_TRANSLATE_NOOP("FormContent", "The risks were discussed with the person, who has a copy of this "
                                           "assessment.")),
                       {t(QT_TRANSLATE_NOOP("FormContent", "Assessor: %1")).arg(a.assessedBy),
                        t(QT_TRANSLATE_NOOP("FormContent", "Team leader"))});
    form.bodyHtml = html;
    return form;
}

PrintedForm referralSummary(const FormContext& c, const Referral& r)
{
    PrintedForm form = frame(c, t(QT_TRANSLATE_NOOP("FormContent", "Referral summary")), "referral");
    const ServiceUser& p = c.person;
    QString html = opening(form, {
        {t(QT_TRANSLATE_NOOP("FormContent", "Name")), form.person},
        {t(QT_TRANSLATE_NOOP("FormContent", "Date of birth")), LocalTime::formatDate(p.dateOfBirth)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Address")), (p.address + QLatin1Char('\n') + p.postcode).trimmed()},
        {t(QT_TRANSLATE_NOOP("FormContent", "Phone")), p.phone},
    });
    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "The referral")));
    html += facts({
        {t(QT_TRANSLATE_NOOP("FormContent", "Received")), LocalTime::formatDateTime(r.receivedAt)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Source")), label(ReferenceCodes::ReferralSource, r.source)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Referred by")), r.referrer},
        {t(QT_TRANSLATE_NOOP("FormContent", "The person consents")), yesNo(r.consent)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Lives in the area")), yesNo(r.livesInArea)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Willing to engage")), yesNo(r.willingToEngage)},
        {t(QT_TRANSLATE_NOOP("FormContent", "First contact")),
         r.firstContactAt.isValid() ? LocalTime::formatDateTime(r.firstContactAt)
                                    : t(QT_TRANSLATE_NOOP("FormContent", "Not yet made"))},
        {t(QT_TRANSLATE_NOOP("FormContent", "Decision")), label(ReferenceCodes::ReferralDecision, r.decision)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Decided on")), LocalTime::formatDate(r.decidedOn)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Reason")), r.decisionReason},
    });
    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Health and communication")));
    QString gp = label(ReferenceCodes::GpRegistered, p.gpRegistered);
    if (!p.gpPractice.isEmpty())
        gp += QStringLiteral(" (%1)").arg(p.gpPractice);
    html += facts({
        {t(QT_TRANSLATE_NOOP("FormContent", "NHS number")), p.nhsNumber},
        {t(QT_TRANSLATE_NOOP("FormContent", "Registered with a GP")), gp},
        {t(QT_TRANSLATE_NOOP("FormContent", "Care Programme Approach")), label(ReferenceCodes::Cpa, p.cpa)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Accommodation")), label(ReferenceCodes::Accommodation, p.tenure)},
        {t(QT_TRANSLATE_NOOP("FormContent", "First language")), p.firstLanguage},
        {t(QT_TRANSLATE_NOOP("FormContent", "Interpreter needed")), yesNo(p.interpreterNeeded)},
    });
    if (!c.period.id.isEmpty())
        html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "In support since %1; key worker %2."))
                              .arg(LocalTime::formatDate(c.period.startDate), c.keyWorker));
    form.bodyHtml = html;
    return form;
}

PrintedForm starReport(const FormContext& c, const StarTemplate& star, const QVector<StarAssessment>& assessments)
{
    PrintedForm form = frame(c, t(QT_TRANSLATE_NOOP("FormContent", "Outcome Star")), "outcome-star");
    QString html = opening(form, {
        {t(QT_TRANSLATE_NOOP("FormContent", "Name")), form.person},
        {t(QT_TRANSLATE_NOOP("FormContent", "Key worker")), c.keyWorker},
        {t(QT_TRANSLATE_NOOP("FormContent", "Support started")), LocalTime::formatDate(c.period.startDate)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Star")), star.name},
        {t(QT_TRANSLATE_NOOP("FormContent", "Assessments")),
         assessments.isEmpty() ? QString()
                               : t(QT_TRANSLATE_NOOP("FormContent", "%1, from %2 to %3"))
                                     .arg(assessments.size())
                                     .arg(LocalTime::formatDate(assessments.first().assessedOn),
                                          LocalTime::formatDate(assessments.last().assessedOn))},
    });
    const StarChartData chart = StarChartData::forPeriod(star, assessments);
    form.charts << chart;
    html += QStringLiteral("<p align=\"center\" style=\"margin-top: 10px;\"><img src=\"waymark-chart:0\" width=\"%1\" "
                           "height=\"%1\"></p>")
                .arg(QString::fromLatin1(ChartWidth));

    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Distance travelled")));
    QList<QStringList> rows;
    const StarAssessment* first = assessments.isEmpty() ? nullptr : &assessments.first();
    const StarAssessment* latest = assessments.size() < 2 ? nullptr : &assessments.last();
    int total = 0;
    for (qsizetype i = 0; i < star.areas.size(); ++i) {
        const StarArea& area = star.areas.at(i);
        auto score = [&](const StarAssessment* a) {
            if (!a || !a->scores.contains(area.key))
                return QString();
            const int value = a->scores.value(area.key);
            const QString stage = star.stageFor(value);
            return stage.isEmpty() ? QString::number(value) : QStringLiteral("%1 (%2)").arg(value).arg(stage);
        };
        QString change;
        if (const std::optional<double> c2 = chart.change.value(i)) {
            const int whole = int(*c2);
            total += whole;
            change = whole > 0 ? QStringLiteral("+%1").arg(whole) : QString::number(whole);
        } else {
            change = t(QT_TRANSLATE_NOOP("FormContent", "not scored in both"));
        }
        rows << QStringList{area.name, score(first), score(latest), change};
    }
    html += grid({t(QT_TRANSLATE_NOOP("FormContent", "Area")), t(QT_TRANSLATE_NOOP("FormContent", "First")),
                  t(QT_TRANSLATE_NOOP("FormContent", "Latest")), t(QT_TRANSLATE_NOOP("FormContent", "Change"))},
                 rows, {34, 24, 24, 18});
    if (latest)
        html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "Total distance travelled: %1 points over the areas scored in both."))
                              .arg(total > 0 ? QStringLiteral("+%1").arg(total) : QString::number(total)));

    if (assessments.size() > 2) {
        // Every score by date; with many, the first and the five latest fit the page.
        QVector<const StarAssessment*> shown{&assessments.first()};
        for (qsizetype i = std::max<qsizetype>(1, assessments.size() - 5); i < assessments.size(); ++i)
            shown << &assessments.at(i);
        QStringList headers{t(QT_TRANSLATE_NOOP("FormContent", "Area"))};
        for (const StarAssessment* a : shown)
            headers << LocalTime::formatDate(a->assessedOn);
        QList<QStringList> byDate;
        for (const StarArea& area : star.areas) {
            QStringList row{area.name};
            for (const StarAssessment* a : shown)
                row << (a->scores.contains(area.key) ? QString::number(a->scores.value(area.key)) : QStringLiteral("\u2013"));
            byDate << row;
        }
        html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Scores by date")));
        html += grid(headers, byDate);
    }

    if (!assessments.isEmpty()) {
        const StarAssessment& last = assessments.last();
        QList<QStringList> notes;
        for (const StarArea& area : star.areas)
            if (last.notes.contains(area.key))
                notes << QStringList{area.name, last.notes.value(area.key)};
        if (!notes.isEmpty()) {
            html += heading(t(QT_TRANSLATE_NOOP("FormContent", "What was said at the latest assessment (%1)"))
                                .arg(LocalTime::formatDate(last.assessedOn)));
            html += grid({t(QT_TRANSLATE_NOOP("FormContent", "Area")), t(QT_TRANSLATE_NOOP("FormContent", "Note"))}, notes, {30, 70});
        }
    }
    form.bodyHtml = html;
    return form;
}

PrintedForm caseloadStarReport(const QString& organisation, const Contract& contract, const StarTemplate& star,
                               const DistanceTravelled::CaseloadDistance& distance, const std::optional<QDate>& from,
                               const QDate& to, const QString& keyWorker, const QDate& today)
{
    // A report for the council and the team, in English like the returns.
    const DocumentLanguage::Scope english(QString::fromLatin1(DocumentLanguage::English));
    PrintedForm form;
    form.title = t(QT_TRANSLATE_NOOP("FormContent", "Distance travelled"));
    form.organisation = organisation;
    form.contract = contract.name;
    form.funderStatement = contract.funderStatement;
    form.person = keyWorker.isEmpty() ? t(QT_TRANSLATE_NOOP("FormContent", "The whole team")) : keyWorker;
    form.produced = today;
    form.fileStem = QStringLiteral("distance-travelled-") + contract.code;
    const QString period = from ? t(QT_TRANSLATE_NOOP("FormContent", "%1 to %2")).arg(LocalTime::formatDate(*from), LocalTime::formatDate(to))
                                : t(QT_TRANSLATE_NOOP("FormContent", "up to %1")).arg(LocalTime::formatDate(to));
    auto number = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 2) : QString(); };
    QString html = opening(form, {
        {t(QT_TRANSLATE_NOOP("FormContent", "Contract")), contract.name},
        {t(QT_TRANSLATE_NOOP("FormContent", "Period")), period},
        {t(QT_TRANSLATE_NOOP("FormContent", "Caseload")), form.person},
        {t(QT_TRANSLATE_NOOP("FormContent", "Star")), star.name},
        {t(QT_TRANSLATE_NOOP("FormContent", "Support periods with two or more stars")), QString::number(distance.periods)},
        {t(QT_TRANSLATE_NOOP("FormContent", "Mean total change")), number(distance.meanTotalChange)},
    });
    form.charts << StarChartData::forCaseload(star, distance);
    html += QStringLiteral("<p align=\"center\" style=\"margin-top: 10px;\"><img src=\"waymark-chart:0\" width=\"%1\" "
                           "height=\"%1\"></p>")
                .arg(QString::fromLatin1(ChartWidth));
    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "By area")));
    QList<QStringList> rows;
    for (const DistanceTravelled::AreaMean& a : distance.areas)
        rows << QStringList{a.name, QString::number(a.periods), number(a.meanFirst), number(a.meanLatest), number(a.meanChange)};
    html += grid({t(QT_TRANSLATE_NOOP("FormContent", "Area")), t(QT_TRANSLATE_NOOP("FormContent", "Periods")),
                  t(QT_TRANSLATE_NOOP("FormContent", "Mean first")), t(QT_TRANSLATE_NOOP("FormContent", "Mean latest")),
                  t(QT_TRANSLATE_NOOP("FormContent", "Mean change"))},
                 rows, {36, 12, 17, 17, 18});
    html += QStringLiteral("<p style=\"font-size: 8pt; margin-top: 10px;\">%1</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("FormContent", "For each support period in the period with two or more assessments with the "
                                             "contract's star on or before its end: change = latest score minus first score, for "
                                             "each area scored in both. Means are of the exact values, rounded once to two "
                                             "decimals. Areas no period scored twice are left blank."))));
    form.bodyHtml = html;
    return form;
}

PrintedForm appointmentLetter(const FormContext& c, const Appointment& a, const QString& withWhom)
{
    PrintedForm form = frame(c, t(QT_TRANSLATE_NOOP("FormContent", "Your appointment")), "appointment-letter");
    const ServiceUser& p = c.person;
    const QDateTime local = LocalTime::toLondon(a.startsAt);
    const int hours = a.durationMinutes / 60;
    const int minutes = a.durationMinutes % 60;
    QString length;
    if (hours > 0 && minutes > 0)
        length = (hours == 1 ? t(QT_TRANSLATE_NOOP("FormContent", "1 hour %2 minutes"))
                             : t(QT_TRANSLATE_NOOP("FormContent", "%1 hours %2 minutes")).arg(hours))
                     .arg(minutes);
    else if (hours > 0)
        length = hours == 1 ? t(QT_TRANSLATE_NOOP("FormContent", "an hour")) : t(QT_TRANSLATE_NOOP("FormContent", "%1 hours")).arg(hours);
    else
        length = t(QT_TRANSLATE_NOOP("FormContent", "%1 minutes")).arg(minutes);

    QString html;
    // The address block sits where a window envelope shows it.
    QStringList address{PersonName::display(p.givenName, p.familyName, {})};
    for (const QString& line : p.address.split(QRegularExpression(QStringLiteral("\\s*[,\\n]\\s*")), Qt::SkipEmptyParts))
        address << line;
    address << p.postcode;
    address.removeAll(QString());
    html += QStringLiteral("<p style=\"margin-bottom: 24px;\">%1</p>").arg(esc(address.join(QLatin1Char('\n'))));
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(esc(LocalTime::formatDate(c.today)));
    html += QStringLiteral("<h1 style=\"font-size: 16pt;\">%1</h1>").arg(esc(form.title));
    html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "Dear %1,")).arg(p.displayName()));
    html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "This is to confirm your next appointment with %1:")).arg(withWhom));
    html += facts({
        {t(QT_TRANSLATE_NOOP("FormContent", "Day")),
         DocumentLanguage::locale().toString(local.date(), QStringLiteral("dddd d MMMM yyyy"))},
        {t(QT_TRANSLATE_NOOP("FormContent", "Time")),
         DocumentLanguage::locale().toString(local.time(), QStringLiteral("HH:mm"))},
        {t(QT_TRANSLATE_NOOP("FormContent", "How long")), length},
        {t(QT_TRANSLATE_NOOP("FormContent", "Kind of appointment")), label(ReferenceCodes::AppointmentKind, a.kind)},
    });
    html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "If you cannot come, or would like to change the time, please let "
                                          "%1 know as soon as you can so that we can arrange another.")).arg(withWhom));
    html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "Yours sincerely,")));
    html += QStringLiteral("<p style=\"margin-top: 30px;\">%1<br>%2</p>")
                .arg(esc(withWhom), esc(c.organisation.isEmpty() ? c.contract.name : c.organisation));
    form.bodyHtml = html;
    return form;
}

PrintedForm complaintsProcedure(const FormContext& c, const ComplaintsProcedure& procedure)
{
    PrintedForm form = frame(c, t(QT_TRANSLATE_NOOP("FormContent", "How to make a complaint")), "complaints-procedure");
    const QString service = c.organisation.isEmpty() ? c.contract.name : c.organisation;
    const QString council =
        c.contract.funder.isEmpty() ? t(QT_TRANSLATE_NOOP("FormContent", "the council")) : c.contract.funder;
    QString html = opening(form, {
                                     {t(QT_TRANSLATE_NOOP("FormContent", "For")), form.person},
                                     {t(QT_TRANSLATE_NOOP("FormContent", "Service")), c.contract.name},
                                     {t(QT_TRANSLATE_NOOP("FormContent", "Key worker")), c.keyWorker},
                                 });
    html += paragraph(
        t(QT_TRANSLATE_NOOP("FormContent", "You have the right to complain about the support you get from %1. "
                                           "Making a complaint will not affect your support in any way."))
            .arg(service));

    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Telling us")));
    html += paragraph(t(QT_TRANSLATE_NOOP(
        "FormContent", "You can tell your key worker or any member of staff, in person, by "
                       "phone, in writing or by email. Someone else can complain for you: a friend, a "
                       "relative or an advocate.")));
    html += paragraph(t(QT_TRANSLATE_NOOP("FormContent", "Or contact the person who deals with complaints:")));
    html += facts({{t(QT_TRANSLATE_NOOP("FormContent", "Complaints")), procedure.contact}});

    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "What happens next")));
    html += paragraph(
        t(QT_TRANSLATE_NOOP("FormContent",
                            "We will tell you that we have your complaint within %1 working days, "
                            "and give you a full answer within %2 working days. If we need longer, we will tell "
                            "you why and when you will hear from us."))
            .arg(procedure.acknowledgeWorkingDays)
            .arg(procedure.replyWorkingDays));

    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Going to the council")));
    html += paragraph(
        t(QT_TRANSLATE_NOOP("FormContent",
                            "%1 pays for this service. You can complain to the council directly, "
                            "at any time: you do not have to complain to us first. The council can look into a "
                            "complaint at any stage."))
            .arg(council));
    const QString councilContact = procedure.councilContacts.value(c.contract.id);
    html += facts(
        {{council, councilContact.trimmed().isEmpty()
                       ? t(QT_TRANSLATE_NOOP("FormContent", "Ask your key worker for the council's address and phone "
                                                            "number."))
                       : councilContact}});
    html += paragraph(t(QT_TRANSLATE_NOOP(
        "FormContent", "If you are not happy with the council's answer, you can ask the Local "
                       "Government and Social Care Ombudsman to look at your complaint. It is free.")));

    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Help with a complaint")));
    QStringList others;
    for (const DocumentLanguage::Language& language : DocumentLanguage::available())
        if (language.code != DocumentLanguage::current())
            others << language.nativeName;
    html += paragraph(
        t(QT_TRANSLATE_NOOP("FormContent", "This information is also printed in large print and in %1. If you "
                                           "need an interpreter, help to write your complaint, or this information in "
                                           "another way, ask your key worker."))
            .arg(others.join(QStringLiteral(", "))));
    html += signatures(t(QT_TRANSLATE_NOOP("FormContent", "Given to you")), QString(),
                       {form.person, t(QT_TRANSLATE_NOOP("FormContent", "Key worker: %1")).arg(c.keyWorker)});
    form.bodyHtml = html;
    return form;
}

PrintedForm returnForm(const ReturnTable& table, const Contract& contract, const QString& period)
{
    // The council reads its returns in English, whatever language the window is in.
    const DocumentLanguage::Scope english(QString::fromLatin1(DocumentLanguage::English));
    PrintedForm form;
    form.title = table.title;
    form.organisation = table.facts.isEmpty() ? QString() : table.facts.first().second;
    form.contract = contract.name;
    form.funderStatement = contract.funderStatement;
    form.person = period;
    form.produced = table.produced;
    form.fileStem = table.fileStem;
    QString html = opening(form, table.facts);
    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Figures")));
    html += QString::fromLatin1(TableOpen).replace(QStringLiteral("style=\""), QStringLiteral("style=\"font-size: 9pt; "))
            + QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < table.headers.size(); ++i)
        if (!table.notPrinted.contains(int(i)))
            html += QStringLiteral("<th align=\"%1\" bgcolor=\"#dddddd\"%2>%3</th>")
                        .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                             i == 0 ? QStringLiteral(" width=\"34%\"") : QString(), esc(table.headers.at(i)));
    html += QStringLiteral("</tr></thead>");
    const QString met = t(QT_TRANSLATE_NOOP("ReturnTable", "Met"));
    const QString notMet = t(QT_TRANSLATE_NOOP("ReturnTable", "Not met"));
    for (const QVector<ReturnTable::Cell>& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (table.notPrinted.contains(int(i)))
                continue;
            const QString text = row.at(i).printedText();
            // Met or not is said in words; the colour only repeats it.
            const QString colour = text == met ? QStringLiteral(" bgcolor=\"#d8f0d8\"")
                                   : text == notMet ? QStringLiteral(" bgcolor=\"#f6d5d5\"")
                                                    : QString();
            html += QStringLiteral("<td align=\"%1\"%2>%3</td>")
                        .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"), colour,
                             text.isEmpty() ? QStringLiteral("&ndash;") : esc(text));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += heading(t(QT_TRANSLATE_NOOP("FormContent", "Notes and definitions")));
    for (const QString& note : table.footnotes)
        html += QStringLiteral("<p style=\"font-size: 8pt; margin-bottom: 4px;\">%1</p>").arg(esc(note));
    form.bodyHtml = html;
    return form;
}

} // namespace waymark::FormContent
