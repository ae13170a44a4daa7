"""A line edit for one amount, typed the way the ledger's locale writes numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import ComptoirError
from app.money import Money
from ui.common.formatting import money_text

#: Dynamic property the style sheet keys on, so the invalid look follows the theme.
INVALID_PROPERTY = "invalid"
_INVALID_STYLE = 'QLineEdit[invalid="true"] { border: 1px solid #c62828; background: #fdecea; }'


class MoneyEdit(QLineEdit):
    """Parses with ``Money.parse(text, currency, locale)``; empty means no amount.

    ``minor()`` is the amount in minor units, or ``None`` when the field is empty or
    the text is not a valid amount for the currency (the field then looks invalid).
    """

    #: Emitted with the new amount (or ``None``) whenever the text changes.
    minorChanged = Signal(object)

    def __init__(self, currency: str, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self._minor: int | None = None
        self._valid = True
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet(_INVALID_STYLE)
        self.textChanged.connect(self._reparse)
        self.editingFinished.connect(self._normalise)

    # --- public API -------------------------------------------------------------

    def minor(self) -> int | None:
        return self._minor

    def money(self) -> Money | None:
        return None if self._minor is None else Money(self._minor, self._currency)

    def set_minor(self, minor: int | None) -> None:
        """Show ``minor`` formatted for the locale (``None`` clears the field)."""
        self.setText("" if minor is None else money_text(minor, self._currency, self._locale))

    def is_valid(self) -> bool:
        """False only when there is text that is not an amount."""
        return self._valid

    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self._reparse(self.text())

    def set_locale_name(self, locale: str) -> None:
        self._locale = locale
        self._reparse(self.text())

    # --- internals --------------------------------------------------------------

    def _reparse(self, text: str) -> None:
        minor: int | None = None
        valid = True
        if text.strip():
            try:
                minor = Money.parse(text, self._currency, self._locale).minor
            except ComptoirError:
                valid = False
        self._set_state(minor, valid)

    def _set_state(self, minor: int | None, valid: bool) -> None:
        changed = minor != self._minor
        self._minor = minor
        if valid != self._valid:
            self._valid = valid
            self.setProperty(INVALID_PROPERTY, not valid)
            # Re-polish so the property-based style sheet picks up the new state.
            self.style().unpolish(self)
            self.style().polish(self)
        if changed:
            self.minorChanged.emit(minor)

    def _normalise(self) -> None:
        # Rewrite a valid amount in the locale's canonical form ("1234,5" → "1 234,50").
        if self._minor is not None and self._valid:
            formatted = money_text(self._minor, self._currency, self._locale)
            if formatted != self.text():
                self.blockSignals(True)
                self.setText(formatted)
                self.blockSignals(False)
