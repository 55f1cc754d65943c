"""Previous / Next / Show source under an answer, and More context under a source.

Only the person who asked may turn the pages (everyone else sees the same
message, so a stranger's click would change it under them); anyone may look at
a source, privately, and widen it to the paragraphs before and after. When the
view times out the buttons are disabled in place so nobody clicks a dead control.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord

from bot.engine import EngineLike
from bot.render import Page, render_context, render_more_context, source_option_label
from bot.replies import NO_MENTIONS, embeds_of, report_error, run_engine, send_page, tell
from index.answer.shown import strong
from index.models import Answer, Citation, Paragraph
from index.present.layout import layout_more_context

log = logging.getLogger(__name__)

PREV, NEXT, SOURCE, MORE = "dossier:prev", "dossier:next", "dossier:source", "dossier:more"
UP, DOWN = "dossier:up", "dossier:down"
NOT_YOURS = "Only the person who asked can turn these pages. Ask the same question yourself to get your own copy."


class AnswerView(discord.ui.View):
    def __init__(self, pages: Sequence[Page], owner_id: int, engine: EngineLike, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.owner_id = owner_id
        self.engine = engine
        self.index = 0
        self.interaction: discord.Interaction | None = None  # whose original message we live on…
        self.message: discord.Message | None = None  # …or the message we were sent with (a reply)
        self._layout()

    @property
    def page(self) -> Page:
        return self.pages[self.index]

    @staticmethod
    def wanted(pages: Sequence[Page]) -> bool:
        return len(pages) > 1 or any(p.citations for p in pages)

    def _layout(self) -> None:
        self.clear_items()
        if len(self.pages) > 1:
            prev = discord.ui.Button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary,
                                     custom_id=PREV, disabled=self.index == 0)
            nxt = discord.ui.Button(label="Next", emoji="▶️", style=discord.ButtonStyle.secondary,
                                    custom_id=NEXT, disabled=self.index == len(self.pages) - 1)
            prev.callback = self._previous
            nxt.callback = self._next
            self.add_item(prev)
            self.add_item(nxt)
        cites = self.page.citations
        if len(cites) == 1:
            button = discord.ui.Button(label="Show source", emoji="📄", style=discord.ButtonStyle.primary,
                                       custom_id=SOURCE)
            button.callback = self._show_button
            self.add_item(button)
        elif cites:
            options = [discord.SelectOption(label=source_option_label(self.page.first + i, c), value=str(i))
                       for i, c in enumerate(cites)]
            select = discord.ui.Select(custom_id=SOURCE, placeholder="Show the source of…", options=options, row=1)
            select.callback = self._show_select
            self.add_item(select)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        custom_id = (interaction.data or {}).get("custom_id")
        if custom_id in (PREV, NEXT) and interaction.user.id != self.owner_id:
            await tell(interaction, NOT_YOURS)
            return False
        return True

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._layout()
        await interaction.response.edit_message(content=self.page.content, embeds=embeds_of(self.page),
                                                view=self, allowed_mentions=NO_MENTIONS)

    async def _previous(self, interaction: discord.Interaction) -> None:
        await self._turn(interaction, -1)

    async def _next(self, interaction: discord.Interaction) -> None:
        await self._turn(interaction, +1)

    async def _show_button(self, interaction: discord.Interaction) -> None:
        await self._show(interaction, 0)

    async def _show_select(self, interaction: discord.Interaction) -> None:
        values = (interaction.data or {}).get("values") or ["0"]
        await self._show(interaction, int(values[0]))

    async def _show(self, interaction: discord.Interaction, i: int) -> None:
        cites = self.page.citations
        if not 0 <= i < len(cites):
            await tell(interaction, "That answer is no longer on this page; pick it again from the menu.")
            return
        cite = cites[i]
        snippet = self.page.snippets[i] if i < len(self.page.snippets) else None
        citation, paragraphs = await run_engine(
            interaction, self.engine.surroundings, cite.id, cite.paragraph, 1, ephemeral=True
        )
        cited = next(p for p in paragraphs if p.number == citation.paragraph)
        page = render_context(citation, cited.text, snippet)
        if len(paragraphs) == 1:  # a one-paragraph source has no more context to give
            await send_page(interaction, page, ephemeral=True)
            return
        view = ContextView(page, interaction.user.id, self.engine, self.timeout or 600, citation, paragraphs, snippet)
        view.interaction = interaction
        await send_page(interaction, page, view=view, ephemeral=True)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        await report_error(interaction, error)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, (discord.ui.Button, discord.ui.Select)):
                item.disabled = True
        try:
            if self.message is not None:
                await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
            elif self.interaction is not None:
                await self.interaction.edit_original_response(view=self, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.info("Could not disable the buttons of an expired answer (message gone?)")


class ContextView(AnswerView):
    """Under "Show source": a "More context" button that widens the paragraph to the ones before and
    after it, in place; when they need more than one message, Previous / Next turn their pages."""

    def __init__(self, page: Page, owner_id: int, engine: EngineLike, timeout: float, citation: Citation,
                 paragraphs: Sequence[Paragraph], snippet: str | None) -> None:
        self.more = render_more_context(layout_more_context(citation, paragraphs, snippet))
        self.expanded = False
        super().__init__([page], owner_id, engine, timeout)

    def _layout(self) -> None:
        super()._layout()
        if not self.expanded:
            button = discord.ui.Button(label="More context", emoji="📖", style=discord.ButtonStyle.secondary,
                                       custom_id=MORE)
            button.callback = self._expand
            self.add_item(button)

    async def _expand(self, interaction: discord.Interaction) -> None:
        self.pages, self.index, self.expanded = list(self.more), 0, True
        self._layout()
        await interaction.response.edit_message(content=self.page.content, embeds=embeds_of(self.page),
                                                view=self if len(self.pages) > 1 else None,
                                                allowed_mentions=NO_MENTIONS)
        if len(self.pages) == 1:
            self.stop()


class VotingView(AnswerView):
    """The answer buttons plus 👍/👎. Anyone may judge what the page shows (it is in front of everyone);
    each click is stored for whoever runs the bot, with the judged span, the generation and the user id
    hashed (:class:`index.store.feedback.FeedbackStore`), and the voter is thanked privately."""

    kind = ""
    thanks = ""

    def _layout(self) -> None:
        super()._layout()
        for vote, emoji, custom_id in (("up", "👍", UP), ("down", "👎", DOWN)):
            button = discord.ui.Button(emoji=emoji, style=discord.ButtonStyle.secondary, custom_id=custom_id)

            async def clicked(interaction: discord.Interaction, vote: str = vote) -> None:
                await self._vote(interaction, vote)

            button.callback = clicked
            self.add_item(button)

    def judged(self) -> dict[str, Any]:
        """What the page on show is, as feedback fields: ``question``, ``generation`` and, when there is
        one, the span (``quote``, ``source_id``, ``paragraph``, ``start``, ``end``)."""
        raise NotImplementedError

    async def _vote(self, interaction: discord.Interaction, vote: str) -> None:
        fields = {"vote": vote, "kind": self.kind, "user_id": interaction.user.id, **self.judged()}
        await run_engine(interaction, lambda: self.engine.record_feedback(**fields), ephemeral=True)
        await tell(interaction, self.thanks)


class AnswerVotes(VotingView):
    """👍/👎 under an answer: a vote judges the first answer of the page on show (the best one there)."""

    kind = "answer"
    thanks = "Thanks: your feedback on this answer is noted for whoever runs this bot."

    def __init__(self, pages: Sequence[Page], owner_id: int, engine: EngineLike, timeout: float,
                 answer: Answer) -> None:
        self.answer = answer
        self.items = strong(answer.answers)  # the answers the pages show, in their order
        super().__init__(pages, owner_id, engine, timeout)

    def judged(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"question": self.answer.question, "generation": self.answer.generation}
        if self.items:
            item = self.items[min(self.page.first, len(self.items)) - 1]
            fields |= {"quote": item.quote, "source_id": item.source.id, "paragraph": item.source.paragraph,
                       "start": item.start, "end": item.end}
        return fields


def answer_view(pages: Sequence[Page], owner_id: int, engine: EngineLike, timeout: float,
                answer: Answer | None = None) -> AnswerView | None:
    """The buttons an answer's message gets: 👍/👎 when it answers, page and source buttons when wanted."""
    if answer is not None and answer.answers:
        return AnswerVotes(pages, owner_id, engine, timeout, answer)
    if AnswerView.wanted(pages):
        return AnswerView(pages, owner_id, engine, timeout)
    return None
