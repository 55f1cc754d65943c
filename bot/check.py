"""Quote checks in Discord: ``/check text:<claim>`` and the message context menu "Check quotes".

The context menu is how misquotes are met in chat: right-click a message → Apps →
Check quotes. Discord puts that message's content in the interaction itself, so
no privileged intent is needed, and a message without any quotation marks is
checked as a whole ("Halvorsen said the alliance would never attack").

Layout: one embed per claim, the verdict as its title and colour. "Someone
else's words" is made unmissable: a red embed whose title names the real
speaker, and a warning line above the embeds. Altered words are shown with the
claim's removals ~~struck~~ and additions **bold**, every word escaped first so
source text can never become markup or a ping.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.render import LIMITS, Embed, Page, citation_line, embed_size
from bot.replies import (
    NO_MENTIONS,
    NOT_AVAILABLE,
    SOMETHING_WENT_WRONG,
    embeds_of,
    run_engine,
    send_page,
)
from bot.text import blockquote, clip, escape, fit
from bot.views import VotingView
from index.errors import DossierError
from index.models import CheckResult, ClaimCheck, DiffOp, Verdict
from index.present.check import KIND_WORDS, said_by
from index.present.commands import CHECK
from index.present.layout import short_generation

if TYPE_CHECKING:
    from bot.client import DossierBot

    Interaction = discord.Interaction[DossierBot]
else:
    Interaction = discord.Interaction

log = logging.getLogger(__name__)
CLAIM_MAX = CHECK.option("text").max_length
MENU_NAME = "Check quotes"
EMBEDS_PER_PAGE = 3
NO_TEXT = ("That message has no text to check. Use “Check quotes” on a message that quotes someone, "
           "or `/check` with the words.")

TITLES = {
    Verdict.verbatim: ("✅ Verbatim", 0x2F855A),
    Verdict.altered: ("✏️ Altered", 0xDD6B20),
    Verdict.someone_else: ("🚨 Someone else's words", 0xC53030),
    Verdict.speaker_unconfirmed: ("❔ Real words, speaker not confirmed", 0xB7791F),
    Verdict.not_a_quotation: ("📝 In the sources, but not as a quotation", 0x718096),
    Verdict.not_found: ("❌ Not found in the sources", 0x4A5568),
}
DESCRIPTION_ROOM = 1800  # three verdicts share a message's 6,000 characters
EQUAL_CONTEXT = 8  # words kept on each side of a change when a long diff has to be shortened


def _claim_line(check: ClaimCheck) -> str:
    who = f" — {escape(clip(check.claimed_speaker, 100))}" if check.claimed_speaker else ""
    return f"**Claim:** “{fit(check.claim, 500)}”{who}"


def _words(text: str, keep: int | None) -> str:
    """``text`` escaped; when ``keep`` is set and it is long, only its first and last ``keep`` words."""
    words = text.split()
    if keep is not None and len(words) > 2 * keep + 1:
        return f"{escape(' '.join(words[:keep]))} … {escape(' '.join(words[-keep:]))}"
    return escape(text)


def marked_diff(ops: Sequence[DiffOp], keep: int | None = None) -> str:
    """The real wording with the claim's removals ~~struck~~ and additions **bold**, everything escaped."""
    out: list[str] = []
    for op in ops:
        if op.op == "equal":
            out.append(_words(op.real, keep))
            continue
        if op.real:
            out.append(f"~~{escape(op.real)}~~")
        if op.claim:
            out.append(f"**{escape(op.claim)}**")
    return " ".join(out)


def _diff_block(check: ClaimCheck, room: int) -> str:
    for keep in (None, EQUAL_CONTEXT, 3, 0):
        text = marked_diff(check.diff, keep)
        if len(text) + 2 <= room:
            return blockquote(text)
    return blockquote(fit(" ".join(f"{o.real} → {o.claim}" for o in check.diff if o.op != "equal"), room - 2))


def _title(check: ClaimCheck) -> str:
    title, _ = TITLES[check.verdict]
    speaker = check.real.speaker if check.real else None
    if check.verdict is Verdict.someone_else:
        return f"{title}: {said_by(check)}"
    if check.verdict is Verdict.altered and check.kind:
        return f"{title}: {KIND_WORDS.get(check.kind, check.kind)}"
    if check.verdict is Verdict.verbatim and speaker:
        return f"{title}: {speaker}'s words"
    return title


