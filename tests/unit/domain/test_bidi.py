from smmdesk_gui.domain.bidi import LTR, RTL, first_strong, paragraph_directions


def test_first_strong_character_decides() -> None:
    assert first_strong("فروش ویژه #sale https://shop.com") == RTL
    assert first_strong("#sale فروش") == LTR  # the hashtag's Latin letters come first
    assert first_strong("123 🎉 !") is None


def test_paragraphs() -> None:
    text = "سلام دوستان\nNew bread today\n🎉🎉\nمرحبا"
    assert paragraph_directions(text) == [RTL, LTR, LTR, RTL]
