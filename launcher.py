"""The ``dossier`` command: the one place that knows both the engine and the Discord bot.

Like RoboDanny's ``launcher.py`` above ``bot.py``, it sits above both packages, so
``index`` never imports ``bot`` and ``bot`` only imports ``index`` downwards.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from index.quiet_imports import quiet_imports

with quiet_imports():  # the engine's imports make no garbage worth collecting (see index.quiet_imports)
    from index.cli import exit_now
    from index.cli import main as cli_main


def run_bot(_args: argparse.Namespace) -> int:
    """``dossier bot``: the Discord bot, or the local console when no token is set."""
    from bot.__main__ import main as bot_main

    return int(bot_main() or 0)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, bot=run_bot)


def run() -> None:
    """The ``dossier`` script: the command, then the process ends without the interpreter's teardown."""
    exit_now(main())


if __name__ == "__main__":
    run()