def check_embed(check: ClaimCheck, number: int, total: int, generation: str | None = None) -> Embed:
    """One verdict: title and colour say it, then the claim, the real words (marked up when altered), the source."""
    _, colour = TITLES[check.verdict]
    parts = [_claim_line(check)]
    real = check.real
    if check.verdict is Verdict.speaker_unconfirmed:
        # true of every reason for the verdict: no attribution, a doubtful one, or a claimed description
        # ("his lawyer") the sources never tie to the speaker they name
        parts.append("The words are in the sources exactly, but the sources "
                     + (f"cannot confirm it was {escape(clip(check.claimed_speaker, 100))}"
                        if check.claimed_speaker else "do not make clear who said them")
                     + ", nor show that someone else said them.")
    if check.verdict is Verdict.someone_else:
        who = escape(real.speaker) if real and real.speaker else "someone the sources don't name"
        parts.append(f"🚨 **These words were said by {who}"
                     + (f", not by {escape(clip(check.claimed_speaker, 100))}.**" if check.claimed_speaker else ".**"))
    if check.verdict is Verdict.not_a_quotation:
        parts.append("The words are the author's own text (narration), not anyone's speech.")
    tail = citation_line(real.source) if real else ""
    if real is not None:
        head = "\n".join(parts)
        who = f"— **{escape(clip(real.speaker, 200))}**" if real.speaker else ""
        room = DESCRIPTION_ROOM - len(head) - len(tail) - len(who) - 250
        while True:  # the quote's own line breaks each gain "> ": shrink until the whole fits
            if check.verdict is Verdict.altered:
                label = (f"**Real words** ({check.similarity:.0%} alike; ~~struck~~: left out or changed by the "
                         f"claim, **bold**: the claim's own):")
                body = f"{label}\n{_diff_block(check, room)}"
            else:
                body = f"**Real words:**\n{blockquote(fit(real.quote, room))}"
            description = "\n".join(x for x in (head, body, who, tail) if x)
            if len(description) <= DESCRIPTION_ROOM or room <= 0:
                break
            room -= len(description) - DESCRIPTION_ROOM
        parts = [description]
    elif check.verdict is Verdict.not_found:
        parts.append("Nothing close to these words is in the sources. A paraphrase is not a quotation.")
    description = "\n".join(parts)
    if len(description) > DESCRIPTION_ROOM:  # a huge claim or citation: cut, never overflow
        description = clip(description, DESCRIPTION_ROOM)
    embed: Embed = {"type": "rich", "title": fit(_title(check), LIMITS["title"]), "description": description,
                    "color": colour}
    footer = [f"Check {number} of {total}"] if total > 1 else []
    if generation:
        footer.append(f"index {short_generation(generation)}")
    if footer:
        embed["footer"] = {"text": " · ".join(footer)}
    if real is not None and real.source.url:
        embed["url"] = real.source.url
    if check.nearest:
        lines = [f"{blockquote(fit(n.quote, 200))}\n{clip(citation_line(n.source), 120)}" for n in check.nearest[:3]]
        embed["fields"] = [{"name": "Related passages — not a match",
                            "value": clip("\n".join(lines), LIMITS["field_value"]), "inline": False}]
    return embed


def render_check(result: CheckResult) -> list[Page]:
    """The verdicts as pages of at most three embeds; a misattribution is also announced above them."""
    if not result.checks:
        return [Page(content=clip(escape(result.message or NO_TEXT), LIMITS["content"]))]
    total = len(result.checks)
    embeds = [check_embed(c, i, total, result.generation) for i, c in enumerate(result.checks, 1)]
    wrong = [c for c in result.checks if c.verdict is Verdict.someone_else]
    warning = None
    if wrong:
        names = ", ".join(dict.fromkeys(escape(c.real.speaker) for c in wrong if c.real and c.real.speaker))
        warning = "🚨 **Misattributed:** " + (f"the words are {names}'s." if names else
                                             "the words are real, but someone else said them.")
    groups: list[list[int]] = []
    for i, embed in enumerate(embeds):
        if (not groups or len(groups[-1]) >= EMBEDS_PER_PAGE
                or sum(embed_size(embeds[j]) for j in groups[-1]) + embed_size(embed)
                > LIMITS["total"] - len(warning or "") - 40):
            groups.append([])
        groups[-1].append(i)
    pages: list[Page] = []
    for group in groups:
        reals = [result.checks[i].real for i in group]
        cites = tuple(r.source for r in reals if r) if all(reals) else ()
        snippets = tuple(r.quote for r in reals if r) if cites else ()
        counter = None
        if len(groups) > 1:
            counter = (f"Checks {group[0] + 1}–{group[-1] + 1} of {total}." if len(group) > 1
                       else f"Check {group[0] + 1} of {total}.")
        content = "\n".join(x for x in (warning, counter) if x) or None
        pages.append(Page(content=clip(content, LIMITS["content"]) if content else None,
                          embeds=tuple(embeds[i] for i in group), citations=cites, snippets=snippets,
                          first=group[0] + 1))
    return pages


