"""Dialogs of the "Other expenses & receipts" tab."""
