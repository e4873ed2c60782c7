"""``python -m pledgetrack``: the same as the ``pledgetrack`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
