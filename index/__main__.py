from index.quiet_imports import quiet_imports

with quiet_imports():  # the engine's imports make no garbage worth collecting (see index.quiet_imports)
    from index.cli import main

raise SystemExit(main())
