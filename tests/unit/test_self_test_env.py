"""The self-test's offscreen environment finds fonts on Windows (issue 16, item 2)."""

from __future__ import annotations

from smmdesk_gui.self_test import offscreen_environment


def test_windows_offscreen_reads_the_windows_fonts_folder() -> None:
    assert offscreen_environment({"WINDIR": "D:\\Win"}, "win32") == {
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QPA_FONTDIR": "D:\\Win\\Fonts",
    }
    assert offscreen_environment({}, "win32")["QT_QPA_FONTDIR"] == "C:\\Windows\\Fonts"


def test_what_the_user_set_wins() -> None:
    assert offscreen_environment({"QT_QPA_FONTDIR": "E:\\f"}, "win32") == {
        "QT_QPA_PLATFORM": "offscreen"
    }
    # the native Windows platform reads fonts through Windows itself
    assert offscreen_environment({"QT_QPA_PLATFORM": "windows"}, "win32") == {}


def test_linux_and_macos_need_no_font_folder() -> None:
    assert offscreen_environment({}, "linux") == {"QT_QPA_PLATFORM": "offscreen"}
    assert offscreen_environment({}, "darwin") == {"QT_QPA_PLATFORM": "offscreen"}
