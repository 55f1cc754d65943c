"""How a story mentions a quotation's speaker outside the quoted words: the quotation's own sentence, how the
story describes the named speaker in its other sentences ("Gunners boss Arsene Wenger said"), and the paragraphs that
set the words up. Read by the name gate's second chance (``second_chance``) to see whom the text says spoke."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.answer.common import sentence_before
from index.answer.roles import unquoted
from index.extract.sentences import split_sentences
from index.models import Paragraph, Quotation
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot


def sentence_text(snap: Snapshot, q: Quotation) -> str:
    """The quotation's whole sentence (its own words when the story's text is not stored)."""
    doc = snap.document(q.source_id)
    return doc[0][q.sentence_start:q.sentence_end] if doc else q.text


def story_mentions(source_id: str, text: str, surname_: str, cache: dict[tuple[str, str], str]) -> str:
    """The unquoted words of the sentences of a story that name a person: where it says who they are ("Gunners boss
    Arsene Wenger said"), read once per story and name."""
    key = (source_id, surname_)
    if key not in cache:
        cache[key] = " ".join(unquoted(text[sp.start:sp.end]) for sp in split_sentences(text)
                              if surname_ in text[sp.start:sp.end])
    return cache[key]


def setting_of(snap: Snapshot, q: Quotation, text: str, paragraphs: Sequence[Paragraph], at: int,
               cache: dict[tuple[str, str], str]) -> tuple[str, str]:
    """Who the text says spoke the quotation, (close, wide). Close: its own sentence without the quoted words, its
    description and, when it is credited to a name, how the story describes that name elsewhere ("Gunners boss
    Arsene Wenger said"); for words credited to no name, the sentence before, where "a spokesman said" points back
    to (beside a named speaker it describes someone else: "Gunners boss Arsene Wenger was delighted. '…,' said
    Mourinho."). Wide: also the paragraph before and its own up to it, where the story says whose side it is on
    ("Arsenal are without Pires")."""
    close = [unquoted(sentence_text(snap, q)), q.speaker_description or ""]
    if q.speaker:
        close.append(story_mentions(q.source_id, text, q.speaker.split()[-1], cache))
    else:
        close.append(sentence_before(text, q.sentence_start))
    wide = text[paragraphs[max(0, at - 1)].start:q.start]
    joined = " ".join(close)
    return joined, f"{joined} {wide}"


def words_in(setting: str) -> tuple[set[str], set[str], set[str]]:
    """A setting's index terms, its written words and its capitalised words (both lower-cased, three letters or
    more)."""
    return set(analyse(setting)), {w.lower() for w in re.findall(r"[A-Za-z]{3,}", setting)}, \
        {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]{2,}", setting)}
