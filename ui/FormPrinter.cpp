#include "ui/FormPrinter.h"

#include "core/documents/FormContent.h"
#include "core/domain/DocumentLanguage.h"
#include "core/domain/LocalTime.h"
#include "ui/FormPreviewDialog.h"
#include "ui/StarChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace waymark {

namespace {

// In the form's language while it is painted (the Scope in paint), else the window's.
QString t(const char* text)
{
    return DocumentLanguage::translate("FormPrinter", text);
}

} // namespace

const qreal FormPrinter::MarginMm = 16.0;

namespace {

constexpr qreal BodyPointSize = 10.5;
constexpr qreal SmallPointSize = 8.5;
// Large print: the body at 16 points, the size the RNIB's clear print guidance starts large
// print at, and everything else in the same proportion.
constexpr qreal LargePrintScale = 16.0 / BodyPointSize;

QFont formFont(qreal points, const QString& language)
{
    // DejaVu Sans comes with Debian's fonts-dejavu-core, which Qt itself depends on: the same
    // face on screen, in the preview and in the PDF. Bengali is in Lohit Bengali
    // (fonts-lohit-beng-bengali), which DejaVu lacks.
    QFont font;
    // Bengali's own face first, so that Qt does not try every face without Bengali glyphs (and
    // say so on the terminal) before falling back to it.
    font.setFamilies(language == QLatin1String("bn")
                         ? QStringList{QStringLiteral("Lohit Bengali"), QStringLiteral("DejaVu Sans")}
                         : QStringList{QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    // No ligatures: "fi" printed as one glyph is not found when a reader searches the PDF for
    // "identified". Latin script needs no shaping, so none is done; Bengali cannot be read
    // without it (its vowel signs and conjuncts are made by shaping).
    if (language != QLatin1String("bn"))
        font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// A small block of text laid out to a width, for the running header and footer.
struct Block {
    QTextDocument document;

    Block(const QString& html, qreal width, QPaintDevice& device, qreal points, const QString& language)
    {
        document.documentLayout()->setPaintDevice(&device);
        document.setDefaultFont(formFont(points, language));
        document.setDocumentMargin(0);
        document.setHtml(html);
        document.setTextWidth(width);
    }
    qreal height() const { return document.size().height(); }
    void draw(QPainter& painter, const QPointF& at)
    {
        painter.save();
        painter.translate(at);
        document.drawContents(&painter);
        painter.restore();
    }
};

} // namespace

QString FormPrinter::scaledFontSizes(const QString& html, qreal scale)
{
    static const QRegularExpression size(QStringLiteral("font-size:\\s*([0-9.]+)pt"));
    QString out;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = size.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += html.mid(from, match.capturedStart() - from);
        out += QStringLiteral("font-size: %1pt").arg(QString::number(match.captured(1).toDouble() * scale, 'f', 1));
        from = match.capturedEnd();
    }
    return out + html.mid(from);
}

void FormPrinter::paint(const PrintedForm& form, QPagedPaintDevice& device)
{
    // The running header and footer in the form's language, like its body.
    const DocumentLanguage::Scope language(form.language);
    const qreal scale = form.largePrint ? LargePrintScale : 1.0;
    const qreal bodyPoints = BodyPointSize * scale;
    const qreal smallPoints = SmallPointSize * scale;
    QPainter painter(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal width = page.width();
    const qreal gap = device.logicalDpiY() * 0.12; // about 3 mm

    const QString header =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                       "<td><b>%1</b><br>%2</td><td align=\"right\"><b>%3</b><br>%4</td></tr></table>")
            .arg(form.organisation.toHtmlEscaped(), form.contract.toHtmlEscaped(), form.title.toHtmlEscaped(),
                 form.person.toHtmlEscaped());
    Block top(header, width, device, smallPoints, form.language);

    QString statement;
    if (!form.funderStatement.isEmpty())
        statement = QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(form.funderStatement.toHtmlEscaped());
    const QString footerTemplate =
        statement
        + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>%1</td>"
                         "<td align=\"right\">%2</td></tr></table>");
    const QString printed = t(QT_TRANSLATE_NOOP("FormPrinter", "Printed %1")).arg(LocalTime::formatDate(form.produced));
    // Measured with the widest page label it will carry.
    Block footerProbe(
        footerTemplate.arg(printed, t(QT_TRANSLATE_NOOP("FormPrinter", "Page %1 of %2")).arg(888).arg(888)), width,
        device, smallPoints, form.language);

    const qreal bodyTop = top.height() + gap * 2;
    const qreal bodyHeight = page.height() - bodyTop - footerProbe.height() - gap * 2;

    QTextDocument body;
    body.documentLayout()->setPaintDevice(&device);
    body.setDefaultFont(formFont(bodyPoints, form.language));
    body.setDocumentMargin(0);
    // Charts are drawn as pictures sharp enough for print (about 13 cm at 300 dots per inch).
    for (qsizetype i = 0; i < form.charts.size(); ++i)
        body.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("waymark-chart:%1").arg(i)),
                         StarChartPainter::image(form.charts.at(i), 1600));
    // Charts take four fifths of the width. Rich text sizes images in 96-per-inch pixels and
    // scales them to the device, so the width is given in those.
    QString html = form.largePrint ? scaledFontSizes(form.bodyHtml, scale) : form.bodyHtml;
    html.replace(QString::fromLatin1(FormContent::ChartWidth),
                 QString::number(int(width * 0.8 * 96.0 / device.logicalDpiX())));
    body.setHtml(html);
    body.setPageSize(QSizeF(width, bodyHeight));
    const int pages = std::max(1, body.pageCount());

    const QPen rule(QColor(0x77, 0x77, 0x77), device.logicalDpiX() / 150.0);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        top.draw(painter, QPointF(0, 0));
        painter.setPen(rule);
        painter.drawLine(QPointF(0, top.height() + gap), QPointF(width, top.height() + gap));

        painter.save();
        painter.translate(0, bodyTop - i * bodyHeight);
        const QRectF slice(0, i * bodyHeight, width, bodyHeight);
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        body.documentLayout()->draw(&painter, context);
        painter.restore();

        Block footer(
            footerTemplate.arg(printed, t(QT_TRANSLATE_NOOP("FormPrinter", "Page %1 of %2")).arg(i + 1).arg(pages)),
            width, device, smallPoints, form.language);
        const qreal footerTop = page.height() - footer.height();
        painter.setPen(rule);
        painter.drawLine(QPointF(0, footerTop - gap), QPointF(width, footerTop - gap));
        footer.draw(painter, QPointF(0, footerTop));
    }
}

