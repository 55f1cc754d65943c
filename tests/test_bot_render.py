"""Rendering answers into Discord messages, as pure functions (no Discord, no index)."""

from __future__ import annotations

import discord
from hypothesis import given
from hypothesis import strategies as st

from bot.render import (
    LIMITS,
    embed_size,
    render_answer,
    render_context,
    render_hits,
    render_sources,
)
from bot.text import ELLIPSIS, blockquote, clip, escape, fit, highlight, unescape
from index.models import (
    Answer,
    AnswerItem,
    Citation,
    Intent,
    Passage,
    SearchHit,
    SourceMeta,
    SourceSummary,
    Span,
)

CITE = Citation(id="cnn", title="Russia, NATO to deepen ties", publisher="CNN", published="2010-11-20",
                url="https://edition.cnn.com/2010/WORLD/europe/11/20/nato.russia/", paragraph=7)


def item(quote: str, speaker: str | None = "Dmitry Medvedev", **kw) -> AnswerItem:
    return AnswerItem(text=quote, quote=quote, speaker=speaker, source=kw.pop("source", CITE), **kw)


def check_limits(page) -> None:
    assert page.content is None or len(page.content) <= LIMITS["content"]
    assert len(page.embeds) <= LIMITS["embeds"]
    assert sum(embed_size(e) for e in page.embeds) <= LIMITS["total"]
    for e in page.embeds:
        assert len(e.get("title", "")) <= LIMITS["title"]
        assert len(e.get("description", "")) <= LIMITS["description"]
        assert len(e.get("fields", [])) <= LIMITS["fields"]
        for f in e.get("fields", []):
            assert len(f["name"]) <= LIMITS["field_name"] and len(f["value"]) <= LIMITS["field_value"]
        discord.Embed.from_dict(e)  # discord.py accepts it


def test_quote_answer_names_the_speaker_once_and_quotes_without_the_attribution_comma() -> None:
    sentence = '"The NATO Russia summit is a very important step," he said.'
    quoted = AnswerItem(text="The NATO Russia summit is a very important step,", quote=sentence,
                        speaker="Dmitry Medvedev", source=CITE)
    [page] = render_answer(Answer(question="What did Medvedev say?", intent=Intent.quote, answers=(quoted,)))
    [embed] = page.embeds
    assert embed["title"] == "Dmitry Medvedev"
    lines = embed["description"].split("\n")
    assert lines == ["> The NATO Russia summit is a very important step",
                     f"[Russia, NATO to deepen ties]({CITE.url}) — CNN, 20 November 2010, ¶ 7"]
    assert "footer" not in embed  # no "Answer 1 of 1"
    assert page.citations == (CITE,) and page.snippets == (sentence,)  # Show source marks the whole sentence
    assert page.content is None


def test_the_short_answer_is_the_title_and_bold_in_the_quotation() -> None:
    sentence = "Some 1,000 fishermen will be affected, and the talks were held in Rome."
    cases = [(Intent.where, "Rome", "Rome"), (Intent.how_many, "1,000", "1,000 fishermen"),
             (Intent.who, "the Polish Foreign Minister", "the Polish Foreign Minister")]
    for intent, text, title in cases:
        quote = sentence if intent is not Intent.who else "the Polish Foreign Minister, Radosław Sikorski"
        answer = Answer(question="q", intent=intent,
                        answers=(AnswerItem(text=text, quote=quote, source=CITE, score=1.0),))
        [embed] = render_answer(answer)[0].embeds
        assert embed["title"] == title
        assert f"**{escape(text)}**" in embed["description"]


def test_answers_scoring_far_below_the_best_are_not_shown_as_equals() -> None:
    answers = tuple(item(f"Quotation {i}.", score=s) for i, s in enumerate((2.0, 1.9, 0.4), 1))
    [page] = render_answer(Answer(question="q", intent=Intent.quote, answers=answers))
    assert page.content == "2 answers." and [e["footer"]["text"] for e in page.embeds] == [
        "Answer 1 of 2", "Answer 2 of 2"]


def test_when_answer_is_titled_with_the_date() -> None:
    answer = Answer(question="when was the Lisbon summit", intent=Intent.when,
                    answers=(item("a summit in Lisbon on November 19-20.", speaker=None, date="2010-11-19"),))
    [embed] = render_answer(answer)[0].embeds
    assert embed["title"] == "19 November 2010"
    assert "—" in embed["description"] and "**" not in embed["description"]  # no speaker line


