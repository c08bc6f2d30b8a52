"""The lists of course occasions and groups: coming ones by default, past and cancelled
a choice away, and sortable by a click on any column title."""

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, Qt

from desktop_app.core.domain.courses import ActivityDraft, ActivityKind, MeetingDraft
from desktop_app.core.domain.removal import RemovalReason
from desktop_app.ui.pages.courses_page import CoursesPage


def _occasion(vault, name, days, capacity=5):
    medvind = next(t for t in vault.session.courses.types() if t.name.startswith("MedVind"))
    start = (datetime.now() + timedelta(days=days)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    return vault.session.courses.create_occasion(
        ActivityDraft(ActivityKind.COURSE, name, "", medvind.id, capacity, 1),
        [MeetingDraft(start, start + timedelta(hours=6))],
    )


def _names(page):
    model = page.occasions
    return [model.activity_at(r).draft.name for r in range(model.rowCount())]


def test_coming_by_default_past_on_choice_and_sorted_by_a_click(qtbot, ops, vault):
    _occasion(vault, "B senare", 40, capacity=3)
    _occasion(vault, "A snart", 5, capacity=9)
    _occasion(vault, "C förra året", -300)
    cancelled = _occasion(vault, "D inställd", 20)
    vault.session.courses.cancel(cancelled.id, RemovalReason.MISTAKE)
    page = CoursesPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.occasions.rowCount() == 2, timeout=5000)
    assert _names(page) == ["A snart", "B senare"]  # the next first
    page.occasion_filter.setCurrentIndex(page.occasion_filter.findData("past"))
    assert sorted(_names(page)) == ["C förra året", "D inställd"]
    page.occasion_filter.setCurrentIndex(page.occasion_filter.findData("all"))
    assert len(_names(page)) == 4
    header = page.occasions_table.horizontalHeader()
    name = 0  # "Namn"
    point = QPoint(header.sectionViewportPosition(name) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    names = _names(page)
    assert names in (sorted(names), sorted(names, reverse=True)) and len(set(names)) == 4
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert _names(page) == list(reversed(names))  # a second click turns the order


def test_a_group_gets_a_co_leader_and_its_places_are_kept(qtbot, ops, vault):
    from PySide6.QtWidgets import QPushButton

    from desktop_app.core.domain.roles import Role
    from desktop_app.core.domain.users import NewUser
    from desktop_app.ui.courses.group_dialog import GroupDialog

    bo = vault.session.users.add_user(
        NewUser("bo", "Bo Berg", Role.COURSE_LEADER), "Tillfalligt-losen-9"
    )
    page = CoursesPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.colleagues) == 2, timeout=5000)
    qtbot.mouseClick(page.findChild(QPushButton, "newGroup"), Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.findChildren(GroupDialog) if d.isVisible())
    dialog.name.setText("Samtalsgrupp Solhem")
    leaders = dialog.leaders
    row = next(i for i in range(leaders.count()) if leaders.item(i).text() == "Bo Berg")
    leaders.item(row).setCheckState(Qt.CheckState.Checked)  # the co-leader
    dialog.capacity.setValue(6)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    group = next(
        a for a in vault.session.courses.activities(ActivityKind.GROUP)
        if a.draft.name == "Samtalsgrupp Solhem"
    )  # fmt: skip
    assert set(group.draft.leaders) == {vault.session.user.id, bo.id}
    assert group.draft.capacity == 6


def test_two_course_windows_open_beside_the_main_window(qtbot, ops, vault):
    from desktop_app.ui.courses.activity_dialog import ActivityDialog

    _occasion(vault, "Första", 5)
    _occasion(vault, "Andra", 9)
    page = CoursesPage(vault.session, ops)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.occasions.rowCount() == 2, timeout=5000)
    table = page.occasions_table
    for row in (0, 1, 0):  # the first twice: it is raised, not opened again
        rect = table.visualRect(page.occasions.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    windows = [w for w in page.findChildren(ActivityDialog) if w.isVisible()]
    assert sorted(w.activity_id for w in windows) == sorted(
        page.occasions.activity_at(r).id for r in range(2)
    )
    assert all(w.windowModality() == Qt.WindowModality.NonModal for w in windows)
    assert not any(w.isModal() for w in windows)  # the main window stays usable
    for w in windows:
        w.close_without_asking()
