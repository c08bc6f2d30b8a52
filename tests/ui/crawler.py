"""A crawler that uses the program as a person would: every page, every tab, every enabled
button and menu action through a real click, every dialog it opens filled once empty and
once with its defaults, then saved or cancelled. It records what a user would call broken:
a crash dialog, an uncaught exception, a window that doesn't fit, a click that hangs."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizard,
)

SCREEN = (1366, 768)  # the smallest office screen the program must fit
SLOW_CLICK_S = 4.0
CRASH_WORDS = "Ett oväntat fel inträffade"
# Clicked last, by the test itself: they end the session or the program.
LEAVING = {"Logga ut", "Avsluta", "Lås", "Logga ut och återställ…"}
MAX_DEPTH = 3
# Combo boxes that switch what a page shows, as tabs do: each choice is crawled.
VIEW_CHOOSERS = {"reportKind", "periodKind"}


@dataclass
class CrawlReport:
    clicks: int = 0
    dialogs: int = 0
    problems: list[str] = field(default_factory=list)
    clicked: list[str] = field(default_factory=list)


def log_in(qtbot, login, username: str, password: str) -> None:
    """Type into the login window and click "Logga in", as a person does."""
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, password)
    qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)


def _alive(widget) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def _visible(widget) -> bool:
    return _alive(widget) and widget.isVisible()


def _text(widget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "") or widget.objectName() or widget.toolTip()
    if isinstance(widget, QAction):
        return widget.text().replace("&", "")
    if isinstance(widget, QLabel) and not widget.objectName():
        return widget.text()  # a label is known by what it says
    return widget.objectName() or type(widget).__name__


HANDLED = "crawlerHandled"


def _handled(window) -> bool:
    """Marked on the widget itself: Python ids of deleted windows are reused."""
    return bool(window.property(HANDLED))


def _title(window) -> str:
    return (window.windowTitle() or type(window).__name__) if _alive(window) else "?"


class Crawler:
    def __init__(self, qtbot, ops, *, leaving: set[str] = LEAVING) -> None:
        self.qtbot = qtbot
        self.ops = ops
        self.leaving = leaving
        self.report = CrawlReport()
        self._handling: list[QWidget] = []

    # -- waiting ------------------------------------------------------------------------
    def settle(self, timeout_ms: int = 15_000) -> None:
        """Let queued work finish: the database worker idle, events processed."""
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if not self.ops.busy:
                QApplication.processEvents()
                if not self.ops.busy:
                    return
            time.sleep(0.005)
        self.problem(f"the database worker was still busy after {timeout_ms // 1000} s")

    def problem(self, text: str) -> None:
        where = " › ".join(_title(w) for w in self._handling if _alive(w))
        self.report.problems.append(f"{where}: {text}" if where else text)

    # -- clicking -----------------------------------------------------------------------
    def activate(self, target, label: str, depth: int) -> None:
        """Click a button or trigger an action; windows it opens are explored."""
        before = self._top_levels()
        watcher = QTimer()
        watcher.setInterval(30)
        handled_time = [0.0]

        def look_for_modal() -> None:
            modal = QApplication.activeModalWidget() or QApplication.activePopupWidget()
            if modal is None or modal in self._handling or _handled(modal):
                return
            started = time.monotonic()
            self.handle_window(modal, depth + 1)
            handled_time[0] += time.monotonic() - started

        watcher.timeout.connect(look_for_modal)
        watcher.start()
        started = time.monotonic()
        self.report.clicks += 1
        self.report.clicked.append(label)
        try:
            if isinstance(target, QAction):
                target.trigger()
            else:
                self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
            blocked = time.monotonic() - started - handled_time[0]
            if blocked > SLOW_CLICK_S:
                self.problem(f"“{label}” blocked the window for {blocked:.1f} s")
            self.settle()
            for window in self._top_levels():
                new = window not in before and window not in self._handling
                if new and not _handled(window):
                    self.handle_window(window, depth + 1)
        finally:
            watcher.stop()
            watcher.deleteLater()

    def _top_levels(self) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, QMenu) and w.isWindow()
        ]

    # -- windows ------------------------------------------------------------------------
    def handle_window(self, window: QWidget, depth: int) -> None:
        window.setProperty(HANDLED, True)
        self._handling.append(window)
        try:
            self.check_fits(window)
            if isinstance(window, QMessageBox):
                self.answer_message(window)
            elif isinstance(window, QMenu):
                self.use_menu(window, depth)
            elif isinstance(window, QInputDialog):
                self.answer_input(window)
            elif isinstance(window, QWizard):
                window.reject()
            elif isinstance(window, QDialog):
                self.report.dialogs += 1
                self.explore_dialog(window, depth)
            elif isinstance(window, QMainWindow):
                pass  # the main window is crawled by the test
            else:
                window.close()
        finally:
            self._handling.remove(window)

    def check_fits(self, window: QWidget) -> None:
        QApplication.processEvents()
        size = window.frameGeometry().size()
        if size.width() > SCREEN[0] or size.height() > SCREEN[1]:
            self.problem(f"window {size.width()}×{size.height()} is larger than {SCREEN}")
        for text in clipped_children(window):
            self.problem(text)

    def answer_message(self, box: QMessageBox) -> None:
        text = box.text() + " " + box.informativeText()
        if CRASH_WORDS in text:
            self.problem(f"crash dialog: {box.text()[:300]}")
        no = box.button(QMessageBox.StandardButton.No)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        choice = no or cancel or box.escapeButton() or box.defaultButton()
        if choice is not None:
            choice.click()
        else:
            box.done(0)

    def answer_input(self, dialog: QInputDialog) -> None:
        if dialog.inputMode() == QInputDialog.InputMode.IntInput:
            dialog.setIntValue(dialog.intMinimum())
        else:
            dialog.setTextValue("")
            dialog.accept()  # empty: the program must refuse or ignore it
        if dialog.isVisible():
            dialog.reject()

    def use_menu(self, menu: QMenu, depth: int) -> None:
        actions = [a for a in menu.actions() if a.isEnabled() and a.isVisible()]
        menu.close()
        for action in actions:
            if not action.isSeparator() and action.menu() is None:
                self.activate(action, _text(action), depth)

    # -- dialogs ------------------------------------------------------------------------
    def explore_dialog(self, dialog: QDialog, depth: int) -> None:
        if depth <= MAX_DEPTH:
            self.explore(dialog, depth)
        if not _visible(dialog):
            return
        # Once left empty, then once as it came (with any empty line filled in).
        saved = self._snapshot(dialog)
        self._clear(dialog)
        self._press_save(dialog, depth)
        if not _visible(dialog):
            return
        self._restore(dialog, saved)
        self._fill_defaults(dialog)
        self._press_save(dialog, depth)
        if _visible(dialog):
            dialog.reject()
            self.settle()
        if _visible(dialog):
            dialog.close()
            self.settle()

    def _save_button(self, dialog: QDialog):
        for box in dialog.findChildren(QDialogButtonBox):
            if not box.isVisible():
                continue
            for button in box.buttons():
                role = box.buttonRole(button)
                if role in (
                    QDialogButtonBox.ButtonRole.AcceptRole,
                    QDialogButtonBox.ButtonRole.YesRole,
                    QDialogButtonBox.ButtonRole.ApplyRole,
                ):
                    return button
        return None

    def _press_save(self, dialog: QDialog, depth: int) -> None:
        button = self._save_button(dialog)
        if button is not None and button.isEnabled() and button.isVisible():
            self.activate(button, f"{_title(dialog)} › {_text(button)}", depth)

    @staticmethod
    def _editors(dialog: QWidget):
        return [
            w
            for w in dialog.findChildren(QWidget)
            if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit)
            and w.isVisible()
            and w.isEnabled()
            and not w.isReadOnly()
            and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
        ]

    def _snapshot(self, dialog: QWidget) -> dict[int, str]:
        values = {}
        for editor in self._editors(dialog):
            values[id(editor)] = (
                editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            )
        return values

    def _clear(self, dialog: QWidget) -> None:
        for editor in self._editors(dialog):
            editor.clear()

    def _restore(self, dialog: QWidget, values: dict[int, str]) -> None:
        for editor in self._editors(dialog):
            if id(editor) in values:
                if isinstance(editor, QLineEdit):
                    editor.setText(values[id(editor)])
                else:
                    editor.setPlainText(values[id(editor)])

    def _fill_defaults(self, dialog: QWidget) -> None:
        for editor in self._editors(dialog):
            if isinstance(editor, QLineEdit):
                if not editor.text() and editor.echoMode() == QLineEdit.EchoMode.Normal:
                    editor.setText("Provdata")
            elif not editor.toPlainText():
                editor.setPlainText("Provtext från genomgången.")

    # -- pages --------------------------------------------------------------------------
    def explore(self, root: QWidget, depth: int) -> None:
        """Every tab of ``root``, and in each every enabled button and menu action."""
        self._select_first_rows(root)
        tabs = [t for t in root.findChildren(QTabWidget) if t.isVisible()]
        self._click_buttons(root, depth)
        for tab_widget in tabs:
            if not _alive(tab_widget) or not _visible(root):
                return
            for index in range(tab_widget.count()):
                if not _alive(tab_widget) or not _visible(root):
                    return
                if not tab_widget.isTabEnabled(index) or not tab_widget.isTabVisible(index):
                    continue
                bar = tab_widget.tabBar()
                self.qtbot.mouseClick(
                    bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center()
                )
                self.settle()
                page = tab_widget.widget(index)
                self._select_first_rows(page)
                self._click_buttons(page, depth)
        for combo in root.findChildren(QComboBox):
            if combo.objectName() not in VIEW_CHOOSERS or not combo.isVisible():
                continue
            for index in range(1, combo.count()):
                if not _alive(combo) or not _visible(root) or not combo.isEnabled():
                    break
                combo.setCurrentIndex(index)
                self.settle()
                self._click_buttons(root, depth)
            if _alive(combo):
                combo.setCurrentIndex(0)
                self.settle()

    def _select_first_rows(self, root: QWidget) -> None:
        for view in root.findChildren(QAbstractItemView):
            if (
                view.isVisible()
                and not isinstance(view, QListWidget)
                and view.model() is not None
                and view.model().rowCount() > 0
                and view.selectionMode() != QAbstractItemView.SelectionMode.NoSelection
                and not view.currentIndex().isValid()
            ):
                view.setCurrentIndex(view.model().index(0, 0))
        QApplication.processEvents()

    def _buttons(self, root: QWidget) -> list[QAbstractButton]:
        found = []
        for button in root.findChildren(QAbstractButton):
            if isinstance(button, QCheckBox | QRadioButton) or not button.isVisible():
                continue
            if isinstance(button.parent(), QDialogButtonBox):
                continue  # saving and cancelling are the dialog pass's business
            if button.parent() is not None and type(button.parent()).__name__ == "QTabBar":
                continue
            if isinstance(button, QToolButton) and button.autoRaise() and not button.text():
                continue  # spin arrows, scroll buttons
            if _text(button) in self.leaving:
                continue
            found.append(button)
        return found

    def _click_buttons(self, root: QWidget, depth: int) -> None:
        done: set[str] = set()  # one click per button and view
        for button in self._buttons(root):
            if not _alive(button) or not _visible(root):
                return
            if not button.isVisible() or not button.isEnabled():
                continue
            label = f"{_title(root.window())} › {_text(button)}"
            if label in done:
                continue
            done.add(label)
            menu = button.menu() if isinstance(button, QPushButton | QToolButton) else None
            if menu is not None:
                for action in menu.actions():
                    if action.isEnabled() and not action.isSeparator():
                        self.activate(action, f"{label} › {_text(action)}", depth)
                continue
            self.activate(button, label, depth)
            self._select_first_rows(root)

    def menu_actions(self, window: QMainWindow) -> list[QAction]:
        actions = []
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is None or not menu_action.isVisible():
                continue
            for action in menu.actions():
                if action.isSeparator() or action.menu() is not None:
                    continue
                if action.isEnabled() and _text(action) not in self.leaving:
                    actions.append(action)
        return actions


def clipped_children(window: QWidget) -> list[str]:
    """Children whose text is cut or that lie outside ``window`` (scrolled content aside)."""
    from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QTabBar

    found = []
    frame = window.rect()
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.isWindow():
            continue
        ancestors, parent = [], child.parentWidget()
        while parent is not None and parent is not window:
            ancestors.append(parent)
            parent = parent.parentWidget()
        if any(
            isinstance(a, QAbstractScrollArea | QTabBar | QComboBox | QAbstractSpinBox)
            or not a.isVisibleTo(window)
            for a in ancestors
        ):
            continue  # scrolled, elided or internal to a compound widget
        name = f"{type(child).__name__} “{_text(child)[:40]}”"
        top_left = child.mapTo(window, child.rect().topLeft())
        bottom_right = child.mapTo(window, child.rect().bottomRight())
        if not (frame.contains(top_left) and frame.contains(bottom_right)):
            found.append(f"{name} lies outside the window")
            continue
        if isinstance(child, QPushButton | QCheckBox | QRadioButton) and child.text():
            if child.width() + 2 < child.sizeHint().width():
                found.append(f"{name} is cut ({child.width()} < {child.sizeHint().width()} px)")
        elif isinstance(child, QLabel) and child.text() and not child.wordWrap():
            if child.width() + 2 < child.minimumSizeHint().width():
                found.append(
                    f"{name} is cut ({child.width()} < {child.minimumSizeHint().width()} px)"
                )
        elif isinstance(child, QLineEdit) and (
            child.width() < 60 or child.height() + 2 < child.minimumSizeHint().height()
        ):
            found.append(f"{name} is squeezed to {child.width()}×{child.height()} px")
    return found
