import gc

# Importing the engine creates a great many objects and no garbage worth collecting: the collector's
# passes over them were 7% of a one-file rebuild. Collect nothing while importing, then set what the
# imports made aside for good (it lives as long as the process) and collect as usual from there.
gc.disable()
from index.cli import main  # noqa: E402

gc.freeze()
gc.enable()

raise SystemExit(main())
