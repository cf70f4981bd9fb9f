// libFuzzer target for the recipe parser: recipe files come from outside (an engineer's editor, a
// site's document system), and import must refuse anything malformed without crashing or hanging,
// including expressions that try to escape the sandbox.
#include "recipe/RecipeParser.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QJSEngine, behind the expression checks, expects an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ck::Result<ck::Recipe> r = ck::parseRecipe(json);
    // A refusal must say why; an accepted recipe must have a content hash.
    if (r ? r->contentHash.size() != 64 : r.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
