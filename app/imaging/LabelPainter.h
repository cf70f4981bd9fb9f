#pragma once

#include "common/Result.h"
#include "identity/BarcodeMatrix.h"
#include "identity/LabelSpec.h"
#include "identity/ZplLabel.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

class QPainter;

namespace ck {

// A 4 x 2 inch container label laid out in the dots of a 203 dpi thermal printer, the grid the
// ZPL label uses too (ZplLabel: same positions, same module sizes): the DIN and CoI lines with
// their Code 128, the details, and the ISBT 128 compound message as a Data Matrix on the right.
// Bar code modules are whole dots, so a 203 dpi printer prints them without resampling; the text
// is DejaVu Sans (fonts-dejavu-core). One painting routine serves every output: the PDF
// (PdfLabel), an image for a preview or a test, a printer's QPainter.
class LabelPainter
{
public:
    static constexpr int kDotsPerInch = ZplLabel::kDotsPerInch; // 203
    static constexpr int kWidthDots = ZplLabel::kWidthDots;     // 812: 4 in
    static constexpr int kHeightDots = ZplLabel::kHeightDots;   // 406: 2 in

    // Encodes the symbols and places everything. Refused (bad input) when a symbol cannot be
    // encoded or a Code 128 is too long for the label even at one dot a module. Needs no
    // QGuiApplication; paint() does (text goes through QtGui's font database).
    static Result<LabelPainter> layout(const LabelSpec &spec);

    // Paints the label with its top-left corner at the painter's origin, `dotsPerInch` painter
    // units to the inch (a QPdfWriter's resolution, an image's pixels per inch). Paints no
    // background: paper is white.
    void paint(QPainter &painter, int dotsPerInch) const;

    // The label on white, RGB, its resolution recorded in the image (a PNG keeps it).
    QImage image(int dotsPerInch) const;

    // The symbols painted, in the order painted: DIN, CoI (Code 128), compound Data Matrix.
    const QList<BarcodeMatrix> &symbols() const { return m_symbols; }

    // The font of the eye-readable text at `pixelSize` painter units: DejaVu Sans, one face for
    // every line. With a second face (bold) QPdfWriter writes the two font subsets in the order
    // of a QHash that Qt seeds anew in every process, and the same label would not give the same
    // PDF bytes; the identifiers stand out by size instead.
    static QFont font(int pixelSize);

    // The dark modules, one rectangle per horizontal run, in dots.
    struct Bar
    {
        QRect dots;
    };
    // One line of eye-readable text: its box's top-left corner in dots, and the width it may
    // take before it would run into the Data Matrix or off the label (it is narrowed to fit,
    // never cut: every character of an identifier is printed).
    struct Text
    {
        QPoint topLeft;
        int pixelSize = 0;
        int room = 0;
        QString text;
    };
    const QList<Bar> &bars() const { return m_bars; }
    const QList<Text> &texts() const { return m_texts; }

private:
    QList<BarcodeMatrix> m_symbols;
    QList<Bar> m_bars;
    QList<Text> m_texts;
};

} // namespace ck
