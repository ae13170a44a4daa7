"""Dialogs of the journal tab."""
