"""``python -m ui``: start Comptoir."""

import sys

from ui.main import main

sys.exit(main(sys.argv[1:]))
