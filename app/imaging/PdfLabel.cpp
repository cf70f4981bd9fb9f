#include "PdfLabel.h"

#include "LabelPainter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace ck::PdfLabel {

Result<QByteArray> render(const LabelSpec &spec, int dotsPerInch)
{
    if (dotsPerInch != LabelPainter::kDotsPerInch && dotsPerInch != 300)
        return Error::badInput(
            QStringLiteral("a PDF label is written at 203 or 300 dpi, not %1").arg(dotsPerInch));
    // Without a QGuiApplication QPdfWriter's first text aborts the process (QFontDatabase):
    // better one refusal than a crash.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::refused(QStringLiteral("a PDF label needs a QGuiApplication for its fonts"));
    Result<LabelPainter> label = LabelPainter::layout(spec);
    if (!label)
        return label.error();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // ExactMatch: 4 x 2 in is no standard size, and no nearby one may replace it.
        writer.setPageLayout(
            QPageLayout(QPageSize(QSizeF(4.0, 2.0), QPageSize::Inch,
                                  QStringLiteral("Label 4 x 2 in"), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(dotsPerInch);
        writer.setTitle(QStringLiteral("Container label %1").arg(spec.din.din));
        writer.setCreator(QStringLiteral("Chainkeeper"));
        // The same label gives the same bytes except one line: Qt 6.4 writes the time of writing
        // as /CreationDate into the document information and offers no way to leave it out or
        // fix it (QPdfWriter::setDocumentXmpMetadata only replaces the XMP stream, which a
        // PDF 1.4 file does not carry anyway). No other field varies: PDF 1.4 has no /ID here.
        QPainter painter;
        if (!painter.begin(&writer))
            return Error::storage(QStringLiteral("QPdfWriter could not start a page"));
        label->paint(painter, dotsPerInch);
        painter.end();
    }
    return buffer.data();
}

} // namespace ck::PdfLabel
