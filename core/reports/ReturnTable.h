#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace waymark {

struct KpiReport;
struct KpiReturn;
struct OutputsReport;

// A return laid out as a table, the one shape its CSV, XLSX and printed forms are written
// from: the facts a council expects at the top, a header row, the rows, and footnotes.
struct ReturnTable {
    // A cell: a number (a double, with the places it is shown to), a text, or nothing.
    struct Cell {
        QVariant value;
        int decimals = 0;
        QString unit; // said after the number on paper: "%", " days"

        bool isNumber() const { return value.typeId() == QMetaType::Double; }
        QString text() const;
        // The text with its unit, as a printed return shows it.
        QString printedText() const { return text().isEmpty() ? QString() : text() + unit; }
    };

    QString title;
    QList<QPair<QString, QString>> facts; // provider, contract, period, produced, ...
    QStringList headers;
    QList<int> notPrinted; // columns only the files carry (the unit, said beside each number on paper)
    QVector<QVector<Cell>> rows;
    QStringList footnotes;
    QString fileStem; // "return-thurrock-fs-2026-04-01-2026-06-30"
    QDate produced;   // London

    // The KPI return, with the previous period's values beside it when given. Exports are for
    // the council: every figure as computed, targets met or not in words.
    static ReturnTable fromKpi(const KpiReport& report, const QString& organisation, const QDate& produced,
                               const KpiReturn* previous = nullptr);
    // Management information: a figure of fewer than 5 people is "<5".
    static ReturnTable fromOutputs(const OutputsReport& report, const QString& organisation, const QDate& produced);
};

} // namespace waymark
