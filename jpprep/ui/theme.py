"""Themes (system, light, dark, high contrast), a focus ring you can see, and text scaling.

Everything is palette-based on top of the Fusion style (no app-wide style sheet), so pages that
use palette(...) in their own style sheets follow the theme. The focus ring is drawn by a proxy
style: a 2 px outline in the theme's focus colour around the focused button, check box, list
item or field. The same style decides which way a line of interface text runs in a
right-to-left window (jpprep.ui.bidi).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ["system", "light", "dark", "high_contrast"]
SCALES = [100, 125, 150, 175, 200]
MIN_SCALE, MAX_SCALE = 100, 200

# UI fonts after the system face: Urdu in Naskh (Nastaliq clips in menus and tabs), Devanagari
# for Nepali, Noto Sans JP for every Japanese glyph.
SCRIPT_FONTS = {"ur": ["Noto Naskh Arabic"], "ne": ["Noto Sans Devanagari"]}
FALLBACKS = ["Noto Sans JP", "Noto Naskh Arabic", "Noto Sans Devanagari"]

_COLOURS = {
    "light": dict(window="#f4f4f4", text="#1a1a1a", base="#ffffff", alt="#eef1f5", button="#e8e8e8",
                  highlight="#1f5fbf", htext="#ffffff", link="#0b57d0", disabled="#767676",
                  mid="#6b6b6b", focus="#1f5fbf", tip="#ffffdc"),
    "dark": dict(window="#202124", text="#e8eaed", base="#2b2c2f", alt="#323336", button="#3a3b3e",
                 highlight="#8ab4f8", htext="#111111", link="#8ab4f8", disabled="#9aa0a6",
                 mid="#9aa0a6", focus="#fdd663", tip="#3a3b3e"),
    "high_contrast": dict(window="#000000", text="#ffffff", base="#000000", alt="#101010",
                          button="#000000", highlight="#ffff00", htext="#000000", link="#00ffff",
                          disabled="#c0c0c0", mid="#ffffff", focus="#ffff00", tip="#000000"),
}

_state: dict = {}


def palette(name: str) -> QPalette:
    c = {k: QColor(v) for k, v in _COLOURS[name].items()}
    p = QPalette()
    R = QPalette.ColorRole
    for role, colour in [
        (R.Window, c["window"]), (R.WindowText, c["text"]), (R.Base, c["base"]),
        (R.AlternateBase, c["alt"]), (R.Text, c["text"]), (R.Button, c["button"]),
        (R.ButtonText, c["text"]), (R.BrightText, c["focus"]), (R.Highlight, c["highlight"]),
        (R.HighlightedText, c["htext"]), (R.Link, c["link"]), (R.LinkVisited, c["link"]),
        (R.ToolTipBase, c["tip"]), (R.ToolTipText, c["text"]), (R.PlaceholderText, c["disabled"]),
        (R.Mid, c["mid"]), (R.Dark, c["mid"]), (R.Light, c["alt"]), (R.Midlight, c["alt"]),
        (R.Shadow, c["mid"]),
    ]:
        p.setColor(role, colour)
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, c["disabled"])
    if name == "high_contrast":
        p.setColor(R.Button, QColor("#000000"))
        p.setColor(R.Light, QColor("#ffffff"))  # frames stay visible on black
    return p


def focus_colour(name: str | None = None) -> QColor:
    name = name or _state.get("theme", "system")
    return QColor(_COLOURS.get(name, _COLOURS["light"])["focus"])


def _focus_style_class():
    """FocusStyle, made on first use: building the QProxyStyle binding costs about 7 ms, which
    the start-up frame does without (jpprep.ui.main_window paints it, then asks for the ring)."""
    if "FocusStyle" in _state:
        return _state["FocusStyle"]
    from PySide6.QtWidgets import QHeaderView, QLabel, QProxyStyle, QStyle, QStyleOptionViewItem

    from jpprep.ui import bidi

    PM = QStyle.PixelMetric
    INDICATOR_METRICS = (PM.PM_ExclusiveIndicatorWidth, PM.PM_ExclusiveIndicatorHeight,
                         PM.PM_IndicatorWidth, PM.PM_IndicatorHeight)

    class FocusStyle(QProxyStyle):
        """Fusion with a thick focus outline, menu items a little wider, and text that runs the
        way its letters do in a right-to-left window (jpprep.ui.bidi)."""

        def __init__(self, base: str, colour: QColor) -> None:
            super().__init__(QStyleFactory.create(base) or QStyleFactory.create("Fusion"))
            self.colour = QColor(colour)
            self.label_documents = bidi.LabelDocuments()

        def _ring(self, painter, rect) -> None:
            painter.save()
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            pen = QPen(self.colour, 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()

        def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 (Qt name)
            PE = QStyle.PrimitiveElement
            if element == PE.PE_FrameFocusRect:
                self._ring(painter, option.rect)
                return
            super().drawPrimitive(element, option, painter, widget)
            if element in (PE.PE_PanelButtonCommand, PE.PE_FrameLineEdit, PE.PE_PanelLineEdit) \
                    and option.state & QStyle.StateFlag.State_HasFocus:
                self._ring(painter, option.rect)

        def drawItemText(self, painter, rect, flags, pal, enabled, text,  # noqa: N802 (Qt name)
                         role=QPalette.ColorRole.NoRole):
            """A label's, button's, check box's or group box's text: in a right-to-left window
            a line with Urdu in it runs right to left even when it begins with a Latin word
            (jpprep.ui.bidi); in a text of several lines with Urdu, a line of Latin alone (a
            file name under a sentence) keeps its order, its "…" or "." at its end; a wrapped
            line of Urdu ends flush at the right, its last letter not cut (bidi.wrapped_lines)."""
            flags = bidi.item_text_flags(painter.layoutDirection(), int(flags), text)
            if "\n" in text:  # one paragraph for Qt: a line of Latin in it keeps its own order
                text = bidi.item_view_text(painter.layoutDirection(), text)
            # a wrapped right-to-left line is drawn flush right, its last letter whole
            text = bidi.wrapped_lines(painter, rect.width(), flags, text)
            super().drawItemText(painter, rect, flags, pal, enabled, text, role)

        def drawControl(self, element, option, painter, widget=None):  # noqa: N802 (Qt name)
            """A table, list or tree cell's Latin text keeps its order in a right-to-left view
            (jpprep.ui.bidi.item_view_text): Qt lays every cell out in the view's direction."""
            if element == QStyle.ControlElement.CE_ItemViewItem \
                    and option.direction == Qt.LayoutDirection.RightToLeft and option.text:
                text = bidi.item_view_text(option.direction, option.text)
                if text != option.text:
                    option = QStyleOptionViewItem(option)
                    option.text = text
            super().drawControl(element, option, painter, widget)

        def polish(self, target):  # noqa: N802 (Qt name; also called with a palette or the app)
            result = super().polish(target)
            if isinstance(target, QLabel):  # rich and selectable text: by paragraph (bidi)
                target.installEventFilter(self.label_documents)
            elif isinstance(target, QHeaderView):
                self._narrowest_column(target)
            return result

        def _narrowest_column(self, header) -> None:
            """Qt lets no column be narrower than the font's widest glyph: 84 px in Urdu's
            Naskh (127 px at 150% text, against 43 and 64 in Latin), so three columns of the
            Progress page's retention tables did not fit their table at 1024x600 and it
            scrolled sideways, the Answers column cut. A header that has Qt's own minimum
            gets at most two and a half lines' height instead (Latin and Devanagari keep theirs);
            one the page set itself keeps it."""
            if header.orientation() != Qt.Orientation.Horizontal:
                return
            fm = header.fontMetrics()
            margin = 2 * self.pixelMetric(PM.PM_HeaderMargin, None, header)
            if header.minimumSectionSize() == fm.maxWidth() + margin:  # Qt's default
                header.setMinimumSectionSize(min(fm.maxWidth(), round(2.5 * fm.height())) + margin)

        def unpolish(self, target):  # noqa: N802 (Qt name)
            result = super().unpolish(target)
            if isinstance(target, QLabel):
                target.removeEventFilter(self.label_documents)
            return result

        def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 (Qt name)
            """A radio button's circle and a check box's square grow with the text beside them:
            the base style draws them the same few pixels at any size, so at 150% text they
            were dots beside the exam's large Japanese choices."""
            result = super().pixelMetric(metric, option, widget)
            if metric in INDICATOR_METRICS and widget is not None:
                # the text beside it against body text at 100% (which the base size suits), in
                # points: a line's height differs by script (Urdu's Nastaliq is tall)
                body = QApplication.font().pointSizeF() * 100 / current_scale()
                ratio = widget.font().pointSizeF() / body if body > 0 else 1
                if ratio > 1:
                    result = round(result * ratio)
            return result

        def sizeFromContents(self, kind, option, size, widget=None):  # noqa: N802 (Qt name)
            """A menu item a few pixels wider than measured: Qt measures its text in whole
            pixels and draws it in fractions, so the widest item of an Urdu menu was cut in
            the middle ('رومانجی د…ائیں')."""
            result = super().sizeFromContents(kind, option, size, widget)
            if kind == QStyle.ContentsType.CT_MenuItem:
                result.setWidth(result.width() + 4)
            return result

    _state["FocusStyle"] = FocusStyle
    return FocusStyle


