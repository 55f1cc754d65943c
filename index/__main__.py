from index.quiet_imports import quiet_imports

with quiet_imports():  # the engine's imports make no garbage worth collecting (see index.quiet_imports)
    from index.cli import exit_now, main

exit_now(main())  # without the interpreter's teardown (see exit_now)
