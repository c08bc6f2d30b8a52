"""Every repository a service uses has a Protocol in core, and storage's class keeps it:
each method of the port exists on the class with the same parameters."""

import inspect

import pytest

from desktop_app.core.services import ports, ports_clients, ports_work
from desktop_app.core.services.participant_merge import ParticipantMergeRepo
from desktop_app.storage.repos.audit_repo import SqlAuditRepo
from desktop_app.storage.repos.courses_repo import SqlCourseRepo
from desktop_app.storage.repos.imports_repo import SqlImportRepo
from desktop_app.storage.repos.participant_merge_repo import SqlParticipantMergeRepo
from desktop_app.storage.repos.participants_repo import SqlParticipantRepo
from desktop_app.storage.repos.stats_repo import SqlStatsRepo
from desktop_app.storage.repos.surveys_repo import SqlSurveyRepo
from desktop_app.storage.repos.unit_work_repo import SqlUnitWorkRepo

PAIRS = [
    (ports.AuditRepo, SqlAuditRepo),
    (ports_work.CourseRepo, SqlCourseRepo),
    (ports_work.ParticipantRepo, SqlParticipantRepo),
    (ports_work.StatsRepo, SqlStatsRepo),
    (ports_work.SurveyRepo, SqlSurveyRepo),
    (ports_work.UnitWorkRepo, SqlUnitWorkRepo),
    (ports_work.ImportLogRepo, SqlImportRepo),
    (ParticipantMergeRepo, SqlParticipantMergeRepo),
]


def _methods(cls):
    return {
        name: inspect.signature(fn)
        for name, fn in vars(cls).items()
        if callable(fn) and not name.startswith("_")
    }


@pytest.mark.parametrize("port,impl", PAIRS, ids=[p.__name__ for p, _ in PAIRS])
def test_storage_keeps_the_port(port, impl):
    for name, signature in _methods(port).items():
        assert hasattr(impl, name), f"{impl.__name__} lacks {name}"
        theirs = inspect.signature(getattr(impl, name))
        assert list(theirs.parameters) == list(signature.parameters), name


def test_no_service_takes_an_untyped_repository_or_the_session():
    from pathlib import Path

    import desktop_app.core.services as services

    folder = Path(services.__file__).parent
    for path in [*folder.glob("*.py"), folder.parent / "imports" / "import_service.py"]:
        source = path.read_text(encoding="utf-8")
        assert ": Any" not in source, path.name
        assert "session:" not in source and "self._s " not in source, path.name
    assert ports_clients  # the client ports live beside (ports_clients.py)
