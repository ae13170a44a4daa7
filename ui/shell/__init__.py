"""The Qt shell: main window, tab list, ledger opening, settings, error texts."""
