"""Kazakhstan Reform Atlas: `python main.py` opens the window, `python main.py --help` lists commands."""

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
