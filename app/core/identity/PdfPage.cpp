#include "identity/PdfPage.h"

#include <QList>

namespace ck {

PdfPage::PdfPage(double widthPt, double heightPt) : m_width(widthPt), m_height(heightPt) {}

QByteArray PdfPage::number(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 3);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}

QByteArray PdfPage::literal(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '(' || u == ')' || u == '\\')
            out += '\\';
        out += u >= 0x20 && u < 0x7f ? static_cast<char>(u) : '?';
    }
    out += ')';
    return out;
}

void PdfPage::rect(double x, double y, double width, double height)
{
    m_rects += number(x) + ' ' + number(y) + ' ' + number(width) + ' ' + number(height) + " re\n";
}

void PdfPage::text(double x, double baselineY, double sizePt, bool bold, const QString &text)
{
    m_text += "BT /" + QByteArray(bold ? "F2" : "F1") + ' ' + number(sizePt) + " Tf " + number(x) +
              ' ' + number(baselineY) + " Td " + literal(text) + " Tj ET\n";
}

QByteArray PdfPage::toPdf(const QString &title) const
{
    const QByteArray content = "0 g\n" + m_rects + (m_rects.isEmpty() ? "" : "f\n") + m_text;
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(m_width) + ' ' + number(m_height) +
            "] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "endstream",
        "<< /Title " + literal(title) + " /Producer (Chainkeeper) >>",
    };
    // The binary comment line tells transfer tools the file is not text (PDF 1.4, 7.5.2).
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info " +
           QByteArray::number(objects.size()) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) +
           "\n%%EOF\n";
    return pdf;
}

} // namespace ck
