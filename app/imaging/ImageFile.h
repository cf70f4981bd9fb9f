#pragma once

#include "common/Result.h"
#include "identity/ImageDecoder.h"

#include <QList>
#include <QString>

namespace ck::ImageFile {

// Every Code 128, Data Matrix and QR Code symbol in an image file (PNG, JPEG, or any format this
// Qt reads), in reading order. Refused, naming the file, when it cannot be read or holds no
// symbol that decodes.
Result<QList<DecodedSymbol>> decodeSymbols(const QString &path);

} // namespace ck::ImageFile
