from bot.flood import FloodLimit


def test_limit_per_sliding_minute() -> None:
    now = [0.0]
    limit = FloodLimit(3, clock=lambda: now[0])
    assert [limit.allow(1) for _ in range(4)] == [True, True, True, False]
    assert limit.allow(2)  # other users are not affected
    now[0] = 59.9
    assert not limit.allow(1)
    now[0] = 60.0
    assert limit.allow(1)
