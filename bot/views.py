"""Previous / Next / Show source under an answer.

Only the person who asked may turn the pages (everyone else sees the same
message, so a stranger's click would change it under them); anyone may look at
a source, privately. When the view times out the buttons are disabled in place
so nobody clicks a dead control.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from bot.engine import EngineLike
from bot.render import Page, render_context, source_option_label
from bot.replies import NO_MENTIONS, embeds_of, report_error, run_engine, send_page, tell

log = logging.getLogger(__name__)

PREV, NEXT, SOURCE = "dossier:prev", "dossier:next", "dossier:source"
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
        citation, paragraph = await run_engine(
            interaction, self.engine.context, cite.id, cite.paragraph, ephemeral=True
        )
        await send_page(interaction, render_context(citation, paragraph, snippet), ephemeral=True)

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
