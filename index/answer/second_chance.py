"""The name gate's second chance (gate quote.nobody_called).

When nobody is quoted or described under the asked words ("the man utd manager", "a former argonaut employee",
"ramdhan kotamaraja"), the text may still set quoted words up with every one of those words, written its own way:
in full ("Manchester United manager"), by a synonym of the role's head ("Gunners boss"), or beside the name in
another sentence of the story. The quotations near the passages that hold the asked words are read once more,
tolerantly, and shown only when the asked description is met in full and the topic almost so; under no name,
since the text's own attribution was not what the question named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.answer.mentions import sentence_text, setting_of, words_in
from index.answer.question import STOPWORDS, content_terms
from index.answer.relevance import Concept, layered_coverage
from index.answer.roles import head_synonyms, is_unnamed, own_description, role_words, unquoted
from index.models import Quotation
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

SECOND_CHANCE_PASSAGES = 10
SECOND_CHANCE_TOPIC = 0.9  # topic coverage needed (own sentence 1.0, its paragraph or the one before 0.7); see ans17
CLIPPED_TYPED = 3  # letters a clipped word needs ("utd", "lib") before it stands for a longer written word


def clipped_from(typed: str, written: str) -> bool:
    """Whether a typed word is a clipped or abbreviated form of a longer written word: the same first letter and
    every letter in order ("utd" of "united", "lib" of "liberal", "dem" of "democrat", "govt" of "government")."""
    typed, written = typed.lower(), written.lower()
    if len(typed) < CLIPPED_TYPED or len(written) <= len(typed) or typed[0] != written[0] or not typed.isalpha():
        return False
    rest = iter(written)
    return all(ch in rest for ch in typed)


def word_set_up(word: str, heads: set[str], terms: set[str], written: set[str], names: set[str],
                clipped: bool = True) -> bool:
    """Whether the text (its index ``terms``, ``written`` words and capitalised ``names``) has an asked description's
    word: by stem, as a capitalised word the typed one clips ("utd" of "United"; ``clipped``: only a role's modifier,
    since a name's words are written in full, or "Ann Lee" would be met by "announced" and "leader"; and never a
    lower-case word, or "the utd manager" would be met by "understood"), or, for the role's head, by one of the role
    words a text writes for it."""
    if (stems := analyse(word)) and all(t in terms for t in stems):
        return True
    if word.lower() in heads and heads & written:
        return True
    return clipped and any(clipped_from(word, w) for w in names)


def described_as_asked(asked: Sequence[str], head: str | None, heads: set[str], close: str, wide: str,
                       unnamed: bool) -> bool:
    """Whether a quotation's setting holds every word of the asked description: the role's head always in the close
    setting; the other words there too for someone unnamed ("a Microsoft spokesman": the spokeswoman of a body Microsoft
    belongs to, named a paragraph earlier, is not one), anywhere in the wide setting for a role ("the arsenal manager")."""
    near = words_in(close)
    far = words_in(wide) if not unnamed else near
    for w in asked:
        is_head = head is not None and w.lower() == head.lower()
        if not word_set_up(w, heads, *(near if is_head else far), clipped=head is not None and not is_head):
            return False
    return True


_CAPITALISED_BEFORE = r"((?:[A-Z][\w'’&-]*\s+)+)"  # capitalised words before a role word, within a sentence


def speaks_for_another(asked: Sequence[str], heads: set[str], close: str, wide: str) -> bool:
    """Whether the speaker's own description, written with a role word for the asked head ("Chelsea boss Jose
    Mourinho"), names a body the story also names on its own ("Arsenal beat Chelsea") that the question did not ask
    for: the description then says whose side the speaker is on, another one. A name written only before the role
    word ("Gunners boss") may be the asked body's other name, and is let through."""
    asked_stems = {t for w in asked for t in analyse(w)}
    outside = wide
    bodies: set[str] = set()
    for cue in heads:
        for m in re.finditer(_CAPITALISED_BEFORE + re.escape(cue) + r"\w*\b", close):
            outside = outside.replace(m.group(0), " ")
            for w in m.group(1).split():
                w = w.strip(".")
                if w.lower() in STOPWORDS or not analyse(w):
                    continue
                if set(analyse(w)) <= asked_stems or any(clipped_from(a, w) for a in asked):
                    continue
                bodies.add(w)
    return any(_named_apart(b, outside, asked_stems) for b in bodies)


def _named_apart(body: str, text: str, asked_stems: set[str]) -> bool:
    """Whether ``text`` names ``body`` outside a run of capitalised words that holds an asked word: "Arsenal beat
    Chelsea" names Chelsea apart; "Kelby Council passed its budget" names the council of the asked Kelby."""
    for m in re.finditer(r"(?:[A-Z][\w'’&-]*\s+)*\b" + re.escape(body) + r"\b(?:\s+[A-Z][\w'’&-]*)*", text):
        if not set(analyse(m.group(0))) & asked_stems:
            return True
    return False


def set_up_quotations(snap: Snapshot, speaker_text: str, topic: str | None,
                      concepts: list[Concept]) -> list[tuple[float, Quotation]]:
    """The second chance of the name gate (see above): the quotations, near a passage holding the asked words, whose
    setting holds every word of the asked description and whose neighbourhood covers the topic's ``concepts``, each
    with that coverage; quote.py's ``set_up_as_asked`` shows them."""
    asked = content_terms(speaker_text)
    if not asked:
        return []
    head = role_words(speaker_text)[0]
    heads = head_synonyms(head) if head else set()
    wanted = set(analyse(" ".join(asked) + " " + (topic or "")))
    unnamed = is_unnamed(speaker_text)
    cache: dict[tuple[str, str], str] = {}
    seen: set[tuple[str, int]] = set()
    found: list[tuple[float, Quotation]] = []
    for rec in snap.passages(wanted, limit=SECOND_CHANCE_PASSAGES):
        doc = snap.document(rec.source_id)
        if doc is None:
            continue
        text, paragraphs = doc
        for q in snap.quotations_in(rec.source_id):
            at = next((i for i, p in enumerate(paragraphs) if p.start <= q.start < p.end), None)
            if (q.source_id, q.start) in seen or at is None or abs(paragraphs[at].number - rec.paragraph) > 1:
                continue
            seen.add((q.source_id, q.start))
            close, wide = setting_of(snap, q, text, paragraphs, at, cache)
            if head and (own := own_description(unquoted(sentence_text(snap, q)), head.lower()[:6])):
                # "Green spokesman Tim Ash said … New Labour …": a description that says whom it speaks for is the
                # only place its words count
                close = wide = " ".join(own)
            if not described_as_asked(asked, head, heads, close, wide, unnamed) or \
                    (head and speaks_for_another(asked, heads, close, wide)):
                continue
            near = set(analyse(text[paragraphs[max(0, at - 1)].start:paragraphs[at].end]))
            cover = layered_coverage(concepts, (set(analyse(sentence_text(snap, q))), near), (1.0, 0.7)) \
                if concepts else 1.0
            if cover >= SECOND_CHANCE_TOPIC:
                found.append((cover, q))
    return found
