"""UI layer: the leaders of a course or group as a list of colleagues to tick (a
leader who has left the unit stays named, ticked, until unticked)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop_app.core.domain.ids import UserId


class LeadersList(QListWidget):
    def __init__(
        self,
        colleagues: Iterable,
        chosen: Iterable[UserId] = (),
        former: Iterable[tuple[str, UserId]] = (),
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leaders")
        self.setMaximumHeight(110)
        chosen = set(chosen)
        known = set()
        for user in colleagues:
            known.add(user.id)
            self._add(user.display_name, user.id, user.id in chosen)
        for name, user_id in former:
            if user_id not in known:
                self._add(name, user_id, True)

    def _add(self, name: str, user_id: UserId, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, user_id)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)

    def chosen(self) -> tuple[UserId, ...]:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )
