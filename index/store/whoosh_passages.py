"""The passage index on Whoosh: the one module of Dossier that imports ``whoosh``.

Everything Whoosh-specific lives here, behind :class:`index.store.passage_index.PassageIndex`:

- the analyzer (tokenizer, folding, stop words, Porter stemmer), which indexing,
  querying, coverage and highlighting share so a highlighted word is exactly a
  matched one (:mod:`index.store.analysis` re-exports it for the rest of Dossier);
- the schema and the BM25F ranking;
- hard-linking an incremental build's starting point from the previous generation
  (Whoosh never rewrites a segment file in place, so generations can share them);
- the size and CRC-32 of every segment file, recorded at build and checked on open;
- telling a damaged index from a failing query: any exception raised while Whoosh
  reads is a damaged file (queries are built here from analysed terms, so they
  cannot be malformed), and becomes ``IndexCorrupt`` with a one-line message.

Replacing Whoosh means writing another class with the same methods; nothing
outside this module would change but the line that opens it.
"""

from __future__ import annotations

import heapq
import logging
import os
import re
import shutil
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from index.errors import IndexCorrupt
from index.extract.names import fold
from index.models import Passage
from index.quiet_imports import ASYNCIO, URLLIB_REQUEST, standing_in
from index.store.layout import check_file, crc32_of
from index.store.passage_index import Record, closest_terms, typed_neighbours


def _variations(word: str):
    """``whoosh.lang.morph_en.variations``, loading it (and compiling its regexes) only if called."""
    import whoosh.lang.morph_en

    return whoosh.lang.morph_en.variations(word)


# Whoosh loads three modules Dossier never calls into: ``urllib.request`` (``whoosh.compat`` takes
# ``urlretrieve`` from it), ``asyncio`` (``cached_property``, which ``whoosh.reading`` uses, asks it
# whether a property is a coroutine) and ``whoosh.lang.morph_en`` (English word variations, for a
# query Dossier never builds; its large regexes are compiled at import). Loading them was about
# 30 ms of every command's start, a tenth of a one-file rebuild. Stand-ins take their places while
# the Whoosh modules that import them load, here, all at once (see ``index.quiet_imports``).
with standing_in({"urllib.request": URLLIB_REQUEST, "asyncio": ASYNCIO,
                  "whoosh.lang.morph_en": {"variations": _variations}}):
    import cached_property  # noqa: F401  (whoosh.reading's; loaded now, with the asyncio stand-in)
    import whoosh.query.terms  # noqa: F401  (loaded now, with the morph_en stand-in)
    from whoosh import index as whoosh_index
    from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
    from whoosh.analysis.acore import Token
    from whoosh.analysis.analyzers import CompositeAnalyzer
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN
    from whoosh.columns import NumericColumn
    from whoosh.fields import ID, STORED, TEXT, Schema
    from whoosh.filedb.filestore import FileStorage
    from whoosh.lang.porter import stem
    from whoosh.matching import LeafMatcher, NullMatcherClass, UnionMatcher
    from whoosh.matching.wrappers import FilterMatcher
    from whoosh.query import Or, Term
    from whoosh.scoring import BM25F
    from whoosh.util.numeric import byte_to_length

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- analysis

TOKEN_PATTERN = r"\w+(?:\.?\w+)*"