def __getattr__(name: str):
    if name == "FocusStyle":
        return _focus_style_class()
    raise AttributeError(name)


def _notify(app: QApplication, kind: QEvent.Type) -> None:
    """Qt tells open windows about a new app font or palette only while its event loop runs;
    tell them now, so a window rebuilt straight away (and every test) sees the change."""
    for widget in app.topLevelWidgets():
        QApplication.sendEvent(widget, QEvent(kind))


def apply_theme(name: str, app: QApplication | None = None, *, focus_ring: bool = True) -> str:
    """The theme's palette on its style; focus_ring=False (the start-up frame, where nothing
    has focus yet) leaves out the app's own style (focus ring, text direction) until a later
    call adds it."""
    app = app or QApplication.instance()
    name = name if name in THEMES else "system"
    if "base_style" not in _state:
        _state["base_style"] = app.style().name() if app.style() else "fusion"
    base = "Fusion" if name != "system" else _state["base_style"]
    if _state.get("theme") == name and (_state.get("ring") or not focus_ring):
        return name
    if not focus_ring:
        style = QStyleFactory.create(base) or QStyleFactory.create("Fusion")
        _state["style"] = style
        app.setStyle(style)
        app.setPalette(palette(name) if name != "system" else style.standardPalette())
        _notify(app, QEvent.Type.ApplicationPaletteChange)
        _state["theme"], _state["ring"] = name, False
        return name
    style = _focus_style_class()(base, focus_colour(name))
    if name == "system":  # the system's own highlight, not the theme applied before
        style.colour = style.baseStyle().standardPalette().color(QPalette.ColorRole.Highlight)
    _state["style"] = style  # keep the Python wrapper alive
    app.setStyle(style)
    app.setPalette(palette(name) if name != "system" else style.standardPalette())
    _notify(app, QEvent.Type.ApplicationPaletteChange)
    _state["theme"], _state["ring"] = name, True
    return name


