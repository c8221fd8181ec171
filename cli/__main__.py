"""``python -m cli``: the ``guidelines`` command."""

from cli.main import main

raise SystemExit(main())
