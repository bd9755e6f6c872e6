"""``i18n.arg``: Qt-style placeholders filled once, in the translator's order."""

from __future__ import annotations

from smmdesk_gui.ui.i18n import arg


def test_fills_in_the_translators_order() -> None:
    assert arg("%2 then %1", "a", "b") == "b then a"


def test_a_value_holding_a_placeholder_is_not_filled_again() -> None:
    assert arg("%1 and %2", "50%2", "x") == "50%2 and x"


def test_missing_values_leave_the_placeholder() -> None:
    assert arg("%1 of %3", 5) == "5 of %3"
