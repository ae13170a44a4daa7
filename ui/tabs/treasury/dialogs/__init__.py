"""Dialogs of the Bank & cash tab."""