def test_citation_without_url_or_publisher_is_still_readable() -> None:
    bare = Citation(id="wiki-nato", title=None, paragraph=3)
    [embed] = render_answer(Answer(question="q", answers=(item("text", source=bare),)))[0].embeds
    assert embed["description"].endswith("*wiki-nato* — ¶ 3")
    assert "url" not in embed


def test_no_answer_uses_the_engines_message_and_hints() -> None:
    [page] = render_answer(Answer(question="airspeed of a swallow", message="The sources don't cover swallows."))
    assert page.embeds == ()
    assert page.content.startswith("The sources don't cover swallows.")
    assert "/sources" in page.content and "/search" in page.content
    [page] = render_answer(Answer(question="x"))
    assert "couldn't find" in page.content


def test_many_answers_are_split_into_pages_that_number_them() -> None:
    answers = tuple(item(f"Quotation number {i}.") for i in range(1, 8))
    pages = render_answer(Answer(question="q", intent=Intent.quote, answers=answers))
    assert [len(p.embeds) for p in pages] == [3, 3, 1]
    assert [p.content for p in pages] == ["Answers 1–3 of 7.", "Answers 4–6 of 7.", "Answer 7 of 7."]
    assert pages[1].embeds[0]["footer"]["text"] == "Answer 4 of 7"
    assert pages[1].first == 4
    assert pages[2].snippets == ("Quotation number 7.",)


def test_huge_quotes_are_cut_at_a_word_with_an_ellipsis_and_fit_discord() -> None:
    long = ("word " * 3000).strip()
    answers = tuple(item(long, speaker="S" * 500) for _ in range(4))
    pages = render_answer(Answer(question="q", intent=Intent.quote, answers=answers))
    for page in pages:
        check_limits(page)
    desc = pages[0].embeds[0]["description"]
    quote_line = desc.split("\n")[0]
    assert quote_line.endswith("word" + ELLIPSIS)
    assert len(pages[0].embeds[0]["title"]) <= 256


def test_markdown_and_mentions_in_source_text_are_defused() -> None:
    nasty = "@everyone look: *not bold* _nor italic_ `nor code` <@123456789012345678> ~~x~~"
    [embed] = render_answer(Answer(question="q", answers=(item(nasty, speaker="@here"),)))[0].embeds
    desc = embed["description"]
    assert "@everyone" not in desc and "@here" not in desc
    assert "\\*not bold\\*" in desc and "\\_nor italic\\_" in desc and "\\`nor code\\`" in desc
    assert "<@123456789012345678>" not in desc
    assert unescape(desc.split("\n")[0]) == "> " + nasty


def test_search_hits_bold_the_matching_words_and_escape_the_rest() -> None:
    text = "Russia agreed *today* to missile defense cooperation."
    start = text.index("missile")
    hit = SearchHit(passage=Passage(source_id="cnn", paragraph=7, start=0, end=len(text), text=text),
                    source=CITE, score=3.2,
                    highlights=(Span(start=start, end=start + 7), Span(start=start + 8, end=start + 15)))
    [page] = render_hits("missile defense", [hit])
    [embed] = page.embeds
    assert embed["description"].startswith("Russia agreed \\*today\\* to **missile** **defense** cooperation.")
    assert embed["title"] == "1. Russia, NATO to deepen ties"
    assert page.snippets == (text,)


def test_no_search_hits_says_so_with_the_query_escaped() -> None:
    [page] = render_hits("@everyone *zebra*", [])
    assert "@everyone" not in page.content and "\\*zebra\\*" in page.content
    assert "/sources" in page.content


def test_sources_list_counts_passages_and_quotations() -> None:
    rows = [SourceSummary(meta=SourceMeta(id=f"s{i}", title=f"Title {i}", publisher="RFE/RL",
                                          published="2009-12-16", url=f"https://example.org/{i}"),
                          passages=12, quotations=1, paragraphs=9) for i in range(13)]
    pages = render_sources(rows)
    assert len(pages) == 2
    first = pages[0].embeds[0]
    assert first["title"] == "Indexed sources (13)"
    assert len(first["fields"]) == 10
    assert first["fields"][0]["name"] == "Title 0"
    assert first["fields"][0]["value"] == "RFE/RL, 16 December 2009\n12 passages · 1 quotation · [link](https://example.org/0)"
    assert pages[1].embeds[0]["footer"]["text"] == "Page 2 of 2"
    for page in pages:
        check_limits(page)


