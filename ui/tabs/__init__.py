"""One package per tab, each shaped the same: ``tab.py`` (controller), ``view.py``
(layout), ``models.py`` (Qt item models) and ``dialogs/``."""