class FoldFilter(Filter):
    """Accent folding that also handles letters without a decomposition (ł, ø, ß)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = fold(t.text)
            yield t


def make_analyzer() -> CompositeAnalyzer:
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | FoldFilter()
        | StopFilter(minsize=2)
        | StemFilter(stemfn=stem, cachesize=100_000)
    )


ANALYZER = make_analyzer()
_STOP: StopFilter = next(f for f in ANALYZER.items if isinstance(f, StopFilter))


def terms(text: str) -> list[str]:
    """The index terms of ``text`` (stemmed, folded, stop words dropped)."""
    try:
        return [term for term, _start, _end in _spans(text, _SERVING_TERMS)]
    except Exception:  # analysis must never take a question down
        return []


# Each word the tokenizer finds -> its index term, or None where the analyzer drops it (a stop word,
# a one-letter word). The chain is a pure function of the word, so indexing looks each word up here
# instead of passing it through the tokenizer's and four filters' generators (a BBC build analysed
# 975,000 words that way: the largest cost of its indexing process, beside the commit).
# The memo lives for one build: the index writing clears it when it commits or cancels, so a serving
# process that rebuilt does not keep it. It holds at most _WORD_TERMS_MAX words of at most
# _MEMO_WORD_MAX characters each: longer tokens (hex strings, glued URLs, a file's made-up words) rarely
# recur and are analysed where they stand, so an odd file cannot fill it with long keys.
_TOKENS = re.compile(TOKEN_PATTERN)
_WORD_TERMS: dict[str, str | None] = {}
_WORD_TERMS_MAX = 200_000  # a bound for collections of made-up words; real text has far fewer (BBC: 35,000)
_MEMO_WORD_MAX = 40


def index_terms(text: str) -> list[str]:
    """The index terms of ``text`` in order, exactly as :data:`ANALYZER` gives them (see :func:`terms`),
    for handing Whoosh a passage already analysed."""
    out: list[str] = []
    for word in _TOKENS.findall(text):
        term = _memo_term(word, _WORD_TERMS)
        if term is not None:
            out.append(term)
    return out


_UNSEEN = object()


def _memo_term(word: str, memo: dict[str, str | None]) -> str | None:
    """:func:`_word_term` of ``word``, read from ``memo`` when met before (a bounded memo: cleared when full, and
    long words, which recur rarely, never kept)."""
    term = memo.get(word, _UNSEEN)
    if term is _UNSEEN:
        term = _word_term(word)
        if len(word) <= _MEMO_WORD_MAX:
            if len(memo) >= _WORD_TERMS_MAX:
                memo.clear()
            memo[word] = term
    return term


def word_terms(word: str) -> list[str]:
    """:func:`terms` of one word, without the analyzer's generator chain for a plain lower-case ASCII word
    (the stop list, then the stemmer, which is all the chain does to one): spelling reads some 500 one-slip
    variants of a word typed, and the chain costs five times the stemmer."""
    if word.isascii() and word.isalpha() and word.islower():
        return [] if len(word) < _STOP.min or word in _STOP.stops else [stem(word)]
    return terms(word)


def _word_term(word: str) -> str | None:
    """One token's term: the analyzer run on the token alone (which it finds whole, as in its text).

    A word of ASCII letters skips the chain's generators: all the chain does to one is lower-case it (folding
    leaves ASCII as it is), drop it if short or a stop word, and stem it (BBC, 240 questions: 14,700 words
    met for the first time, each through five generators, 4% of answering)."""
    if word.isascii() and word.isalpha():
        low = word.lower()
        return None if len(low) < _STOP.min or low in _STOP.stops else stem(low)
    found = [t.text for t in ANALYZER(word)]
    if len(found) > 1:  # cannot happen: a token is one match of the tokenizer's own pattern
        raise ValueError(f"the analyzer split the token {word!r}")
    return found[0] if found else None


def term_spans(text: str) -> list[tuple[str, int, int]]:
    """Each index term of ``text`` with its character span, for highlighting."""
    try:
        return _spans(text, _SERVING_TERMS)
    except Exception:
        return []


# The same word -> term memo for answering, kept apart from the build's (which a commit clears): a question
# analyses its passages' sentences word by word, and the analyzer's chain of generators was a fifth of an
# answer's time (BBC, 240 questions: 4,800 highlighted texts, 256,000 words through the chain), where
# a word looked up is a dict read. The tokenizer's spans are the analyzer's (its filters change a token's
# text, never its offsets), so the result is the chain's, term for term and span for span.
_SERVING_TERMS: dict[str, str | None] = {}


def _spans(text: str, memo: dict[str, str | None]) -> list[tuple[str, int, int]]:
    """The analyzer's terms of ``text`` with their spans, each word's term read from ``memo`` (see
    :func:`index_terms`)."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKENS.finditer(text):
        term = _memo_term(m.group(), memo)
        if term is not None:
            out.append((term, m.start(), m.end()))
    return out


