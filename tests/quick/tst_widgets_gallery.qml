import QtQuick
import QtTest
import Chainkeeper.Widgets

// All the controls on one 1280x800 screen (WidgetsGallery.qml): the glove rules over everything
// shown, the fit on the terminal, the high-contrast switch, and the screenshot, saved when the
// runner names a file (CK_GALLERY_PNG, see tst_widgets.cpp).
Item {
    id: root
    width: 1280
    height: 800

    // 2026-11-25 09:00 UTC; the countdown has run 38 of its 30–45 minutes.
    readonly property date t0: new Date(Date.UTC(2026, 10, 25, 9, 0, 0))

    WidgetsGallery { id: gallery; anchors.fill: parent; start: root.t0; now: new Date(root.t0.getTime() + 38 * 60000) }

    // Every Text under `item` that is shown, recursively.
    function texts(item, out) {
        out = out || []
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (!c.visible)
                continue
            if (c.font !== undefined && c.text !== undefined && c.hasOwnProperty("wrapMode"))
                out.push(c)
            texts(c, out)
        }
        return out
    }

    TestCase {
        name: "Gallery"
        when: windowShown

        function test_glove_rules() {
            for (const t of root.texts(gallery))
                verify(t.font.pixelSize >= 18, "'" + t.text + "' is " + t.font.pixelSize + " px")
            for (const c of gallery.interactive) {
                verify(c.height >= 64, c + " is " + c.height + " px high")
                verify(c.implicitHeight >= 64, c + " implicitHeight " + c.implicitHeight)
            }
            for (const c of gallery.controls)
                verify(c.Accessible.name !== "", c + " has an Accessible.name")
            // Everything fits the 1280x800 terminal: the confirm bar is fully on screen.
            const bar = gallery.findIn(gallery, "confirmBar")
            verify(bar.mapToItem(gallery, 0, bar.height).y <= gallery.height, "confirm bar on screen")
        }
        function test_high_contrast() {
            // The palette switch reaches the controls through their bindings on Theme.
            // Colours as strings: a color read from a property is a live reference in Qt 6.
            const pill = findChild(gallery, "pillText")
            const before = pill.color.toString()
            Theme.highContrast = true
            compare(Theme.text.toString(), "#000000")
            verify(pill.color.toString() !== before, before + " changed")
            Theme.highContrast = false
            compare(pill.color.toString(), before)
        }
        function test_save_screenshot() {
            // One control shows its keyboard-focus ring, so the screenshot shows what it looks like.
            gallery.findIn(gallery, "option_1").forceActiveFocus(Qt.TabFocusReason)
            waitForRendering(gallery)
            const image = grabImage(gallery)
            compare(image.width, 1280)
            if (typeof galleryPng === "string" && galleryPng !== "")
                image.save(galleryPng) // throws when it cannot write
        }
    }
}
