"""Quote checks in Discord, end to end: ``/check`` and the "Check quotes" message context menu.

The real discord.py client logs in to the fake Discord on 127.0.0.1 and the real
engine checks claims against a real index of two articles written for the tests
(:mod:`tests.check_corpus`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.check import MENU_NAME, marked_diff, render_check
from bot.render import embed_size
from bot.text import unescape
from index.answer.engine import Engine
from index.models import CheckResult, ClaimCheck, DiffOp, Verdict
from tests.check_corpus import build_check_index
from tests.conftest import engine_on
from tests.test_bot_e2e import NO_PINGS, assert_no_pings, command, components, running_bot, text_of

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def check_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    with engine_on(build_check_index(tmp_path_factory.mktemp("bot-check"))) as eng:
        yield eng


async def slash_check(engine: Engine, text: str) -> dict:
    """The bot's reply to ``/check text``, from the bot running on ``engine`` against the fake Discord."""
    async with running_bot(engine) as (fake, _client):
        _record, message = await command(fake, "check", text=text)
    return message


async def menu(fake, content: str, user_id: str = "4001"):
    record = await fake.send_interaction(fake.message_command(MENU_NAME, content, user_id=user_id))
    message = await fake.wait_for_message(record.id, timeout=10)
    return record, message


async def test_check_and_the_context_menu_are_registered(check_engine: Engine) -> None:
    async with running_bot(check_engine) as (fake, _client):
        registered = {c["name"]: c for c in fake.commands[fake.guild_id]}
        assert registered["check"]["type"] == 1
        [text] = registered["check"]["options"]
        assert text["name"] == "text" and text["required"] and text["max_length"] == 1000
        assert registered[MENU_NAME]["type"] == 3  # a message command: right-click → Apps
        assert "options" not in registered[MENU_NAME] or not registered[MENU_NAME]["options"]


async def test_slash_check_verbatim_names_the_speaker_and_cites_the_source(check_engine: Engine) -> None:
    async with running_bot(check_engine) as (fake, _client):
        record, message = await command(fake, "check",
                                        text='"We will never again depend on diesel for this crossing" — Okafor')
        [embed] = message["embeds"]
        assert embed["title"].startswith("✅ Verbatim") and "Maria Okafor" in embed["title"]
        generation = check_engine.snapshot().gen.name
        assert embed["footer"]["text"] == f"index {generation.rsplit('-', 1)[-1]}"
        assert "> We will never again depend on diesel for this crossing," in embed["description"]
        assert "¶" in embed["description"]
        assert message["allowed_mentions"] == NO_PINGS
        assert_no_pings(fake, record)


async def test_someone_else_is_unmissable(check_engine: Engine) -> None:
    message = await slash_check(check_engine, 'Okafor said "The ferries cost 12 million pounds and the island gets '
                                              'very little in return"')
    assert message["content"].startswith("🚨 **Misattributed:**") and "Tom Reyes" in message["content"]
    [embed] = message["embeds"]
    assert embed["color"] == 0xC53030
    assert embed["title"] == "🚨 Someone else's words: said by Tom Reyes, not Okafor"
    assert "These words were said by Tom Reyes, not by Okafor." in embed["description"]


async def test_words_quoted_without_a_speaker_are_real_but_the_speaker_is_not_confirmed(check_engine: Engine) -> None:
    message = await slash_check(check_engine, '"Nobody wants a fee rise, and nobody asked for one" — Priya Shah')
    [embed] = message["embeds"]
    assert embed["title"] == "❔ Real words, speaker not confirmed"
    assert "cannot confirm it was Priya Shah" in embed["description"]
    assert "nor show that someone else said them" in embed["description"]
    assert "> Nobody wants a fee rise, and nobody asked for one," in embed["description"]
    assert "Verbatim" not in embed["title"] and not message["content"].startswith("🚨")


async def test_altered_strikes_removed_words_and_bolds_added_ones(check_engine: Engine) -> None:
    message = await slash_check(check_engine, '"The ferries cost 15 million pounds and the island gets very little '
                                              'in return" — Reyes')
    [embed] = message["embeds"]
    assert embed["title"] == "✏️ Altered: a number changed"
    assert "> The ferries cost ~~12~~ **15** million pounds" in embed["description"]


async def test_context_menu_checks_a_message_without_quotation_marks(check_engine: Engine) -> None:
    async with running_bot(check_engine) as (fake, _client):
        record, message = await menu(fake, "Okafor said that the island deserves a clean and reliable service")
        assert record.payload["data"]["type"] == 3
        [embed] = message["embeds"]
        assert embed["title"].startswith("✅ Verbatim")
        assert "**Claim:** “the island deserves a clean and reliable service” — Okafor" in embed["description"]
        assert_no_pings(fake, record)


async def test_context_menu_gives_each_quotation_of_a_message_its_verdict(check_engine: Engine) -> None:
    async with running_bot(check_engine) as (fake, _client):
        _record, message = await menu(
            fake, 'Heard at the meeting. Okafor: "The island deserves a clean and reliable service." '
                  'Reyes: "The ferry will be free for every islander." And the paper wrote: '
                  '"The harbour council voted on Tuesday to buy two electric ferries"')
        titles = [e["title"] for e in message["embeds"]]
        assert titles[0].startswith("✅ Verbatim")
        assert titles[1] == "❌ Not found in the sources"
        assert titles[2] == "📝 In the sources, but not as a quotation"
        related = message["embeds"][1]["fields"][0]
        assert related["name"] == "Related passages — not a match"


