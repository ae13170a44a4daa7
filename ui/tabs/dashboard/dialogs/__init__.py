"""Dialogs of the Treasury dashboard tab."""
