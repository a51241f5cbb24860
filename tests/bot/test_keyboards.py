from bot.keyboards import CONTEXT, FEEDBACK, NEXT, Action, answer_keyboard, decode, encode


def test_callback_data_is_short_ascii_and_round_trips() -> None:
    markup = answer_keyboard(2**62, 4, True, "kk")
    datas = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert len(datas) == 4
    for data in datas:
        assert data.isascii() and len(data.encode()) < 64
        assert decode(data) is not None
    assert decode(encode(NEXT, 7, 1)) == Action(NEXT, 7, 1)


def test_no_next_button_on_the_last_result() -> None:
    markup = answer_keyboard(1, 0, False, "ru")
    kinds = {decode(b.callback_data).kind for row in markup.inline_keyboard for b in row}
    assert kinds == {CONTEXT, FEEDBACK}


def test_foreign_callback_data_is_rejected() -> None:
    assert decode("x:1:1") is None
    assert decode("n:abc:1") is None
    assert decode("l:kk") is None