async def test_context_menu_on_an_empty_message_says_so_privately(check_engine: Engine) -> None:
    async with running_bot(check_engine) as (fake, _client):
        record = await fake.send_interaction(fake.message_command(MENU_NAME, ""))
        message = await fake.wait_for_message(record.id, timeout=10)
        assert "no text to check" in message["content"]


async def test_hostile_message_text_is_escaped_and_pings_nobody(check_engine: Engine) -> None:
    async with running_bot(check_engine) as (fake, _client):
        record, message = await menu(fake, '@everyone "**The island** deserves a clean and `reliable` service" — <@123>')
        shown = text_of(message)
        assert "@everyone" not in shown and "<@123>" not in shown
        assert "“\\*\\*The island\\*\\* deserves a clean and \\`reliable\\` service”" in shown
        assert message["allowed_mentions"] == NO_PINGS
        assert_no_pings(fake, record)


async def test_show_source_works_on_a_verdict(check_engine: Engine) -> None:
    message = await slash_check(check_engine, '"Our readers asked for Sunday hours" — Ann Lindqvist')
    assert any(c.get("custom_id") == "dossier:source" for c in components(message))


# ----------------------------------------------------------------- rendering alone


def test_marked_diff_escapes_every_word_before_marking_it() -> None:
    ops = [DiffOp(op="equal", real="cost *12*", claim="cost *12*"), DiffOp(op="replace", real="~~x~~", claim="@here"),
           DiffOp(op="delete", real="_a_"), DiffOp(op="insert", claim="`b`")]
    text = marked_diff(ops)
    assert text == "cost \\*12\\* ~~\\~\\~x\\~\\~~~ **@\u200bhere** ~~\\_a\\_~~ **\\`b\\`**"
    assert unescape(text) == "cost *12* ~~~~x~~~~ **@here** ~~_a_~~ **`b`**"


def test_five_claims_fit_discord_limits() -> None:
    from index.models import Citation, RealSpan

    long = "word " * 2000
    real = RealSpan(quote=long, speaker="A" * 300, source=Citation(id="s", title="T" * 500, paragraph=1), start=0,
                    end=len(long))
    checks = tuple(ClaimCheck(claim=long, claimed_speaker="B" * 300, verdict=v, similarity=0.5, real=real,
                              diff=(DiffOp(op="equal", real=long, claim=long), DiffOp(op="insert", claim=long)))
                   for v in (Verdict.verbatim, Verdict.altered, Verdict.someone_else, Verdict.not_a_quotation,
                             Verdict.altered))
    pages = render_check(CheckResult(input="x", checks=checks))
    assert sum(len(p.embeds) for p in pages) == 5
    for page in pages:
        for e in page.embeds:
            assert len(e["title"]) <= 256 and len(e["description"]) <= 4096 and e["footer"]["text"].startswith("Check ")
        assert sum(embed_size(e) for e in page.embeds) + len(page.content or "") <= 6000


def test_nothing_to_check_is_a_plain_message() -> None:
    [page] = render_check(CheckResult(input="", message="Paste a quotation to check."))
    assert page.content == "Paste a quotation to check." and not page.embeds


async def test_a_thumb_on_a_verdict_is_stored_with_the_span_and_a_hashed_user(tmp_path_factory) -> None:
    from bot.check import THANKS
    from bot.views import DOWN
    from tests.test_bot_e2e import private_reply

    with engine_on(build_check_index(tmp_path_factory.mktemp("feedback"))) as eng:
        async with running_bot(eng) as (fake, _client):
            _record, message = await command(fake, "check",
                                             text='"The island deserves a clean and reliable service" — Okafor')
            assert {c.get("custom_id") for c in components(message)} >= {"dossier:up", DOWN}
            click = await fake.send_interaction(fake.click(message["id"], DOWN, user_id="4777"))
            reply = await private_reply(fake, click)
            assert reply["content"] == THANKS
        [entry] = eng.feedback()
        assert (entry.vote, entry.kind, entry.source_id) == ("down", "check", "harbour-ferries")
        assert entry.quote == "The island deserves a clean and reliable service."
        assert entry.generation == eng.snapshot().gen.name
        assert entry.user != "4777" and "4777" not in entry.model_dump_json()


@pytest.mark.parametrize("text, real", [("is that real?", True), ("Is this true??", True),
                                        ("did she really say that?", True), ("fact-check this", True),
                                        ("what did Okafor say?", False), ("is that the council?", False)])
def test_asking_if_a_quotation_is_real(text: str, real: bool) -> None:
    from bot.check import asks_if_real

    assert asks_if_real(text) is real


async def test_is_that_real_under_someone_elses_message_checks_it(check_engine: Engine) -> None:
    from tests.test_bot_conversation import reply_to

    async with running_bot(check_engine) as (fake, _client):
        rumour = await fake.send_message(fake.user_message(
            'Okafor said "The ferries cost 12 million pounds and the island gets very little in return"',
            user_id="4100"))
        asked = await fake.send_message(fake.user_message(f"<@{fake.app_id}> is that real?", user_id="4200",
                                                          mentions=(fake.app_id,), reply_to=rumour["id"]))
        answer = await reply_to(fake, asked)
        assert answer["content"].startswith("🚨 **Misattributed:**")
        assert answer["embeds"][0]["title"] == "🚨 Someone else's words: said by Tom Reyes, not Okafor"
        assert answer["allowed_mentions"]["parse"] == [] and not answer["allowed_mentions"]["replied_user"]
