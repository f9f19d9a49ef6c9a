#include "core/reports/ReturnTable.h"

#include "core/domain/DocumentLanguage.h"
#include "core/domain/LocalTime.h"
#include "core/reports/KpiReport.h"
#include "core/reports/OutputsReport.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark {

namespace {

QString trReturn(const char* text)
{
    return DocumentLanguage::translate("ReturnTable", text);
}

ReturnTable::Cell number(const std::optional<double>& value, int decimals, const QString& unit = {})
{
    return value ? ReturnTable::Cell{*value, decimals, unit} : ReturnTable::Cell{};
}

QString printedUnit(const KpiDefinition& d)
{
    switch (d.unit) {
    case KpiDefinition::Unit::Percent:
        return QStringLiteral("%");
    case KpiDefinition::Unit::Days:
        return QLatin1Char(' ') + trReturn("days");
    case KpiDefinition::Unit::Hours:
        return QLatin1Char(' ') + trReturn("hours");
    case KpiDefinition::Unit::Points:
        return QLatin1Char(' ') + trReturn("points");
    case KpiDefinition::Unit::Count:
        break;
    }
    return {};
}

ReturnTable::Cell count(const std::optional<qint64>& value)
{
    return value ? ReturnTable::Cell{double(*value), 0, {}} : ReturnTable::Cell{};
}

ReturnTable::Cell text(const QString& value)
{
    return ReturnTable::Cell{value, 0, {}};
}

ReturnTable::Cell outputCell(const OutputsReport::Cell& cell, int decimals)
{
    if (cell.suppressed())
        return text(QStringLiteral("<5"));
    return ReturnTable::Cell{cell.value, decimals, {}};
}

QString periodText(const ReportingPeriod& period)
{
    return trReturn("%1 to %2").arg(LocalTime::formatDate(period.from), LocalTime::formatDate(period.to));
}

QString stem(const char* kind, const QString& code, const ReportingPeriod& period)
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(QString::fromLatin1(kind), code, LocalTime::isoDate(period.from), LocalTime::isoDate(period.to));
}

} // namespace

QString ReturnTable::Cell::text() const
{
    if (value.isNull())
        return {};
    if (isNumber())
        return QLocale::c().toString(value.toDouble(), 'f', decimals);
    return value.toString();
}

ReturnTable ReturnTable::fromKpi(const KpiReport& report, const QString& organisation, const QDate& produced,
                                 const KpiReturn* previous)
{
    // Returns go to the council in English, whatever language the window is in.
    const DocumentLanguage::Scope english(QString::fromLatin1(DocumentLanguage::English));
    const KpiReturn& r = report.figures;
    ReturnTable table;
    table.title = trReturn("Quarterly return");
    table.fileStem = stem("return", r.contract.code, r.period);
    table.produced = produced;
    table.facts = {{trReturn("Provider"), organisation},
                   {trReturn("Contract"), r.contract.name},
                   {trReturn("Commissioner"), r.contract.funder},
                   {trReturn("Figures"), KpiDefinition::setName(r.contract.kpiSet)},
                   {trReturn("Period"), periodText(r.period)},
                   {trReturn("Service users (N)"), QString::number(r.serviceUsers)},
                   {trReturn("Produced"), LocalTime::formatDate(produced)}};
    table.headers = QStringList{trReturn("Figure"), trReturn("Numerator"), trReturn("Denominator"), trReturn("Value"),
                                trReturn("Unit"),   trReturn("Target"),    trReturn("Target met")};
    table.notPrinted << 4;
    if (previous) {
        table.headers << trReturn("Previous period");
        table.facts.insert(table.facts.size() - 1, {trReturn("Previous period"), periodText(previous->period)});
    }
    int note = 0;
    for (const KpiFigure& f : r.figures) {
        ++note;
        const KpiDefinition& d = f.definition;
        const bool isPercent = d.unit == KpiDefinition::Unit::Percent;
        QString met = trReturn("No target");
        if (d.target)
            met = !f.value ? trReturn("No data") : (*f.met ? trReturn("Met") : trReturn("Not met"));
        QVector<Cell> row{text(QStringLiteral("%1 [%2]").arg(d.displayLabel()).arg(note)),
                          count(isPercent ? f.numerator : std::nullopt),
                          count(f.denominator),
                          number(f.value, d.decimals(), printedUnit(d)),
                          text(d.unitCode()),
                          d.target ? Cell{double(*d.target), 0, printedUnit(d)} : Cell{},
                          text(met)};
        if (previous) {
            const KpiFigure* before = previous->figure(d.id);
            row << (before ? number(before->value, d.decimals(), printedUnit(d)) : Cell{});
        }
        table.rows << row;
        table.footnotes << QStringLiteral("[%1] %2: %3").arg(note).arg(d.displayLabel(), d.displayDefinition());
    }
    table.footnotes
        << trReturn(
               "N is the number of distinct people with a support period of the contract in the period: started on or "
               "before its last day, and open or ended on or after its first day. Deleted records never count.")
        << trReturn("A percent is 100 x numerator / denominator, blank when the denominator is 0. Every figure is "
                    "computed exactly and rounded once, half away from zero: percents and hours to one decimal, star "
                    "points to two. Dates and times count on their Europe/London calendar date.")
        << trReturn("Where the contract's wording is loose these are the provider's operational definitions (Waymark "
                    "spec/kpi.md).");
    return table;
}

ReturnTable ReturnTable::fromOutputs(const OutputsReport& report, const QString& organisation, const QDate& produced)
{
    const DocumentLanguage::Scope english(QString::fromLatin1(DocumentLanguage::English));
    ReturnTable table;
    table.title = trReturn("Management information");
    table.produced = produced;
    table.fileStem = stem("outputs", report.contract.code, report.period)
                     + (report.by == OutputsReport::By::Nothing ? QString() : QLatin1Char('-') + OutputsReport::byName(report.by));
    QString by = trReturn("Everyone");
    if (report.by == OutputsReport::By::Gender)
        by = trReturn("Gender");
    else if (report.by == OutputsReport::By::AgeBand)
        by = trReturn("Age band on the last day of the period");
    else if (report.by == OutputsReport::By::Ethnicity)
        by = trReturn("Ethnicity (2021 census categories)");
    table.facts = {{trReturn("Provider"), organisation},
                   {trReturn("Contract"), report.contract.name},
                   {trReturn("Commissioner"), report.contract.funder},
                   {trReturn("Period"), periodText(report.period)},
                   {trReturn("Broken down by"), by},
                   {trReturn("Produced"), LocalTime::formatDate(produced)}};
    table.headers = QStringList{trReturn("Group")} + OutputsReport::figureNames();
    const auto row = [&report](const OutputsReport::Row& r) {
        return QVector<Cell>{text(OutputsReport::groupLabel(report.by, r.group)), outputCell(r.serviceUsers, 0),
                             outputCell(r.newServiceUsers, 0), outputCell(r.contactHours, 1),
                             outputCell(r.sessionsAttended, 0)};
    };
    for (const OutputsReport::Row& r : report.rows)
        table.rows << row(r);
    if (report.by != OutputsReport::By::Nothing)
        table.rows << row(report.total);
    table.footnotes
        << trReturn(
               "A figure that fewer than 5 people are behind is shown as \"<5\", so that no one can be identified.")
        << trReturn(
               "Service users: distinct people with a support period in the period. New service users: people whose "
               "earliest support period with the contract starts in the period. Contact hours: attended appointments "
               "starting in the period, by the person supported. Sessions attended: places taken at the contract's "
               "group sessions in the period.");
    return table;
}

} // namespace waymark
