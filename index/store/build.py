"""Build the index from a folder of sources: full or incremental, always atomic.

The build never touches the serving generation. It writes a new one in a
temporary folder — for an incremental build, starting from hard links to the
previous generation's immutable Whoosh segment files, so only changed sources
are re-indexed — and publishes it with an atomic swap (see ``index.store.layout``).
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from index import lazyre
from index.environment import FOLLOW_LINKS_DEFAULT, mentioned
from index.errors import BuildError, DossierError, IndexMissing
from index.extract.acronyms import learn_acronyms
from index.extract.entities import DocEntities, doc_entities, find_descriptions
from index.extract.passages import iter_passages, make_passages
from index.extract.quotes import extract_quotations
from index.extract.registry import SpeakerRegistry, attribute
from index.extract.windows import is_long
from index.ingest.clean import load_document
from index.ingest.loading import UnreadableSource, source_check, source_paths
from index.ingest.metadata import load_sources_toml
from index.ingest.paragraphs import split_paragraphs
from index.models import BuildReport, Document, Passage, Quotation, SkippedSource, SourceMeta
from index.store import generation, helpers, layout
from index.store.layout import ACRONYMS, PATTERN_CACHE, QUOTE_SPEAKERS, RECORDS, SPEAKERS
from index.store.manifest import Check, Manifest, SourceEntry, SourceState
from index.store.passage_index import PassageIndex
from index.store.records import RecordReader, RecordWriter

if TYPE_CHECKING:  # worker processes are only started by builds of many files: their modules load then
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext

log = logging.getLogger(__name__)

PARALLEL_THRESHOLD = 64  # below this, process start-up costs more than it saves

Progress = Callable[[int, int], None]
P = TypeVar("P", Path, str)  # a source's path, as a Path or as its text


@dataclass
class Description:
    name: str
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class DocBundle:
    """Everything derived from one source file, computed independently of the others."""

    doc: Document
    passages: list[Passage] | None = field(default_factory=list)  # None: made as they are indexed (a long file)
    quotations: list[Quotation] = field(default_factory=list)
    descriptions: list[Description] = field(default_factory=list)
    entities: DocEntities | None = None  # computed by the worker, handed to the registry
    passage_count: int = 0  # passages are dropped once indexed; the manifest still counts them
    contribution: tuple = ()  # what this source feeds the speaker registry (see _contribution)


# ---------------------------------------------------------------- per-source work


def relative_source_ids(paths: Iterable[P], root: Path) -> dict[P, str]:
    """Each source's id in a collection: its path below the sources folder, without the extension,
    or with it where two files would otherwise share an id (``report.txt`` and ``report.md``).

    Unique (two sources with one id once served one file's text with the other's
    offsets) and stable: the same folder gives the same ids on every build.
    (Not :func:`index.ingest.loading.source_id_for`, which slugs a lone file's name.)
    """
    rel: dict[P, str] = {}
    prefix = str(root) + "/"
    for path in paths:
        text = path if isinstance(path, str) else str(path)
        if text.startswith(prefix) and prefix != "//":  # lexically below the root: what relative_to gives
            rel[path] = text[len(prefix):]
            continue
        as_path = Path(path)
        try:
            rel[path] = as_path.relative_to(root).as_posix()
        except ValueError:
            rel[path] = as_path.name
    ids = {path: _without_suffix(r) for path, r in rel.items()}
    while True:
        counts: dict[str, int] = {}
        for sid in ids.values():
            counts[sid] = counts.get(sid, 0) + 1
        clashing = [path for path, sid in ids.items() if counts[sid] > 1 and sid != rel[path]]
        if not clashing:
            return ids
        for path in clashing:
            ids[path] = rel[path]  # relative paths are unique, so this ends


def _without_suffix(rel: str) -> str:
    """``Path(rel).with_suffix("").as_posix()`` for a relative POSIX path, without building a Path."""
    head, sep, name = rel.rpartition("/")
    i = name.rfind(".")
    return head + sep + (name[:i] if 0 < i < len(name) - 1 else name)


def file_hash(path: Path | str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def analyse_document(doc: Document) -> DocBundle:
    """Passages, quotations and descriptions of one cleaned document.

    A very long document's passages are left to be made one at a time as they are indexed
    (``passages=None``): all at once, they were 1.3 times its text in objects.
    """
    return DocBundle(doc=doc, passages=None if is_long(doc) else make_passages(doc),
                     quotations=extract_quotations(doc), entities=doc_entities(doc),
                     descriptions=find_description_records(doc))


def find_description_records(doc: Document) -> list[Description]:
    para_of = _paragraph_lookup(doc)
    return [Description(name=name, paragraph=para_of(span.start), start=span.start, end=span.end,
                        text=doc.text[span.start:span.end]) for name, span in find_descriptions(doc)]


def process_file(path: Path, source_id: str, meta: SourceMeta | None) -> DocBundle | SkippedSource:
    """Load, clean and analyse one file; a bad file becomes a ``SkippedSource``, never an exception."""
    try:
        doc = load_document(path, meta=meta, source_id=source_id)
        if not doc.paragraphs:
            return SkippedSource(path=str(path), reason="no article text left after cleaning")
        return analyse_document(doc)
    except UnreadableSource as exc:
        return SkippedSource(path=str(path), reason=str(exc))
    except DossierError as exc:
        return SkippedSource(path=str(path), reason=str(exc))
    except Exception:  # one odd file must not sink the build
        log.exception("failed to process %s", path)
        return SkippedSource(path=str(path), reason="could not be processed (an internal error; the log has details)")


def _process_job(job: tuple[str, str, SourceMeta | None]) -> DocBundle | SkippedSource:
    path, source_id, meta = job
    return process_file(Path(path), source_id, meta)


def _paragraph_lookup(doc: Document) -> Callable[[int], int]:
    starts = [p.start for p in doc.paragraphs]

    def lookup(offset: int) -> int:
        import bisect

        i = bisect.bisect_right(starts, offset) - 1
        return doc.paragraphs[max(i, 0)].number if doc.paragraphs else 1

    return lookup


# ---------------------------------------------------------------- previous generation


@dataclass
class Previous:
    """The serving generation an incremental build starts from."""

    gen: Path
    manifest: Manifest
    speaker_ids: dict[str, list[str | None]]  # per source, the speaker id of each quotation
    acronyms: dict[str, str] = field(default_factory=dict)
    damage: Callable[[], str | None] = lambda: None  # what checking its files found (waits for the check)

    @property
    def sources(self) -> dict[str, SourceEntry]:
        return self.manifest.sources


def _open_previous(index_dir: Path) -> Previous | None:
    try:
        gen = layout.read_current(index_dir)
        manifest = Manifest.read(gen)
        # Checked in a thread while the build lists and stats the sources (its 27 MB were a tenth of
        # a BBC one-file rebuild); the build waits for the answer before it reads the passage index,
        # records or registry (see _build_from), so a damaged file still leads to a full build.
        damage = generation.verify_later(gen, manifest)
        speaker_ids = json.loads((gen / QUOTE_SPEAKERS).read_text(encoding="utf-8"))
        acronyms = json.loads((gen / ACRONYMS).read_text(encoding="utf-8"))
        return Previous(gen=gen, manifest=manifest, speaker_ids=speaker_ids, acronyms=acronyms, damage=damage)
    except IndexMissing:
        return None
    except Exception as exc:  # a damaged previous index is simply rebuilt from scratch
        log.warning("previous index unusable (%s); doing a full build", exc)
        return None


class PreviousDamaged(Exception):
    """The previous generation failed its check: the incremental build is dropped for a full one."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"previous index damaged ({problem})")


def _check_previous(previous: Previous | None) -> None:
    if previous is not None:
        problem = previous.damage()
        if problem:
            raise PreviousDamaged(problem)


def _stored_bundles(records: RecordReader, wanted: set[str]) -> dict[str, tuple[Document, list[Quotation], DocEntities | None]]:
    """The unchanged sources, read in one pass over the stored source records."""
    return {row["source_id"]: _stored_bundle(dict(row)) for row in records.sources() if row["source_id"] in wanted}


def _stored_bundle(fields: dict) -> tuple[Document, list[Quotation], DocEntities | None]:
    """An unchanged source as the previous build left it: text, raw quotations and who it names."""
    meta = SourceMeta.model_validate_json(fields["meta"])
    body = fields["body"]
    extra = json.loads(fields.get("extra") or "{}")
    # Written by this program a build ago: no need to validate it again, and the
    # paragraphs are only split if the source has to be rewritten (see _build_into).
    doc = Document.model_construct(meta=meta, text=body, paragraphs=(), content_hash=extra.get("hash", ""))
    quotes = [Quotation.model_construct(**q) for q in extra.get("quotations", [])]
    ents = None
    if "names" in extra:
        ents = DocEntities(full_names=list(extra["names"]), titles=[(t, n) for t, n in extra.get("titles", [])])
    return doc, quotes, ents


# ---------------------------------------------------------------- writing records


def _doc_record(bundle: DocBundle) -> dict:
    """The source itself, with what an incremental build needs to reuse it without re-analysis:
    its quotations before collection-wide attribution and the people it names."""
    doc = bundle.doc
    ents = bundle.entities or doc_entities(doc)
    extra = {"hash": doc.content_hash, "quotations": [q.model_dump() for q in bundle.quotations],
             "names": ents.full_names, "titles": [list(t) for t in ents.titles]}
    return dict(source_id=doc.id, body=doc.text, meta=doc.meta.model_dump_json(), extra=json.dumps(extra))


def _quote_records(source_id: str, quotes: list[Quotation]) -> Iterable[dict]:
    for q in quotes:
        yield dict(source_id=source_id, paragraph=q.paragraph,
                   start=q.start, end=q.end, text=q.text, context_start=q.sentence_start, context_end=q.sentence_end,
                   speaker=q.speaker, speaker_id=q.speaker_id or "", speaker_description=q.speaker_description,
                   rule=q.rule, confidence=q.confidence)


def _desc_records(bundle: DocBundle, registry: SpeakerRegistry) -> Iterable[dict]:
    for d in bundle.descriptions:
        person = registry.resolve(d.name, bundle.doc.id)
        yield dict(source_id=bundle.doc.id, paragraph=d.paragraph,
                   start=d.start, end=d.end, text=d.name, context=d.text,
                   speaker=person.name if person else d.name, speaker_id=person.id if person else "")


# ---------------------------------------------------------------- the build


def build_index(
    seeds_dir: Path,
    index_dir: Path,
    *,
    full: bool = False,
    verify: bool = False,
    follow_links: bool | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> BuildReport:
    """Build (incrementally when possible) and atomically publish a new generation.

    ``verify`` hashes every source even where size and modification time are as
    before; ``follow_links`` indexes files that links point to outside the sources
    folder (default: the ``DOSSIER_FOLLOW_LINKS`` setting). Raises ``BuildError`` with
    a message for a person when nothing could be built; the previous generation
    keeps serving in every failure case.
    """
    started = time.perf_counter()
    seeds_dir = Path(seeds_dir)
    index_dir = Path(index_dir)
    if not seeds_dir.is_dir():
        raise BuildError(f"The sources folder {seeds_dir} does not exist.")
    if follow_links is None:
        follow_links = _follow_links_setting()
    options = dict(verify=verify, follow_links=follow_links, progress=progress, workers=workers)
    try:
        with layout.build_lock(index_dir):
            helpers.reap(index_dir)
            layout.prune(index_dir)
            if not lazyre.complete():
                lazyre.load_cache(index_dir / PATTERN_CACHE)
            temp = layout.make_temp_dir(index_dir)
            try:
                try:
                    report = _build_into(temp, seeds_dir, index_dir, full=full, **options)
                except (BuildError, KeyboardInterrupt):
                    raise
                except Exception as exc:
                    if full or _write_failure(exc):
                        raise
                    # Whatever in the previous generation tripped the incremental path, a
                    # full build from the sources does not depend on it.
                    if isinstance(exc, PreviousDamaged):
                        log.warning("%s; doing a full build", exc)
                    else:
                        log.warning("incremental build failed (%s: %s); doing a full build",
                                    exc.__class__.__name__, exc)
                    shutil.rmtree(temp, ignore_errors=True)
                    temp = layout.make_temp_dir(index_dir)
                    report = _build_into(temp, seeds_dir, index_dir, full=True, **options)
                try:
                    replaced: str | None = layout.read_current(index_dir).name
                except IndexMissing:
                    replaced = None
                gen = layout.publish(index_dir, temp)
            except BaseException:
                shutil.rmtree(temp, ignore_errors=True)
                raise
            finally:
                helpers.forget(index_dir)  # every worker has been shut down by now
            layout.prune(index_dir, spare=replaced)
            if lazyre.unsaved():
                lazyre.save_cache(index_dir / PATTERN_CACHE)
    except Exception as exc:
        why = _write_failure(exc)
        if why is None:
            raise
        raise BuildError(f"Cannot write the new index in {index_dir}: {why}. Free some space and build again; "
                         "the previous index keeps serving.") from None
    return report.model_copy(update={"generation": gen.name, "seconds": round(time.perf_counter() - started, 3)})


def _follow_links_setting() -> bool:
    """DOSSIER_FOLLOW_LINKS, read with pydantic-settings only when something may set it."""
    if not mentioned("dossier_follow_links"):
        return FOLLOW_LINKS_DEFAULT
    from index.settings import IndexSettings

    return IndexSettings().dossier_follow_links


_CANNOT_WRITE = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is exceeded",
                 errno.EFBIG: "a file grew past the size allowed", errno.EROFS: "the file system is read-only"}


def _write_failure(exc: BaseException) -> str | None:
    """What stopped the build writing its generation (a full disk…), in words; None for any other failure."""
    if isinstance(exc, OSError) and exc.errno in _CANNOT_WRITE:
        return _CANNOT_WRITE[exc.errno]
    if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
        return "the disk is full"
    return None


class PhaseTimer:
    """Per-phase wall times on stderr when DOSSIER_BUILD_TIMINGS is set (for profiling builds)."""

    def __init__(self) -> None:
        self.enabled = bool(os.environ.get("DOSSIER_BUILD_TIMINGS"))
        self._last = time.perf_counter()

    def phase(self, name: str) -> None:
        if self.enabled:
            now = time.perf_counter()
            print(f"  {name}: {now - self._last:.2f} s", file=sys.stderr)
            self._last = now


@dataclass
class Plan:
    """What a build has to do, decided by comparing the sources folder with the previous manifest."""

    jobs: list[tuple[str, str, SourceMeta | None]] = field(default_factory=list)  # (path, source id, metadata)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    seen: dict[str, SourceState] = field(default_factory=dict)  # every readable source, by id
    skipped: list[SkippedSource] = field(default_factory=list)
    racy: dict[str, str] = field(default_factory=dict)  # id -> path of each source hashed too soon after its mtime


@dataclass
class BuildState:
    """One build on its way to a generation: where it writes, and what it has produced so far."""

    temp: Path
    index_dir: Path
    seeds_dir: Path
    previous: Previous | None
    plan: Plan
    passages: PassageIndex
    records: RecordWriter
    timer: PhaseTimer
    fresh: list[DocBundle] = field(default_factory=list)  # sources analysed by this build
    sources: dict[str, SourceEntry] = field(default_factory=dict)  # the new manifest's entries
    speaker_ids: dict[str, list[str | None]] = field(default_factory=dict)
    kept_ids: list[str] = field(default_factory=list)  # unchanged sources carried over
    quote_total: int = 0
    registry: SpeakerRegistry | None = None  # set once the collection's speakers are resolved
    registry_kept: bool = False  # the previous generation's registry stands as it was

    @property
    def prev_sources(self) -> dict[str, SourceEntry]:
        return self.previous.sources if self.previous else {}


RACY_SECONDS = 3  # a file modified this close to when it was hashed may have changed since, unseen


def _racy(checked: int, mtime_ns: int) -> bool:
    """True when a file hashed at ``checked`` (ns) was modified too shortly before for its size and
    mtime to vouch for the hash later: a second edit within the file system's timestamp granularity
    (or a clock's skew) could leave both as they were."""
    return checked - mtime_ns <= RACY_SECONDS * 10**9


def settle_racy(sources: dict[str, SourceEntry], racy: dict[str, str], now_ns: int | None = None) -> None:
    """Hash again, at the end of the build, each source that was hashed too soon after it was modified
    (``racy``: id -> path) and whose modification is now far enough in the past; where the content is still
    what was indexed, its entry records the new time, so the next build trusts its size and mtime.

    Copying a folder and building it at once leaves every file racy, and the next one-file rebuild
    then read all of them again (BBC: 2,225 files, a third of its time). Here a long build (a full one)
    pays that once, at its end. Sound because the hash is taken after the window: any later edit
    gets a modification time past the old one, so a size and mtime still equal mean the same file.
    A file that changed meanwhile keeps its old time, and the next build hashes it as before.
    """
    if not racy:
        return
    now = time.time_ns() if now_ns is None else now_ns
    for sid, path in racy.items():
        entry = sources.get(sid)
        if entry is None or entry.stamp is None or _racy(now, entry.stamp[1]):
            continue
        try:
            st = os.stat(path)
            if (st.st_size, st.st_mtime_ns) != entry.stamp:
                continue
            checked = time.time_ns() if now_ns is None else now_ns
            if file_hash(path) == entry.hash:
                sources[sid] = entry.model_copy(update={"checked": checked})
        except OSError:  # gone or unreadable since: the next build sees to it
            continue


def _plan(files: list[str], seeds_dir: Path, toml_meta: dict[str, SourceMeta],
          prev_sources: dict[str, SourceEntry], *, verify: bool = False, follow_links: bool = False) -> Plan:
    """Decide what changed, by content hash of the raw file and the metadata override.
    ``files`` are the paths' texts (see :func:`index.ingest.loading.source_paths`)."""
    plan = Plan()
    ids = relative_source_ids(files, seeds_dir)
    try:
        real_root: Path | None = seeds_dir.resolve(strict=True)  # once per build, not once per file
    except (OSError, RuntimeError):
        real_root = None  # ``source_check`` then says why, file by file
    for path in files:
        sid = ids[path]
        refused, checked_stat = source_check(path, seeds_dir, follow_links=follow_links, real_root=real_root)
        if refused:
            plan.skipped.append(SkippedSource(path=path, reason=refused))
            continue
        old = prev_sources.get(sid)
        override = (toml_meta.get(sid) or toml_meta.get(os.path.splitext(os.path.basename(path))[0])) if toml_meta else None
        override_json = override.model_dump_json() if override else ""
        try:
            st = checked_stat or os.stat(path)
            stamp = (st.st_size, st.st_mtime_ns)
            if not verify and old and old.stamp == stamp and not _racy(old.checked, st.st_mtime_ns):
                # Same size and nanosecond modification time as last build, and not modified just
                # before it was hashed: the stored hash stands (reading every file again was a third
                # of a one-file rebuild). An edit that keeps both is only seen by ``--verify``.
                if old.override == override_json:
                    plan.seen[sid] = old  # its state as it was: no new object, and the entry carries over as is
                    plan.unchanged.append(sid)
                    continue
                digest, checked = old.hash, old.checked
            else:
                digest, checked = file_hash(path), time.time_ns()
        except OSError as exc:
            plan.skipped.append(SkippedSource(path=path, reason=f"cannot be read ({exc.strerror or exc})"))
            continue
        plan.seen[sid] = SourceState(hash=digest, override=override_json, stamp=stamp, checked=checked)
        if _racy(checked, st.st_mtime_ns):
            plan.racy[sid] = path
        if old and old.hash == digest and old.override == override_json:
            plan.unchanged.append(sid)
        else:
            plan.jobs.append((path, sid, override))
    plan.removed = [sid for sid in prev_sources if sid not in plan.seen]
    return plan


def _build_into(temp: Path, seeds_dir: Path, index_dir: Path, *, full: bool, verify: bool, follow_links: bool,
                progress: Progress | None, workers: int | None) -> BuildReport:
    try:
        toml_meta = load_sources_toml(seeds_dir)
    except DossierError as exc:
        raise BuildError(str(exc)) from None
    files = source_paths(seeds_dir)
    timer = PhaseTimer()
    previous = None if full else _open_previous(index_dir)
    serving = _serving(index_dir) if previous is None else (previous.gen.name, previous.manifest)
    # _build_from waits for the previous generation's check before it reads anything else of it,
    # so nothing a damaged generation fed is ever published.
    try:
        return _build_from(temp, seeds_dir, index_dir, previous, serving, files, toml_meta, timer,
                           verify=verify, follow_links=follow_links, progress=progress, workers=workers)
    except Exception:
        _check_previous(previous)  # a damaged previous generation explains the failure: build in full
        raise


def _build_from(temp: Path, seeds_dir: Path, index_dir: Path, previous: Previous | None,
                serving: tuple[str, Manifest] | None, files: list[str], toml_meta: dict[str, SourceMeta],
                timer: PhaseTimer, *, verify: bool, follow_links: bool, progress: Progress | None,
                workers: int | None) -> BuildReport:
    plan = _plan(files, seeds_dir, toml_meta, previous.sources if previous else {}, verify=verify,
                 follow_links=follow_links)
    timer.phase("hash files")
    # The previous generation's check ran beside the planning; its passage index, records and
    # registry are read only once it has passed.
    _check_previous(previous)

    passages = generation.new_passage_index(temp, previous.gen if previous else None)
    records = RecordWriter(temp / RECORDS, copy_from=previous.gen / RECORDS if previous else None)
    state = BuildState(temp=temp, index_dir=index_dir, seeds_dir=seeds_dir, previous=previous, plan=plan,
                       passages=passages, records=records, timer=timer)
    try:
        _index_sources(state, progress, workers)
        acronym_job = _resolve_speakers(state)
        records.commit()
        # The records file is finished: checksum it while the passage index commits.
        records_check = generation.file_check_later(temp / RECORDS)
        passages.commit()
        timer.phase("commit")
        acronyms = acronym_job()
        timer.phase("acronyms (waited)")
    except BaseException:
        passages.cancel()
        records.cancel()
        raise
    return _finish(state, acronyms, serving, records_check)


def _serving(index_dir: Path) -> tuple[str, Manifest] | None:
    """The generation serving now and its manifest, to say what a full build changed; None without one."""
    try:
        gen = layout.read_current(index_dir)
        return gen.name, Manifest.read(gen)
    except DossierError:  # no index yet, or a damaged one: nothing to compare with
        return None


def _index_sources(state: BuildState, progress: Progress | None, workers: int | None) -> None:
    """Drop what changed or went, then analyse every new or changed source and index its passages."""
    plan = state.plan
    if state.previous is not None:
        gone = plan.removed + [sid for _, sid, _ in plan.jobs]
        for sid in gone:
            state.passages.delete_source(sid)
        state.records.delete_sources(gone)

    def take(result: DocBundle | SkippedSource) -> None:
        if isinstance(result, SkippedSource):
            plan.skipped.append(result)
            return
        state.fresh.append(result)
        # The source and its passages don't depend on who speaks: index them
        # now, while the workers go on cleaning the next files.
        state.records.add_source(**_doc_record(result))
        if result.passages is None:
            count = 0
            for passage in iter_passages(result.doc):
                state.passages.add((passage,))
                count += 1
        else:
            state.passages.add(result.passages)
            count = len(result.passages)
        result.passage_count, result.passages = count, []
        # Keep only what the registry reads, as a stored source's table is kept.
        ents = result.entities or doc_entities(result.doc)
        result.entities = DocEntities(full_names=list(ents.full_names), titles=list(ents.titles))
        result.contribution = _contribution(ents.full_names, ents.titles, result.quotations)

    _run_jobs(plan.jobs, progress, workers, take, state.index_dir / PATTERN_CACHE, state.index_dir / helpers.HELPERS)
    state.timer.phase("clean + extract + index passages")
    for s in plan.skipped:
        log.warning("skipped %s: %s", s.path, s.reason)


def _resolve_speakers(state: BuildState) -> Callable[[], dict[str, str]]:
    """The speaker registry over the collection, and every quotation's speaker; returns the acronym job."""
    previous, plan = state.previous, state.plan
    if previous is not None and _registry_unaffected(previous, state.fresh, plan.removed):
        # Edits that change no name, title or speaker (the common case): the previous
        # registry stands, and so does every unchanged source's attribution.
        state.registry = SpeakerRegistry.from_json((previous.gen / SPEAKERS).read_text(encoding="utf-8"))
        state.registry_kept = True
        acronym_job = _acronyms_added_to(previous, state.fresh)
        state.kept_ids = plan.unchanged
        for sid in plan.unchanged:
            entry = previous.sources[sid]
            state.sources[sid] = _carried(entry, plan.seen[sid])
            state.speaker_ids[sid] = previous.speaker_ids.get(sid, [])
            state.quote_total += entry.quotations
        kept: dict[str, tuple[Document, list[Quotation]]] = {}
    else:
        state.registry, acronym_job, kept = _collection_wide(previous, state.fresh, plan.unchanged, plan.skipped,
                                                             state.seeds_dir, state.index_dir / helpers.HELPERS)
        state.kept_ids = list(kept)
    state.timer.phase("speaker registry")
    _write_speech(state, kept)
    state.quote_total += sum(len(b.quotations) for b in state.fresh)
    state.quote_total += sum(len(quotes) for _doc, quotes in kept.values())
    state.timer.phase("index records")
    return acronym_job


def _carried(entry: SourceEntry, seen: SourceState) -> SourceEntry:
    """An unchanged source's previous entry, with when it was last hashed brought up to date
    (most often nothing to update: the entry itself, not a copy of 2,225 of them)."""
    if entry.stamp == seen.stamp and entry.checked == seen.checked:
        return entry
    return entry.model_copy(update={"stamp": seen.stamp, "checked": seen.checked})


def _contribution(names: Iterable[str], titles: Iterable[Iterable[str]], quotes: Iterable[Quotation]) -> tuple:
    """Everything a source contributes to the speaker registry, comparable across builds."""
    return (tuple(sorted(names)), tuple(sorted(tuple(map(str, t)) for t in titles)),
            tuple(sorted(q.speaker or "" for q in quotes)))


def _registry_unaffected(previous: Previous, fresh: list[DocBundle], removed: list[str]) -> bool:
    """True when the only changes are to sources whose names, titles and speakers are as before."""
    if removed or not fresh or len(fresh) > 50 or any(b.doc.id not in previous.sources for b in fresh):
        return False
    reader = RecordReader(previous.gen / RECORDS)
    try:
        for b in fresh:
            row = reader.source(b.doc.id)
            if row is None:
                return False
            _doc, quotes, ents = _stored_bundle(dict(row))
            if ents is None or _contribution(ents.full_names, ents.titles, quotes) != b.contribution:
                return False
    finally:
        reader.close()
    return True


def _collection_wide(previous: Previous | None, fresh: list[DocBundle], unchanged: list[str],
                     skipped: list[SkippedSource], seeds_dir: Path, helpers_file: Path):
    """Speaker registry and acronyms over the whole collection: fresh sources plus stored unchanged ones."""
    kept: dict[str, tuple[Document, list[Quotation]]] = {}
    stored_entities: dict[str, DocEntities] = {}
    if previous and unchanged:
        reader = RecordReader(previous.gen / RECORDS)
        try:
            stored_all = _stored_bundles(reader, set(unchanged))
        finally:
            reader.close()
        if stored_all:
            for sid, stored in stored_all.items():
                kept[sid] = (stored[0], stored[1])
                if stored[2] is not None:
                    stored_entities[sid] = stored[2]
    all_docs: list[tuple[Document, list[Quotation]]] = [(b.doc, b.quotations) for b in fresh]
    all_docs += list(kept.values())
    if not all_docs:
        detail = f" ({len(skipped)} unreadable file(s) skipped)" if skipped else ""
        kept_note = "the previous index was kept" if previous else "no index was built"
        raise BuildError(f"No usable source documents (.txt, .md, .html) in {seeds_dir}{detail}; {kept_note}.")

    if previous and len(fresh) <= max(20, len(all_docs) // 20):
        acronym_job = _acronyms_added_to(previous, fresh)
    else:
        # Acronyms need only the texts: learn them in another process while this one
        # resolves speakers and writes the quotations.
        acronym_job = _start_acronyms([doc.text for doc, _ in all_docs], helpers_file)
    entities = {b.doc.id: b.entities for b in fresh if b.entities is not None} | stored_entities
    registry = SpeakerRegistry.build(all_docs, entities=entities)
    return registry, acronym_job, kept


def _acronyms_added_to(previous: Previous, fresh: list[DocBundle]) -> Callable[[], dict[str, str]]:
    """A few changed sources: keep what the collection taught before, add what they teach.

    Acronyms learned only from a source that was since removed linger until the next full build.
    """
    learned = dict(sorted({**previous.acronyms, **learn_acronyms(b.doc.text for b in fresh)}.items()))
    return lambda: learned


def _write_speech(state: BuildState, kept: dict[str, tuple[Document, list[Quotation]]]) -> None:
    """Quotations and descriptions with their canonical speakers; unchanged sources only if those moved."""
    registry, records, seen = state.registry, state.records, state.plan.seen
    for bundle in state.fresh:
        bundle.quotations = attribute(registry, bundle.quotations)
        records.add_quotes(_quote_records(bundle.doc.id, bundle.quotations))
        records.add_descs(_desc_records(bundle, registry))
        state.sources[bundle.doc.id] = SourceEntry(
            **seen[bundle.doc.id].model_dump(), meta=bundle.doc.meta, passages=bundle.passage_count,
            quotations=len(bundle.quotations), paragraphs=len(bundle.doc.paragraphs))
        state.speaker_ids[bundle.doc.id] = [q.speaker_id for q in bundle.quotations]
    # Unchanged sources keep their records unless the collection-wide speaker
    # resolution now attributes their quotations differently.
    for sid, (doc, quotes) in kept.items():
        new_quotes = attribute(registry, quotes)
        speaker_ids = [q.speaker_id for q in new_quotes]
        if speaker_ids != state.previous.speaker_ids.get(sid):
            # Its text and passages stand; only who speaks changed.
            records.delete_speech(sid)
            doc = doc.model_copy(update={"paragraphs": split_paragraphs(doc.text)})
            raw = DocBundle(doc=doc, quotations=quotes, descriptions=find_description_records(doc))
            records.add_quotes(_quote_records(sid, new_quotes))
            records.add_descs(_desc_records(raw, registry))
        state.sources[sid] = _carried(state.previous.sources[sid], seen[sid])
        state.speaker_ids[sid] = speaker_ids


def _finish(state: BuildState, acronyms: dict[str, str], serving: tuple[str, Manifest] | None,
            records_check: Callable[[], Check]) -> BuildReport:
    """Write the generation's registry, acronyms and, last, the manifest that checksums them (and says what
    changed since the ``serving`` generation); say what the build did. ``records_check`` waits for the
    records file's size and CRC-32, taken while the passage index committed."""
    temp = state.temp
    settle_racy(state.sources, state.plan.racy)
    # Which speaker each quotation went to only matters to the next build: keep it
    # out of the manifest, which every serving process reads.
    (temp / QUOTE_SPEAKERS).write_text(json.dumps(state.speaker_ids), encoding="utf-8")
    kept = state.previous.manifest.checks.get(SPEAKERS) if state.previous and state.registry_kept else None
    if kept is not None:
        # The registry is the previous one, unchanged: its file (checked with the previous
        # generation before anything is published) is shared, not serialised and checksummed
        # again (BBC: 0.1 s).
        generation.carry_file(state.previous.gen, temp, SPEAKERS)
    else:
        (temp / SPEAKERS).write_text(state.registry.to_json(), encoding="utf-8")
    (temp / ACRONYMS).write_text(json.dumps(acronyms), encoding="utf-8")
    written = generation.file_checks(temp, ([] if kept else [SPEAKERS]) + [ACRONYMS, QUOTE_SPEAKERS])
    checks = {RECORDS: records_check(), SPEAKERS: kept or written[SPEAKERS],
              ACRONYMS: written[ACRONYMS], QUOTE_SPEAKERS: written[QUOTE_SPEAKERS]}
    manifest = Manifest(
        built=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        seeds=str(state.seeds_dir.resolve()),
        sources=state.sources,
        skipped=state.plan.skipped,
        files=state.passages.file_checks(state.previous.manifest.files if state.previous else None),
        checks=checks,
        previous=serving[0] if serving else None,
    )
    manifest.changes = manifest.changes_from(serving[1] if serving else None)
    manifest.write(temp)
    prev, fresh = state.prev_sources, state.fresh
    return BuildReport(
        index_path=str(state.index_dir), generation="", sources=len(state.sources),
        passages=sum(e.passages for e in state.sources.values()), quotations=state.quote_total,
        speakers=state.registry.count(), added=sum(1 for b in fresh if b.doc.id not in prev),
        changed=sum(1 for b in fresh if b.doc.id in prev), removed=len(state.plan.removed),
        unchanged=len(state.kept_ids), incremental=state.previous is not None, skipped=tuple(state.plan.skipped),
    )


def _die_with_build(alive: Connection, helpers_file: str | None = None,
                    pattern_cache: Path | None = None) -> None:
    """Worker start-up: exit as soon as the build that started this worker is gone.

    (It also takes the extractor's compiled patterns from ``pattern_cache``, when given.)

    The build holds the only writing end of ``alive``, and nothing is ever sent on
    it; the kernel closes it when the build ends, however it ends (``kill -9``
    included), and the wait here returns. Without this, a killed build's workers
    waited for work forever, and with them the fork server and the resource
    tracker (31 processes, 1.17 GB after 8 kills). A worker that cannot run to
    notice (stopped, or held in one long step) is stopped by the next build, from
    the list in ``helpers_file`` (see :mod:`index.store.helpers`).
    """
    helpers.record_self(helpers_file)

    def watch() -> None:
        try:
            alive.poll(None)
        except (OSError, EOFError):
            pass
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="die-with-build").start()
    if pattern_cache is not None:
        lazyre.load_cache(pattern_cache)


def _worker_context() -> BaseContext:
    """Workers started from a fork server, not forked from this process.

    A forked worker would inherit the build lock's file descriptor; if the build
    is killed, orphaned workers would keep the lock held for a while and the next
    ``dossier build`` would be refused.
    """
    import multiprocessing  # only a build of many files starts workers

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["index.store.build"])
        return ctx
    return multiprocessing.get_context("spawn")


