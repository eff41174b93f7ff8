"""Help > About: what jpprep is, and Sources: the credits the content licences require."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QTextBrowser, QVBoxLayout

from jpprep import __version__, paths


def sources_text(heading: str = "Sources") -> str:
    """Markdown listing every shipped source with its licence (decks/sources.json, ATTRIBUTION.md)
    under `heading` (the dialog's, in the interface language). The credits themselves stay as
    the licences have them, in English."""
    parts = []
    src = paths.decks_dir() / "sources.json"
    if src.is_file():
        try:
            entries = json.loads(src.read_text(encoding="utf-8"))
        except ValueError:
            entries = []
        for e in entries if isinstance(entries, list) else []:
            parts.append(f"- **{e.get('name', '')}**: {e.get('what', '')} ({e.get('licence', '')}) {e.get('url', '')}")
    parts.append("- **Noto Sans JP** font: SIL Open Font License 1.1, © Adobe (resources/fonts/OFL-NotoSansJP.txt)")
    parts.append("- **UniDic (unidic-lite)** dictionary for readings: BSD licence, © NINJAL")
    attribution = paths.decks_dir() / "ATTRIBUTION.md"
    text = f"## {heading}\n\n" + "\n".join(parts)
    if attribution.is_file():
        text += "\n\n" + attribution.read_text(encoding="utf-8")
    return text


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About jpprep"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        about = QLabel(self.tr(
            "<h2>jpprep {version}</h2>"
            "<p>Offline study for the JLPT, the JFT-Basic and the Specified Skilled Worker "
            "(特定技能) sector tests: spaced-repetition decks, mock exams, and furigana made on "
            "this computer. Your progress stays on this computer (or your centre's server).</p>"
            "<p>JLPT levels of the shipped words are approximate: no official list exists.</p>"
        ).format(version=__version__))
        # in Urdu "jpprep 0.1.0" stands on the right and a paragraph that begins with "JLPT"
        # runs right to left: the app's style sees to both (jpprep.ui.bidi)
        about.setWordWrap(True)
        about.setAlignment(Qt.AlignmentFlag.AlignTop)  # not floating in the middle of the tab
        about.setMargin(12)
        self.tabs.addTab(about, self.tr("About"))
        self.sources = QTextBrowser()
        self.sources.setOpenExternalLinks(False)
        self.sources.setOpenLinks(False)  # nothing is ever loaded from the network
        self.sources.setMarkdown(sources_text(self.tr("Sources")))
        self.tabs.addTab(self.sources, self.tr("Sources"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)
