"""UI layer: the unit writes its yearly report for one year: the cover lines, each
chapter's own text (headings, lists and bold; stored as Markdown) and which figure
sections go in. A year with nothing written starts from the latest earlier year's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.yearly_report import Chapter, CoverLine, ReportPart
from desktop_app.session import Session
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.ops import Ops


def chapter_titles() -> dict[Chapter, str]:
    return {
        Chapter.ORGANISATION: QCoreApplication.translate("YearlyTexts", "1.1 Organisation"),
        Chapter.MISSION: QCoreApplication.translate("YearlyTexts", "1.2 Uppdrag/målgrupp"),
        Chapter.CONTENT: QCoreApplication.translate("YearlyTexts", "1.3 Innehåll"),
        Chapter.CHANGES: QCoreApplication.translate("YearlyTexts", "2. Viktiga förändringar"),
        Chapter.COUNCIL_GOALS: QCoreApplication.translate(
            "YearlyTexts", "3.1 Kommunfullmäktiges mål"
        ),
        Chapter.UNIT_GOALS: QCoreApplication.translate("YearlyTexts", "3.2 Verksamhetsmål"),
        Chapter.ACHIEVED: QCoreApplication.translate("YearlyTexts", "3.4 Vad vi har uppnått"),
        Chapter.STAFF: QCoreApplication.translate("YearlyTexts", "4.1 Kompetensutveckling"),
        Chapter.CONCLUSIONS: QCoreApplication.translate("YearlyTexts", "5. Sammanfattning"),
    }


def part_titles() -> dict[ReportPart, str]:
    return {
        ReportPart.CLIENTS: QCoreApplication.translate("YearlyTexts", "Klienter"),
        ReportPart.ACCESS: QCoreApplication.translate("YearlyTexts", "Tillgänglighet"),
        ReportPart.OUTCOMES: QCoreApplication.translate("YearlyTexts", "Utfall vid avslut"),
        ReportPart.COURSES: QCoreApplication.translate("YearlyTexts", "Grupper och kurser"),
        ReportPart.OUTREACH: QCoreApplication.translate("YearlyTexts", "Uppsökande arbete"),
        ReportPart.SURVEYS: QCoreApplication.translate("YearlyTexts", "Enkäter"),
        ReportPart.MUNICIPALITIES: QCoreApplication.translate("YearlyTexts", "Per kommun"),
    }


class ChapterEditor(QWidget):
    """A text editor with headings, lists and bold; Tab moves on, Ctrl+B bolds."""

    def __init__(self, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTextEdit()
        self.edit.setAcceptRichText(False)  # pasted text keeps no foreign formatting
        self.edit.setTabChangesFocus(True)
        self.edit.setMarkdown(markdown)
        bar = QHBoxLayout()
        for name, text, shortcut, slot in (
            ("heading", self.tr("Rubrik"), "Ctrl+1", self.heading),
            ("bullets", self.tr("• Lista"), "Ctrl+Shift+8", self.bullets),
            ("numbers", self.tr("1. Lista"), "Ctrl+Shift+7", self.numbers),
            ("bold", self.tr("Fet"), "Ctrl+B", self.bold),
        ):
            button = QToolButton(text=text)
            button.setObjectName(name)
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.edit)

    def markdown(self) -> str:
        return self.edit.toMarkdown().strip() if self.edit.toPlainText().strip() else ""

    def heading(self) -> None:
        cursor = self.edit.textCursor()
        block = QTextBlockFormat(cursor.blockFormat())
        level = 0 if block.headingLevel() else 3
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        chars = QTextCharFormat()
        chars.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(chars)
        self.edit.setFocus()

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            current.remove(cursor.block())
            block = QTextBlockFormat(cursor.blockFormat())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(style)
        self.edit.setFocus()

    def bullets(self) -> None:
        self._list(QTextListFormat.Style.ListDisc)

    def numbers(self) -> None:
        self._list(QTextListFormat.Style.ListDecimal)

    def bold(self) -> None:
        chars = QTextCharFormat()
        bold = self.edit.fontWeight() < QFont.Weight.Bold
        chars.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.edit.mergeCurrentCharFormat(chars)
        self.edit.setFocus()


class YearlyTextsDialog(FormDialog):
    saved = Signal()

    def __init__(
        self,
        session: Session,
        ops: Ops,
        year: int,
        texts: dict[str, str],
        parts: tuple[ReportPart, ...] = tuple(ReportPart),
        started_from: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, parent)
        self.session = session
        self.year = year
        self.setWindowTitle(self.tr("Verksamhetsberättelse %1 – texter").replace("%1", str(year)))
        self.cover = {line: QLineEdit(texts.get(line.value, "")) for line in CoverLine}
        cover = QFormLayout()
        cover.addRow(self.tr("Verksamhet:"), self.cover[CoverLine.ACTIVITY])
        cover.addRow(self.tr("Sektion:"), self.cover[CoverLine.SECTION])
        cover.addRow(self.tr("Förvaltning:"), self.cover[CoverLine.ADMINISTRATION])
        cover.addRow(self.tr("Ansvarig:"), self.cover[CoverLine.RESPONSIBLE])
        self.cover[CoverLine.ACTIVITY].setPlaceholderText(session.unit.unit_name())
        cover_page = QWidget()
        cover_page.setLayout(cover)

        self.chapters = QListWidget()
        self.chapters.setObjectName("chapters")
        self.pages = QStackedWidget()
        self.edits: dict[Chapter, ChapterEditor] = {}
        for chapter, title in chapter_titles().items():
            self.chapters.addItem(title)
            self.edits[chapter] = ChapterEditor(texts.get(chapter.value, ""))
            self.pages.addWidget(self.edits[chapter])
        self.chapters.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.chapters.setCurrentRow(0)
        self.chapters.setMaximumWidth(230)
        chapters_page = QWidget()
        row = QHBoxLayout(chapters_page)
        row.addWidget(self.chapters)
        row.addWidget(self.pages, 1)

        self.parts = {p: QCheckBox(title) for p, title in part_titles().items()}
        grid = QGridLayout()
        for n, (part, box) in enumerate(self.parts.items()):
            box.setChecked(part in parts)
            grid.addWidget(box, n // 2, n % 2)
        box = QGroupBox(
            self.tr("Avsnitt med siffror efter nyckeltalen (tas bort när de saknar uppgifter)")
        )
        box.setLayout(grid)

        tabs = QTabWidget()
        tabs.addTab(chapters_page, self.tr("Kapitel"))
        tabs.addTab(cover_page, self.tr("Försättsblad"))
        parts_page = QWidget()
        QVBoxLayout(parts_page).addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        tabs.addTab(parts_page, self.tr("Avsnitt"))
        self.tabs = tabs
        widgets: list = [tabs]
        if started_from is not None:
            note = QLabel(
                self.tr("Inget är skrivet för %1 än: texterna från %2 är ifyllda som start.")
                .replace("%1", str(year))
                .replace("%2", str(started_from))
            )
            note.setObjectName("startedFrom")
            note.setWordWrap(True)
            widgets.insert(0, note)
        self.field_widgets = {"text": self.pages}
        self.finish_layout(*widgets)
        self.resize(860, 600)

    def texts(self) -> dict[str, str]:
        texts = {line.value: edit.text().strip() for line, edit in self.cover.items()}
        texts.update({c.value: editor.markdown() for c, editor in self.edits.items()})
        return texts

    def chosen_parts(self) -> list[ReportPart]:
        return [p for p, box in self.parts.items() if box.isChecked()]

    def submit(self) -> None:
        texts, parts = self.texts(), self.chosen_parts()
        reports, year = self.session.reports, self.year

        def save() -> None:
            reports.set_texts(year, texts)
            reports.set_report_parts(parts)

        self.save(save, lambda _: (self.accept(), self.saved.emit()))
