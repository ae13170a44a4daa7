"""Pieces of the journal tab that need no ledger."""

from __future__ import annotations

import datetime as dt

from ui.common.account_picker import AccountChoice, resolve_account_text
from ui.tabs.journal.dialogs.reverse_dialog import default_reversal_date
from ui.tabs.journal.models import EntryLinesModel
from ui.tabs.journal.widgets import date_format_for

CHOICES = [AccountChoice("512", "Banques"), AccountChoice("5121", "Banque Populaire"),
           AccountChoice("706", "Prestations de services")]


def test_account_text_resolves_to_a_code() -> None:
    assert resolve_account_text("512 — Banques", CHOICES) == "512"
    assert resolve_account_text(" 706 ", CHOICES) == "706"
    assert resolve_account_text("prestations", CHOICES) == "706"  # one match
    assert resolve_account_text("banque", CHOICES) is None  # two matches
    assert resolve_account_text("9", CHOICES) is None
    assert resolve_account_text("", CHOICES) is None


def test_reversal_date_defaults_to_the_original_unless_locked() -> None:
    today = dt.date(2026, 11, 23)
    assert default_reversal_date(dt.date(2026, 5, 4), None, today) == dt.date(2026, 5, 4)
    assert default_reversal_date(dt.date(2026, 5, 4), dt.date(2026, 4, 30), today) == \
        dt.date(2026, 5, 4)
    assert default_reversal_date(dt.date(2026, 5, 4), dt.date(2026, 5, 4), today) == today


def test_dates_are_edited_with_four_digit_years() -> None:
    assert date_format_for("fr_FR") == "dd/MM/yyyy"
    assert "yyyy" in date_format_for("en_US")


def test_entry_lines_model_passes_the_qt_model_tester(qtmodeltester) -> None:
    model = EntryLinesModel(CHOICES, "EUR", "fr_FR")
    model.setData(model.index(0, EntryLinesModel.ACCOUNT), "512")
    model.setData(model.index(0, EntryLinesModel.DEBIT), 1500)
    qtmodeltester.check(model, force_py=False)


def test_entry_lines_keep_one_blank_line_and_one_side_per_line() -> None:
    model = EntryLinesModel(CHOICES, "EUR", "fr_FR")
    model.setData(model.index(0, EntryLinesModel.ACCOUNT), "512")
    model.setData(model.index(0, EntryLinesModel.DEBIT), 1500)
    assert model.rowCount() == 2
    model.setData(model.index(0, EntryLinesModel.CREDIT), 200)
    assert (model.lines()[0].debit, model.lines()[0].credit) == (0, 200)
    model.setData(model.index(0, EntryLinesModel.DEBIT), -300)  # negative debit = credit
    assert (model.lines()[0].debit, model.lines()[0].credit) == (0, 300)
    # A new line for a known account balances the entry by itself.
    model.setData(model.index(1, EntryLinesModel.ACCOUNT), "706")
    assert (model.lines()[1].debit, model.lines()[1].credit) == (300, 0)
    assert model.index(1, EntryLinesModel.DEBIT).data() == "3,00"
    assert model.rowCount() == 3
    model.remove_line(2)  # the blank line comes back
    assert model.rowCount() == 3
