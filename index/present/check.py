"""Quote-check verdicts in words, for the terminal (and the headlines the Discord layer reuses).

The verdict comes first and in capitals: a reader skimming a chat or a shell
must not miss "someone else's words". Differences are marked the way word-diff
tools do in plain text (``[-removed-]{+added+}``), with colour on a terminal.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from index.models import CheckResult, ClaimCheck, DiffOp, Verdict
from index.present.text import citation_line

KIND_WORDS = {
    "negation": "a negation added or dropped",
    "number": "a number changed",
    "word_swapped": "words swapped",
    "omission": "words left out",
    "addition": "words added",
    "truncation": "cut short in a way that changes the meaning",
}
RED, GREEN, RESET = "\033[31m", "\033[32m", "\033[0m"


def said_by(check: ClaimCheck) -> str:
    """"said by <real speaker>, not <claimed one>": the misattribution, worded once for the terminal and Discord."""
    speaker = check.real.speaker if check.real else None
    said = speaker or "someone the sources don't name"
    return f"said by {said}, not {check.claimed_speaker}" if check.claimed_speaker else f"said by {said}"


def headline(check: ClaimCheck) -> str:
    """One line saying what the verdict means, naming the real speaker where there is one."""
    real = check.real
    speaker = real.speaker if real else None
    claimed = check.claimed_speaker
    if check.verdict is Verdict.verbatim:
        if speaker:
            return f"VERBATIM: these are {speaker}'s words, exactly as in the source."
        if claimed:
            # a verbatim verdict for a claimed speaker is a confirmation: the source's own words around the
            # quotation name them as the claim does ("His lawyer …" for "Mubanga's lawyer"), under no other name
            return f"VERBATIM: the words are in the sources exactly, and the source credits them to {claimed}."
        return "VERBATIM: the words are in the sources exactly."
    if check.verdict is Verdict.altered:
        kind = KIND_WORDS.get(check.kind or "", "changed")
        who = f" {speaker}'s" if speaker else ""
        return f"ALTERED: close to{who} real words ({check.similarity:.0%} alike), but {kind}."
    if check.verdict is Verdict.someone_else:
        return f"SOMEONE ELSE'S WORDS: these words were {said_by(check)}."
    if check.verdict is Verdict.speaker_unconfirmed:
        who = f"{claimed}" if claimed else "the claimed speaker"
        return (f"SPEAKER NOT CONFIRMED: the words are in the sources exactly, but the sources cannot confirm "
                f"it was {who}, nor show that someone else said them.")
    if check.verdict is Verdict.not_a_quotation:
        return ("NOT A QUOTATION: the words are in the sources, but as the author's own text (narration), "
                "not as anyone's speech.")
    return "NOT FOUND: nothing close to these words is in the sources."


def marked_diff(ops: Sequence[DiffOp], color: bool = False) -> str:
    """The real wording with the claim's changes marked: removed words ``[-…-]``, added ones ``{+…+}``."""
    out: list[str] = []
    for op in ops:
        if op.op == "equal":
            out.append(op.real)
            continue
        if op.real:
            out.append(f"{RED}[-{op.real}-]{RESET}" if color else f"[-{op.real}-]")
        if op.claim:
            out.append(f"{GREEN}{{+{op.claim}+}}{RESET}" if color else f"{{+{op.claim}+}}")
    return " ".join(out)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=" " * len(indent),
                         break_long_words=False, break_on_hyphens=False)


def render_check(result: CheckResult, color: bool = False) -> str:
    lines = [f"Checked: {result.input}"]
    if not result.checks:
        lines.append(result.message or "No quotation to check.")
        return "\n".join(lines)
    for i, c in enumerate(result.checks, 1):
        who = f" — {c.claimed_speaker}" if c.claimed_speaker else ""
        lines.append(_wrap(f"“{c.claim}”{who}", f"{i}. "))
        lines.append(_wrap(headline(c), "   "))
        if c.verdict is Verdict.altered and c.diff:
            lines.append(_wrap("Differences: " + marked_diff(c.diff, color), "   "))
        if c.real is not None:
            speaker = f" — {c.real.speaker}" if c.real.speaker else ""
            lines.append(_wrap(f"Real words: “{c.real.quote}”{speaker}", "   "))
            lines.append(f"   Source: {citation_line(c.real.source)}")
        if c.nearest:
            lines.append("   Related passages (NOT a match):")
            for n in c.nearest:
                lines.append(_wrap(f"“{n.quote}”", "     - "))
                lines.append(f"       Source: {citation_line(n.source)}")
    return "\n".join(lines)
