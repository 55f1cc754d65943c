"""The ``dossier`` command: the one place that knows both the engine and the Discord bot.

Like RoboDanny's ``launcher.py`` above ``bot.py``, it sits above both packages, so
``index`` never imports ``bot`` and ``bot`` only imports ``index`` downwards.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Sequence

# As in index/__main__.py: no collection passes while importing, and what the imports made is set aside.
gc.disable()
from index.cli import main as cli_main  # noqa: E402

gc.freeze()
gc.enable()


def run_bot(_args: argparse.Namespace) -> int:
    """``dossier bot``: the Discord bot, or the local console when no token is set."""
    from bot.__main__ import main as bot_main

    return int(bot_main() or 0)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, bot=run_bot)


if __name__ == "__main__":
    raise SystemExit(main())