def test_context_bolds_the_cited_snippet_inside_its_paragraph() -> None:
    paragraph = "Medvedev, also in Lisbon, agreed. \"We see Russia as a partner,\" Obama said."
    page = render_context(CITE, paragraph, "We see Russia as a partner,")
    assert "**We see Russia as a partner,**" in page.embeds[0]["description"]
    assert page.embeds[0]["description"].endswith("¶ 7")


def test_word_boundary_cut_never_leaves_a_dangling_escape() -> None:
    out = fit("a*b " * 50, 40)
    assert len(out) <= 40 and out.endswith(ELLIPSIS) and not out[:-1].endswith("\\")
    assert clip("short", 10) == "short"
    assert blockquote("a\nb") == "> a\n> b"


@given(st.text(max_size=3000), st.integers(min_value=1, max_value=2000))
def test_fit_always_respects_the_limit(text: str, limit: int) -> None:
    out = fit(text, limit)
    assert len(out) <= limit
    if len(escape(text)) <= limit:
        assert out == escape(text)


def _unbold(rendered: str) -> str:
    """Drop the ``**`` markers we added (unescaped ones), keep escaped characters escaped."""
    out, i = [], 0
    while i < len(rendered):
        if rendered[i] == "\\":
            out.append(rendered[i: i + 2])
            i += 2
        elif rendered.startswith("**", i):
            i += 2
        else:
            out.append(rendered[i])
            i += 1
    return "".join(out)


@given(st.text(max_size=300), st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=5))
def test_highlight_shows_the_text_verbatim_apart_from_bold(text: str, raw_spans) -> None:
    from bot.text import strip_format_controls

    spans = [Span(start=min(a, b), end=max(a, b)) for a, b in raw_spans]
    # Verbatim, except that invisible format controls (bidi overrides…) are never sent to Discord.
    assert unescape(_unbold(highlight(text, spans))) == strip_format_controls(text).replace("@\u200b", "@")


@given(st.text(alphabet=st.sampled_from("ab []()\\*_`@"), max_size=60))
def test_link_text_round_trips_and_has_no_live_brackets(text: str) -> None:
    from bot.text import escape_link_text

    out = escape_link_text(text)
    assert unescape(out) == text.replace("@\u200b", "@")
    i = 0
    while i < len(out):  # every bracket is escaped, so the link text cannot end early
        if out[i] == "\\":
            i += 2
            continue
        assert out[i] not in "[]", out
        i += 1


@given(st.text(max_size=300))
def test_escaping_round_trips_to_the_original_text(text: str) -> None:
    from bot.text import strip_format_controls

    assert unescape(escape(text)) == strip_format_controls(text).replace("@\u200b", "@")


# ----------------------------------------------------------------------------- hostile and huge input


MASS = ["@everyone", "@here", "<@123456789012345678>", "<@!123456789012345678>", "<@&123456789012345678>"]


def all_text(page) -> str:
    parts = [page.content or ""]
    for e in page.embeds:
        parts += [e.get("title", ""), e.get("description", ""), e.get("footer", {}).get("text", "")]
        parts += [f["name"] + f["value"] for f in e.get("fields", [])]
    return "\n".join(parts)


def test_mass_mentions_are_defused_wherever_source_text_appears() -> None:
    ping = " ".join(MASS)
    cite = Citation(id="x", title=f"Title {ping}", publisher=f"Pub {ping}", published="2010-11-20",
                    url="https://example.org/x", paragraph=1)
    answer = Answer(question=ping, intent=Intent.quote,
                    answers=(item(f"He said {ping}", speaker=f"Speaker {ping}", source=cite, also=(cite,)),))
    hit = SearchHit(passage=Passage(source_id="x", paragraph=1, start=0, end=len(ping), text=ping),
                    source=cite, score=1.0, highlights=(Span(start=0, end=9),))
    pages = [*render_answer(answer), *render_hits(ping, [hit]), *render_hits(ping, []),
             render_context(cite, f"Paragraph {ping}", ping),
             *render_sources([SourceSummary(meta=SourceMeta(id="x", title=f"T {ping}", publisher=f"P {ping}"),
                                            passages=1, quotations=1, paragraphs=1)]),
             *render_answer(Answer(question=ping, message=f"Nothing about {ping}."))]
    for page in pages:
        text = all_text(page)
        for mention in ("@everyone", "@here", "<@1", "<@!1", "<@&1"):
            assert mention not in text, (mention, text)
        check_limits(page)


