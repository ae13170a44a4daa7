"""Widgets and helpers shared by the shell and every tab."""
