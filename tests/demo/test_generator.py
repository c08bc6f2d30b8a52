from desktop_app.core.domain.roles import Role
from desktop_app.demo.generator import DEMO_ACCOUNTS, DemoSpec, build_demo, open_or_create_demo
from desktop_app.session import Gatekeeper


def _staff(path, spec):
    build_demo(path, spec)
    session = Gatekeeper(path).login("admin", DEMO_ACCOUNTS[0].password)
    try:
        return [(u.username, u.display_name, u.role) for u in session.users.list_users()]
    finally:
        session.close()


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    first = _staff(tmp_path / "a.db", DemoSpec(seed=1))
    assert _staff(tmp_path / "b.db", DemoSpec(seed=1)) == first
    assert _staff(tmp_path / "c.db", DemoSpec(seed=2)) != first
    assert {role for *_, role in first} == set(Role)


def test_every_demo_account_logs_in_ready_to_use(tmp_path):
    result = open_or_create_demo(tmp_path / "demo.db")
    assert result.created
    for account in result.accounts:
        session = Gatekeeper(result.path).login(account.username, account.password)
        assert session.user.role == account.role and not session.user.must_change_password
        session.close()
    assert not open_or_create_demo(tmp_path / "demo.db").created
