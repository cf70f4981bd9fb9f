#pragma once

#include <QByteArray>
#include <QString>

namespace ck {

// A one-page PDF 1.4 of filled black rectangles and ASCII text in the standard Helvetica fonts,
// written directly. QPdfWriter needs a QGuiApplication's font database for any text (it aborts
// under the command line's QCoreApplication), and a label needs no more than this: bar code
// modules as rectangles stay sharp at any printer resolution, and the base-14 fonts need no
// embedding. The output has no date in it, so the same label gives the same bytes.
class PdfPage
{
public:
    // Size in points (1/72 inch); y runs upwards from the bottom edge, as in PDF.
    PdfPage(double widthPt, double heightPt);

    void rect(double x, double y, double width, double height);
    // `text` is printable ASCII (a label's identifiers); anything else is written as '?'.
    void text(double x, double baselineY, double sizePt, bool bold, const QString &text);

    QByteArray toPdf(const QString &title) const;

    static QByteArray number(double v);
    // A PDF literal string: parentheses and backslashes escaped, non-ASCII replaced by '?'.
    static QByteArray literal(const QString &text);

private:
    double m_width;
    double m_height;
    QByteArray m_rects;
    QByteArray m_text;
};

} // namespace ck
