"""Dialogs of the chart-of-accounts tab."""
