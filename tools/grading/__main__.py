"""``python -m tools.grading``: see :mod:`tools.grading`."""

import sys

from tools.grading.grade import main

sys.exit(main())
