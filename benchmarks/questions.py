"""A fixed, deterministic question set generated from the benchmarked texts.

Latency depends on what is asked: a quote question walks the speaker registry,
a "when" question scans for dates, a plain search only ranks passages. So the
set mixes every intent in equal shares, and about one question in ten has no
answer in the collection (invented names and words), because "nothing found"
is a path users hit too and it must not be the slow one.

Everything is derived from the raw text files with regular expressions — no
Dossier code — so the same questions can be put to Dossier and to the raw
Whoosh baseline, and the set does not change when Dossier's parsing does.
A seeded ``random.Random`` makes it reproducible run to run.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

KINDS = ("quote", "when", "who", "where", "how_many", "search")

_STOP = frozenset(
    """
    about above after again against all also although among an and another any are around because been
    before being below between both but by can could did does doing down during each either even every
    few first for from further had has have having here however into its itself just last later least
    less made make many more most much must next not now off once only other our out over own same
    says said should since some such than that their them then there these they this those through
    under until very was were what when where which while who whom whose will with within without
    would year years yesterday today week month people time told added going still expected could
    """.split()
)

_NAME = r"(?:Mr|Mrs|Ms|Dr|Lord|Sir|[A-Z][a-z]+) [A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?"
_SAID = re.compile(rf"\b(?P<a>{_NAME}) (?:said|says|told|added|warned)\b|\b(?:said|says|added) (?P<b>{_NAME})\b")
_ENTITY = re.compile(r"\b(?:[A-Z][a-zA-Z&]+(?: [A-Z][a-zA-Z&]+){0,2})\b")
_COUNT = re.compile(r"\b\d[\d,.]*(?:m|bn)? (?P<noun>[a-z]{4,}s)\b")
_QUOTED = re.compile(r"[\"“]([^\"”]{20,200})[\"”]")
_DATEY = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\b"
)
_WORD = re.compile(r"[A-Za-z][a-z]{5,}")
_NOT_PEOPLE = frozenset({"Home Office", "Standard Chartered", "White House", "Downing Street"})

# Invented words for questions with no answer anywhere in the collection.
_NONSENSE_NAMES = ("Zorblax Quintavelle", "Oswin Threlkeldt", "Marisande Quopple", "Tavish Vrooneman",
                   "Elowyn Strazzik", "Bertrand Gloamhollow")
_NONSENSE_WORDS = ("hyperloop marmalade", "quasar zeppelins", "glimmerwort tariffs", "snorkelfish treaty",
                   "vexmoor accord", "plinthwhistle reform", "frobnicated velveteen", "xylocrat subsidies")


@dataclass(frozen=True)
class Question:
    """One benchmark question; ``kind`` is the intent it was written for, ``answerable`` False if invented."""

    text: str
    kind: str
    answerable: bool = True


@dataclass
class _Doc:
    title: str
    paragraphs: list[str]


def _read_docs(files: list[Path]) -> list[_Doc]:
    docs = []
    for path in sorted(files):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
        if len(paras) < 2:
            continue
        docs.append(_Doc(title=paras[0][:120], paragraphs=paras[1:]))
    return docs


def _topic_word(rng: random.Random, text: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP]
    return rng.choice(words) if words else None


def _candidates(docs: list[_Doc], rng: random.Random) -> dict[str, list[str]]:
    """Every question of every kind the texts support, before sampling."""
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    entity_counts: Counter[str] = Counter()
    for doc in docs:
        for para in doc.paragraphs:
            for m in _ENTITY.finditer(para):
                if " " in m.group(0) or len(m.group(0)) > 3:
                    entity_counts[m.group(0)] += 1
    common_entities = {e for e, n in entity_counts.items() if n >= 2 and e.split()[0] not in {"The", "But", "He",
                                                                                          "She", "It", "In"}}
    for doc in docs:
        title = doc.title.rstrip(".?!")
        lowered = title[0].lower() + title[1:] if title else title
        for para in doc.paragraphs:
            for m in _SAID.finditer(para):
                name = m.group("a") or m.group("b")
                if name in _NOT_PEOPLE:
                    continue
                topic = _topic_word(rng, para)
                out["quote"].append(f"What did {name} say about {topic}?" if topic else f"What did {name} say?")
                if not name.startswith(("Mr ", "Mrs ", "Ms ", "Dr ", "Lord ", "Sir ")):
                    out["who"].append(f"Who is {name}?")
            for m in _QUOTED.finditer(para):
                words = m.group(1).split()
                if len(words) >= 6:
                    start = rng.randrange(0, len(words) - 4)
                    out["who"].append("Who said " + " ".join(words[start:start + 4]).strip(",.;:") + "?")
            for m in _COUNT.finditer(para):
                ents = [e.group(0) for e in _ENTITY.finditer(para) if e.group(0) in common_entities]
                if ents:
                    out["how_many"].append(f"How many {m.group('noun')} did {rng.choice(ents)} report?")
                else:
                    out["how_many"].append(f"How many {m.group('noun')} were there?")
            if _DATEY.search(para) and title:
                out["when"].append(f"When did {lowered}?")
            ents = [e.group(0) for e in _ENTITY.finditer(para) if e.group(0) in common_entities]
            if ents:
                ent = rng.choice(ents)
                out["where"].append(rng.choice([f"Where is {ent} based?", f"Where did {ent} meet?",
                                                 f"Where is {ent}?"]))
            words = [w.lower() for w in _WORD.findall(para) if w.lower() not in _STOP]
            if len(words) >= 3:
                out["search"].append(" ".join(rng.sample(words, 3)))
        if title:
            out["search"].append(title)
            out["when"].append(f"When was {lowered} announced?")
    return out


def _nonsense(kind: str, i: int) -> str:
    name = _NONSENSE_NAMES[i % len(_NONSENSE_NAMES)]
    words = _NONSENSE_WORDS[i % len(_NONSENSE_WORDS)]
    return {
        "quote": f"What did {name} say about {words}?",
        "when": f"When was the {words} signed?",
        "who": f"Who is {name}?",
        "where": f"Where is the {words} headquarters?",
        "how_many": f"How many {words.split()[-1]} did {name} sell?",
        "search": words,
    }[kind]


def generate_questions(files: list[Path], n: int = 240, seed: int = 2025) -> list[Question]:
    """``n`` questions over ``files``: equal shares per intent, ~10% unanswerable, fixed order.

    With few source files (the seeds) a kind may have fewer distinct
    candidates than its share; then candidates repeat, so the set still has
    ``n`` questions and every kind keeps its weight in the percentiles.
    """
    rng = random.Random(seed)
    cands = _candidates(_read_docs(files), rng)
    per_kind = max(1, n // len(KINDS))
    questions: list[Question] = []
    for k_index, kind in enumerate(KINDS):
        pool = list(dict.fromkeys(cands[kind]))  # dedupe, keep first-seen order
        rng.shuffle(pool)
        share = per_kind if k_index < len(KINDS) - 1 else n - per_kind * (len(KINDS) - 1)
        n_none = max(1, share // 10)
        for i in range(share - n_none):
            if pool:
                questions.append(Question(pool[i % len(pool)], kind))
            else:
                questions.append(Question(_nonsense(kind, i), kind, answerable=False))
        questions += [Question(_nonsense(kind, k_index + i), kind, answerable=False) for i in range(n_none)]
    rng.shuffle(questions)
    return questions


def main() -> None:
    """Print a question set: ``python -m benchmarks.questions DIR [N]`` (to eyeball what is asked)."""
    import sys

    folder = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 240
    for q in generate_questions(sorted(folder.rglob("*.txt")), n):
        print(f"{q.kind:9} {'' if q.answerable else '(none) '}{q.text}")


if __name__ == "__main__":
    main()
