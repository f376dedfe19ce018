"""python -m db.build"""

import sys

from db.build.database import main

sys.exit(main())
