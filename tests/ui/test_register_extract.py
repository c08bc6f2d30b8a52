"""Register extract (GDPR art. 15): one action, everything about the person, as PDF."""

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.domain.client_enums import CloseReason, FollowUpAnswer
from desktop_app.core.domain.clients import ClientDraft
from desktop_app.core.domain.courses import ParticipantDraft
from desktop_app.core.domain.ids import CourseTypeId
from desktop_app.core.domain.roles import Role
from desktop_app.core.domain.users import NewUser
from desktop_app.core.errors import PermissionDeniedError
from desktop_app.session import Gatekeeper, municipalities
from desktop_app.ui.client_card.card_dialog import ClientCardDialog
from desktop_app.ui.dialogs.client_dialog import ClientFormOptions


def _card(qtbot, ops, session, client_id):
    options = ClientFormOptions(municipalities(), tuple(session.users.colleagues()), ())
    card = ClientCardDialog(session, ops, options, client_id)
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.data is not None, timeout=5000)
    return card


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_extract_holds_everything_about_the_person(qtbot, ops, vault, tmp_path, file_dialogs):
    s = vault.session
    client = s.clients.create(ClientDraft(name="Utdrag Uddesson", municipality="0180"))
    note = s.journal.add(client.id, "Första samtalet", "Ursprunglig text om Uddesson")
    s.journal.correct(note.id, "Första samtalet", "Rättad text om Uddesson")
    participant = s.registrations.create_participant(
        ParticipantDraft(name="Utdrag Uddesson", phone="070-123 45 67", client_id=client.id)
    )
    s.registrations.express_interest(CourseTypeId(1), participant.id)
    s.clients.close(
        client.id, date.today(), CloseReason.COMPLETED, {"stopped_buying_sex": FollowUpAnswer.YES}
    )

    card = _card(qtbot, ops, s, client.id)
    assert card.extract_button.isVisibleTo(card)
    path = tmp_path / "utdrag.pdf"
    file_dialogs.save_path = path
    with qtbot.waitSignal(card.extract_saved, timeout=10000):
        qtbot.mouseClick(card.extract_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    text = " ".join(text.split())
    for expected in (
        "Registerutdrag",
        client.code,
        "Utdrag Uddesson",
        "Ursprunglig text om Uddesson",  # every version, the corrected one too
        "Rättad text om Uddesson",
        "070-123 45 67",
        "MedVind",
        "dataskyddsförordningen",
        "gallras 5 år",
    ):
        assert expected in text, expected
    assert s.audit.entries(entity="client")[0].detail == "register_extract"


def test_roles_without_journals_cannot_make_an_extract(qtbot, ops, vault):
    s = vault.session
    client = s.clients.create(ClientDraft(name="Skyddad Person"))
    s.users.add_user(
        NewUser("kurs.ledare", "Kurs Ledare", Role.COURSE_LEADER), "Tillfalligt-losen-9"
    )
    leader = Gatekeeper(vault.path).login("kurs.ledare", "Tillfalligt-losen-9")
    try:
        with pytest.raises(PermissionDeniedError):
            leader.register_extracts.extract(client.id)
    finally:
        leader.close()
