"""Dialogs of the Collections tab."""