def _start_fork_server(ctx: BaseContext) -> None:
    """Start the fork server that workers come from now, not when the first worker is asked for."""
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _start_acronyms(texts: list[str], helpers_file: Path) -> Callable[[], dict[str, str]]:
    """Learn acronyms in a separate process when the collection is big enough to matter."""
    if len(texts) < PARALLEL_THRESHOLD or (os.cpu_count() or 1) < 2:
        result = learn_acronyms(texts)
        return lambda: result
    ctx = _worker_context()
    alive, keep_alive = ctx.Pipe(duplex=False)
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_die_with_build,
                               initargs=(alive, str(helpers_file)))
    future = pool.submit(learn_acronyms, texts)

    def wait() -> dict[str, str]:
        try:
            return future.result()
        finally:
            pool.shutdown(cancel_futures=True)
            keep_alive.close()
            alive.close()

    return wait


def _run_jobs(jobs: list[tuple[str, str, SourceMeta | None]], progress: Progress | None,
              workers: int | None, take: Callable[[DocBundle | SkippedSource], None],
              pattern_cache: Path | None = None, helpers_file: Path | None = None) -> None:
    """Process every file (in worker processes when there are many) and hand each result to ``take``, in order.

    Before starting workers, the extractor's patterns are compiled once here and written to
    ``pattern_cache`` (if it does not hold them all yet): each worker then loads them instead of
    compiling them itself, and so does the next build's one process. Each worker lists itself in
    ``helpers_file`` (see :mod:`index.store.helpers`).
    """
    total = len(jobs)
    n_workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    if total < PARALLEL_THRESHOLD or n_workers <= 1:
        for i, job in enumerate(jobs, 1):
            take(_process_job(job))
            if progress:
                progress(i, total)
        return
    ctx = _worker_context()
    if pattern_cache is not None and not lazyre.complete():
        # The fork server imports the build's modules (0.4 s) while this process compiles the patterns
        # (0.4 s): started first, its workers are ready as soon as the cache file is.
        _start_fork_server(ctx)
        lazyre.save_cache(pattern_cache, everything=True)
    from concurrent.futures import ProcessPoolExecutor

    alive, keep_alive = ctx.Pipe(duplex=False)
    try:
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx, initializer=_die_with_build,
                                 initargs=(alive, str(helpers_file) if helpers_file else None,
                                           pattern_cache)) as pool:
            for i, result in enumerate(pool.map(_process_job, jobs, chunksize=16), 1):
                take(result)
                if progress:
                    progress(i, total)
    finally:
        keep_alive.close()  # the pool has shut down (or is being torn down): nothing needs it now
        alive.close()
