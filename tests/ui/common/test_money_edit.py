"""The amount field: typed in the ledger's locale, read as integer minor units."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.common.money_edit import MoneyEdit


def _edit(qtbot, currency: str = "EUR", locale: str = "fr_FR") -> MoneyEdit:  # type: ignore[no-untyped-def]
    edit = MoneyEdit(currency, locale)
    qtbot.addWidget(edit)
    return edit


def test_typed_amounts_are_read_in_the_locale(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = _edit(qtbot)
    qtbot.keyClicks(edit, "1234,5")
    assert edit.minor() == 123450 and edit.is_valid()
    assert edit.alignment() & Qt.AlignmentFlag.AlignRight


def test_romanian_and_english_separators(qtbot) -> None:  # type: ignore[no-untyped-def]
    romanian = _edit(qtbot, "RON", "ro_RO")
    romanian.setText("1.234,56")
    assert romanian.minor() == 123456
    english = _edit(qtbot, "USD", "en_US")
    english.setText("-1,234.5")
    assert english.minor() == -123450


def test_currencies_without_or_with_more_minor_digits(qtbot) -> None:  # type: ignore[no-untyped-def]
    yen = _edit(qtbot, "JPY", "en_US")
    yen.setText("1,500")
    assert yen.minor() == 1500
    dinar = _edit(qtbot, "TND", "fr_FR")
    dinar.setText("1,234")
    assert dinar.minor() == 1234


def test_invalid_text_has_no_amount_and_looks_invalid(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = _edit(qtbot)
    edit.setText("douze")
    assert edit.minor() is None and not edit.is_valid()
    assert edit.property("invalid") is True
    edit.setText("12,345")  # more decimals than the euro has: refused, not rounded
    assert edit.minor() is None and not edit.is_valid()
    edit.setText("")
    assert edit.minor() is None and edit.is_valid()
    assert edit.property("invalid") is False


def test_set_minor_shows_the_locale_format(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = _edit(qtbot)
    edit.set_minor(123456)
    assert edit.text() == "1\u202f234,56"
    assert edit.minor() == 123456
    edit.set_minor(None)
    assert edit.text() == "" and edit.minor() is None


def test_editing_finished_normalises_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = _edit(qtbot)
    edit.setText("1234,5")
    edit.editingFinished.emit()
    assert edit.text() == "1\u202f234,50"


def test_minor_changed_is_emitted_with_the_amount(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = _edit(qtbot)
    seen: list[object] = []
    edit.minorChanged.connect(seen.append)
    edit.setText("1")
    edit.setText("1,")
    edit.setText("1,5")
    edit.setText("x")
    assert seen == [100, 150, None]