Status FormPrinter::writePdf(const PrintedForm& form, const QString& path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error{t(QT_TRANSLATE_NOOP("FormPrinter", "Cannot write %1: %2")).arg(path, probe.errorString()), {}};
    }
    {
        QPdfWriter writer(path);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(form.title + QStringLiteral(": ") + form.person);
        writer.setCreator(QStringLiteral("Waymark"));
        paint(form, writer);
    }
    if (QFileInfo(path).size() == 0)
        return Error{t(QT_TRANSLATE_NOOP("FormPrinter", "The PDF %1 could not be written.")).arg(path), {}};
    return {};
}

void FormPrinter::preview(const PrintedForm& form, QWidget* parent)
{
    FormPreviewDialog dialog(form, parent);
    dialog.exec();
}

void FormPrinter::previewOrExplain(const Result<PrintedForm>& form, QWidget* parent)
{
    if (!form) {
        QMessageBox::information(parent, t(QT_TRANSLATE_NOOP("FormPrinter", "Nothing to print")), form.error().message);
        return;
    }
    preview(form.value(), parent);
}

void FormPrinter::previewOrExplain(const Result<PrintedForm>& form,
                                   std::function<Result<PrintedForm>(const QString& language, bool largePrint)> remake,
                                   QWidget* parent)
{
    if (!form) {
        QMessageBox::information(parent, t(QT_TRANSLATE_NOOP("FormPrinter", "Nothing to print")), form.error().message);
        return;
    }
    FormPreviewDialog dialog(form.value(), std::move(remake), parent);
    dialog.exec();
}

} // namespace waymark
