#pragma once

#include "core/reports/StarChartData.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace waymark {

// A form ready to print, built in core and painted in ui: what every page repeats (the
// organisation and contract at the top; the funder's statement and the page number at the foot)
// and the body as HTML that Qt's rich text lays out (tables, headings, paragraphs), so the PDF
// holds real, searchable text.
struct PrintedForm {
    QString title;           // "Support plan"
    QString organisation;
    QString contract;        // the contract's name
    QString funderStatement; // empty when the contract asks for none
    QString person;          // preferred name with the full name beside it
    QDate produced;          // the day it was printed (London)
    QString bodyHtml;
    // Charts the body shows with <img src="waymark-chart:N">, drawn when the form is painted.
    QVector<StarChartData> charts;
    // A file name without extension: "support-plan-Lexi-Smith".
    QString fileStem;
    // The language it is written in (DocumentLanguage), so that it is painted in it too: the
    // page's header and footer, and the shaping Bengali script needs.
    QString language = QStringLiteral("en");
    // Printed at about one and a half times the size, for a reader who needs large print.
    bool largePrint = false;
};

} // namespace waymark