def make_schema() -> Schema:
    """Passages only: ``start``/``end`` locate a passage in its source's cleaned text so every
    snippet is cut verbatim; ``source_id`` is indexed so a changed source's passages can be deleted."""
    return Schema(
        source_id=ID(stored=True),
        paragraph=STORED(),
        start=STORED(),
        end=STORED(),
        text=TEXT(analyzer=ANALYZER, stored=True, phrase=False),  # no phrase queries: no positions to write
    )


# ---------------------------------------------------------------- integrity

FileChecks = dict[str, tuple[int, int]]  # file name -> (size, CRC-32)


# ---------------------------------------------------------------- the index


# The last few searches' results, by their terms (in order) and limit: answering one question asks the
# same search more than once (BBC: 24 of the 342 searches of 240 questions repeat one made for the
# same question). A generation never changes, so a repeat is the same list, whichever question asks it:
# the last eight are kept (they may serve the next question too), and they go with the index when it closes.
_RECENT_SEARCHES = 8
_NEIGHBOURS_KEPT = 64  # words whose one-slip neighbours are remembered


class WhooshPassageIndex:
    """A :class:`PassageIndex` in one Whoosh folder.

    ``create`` and ``derive`` open it for writing (a build), ``open`` for reading
    (serving). A writing index searches nothing until a new ``open``.
    """

    def __init__(self, folder: Path, ix: whoosh_index.Index, *, writable: bool) -> None:
        self.folder = folder
        self._ix = ix
        self._writer = _lengths_read_once(ix.writer(limitmb=128)) if writable else None
        self._searcher = None if writable else _lengths_in_memory(ix.searcher(weighting=BM25F()))
        self._vocabulary: list[str] | None = None
        self._known: frozenset[str] = frozenset()
        self._neighbours: OrderedDict[str, dict[str, int]] = OrderedDict()
        self._recent: OrderedDict[tuple[tuple[str, ...], int], tuple[Record, ...]] = OrderedDict()
        self._scored = _ScoredTerms()

    @classmethod
    def create(cls, folder: Path) -> WhooshPassageIndex:
        """An empty index in a new folder, for a full build."""
        folder.mkdir()
        return cls(folder, whoosh_index.create_in(str(folder), make_schema()), writable=True)

    @classmethod
    def derive(cls, previous: Path, folder: Path) -> WhooshPassageIndex:
        """A copy of ``previous`` to change, for an incremental build: its segments hard-linked, not copied."""
        _hardlink_tree(previous, folder)
        return cls(folder, whoosh_index.open_dir(str(folder)), writable=True)

    @classmethod
    def open(cls, folder: Path) -> WhooshPassageIndex:
        """The index for searching. Plain reads instead of mmap: the same speed here, and a
        serving process does not hold the whole index as resident pages (BBC: 116 -> 79 MB RSS)."""
        return cls(folder, FileStorage(str(folder), supports_mmap=False).open_index(), writable=False)

    # -- writing ------------------------------------------------------------

    def add(self, passages: Iterable[Passage]) -> None:
        for p in passages:
            # The text analysed here (Whoosh counts a list's terms as they are, without its analyzer)
            # and stored as it is: the same postings, lengths and stored fields as analysing it there.
            self._writing().add_document(source_id=p.source_id, paragraph=p.paragraph, start=p.start, end=p.end,
                                         text=index_terms(p.text), _stored_text=p.text)

    def delete_source(self, source_id: str) -> None:
        self._writing().delete_by_term("source_id", source_id)

    def commit(self) -> None:
        self._writing().commit(optimize=False)
        self._writer = None
        _WORD_TERMS.clear()  # the build's words: not kept by a serving process that rebuilt

    def cancel(self) -> None:
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
            _WORD_TERMS.clear()

    def file_checks(self, previous: Mapping[str, tuple[int, int]] | None = None) -> FileChecks:
        """Size and CRC-32 of every file of the committed index.

        A file an incremental build hard-linked from the previous generation keeps
        its recorded checksum: Whoosh never rewrites a segment file.
        """
        known = previous or {}
        out: FileChecks = {}
        for p in sorted(self.folder.iterdir()):
            if not p.is_file() or p.name.endswith(".lock"):
                continue
            size = p.stat().st_size
            old = known.get(p.name)
            out[p.name] = (size, old[1]) if old is not None and old[0] == size else (size, crc32_of(p))
        return out

    @staticmethod
    def verify(folder: Path, checks: FileChecks) -> str | None:
        """Every recorded file present with its size and checksum; what is wrong, or None."""
        for name, (size, crc) in checks.items():
            problem = check_file(folder / name, name, size, crc)
            if problem:
                return problem
        return None

    def _writing(self):
        if self._writer is None:
            raise RuntimeError("this passage index is not open for writing")
        return self._writer

    # -- reading ------------------------------------------------------------

    def search(self, terms: Iterable[str], limit: int = 20) -> list[Record]:
        unique = list(dict.fromkeys(t for t in terms if t))
        if not unique:
            return []
        key = (tuple(unique), limit)
        recent = self._recent.get(key)
        if recent is not None:
            self._recent.move_to_end(key)
            return list(recent)
        query = Or([Term("text", t) for t in unique])
        with self._reading() as searcher:
            found = self._scored.search(searcher, query, limit)
            if found is None:
                results = searcher.search(query, limit=limit)
                found = [_hit(hit.fields(), hit.score or 0.0) for hit in results]
        self._recent[key] = tuple(found)
        if len(self._recent) > _RECENT_SEARCHES:
            self._recent.popitem(last=False)
        return found

    def doc_frequency(self, term: str) -> int:
        with self._reading() as searcher:
            return searcher.doc_frequency("text", term)

    def idf(self, term: str) -> float:
        with self._reading() as searcher:
            return searcher.idf("text", term)

    def spelling(self, term: str, written: str | None = None) -> str | None:
        """See :func:`closest_term`."""
        found = self.spellings(term, written)
        return found[0] if found else None

    def spellings(self, term: str, written: str | None = None) -> list[str]:
        """See :func:`closest_terms`; the lexicon is read once, on the first misspelling."""
        vocabulary, known = self._lexicon()
        return closest_terms(term, vocabulary, self.doc_frequency, written, word_terms, known)

    def neighbours(self, written: str) -> dict[str, int]:
        """See :func:`typed_neighbours`; remembered per word (a question asks several answerers the same)."""
        typed = written.lower()
        found = self._neighbours.get(typed)
        if found is None:
            found = self._neighbours[typed] = typed_neighbours(typed, word_terms, self.doc_frequency,
                                                               self._lexicon()[1])
            if len(self._neighbours) > _NEIGHBOURS_KEPT:
                self._neighbours.popitem(last=False)
        return dict(found)

    def _lexicon(self) -> tuple[list[str], frozenset[str]]:
        """The index's alphabetic terms of three letters or more, as a list and a set, read once."""
        if self._vocabulary is None:
            with self._reading() as searcher:
                self._vocabulary = [t for t in searcher.reader().field_terms("text")
                                    if isinstance(t, str) and len(t) >= 3 and t.isalpha()]
            self._known = frozenset(self._vocabulary)
        return self._vocabulary, self._known

    def close(self) -> None:
        self.cancel()
        if self._searcher is not None:
            try:
                self._searcher.close()
            except Exception:
                pass

    def _reading(self) -> _Reading:
        if self._searcher is None:
            raise RuntimeError("this passage index is not open for reading")
        return _Reading(self._searcher, self.folder)