def current_theme() -> str:
    return _state.get("theme", "system")


def clamp_scale(scale) -> int:
    try:
        value = int(scale)
    except (TypeError, ValueError):
        return 100
    return max(MIN_SCALE, min(MAX_SCALE, value))


def apply_font(lang: str = "en", scale: int = 100, app: QApplication | None = None) -> QFont:
    """The app font: the system face (or the script's font first), scaled to scale %."""
    app = app or QApplication.instance()
    if "base_font" not in _state:
        base = QFont(app.font())
        fams = [f for f in base.families() if f not in FALLBACKS] or [base.family()]
        _state["base_font"] = (fams[0], max(base.pointSizeF(), 10.0))
    family, size = _state["base_font"]
    font = QFont(app.font())
    families = [*SCRIPT_FONTS.get(lang, []), family]
    families += [f for f in FALLBACKS if f not in families]
    font.setFamilies(families)
    font.setPointSizeF(size * clamp_scale(scale) / 100)
    app.setFont(font)
    _notify(app, QEvent.Type.ApplicationFontChange)
    _state["scale"] = clamp_scale(scale)
    return font


def current_scale() -> int:
    return _state.get("scale", 100)


# ---------------------------------------------------------------- text sized from the app font
BODY_POINTS = 10.0  # the body text size that pages' own sizes were chosen against (text at 100%)


def sized_points(points: float) -> float:
    """`points` as chosen against body text of BODY_POINTS, in points for the app font now: a
    title or a question grows with the learner's text size (Settings) as the body text does.
    A fixed size did not: at 150% the Mock exams title ("Thi thử") was smaller than the body."""
    app = QApplication.instance()
    body = app.font().pointSizeF() if app is not None else -1
    return points * (body if body > 0 else BODY_POINTS) / BODY_POINTS


def sized_font(points: float, *, family: str | None = None, bold: bool = False) -> QFont:
    """The app font at sized_points(points), with `family` (e.g. Noto Sans JP) first."""
    font = QFont(QApplication.font())
    if family:
        font.setFamilies([family, *[f for f in font.families() if f != family]])
    font.setPointSizeF(sized_points(points))
    font.setBold(bold)
    return font


def sized_css(points: float) -> str:
    """The same size for a style sheet or rich text: 'font-size: 15.0pt;'."""
    return f"font-size: {sized_points(points):.1f}pt;"
