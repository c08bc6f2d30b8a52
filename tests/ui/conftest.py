import pytest

from desktop_app.ui.i18n import install_translators
from desktop_app.ui.main_thread_gc import MainThreadGc
from desktop_app.ui.ops import Ops


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qapp):
    """As in the program: no cycle collection on the database worker thread."""
    collector = MainThreadGc()
    collector.start()
    yield collector
    collector.stop()


@pytest.fixture
def ops(qapp, request):
    # Set the database up first so it is closed last: work the test left queued (an audit
    # record on lock, a refresh) must finish before the fixture closes the connection.
    if "vault" in request.fixturenames:
        request.getfixturevalue("vault")
    install_translators(qapp, "sv")
    ops = Ops()
    yield ops
    ops.shutdown()