def _lengths_read_once(writer):
    """``writer``, its commit reading each document's field length once instead of once per posting.

    Whoosh's commit asks the new segment's per-document reader for the field length of the
    document of every posting it writes (BBC: 592,000 asks, each a seek and a read in the
    lengths column: a third of the commit). The reader it gets here answers from a list read
    once per field, with the very values the column holds, so the segment written is the same.
    """
    if hasattr(writer, "per_document_reader"):
        made = writer.per_document_reader
        writer.per_document_reader = lambda: _LengthsReadOnce(made())
    return writer


class _LengthsReadOnce:
    """A Whoosh per-document reader whose ``doc_field_length`` reads each field's lengths column once."""

    def __init__(self, reader) -> None:
        self._reader = reader
        self._lengths: dict[tuple[str, int], list] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0):
        lengths = self._lengths.get((fieldname, default))
        if lengths is None:
            read = self._reader.doc_field_length
            lengths = self._lengths[(fieldname, default)] = [
                read(d, fieldname, default) for d in range(self._reader.doc_count_all())]
        if 0 <= docnum < len(lengths):
            return lengths[docnum]
        return self._reader.doc_field_length(docnum, fieldname, default)

    def __getattr__(self, name: str):
        return getattr(self._reader, name)


def _lengths_in_memory(searcher):
    """``searcher``, BM25 reading each passage's length from memory instead of from the lengths column.

    BM25 asks the length of every passage it scores (BBC: 216,000 asks over 240 questions, each a
    seek and a one-byte read through five Whoosh layers: a sixth of a question's search). Each
    segment's column is one byte per document, read here in one read when the index opens (BBC:
    17 KB) and decoded as Whoosh decodes it (``byte_to_length``), so every score is the same. A segment whose column is not the one-byte
    numeric column Whoosh 2.7 writes keeps Whoosh's own reads.
    """
    for sub, _offset in searcher.leaf_searchers():
        fast = _memory_lengths(sub.ixreader, "text", sub.doc_field_length)
        if fast is not None:
            sub.doc_field_length = fast
    return searcher


