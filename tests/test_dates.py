"""Date mentions: what a "when" answer quotes and how it is dated."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.extract.dates import best_date, find_dates
from index.models import DateMention

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHED = "2010-11-04"  # a Thursday; the date of the missile-defence article


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _sentence(name: str, fragment: str) -> str:
    """The line of a seed containing ``fragment`` (tests run on real prose)."""
    for line in _seed(name).splitlines():
        if fragment in line:
            return line
    raise AssertionError(f"{fragment!r} not in {name}")


def _found(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None, str | None, bool]]:
    return [(m.text, m.iso, m.iso_end, m.relative) for m in find_dates(text, published)]


WIKI = "wiki-nato-russia-relations.txt"
RFERL = "rferl-nato-chief-afghan-help.txt"
STUDY = "russia-to-study-nato-missile-defense.txt"
TIMES = "moscow-times-nato-russia-embrace.txt"
CNN = "cnn-russia-nato-deepen-ties.txt"


@pytest.mark.parametrize(
    ("seed", "fragment", "expected"),
    [
        (WIKI, "28 May 2002", ("28 May 2002", "2002-05-28", None, False)),
        (WIKI, "June 22, 1994", ("June 22, 1994", "1994-06-22", None, False)),
        (WIKI, "4 April 2008", ("4 April 2008", "2008-04-04", None, False)),
        (WIKI, "In April 2009", ("April 2009", "2009-04", None, False)),
        (WIKI, "May 2009 when", ("May 2009", "2009-05", None, False)),
        (WIKI, "summer 2008", ("summer 2008", "2008", None, False)),
        (WIKI, "(1991-2002)", ("1991-2002", "1991", "2002", False)),
        (TIMES, "spring 2010", ("spring 2010", "2010", None, False)),
        (TIMES, "the 1990s", ("1990s", "1990", "1999", False)),
        (RFERL, "1979-89", ("1979-89", "1979", "1989", False)),
        (RFERL, "in 1997", ("1997", "1997", None, False)),
        (STUDY, "2010-11-04 09:29", ("2010-11-04", "2010-11-04", None, False)),
        (STUDY, "November 19-20", ("November 19-20", "2010-11-19", "2010-11-20", True)),
        (STUDY, "on Wednesday", ("Wednesday", "2010-11-03", None, True)),
        (STUDY, "last week", ("last week", "2010-10", None, True)),
        (STUDY, "Tuesday's mid-term", ("Tuesday", "2010-11-02", None, True)),
        (RFERL, "last month", ("last month", "2010-10", None, True)),
        (RFERL, "this summer", ("this summer", "2010", None, True)),
        (RFERL, "students today", ("today", "2010-11-04", None, True)),
        (TIMES, "in December", ("December", "2009-12", None, True)),
    ],
)
def test_dates_in_seed_sentences(seed: str, fragment: str, expected: tuple) -> None:
    sentence = _sentence(seed, fragment)
    assert expected in _found(sentence)


def test_wiki_early_cooperation_dates_in_order() -> None:
    sentence = _sentence(WIKI, "June 22, 1994")
    assert [(m.text, m.iso) for m in find_dates(sentence)] == [("1991", "1991"), ("June 22, 1994", "1994-06-22")]


@pytest.mark.parametrize(
    "text",
    [
        _sentence(CNN, "1,550 warheads"),
        _sentence(STUDY, "28-nation"),
        _sentence(STUDY, "21 Russian-made Mi-17s"),
        _sentence(TIMES, "$2"),
        "The school has 1,300 graduates a year.",
        "the exercises are an overt provocation.[13]",
        "09:29",
        "May I ask a question? May is not a date here.",
        "Prices may rise by 2.5% to 2,010 units.",
        "About 2000 people marched.",
        "It may be that they may.",
        "every Friday",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    if "Lisbon on November 19-20" in text:
        assert [m.text for m in find_dates(text)] == ["November 19-20"]
    else:
        assert find_dates(text) == []


def test_may_is_a_month_only_with_a_day_year_or_cue() -> None:
    assert _found("In May 2009 NATO expelled two diplomats.") == [("May 2009", "2009-05", None, False)]
    assert _found("It was signed on 28 May.") == [("28 May", "2010-05-28", None, True)]
    assert _found("Talks resume in May.") == [("May", "2010-05", None, True)]
    assert _found("May the talks succeed.") == []


def test_relative_dates_without_publication_date_are_kept_unresolved() -> None:
    mentions = _found("Russia pledged on Wednesday, last week and in December to act by November 19-20.", None)
    assert mentions == [
        ("Wednesday", None, None, True),
        ("last week", None, None, True),
        ("December", None, None, True),
        ("November 19-20", None, None, True),
    ]


def test_weekday_means_the_most_recent_one_on_or_before_publication() -> None:
    # 2010-11-20 was the Saturday of the Lisbon summit.
    assert _found("both agreeing Saturday to work", "2010-11-20") == [("Saturday", "2010-11-20", None, True)]
    assert _found("on Friday", "2010-11-20") == [("Friday", "2010-11-19", None, True)]
    assert _found("last Saturday", "2010-11-20") == [("last Saturday", "2010-11-13", None, True)]
    assert _found("next Monday", "2010-11-20") == [("next Monday", "2010-11-22", None, True)]


def test_month_after_publication_month_is_last_year() -> None:
    assert _found("in December", "2010-11-04")[0][1] == "2009-12"
    assert _found("in March", "2010-11-04")[0][1] == "2010-03"
    assert _found("in March", "2010")[0][1] == "2010-03"


def test_yesterday_and_ago() -> None:
    assert _found("yesterday", "2010-03-01") == [("yesterday", "2010-02-28", None, True)]
    assert _found("two years ago", "2010-03-01") == [("two years ago", "2008", None, True)]


def test_full_date_with_weekday_is_one_mention() -> None:
    assert _found("Saturday, November 20, 2010") == [("November 20, 2010", "2010-11-20", None, False)]


def test_invalid_calendar_dates_are_ignored() -> None:
    assert _found("February 30, 2010") == [("2010", "2010", None, False)]


def test_best_date_prefers_the_most_specific_absolute_mention() -> None:
    sentence = _sentence(WIKI, "28 May 2002")
    best = best_date(find_dates(sentence))
    assert best is not None and (best.text, best.iso) == ("28 May 2002", "2002-05-28")


def test_best_date_falls_back_to_a_resolved_relative_mention() -> None:
    best = best_date(find_dates(_sentence(STUDY, "on Wednesday"), PUBLISHED))
    assert best is not None and best.iso == "2010-11-03"
    assert best_date(find_dates("on Wednesday")) is None
    assert best_date([]) is None


def test_every_mention_in_the_seeds_is_an_exact_slice() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for mention in find_dates(text, PUBLISHED):
            assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("published", [None, "", "garbage", "2010", "2010-13", "2010-02-30", "0000-01-01",
                                       "9999-12-31", "0001-01-01"])
def test_odd_publication_dates_never_raise(published: str) -> None:
    text = "yesterday, on Monday, last month, next year, 3 weeks ago, in December, November 19-20"
    assert len(find_dates(text, published)) == 7


_DATEISH = st.text(alphabet=st.sampled_from(list("0123456789 -–,./:$[]()May JuneSaturdaylastweeksummer1990s")),
                   max_size=120)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), _DATEISH), st.one_of(st.none(), st.text(max_size=12),
                                                              st.dates().map(str)))
def test_any_text_gives_exact_non_overlapping_mentions(text: str, published: str | None) -> None:
    mentions = find_dates(text, published)
    assert all(isinstance(m, DateMention) and text[m.start:m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    for m in mentions:
        assert m.iso is None or len(m.iso) in (4, 7, 10)
