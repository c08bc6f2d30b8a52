from desktop_app.core.services.login_throttle import FREE_ATTEMPTS, LoginThrottle


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_first_failures_are_free_then_the_delay_grows():
    clock = FakeClock()
    throttle = LoginThrottle(clock)
    delays = [throttle.record_failure("Anna") for _ in range(FREE_ATTEMPTS + 3)]
    assert delays[: FREE_ATTEMPTS - 1] == [0.0] * (FREE_ATTEMPTS - 1)
    assert delays[FREE_ATTEMPTS - 1 :] == sorted(delays[FREE_ATTEMPTS - 1 :])
    assert delays[-1] > delays[FREE_ATTEMPTS - 1] > 0
    assert throttle.seconds_left("anna ") == delays[-1]
    clock.now += delays[-1]
    assert throttle.seconds_left("anna") == 0


def test_success_resets_and_reports_failures():
    throttle = LoginThrottle(FakeClock())
    throttle.record_failure("bo")
    throttle.record_failure("bo")
    assert throttle.record_success("BO") == 2
    assert throttle.failures("bo") == 0
    assert throttle.seconds_left("bo") == 0


def test_delay_is_capped():
    throttle = LoginThrottle(FakeClock())
    assert throttle.delay_after(100) == 60.0