def _memory_lengths(reader, fieldname: str, read):
    """A ``doc_field_length`` answering ``fieldname`` from one read of a segment's lengths column, or
    None when the segment does not keep them as expected (``read``, Whoosh's own, answers the rest)."""
    try:
        perdoc = reader._perdoc
        column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if not isinstance(column, NumericColumn.Reader) or column._typecode != "B" or column._default != 0:
            return None
        data = column._dbfile.get(column._basepos, column._count)
        if len(data) != column._count:
            return None
        # Whoosh 2.7 gives None for a zero byte (a passage with no terms, which no term matches)
        decoded = [None] + [byte_to_length(b) for b in range(1, 256)]
    except Exception:  # Whoosh's internals differ: keep its own reads
        return None
    count = len(data)

    def doc_field_length(docnum: int, field: str, default: int = 0) -> int | None:
        if field == fieldname and 0 <= docnum < count:
            return decoded[data[docnum]]
        return read(docnum, field, default)

    return doc_field_length


# Postings kept scored, at most this many in all (16 bytes each: 8 MB at most).
_SCORED_POSTINGS_KEPT = 500_000


class _ScoredTerms:
    """Whoosh's own top-N search, without walking its matcher tree document by document.

    Whoosh scores a query of several terms by moving a tree of union matchers along their postings one
    document at a time, five or six Python calls per step of every node (BBC: 215,000 documents over
    240 questions, a third of answering). Here each term's postings are read once with the scores
    Whoosh's own matcher gives them (its BM25 scorer, its length reads), kept, and summed in the shape
    of the union tree Whoosh builds for that query (a float sum depends on its order), so each document
    has the very score Whoosh would give it. Whoosh's collector keeps the ``limit`` best by score, a tie
    to the lower document number: sorting every match by (score descending, document ascending) keeps
    the same ones in the same order (its block-quality skipping only passes documents that could not
    enter). Any matcher this does not know (Whoosh's array matcher for small segments, a boost) makes
    the search Whoosh's own.
    """

    def __init__(self) -> None:
        self._postings: OrderedDict[tuple[int, object], tuple[array, array]] = OrderedDict()
        self._kept = 0

    def search(self, searcher, query, limit: int) -> list[Record] | None:
        if limit < 1 or limit >= searcher.doc_count():  # Whoosh collects those without a top-N heap
            return None
        context = searcher.context()
        scored: list[tuple[float, int]] = []
        for sub, offset in searcher.leaf_searchers():
            sums = self._sums(query.matcher(sub, context), offset)
            if sums is None:
                return None
            scored.extend((-score, offset + doc) for doc, score in sums.items())
        best = heapq.nsmallest(limit, scored)
        return [_hit(searcher.stored_fields(doc), -negated or 0.0) for negated, doc in best]

    def _sums(self, matcher, offset: int) -> dict[int, float] | None:
        """Document -> score under ``matcher``, summed as its union tree sums (``a.score() + b.score()``)."""
        if isinstance(matcher, NullMatcherClass):
            return {}
        if type(matcher) is UnionMatcher:
            a = self._sums(matcher.a, offset)
            b = self._sums(matcher.b, offset) if a is not None else None
            if a is None or b is None:
                return None
            for doc, score in b.items():
                got = a.get(doc)
                a[doc] = score if got is None else got + score
            return a
        leaf = matcher.child if type(matcher) is FilterMatcher and matcher.boost == 1.0 else matcher
        if not isinstance(leaf, LeafMatcher) or leaf.term() is None:
            return None
        key = (offset, leaf.term())
        kept = self._postings.get(key)
        if kept is None:
            docs, scores = array("q"), array("d")  # a float is a double: the same scores, 16 bytes a posting
            while matcher.is_active():
                docs.append(matcher.id())
                scores.append(matcher.score())
                matcher.next()
            kept = self._keep(key, docs, scores)
        else:
            self._postings.move_to_end(key)
        return dict(zip(*kept, strict=True))

    def _keep(self, key, docs: array, scores: array) -> tuple[array, array]:
        self._postings[key] = (docs, scores)
        self._kept += len(docs)
        while self._kept > _SCORED_POSTINGS_KEPT and len(self._postings) > 1:
            _key, (old, _scores) = self._postings.popitem(last=False)
            self._kept -= len(old)
        return docs, scores