def test_markdown_in_titles_speakers_and_publishers_is_escaped() -> None:
    cite = Citation(id="x", title="*Big* _news_ [here](https://evil.example)", publisher="`Pub`",
                    url="https://example.org/x", paragraph=2)
    [page] = render_answer(Answer(question="q", intent=Intent.quote,
                                  answers=(item("text", speaker="**Loud** ~~Man~~", source=cite),)))
    [embed] = page.embeds
    assert embed["title"] == "\\*\\*Loud\\*\\* \\~\\~Man\\~\\~"
    citation = embed["description"].split("\n")[-1]
    # the title stays one link to the real URL: its own brackets and markup escaped
    assert citation.startswith("[\\*Big\\* \\_news\\_ \\[here\\](https://evil.example)](https://example.org/x)")
    assert "\\`Pub\\`" in citation


def test_a_huge_answer_fits_every_discord_limit_on_every_page() -> None:
    long_quote = "Lorem ipsum dolor sit amet, consectetur *adipiscing* elit. " * 200
    many_sources = tuple(Citation(id=f"s{i}", title="T" * 300, publisher="P" * 300, published="2010-11-20",
                                  url=f"https://example.org/{i}", paragraph=i) for i in range(30))
    answers = tuple(item(long_quote, speaker="S" * 400, date="2010-11-20", also=many_sources) for _ in range(40))
    pages = render_answer(Answer(question="q", intent=Intent.quote, answers=answers))
    assert sum(len(p.embeds) for p in pages) == 40
    for page in pages:
        check_limits(page)
        assert len(page.citations) == len(page.embeds) == len(page.snippets)
    first = pages[0].embeds[0]
    assert first["description"].split("\n")[0].endswith(ELLIPSIS)
    assert first["fields"][0]["value"].count("\n") <= 4  # at most five "also reported in"


def test_many_long_sources_are_split_into_pages_within_6000_characters() -> None:
    rows = [SourceSummary(meta=SourceMeta(id=f"s{i}", title="T" * 400, publisher="P" * 900, published="2010",
                                          url="https://example.org/" + "u" * 480), passages=1, quotations=0,
                          paragraphs=1) for i in range(25)]
    pages = render_sources(rows)
    assert len(pages) > 3  # ten such fields would be over 6,000 characters
    assert sum(len(p.embeds[0]["fields"]) for p in pages) == 25
    for page in pages:
        check_limits(page)


def test_multiline_quotes_stay_one_block_quote_and_fit() -> None:
    quote = "line one\nline two\n" * 600
    [embed] = render_answer(Answer(question="q", answers=(item(quote),)))[0].embeds
    lines = embed["description"].split("\n")
    quoted = [ln for ln in lines if ln.startswith("> ")]
    assert quoted and lines[: len(quoted)] == quoted and len(embed["description"]) <= LIMITS["description"]


def test_dates_are_written_for_people() -> None:
    from bot.render import human_date

    assert human_date("2002-05-28") == "28 May 2002"
    assert human_date("2010-11") == "November 2010"
    assert human_date("2010") == "2010"
    assert human_date("2010-13-40") == "2010-13-40"  # not a date: shown as written, never guessed
    assert human_date(None) is None


def test_brackets_and_parentheses_do_not_switch_escaping_off() -> None:
    # discord.py's escape_markdown treats "[3] … (x)" as one masked link and escapes nothing inside it
    text = 'joint actions." [3][4] The council (see *minutes*) met at 1_000 sites.'
    out = escape(text)
    assert "\\*minutes\\*" in out and "1\\_000" in out and "\\[3\\]\\[4\\]" in out
    assert unescape(out) == text
    assert escape("> not a quote\n# not a heading\n1. not a list") == (
        "\\> not a quote\n\\# not a heading\n1\\. not a list")
    assert escape("see https://example.org/a_b_(c)") == "see https://example.org/a_b_(c)"  # links still work


def test_the_discord_tree_is_declared_by_the_one_table_of_commands() -> None:
    from bot.commands import COMMANDS as TREE
    from index.present.commands import COMMANDS as TABLE

    assert [c.name for c in TREE] == [c.name for c in TABLE]
    for command, spec in zip(TREE, TABLE, strict=True):
        assert command.description == spec.description
        assert [(p.name, p.description, p.required, p.max_value) for p in command.parameters] == [
            (o.name, o.description, o.required, o.max_length) for o in spec.options]
