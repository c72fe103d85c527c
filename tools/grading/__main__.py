"""``python -m tools.grading``: see :mod:`tools.grading`."""

import sys

from tools.grading.marking import main

sys.exit(main())