THANKS = "Thanks: your feedback on this verdict is noted for whoever runs this bot."


class CheckView(VotingView):
    """The answer buttons plus 👍/👎 on the verdicts of the page on show (the first with real words)."""

    kind = "check"
    thanks = THANKS

    def __init__(self, pages: Sequence[Page], owner_id: int, engine, timeout: float, result: CheckResult) -> None:
        self.result = result
        super().__init__(pages, owner_id, engine, timeout)

    def judged(self) -> dict[str, Any]:
        first = self.page.first - 1
        shown = self.result.checks[first:first + len(self.page.embeds)] or self.result.checks
        check = next((c for c in shown if c.real is not None), shown[0])
        real = check.real
        fields: dict[str, Any] = {"question": self.result.input, "generation": self.result.generation}
        if real is not None:
            fields |= {"quote": real.quote, "source_id": real.source.id, "paragraph": real.source.paragraph,
                       "start": real.start, "end": real.end}
        return fields


async def _reply(interaction: Interaction, text: str) -> None:
    bot = interaction.client
    result = await run_engine(interaction, bot.engine.check, text)
    pages = render_check(result)
    if not result.checks:
        await send_page(interaction, pages[0])
        return
    view = CheckView(pages, interaction.user.id, bot.engine, timeout=bot.settings.dossier_page_timeout, result=result)
    view.interaction = interaction
    await send_page(interaction, pages[0], view=view)


_IS_IT_REAL = re.compile(
    r"^(?:is|was)\s+(?:that|this|it)\s+(?:real|true|accurate|right|correct|genuine|a\s+real\s+quote)\b|"
    r"^did\s+(?:\w+\s+){1,4}(?:really|actually)\s+(?:say|said)\s+(?:that|this|it)\b|"
    r"^(?:fact[\s-]?check|check)\s+(?:that|this|it)\b|^(?:real|true|source)\s*\?+$",
    re.IGNORECASE)


def asks_if_real(text: str) -> bool:
    """"is that real?", "did he really say that?", "fact-check this": a follow-up asking to check a quotation."""
    return bool(_IS_IT_REAL.match(" ".join(text.split()).strip(" @,")))


async def check_replied_message(bot: DossierBot, message: discord.Message, text: str) -> None:
    """Answer "is that real?" (a reply to someone's message) with the verdicts on that message, as a reply."""
    try:
        result = await asyncio.to_thread(bot.engine.check, text[:CLAIM_MAX * 4])
        pages = render_check(result)
        kwargs = {"content": pages[0].content, "embeds": embeds_of(pages[0])}
        if result.checks:
            kwargs["view"] = CheckView(pages, message.author.id, bot.engine,
                                       timeout=bot.settings.dossier_page_timeout, result=result)
    except DossierError as exc:
        log.error("Could not check message %s (operator action needed): %s", message.id, exc)
        kwargs = {"content": NOT_AVAILABLE}
    except Exception:
        log.exception("Error while checking message %s", message.id)
        kwargs = {"content": SOMETHING_WENT_WRONG}
    try:
        await message.reply(**kwargs, allowed_mentions=NO_MENTIONS, mention_author=False)
    except discord.HTTPException:
        log.exception("Could not reply to message %s", message.id)


def _count(interaction: Interaction) -> bool:
    interaction.client.limiter.hit(interaction.user.id)
    return True


@app_commands.command(name=CHECK.name, description=CHECK.description)
@app_commands.describe(text=CHECK.option("text").description)
@app_commands.check(_count)
async def check(interaction: Interaction, text: app_commands.Range[str, 1, CLAIM_MAX]) -> None:
    await _reply(interaction, text)


async def check_message(interaction: Interaction, message: discord.Message) -> None:
    """Right-click → Apps → Check quotes: every quotation in the message (or the message as one claim)."""
    text = message.content or ""
    if not text.strip():
        await send_page(interaction, Page(content=NO_TEXT), ephemeral=True)
        return
    await _reply(interaction, text[:CLAIM_MAX * 4])


check_menu = app_commands.ContextMenu(name=MENU_NAME, callback=check_message)
check_menu.add_check(_count)
