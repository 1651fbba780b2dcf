"""`python -m disclosure_review.rules FILE|-`: see `cli.py`."""

from .cli import main

raise SystemExit(main())