class _Reading:
    """A read on the searcher; whatever Whoosh raises while reading means a damaged file.

    Opening checks sizes and checksums, but a file damaged after that (or in a way
    the checks missed) only fails when a term is looked up; that must still be one
    clear line for the user, not a traceback.
    """

    def __init__(self, searcher, folder: Path) -> None:
        self._searcher, self._folder = searcher, folder

    def __enter__(self):
        return self._searcher

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is not None and isinstance(exc, Exception) and not isinstance(exc, IndexCorrupt):
            log.warning("index read failed: %r", exc)
            raise IndexCorrupt(self._folder.parent.parent, "a file could not be read") from None
        return False


def _hit(fields: dict, score: float) -> Record:
    return Record(source_id=fields["source_id"], paragraph=int(fields["paragraph"]), start=int(fields["start"]),
                      end=int(fields["end"]), text=fields.get("text") or "", score=float(score))


def _hardlink_tree(src: Path, dst: Path) -> None:
    """Whoosh never rewrites a segment file in place, so the new generation can share them."""
    dst.mkdir(parents=True)
    for entry in src.iterdir():
        if entry.name.endswith(".lock"):
            continue
        try:
            os.link(entry, dst / entry.name)
        except OSError:
            shutil.copy2(entry, dst / entry.name)
