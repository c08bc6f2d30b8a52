import pytest

from desktop_app.ui.i18n import install_translators
from desktop_app.ui.ops import Ops


@pytest.fixture
def ops(qapp):
    install_translators(qapp, "sv")
    ops = Ops()
    yield ops
    ops.shutdown()
