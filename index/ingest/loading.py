"""Turn a file on disk into trustworthy text, or say clearly why it cannot be read.

Users drop whatever they have into the seeds folder: UTF-8 from one tool,
Windows-1252 from another, saved web pages, the odd PDF by mistake. Everything
later (cleaning, offsets, verbatim snippets) assumes one well-formed string, so
this module is the single place that decodes, normalises line endings, strips
control bytes and flattens HTML. A file that is not text becomes an
:class:`UnreadableSource` whose message a person can act on, never a traceback.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

from index.errors import DossierError
from index.lazyre import lazy

SUPPORTED_SUFFIXES = {".txt", ".md", ".html", ".htm"}
HTML_SUFFIXES = {".html", ".htm"}
SOURCES_TOML = "sources.toml"
MAX_SOURCE_BYTES = 20_000_000  # one source; larger files are skipped with a message

# Control characters other than \t and \n (\r is normalised before this runs),
# C1 controls (what stray bytes become after a Latin-1 decode), and stray BOMs /
# zero-width no-break spaces inside the text.
_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe]")
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_LOOKS_HTML = lazy(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)
_SLUG_JUNK = lazy(r"[^a-z0-9]+")


class UnreadableSource(DossierError):
    """A source file that cannot be used; the message names the file and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Cannot read {path}: {reason}")


def source_id_for(path: Path) -> str:
    """The default source id: the file stem as a slug, stable across machines."""
    slug = _SLUG_JUNK.sub("-", path.stem.lower()).strip("-")
    return slug or "source"


def source_paths(folder: Path) -> list[str]:
    """Every readable-looking source under ``folder``, in a stable order, each as ``str()`` of its Path.

    Hidden files and folders (editor swap files, ``.git``) and the metadata file
    ``sources.toml`` are skipped so a rebuild never indexes them by accident.
    Links to folders are not followed (as ``Path.rglob`` does not); a link to a file is listed.
    One ``scandir`` per folder, no system call per file: every build lists the whole
    folder, and ``rglob`` with a ``Path`` per entry took 0.1 s over 2,225 files.
    Strings, because a ``Path`` per file (2,225 of them, parsed by ``pathlib`` in Python) was a
    tenth of a one-file rebuild's work before a single file was looked at.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found: list[str] = []
    text = str(folder)
    # The text of ``folder / name`` without pathlib: "." adds nothing, a root already ends in "/".
    _list_into(text, "" if text == "." else text if text.endswith("/") else text + "/", found)
    # Ordered as Paths order (part by part): every path starts with the same folder, so comparing
    # the parts after it, as tuples of strings, is comparing ``Path.parts``.
    return sorted(found, key=lambda path: path.split("/"))


def _list_into(folder: str, prefix: str, found: list[str]) -> None:
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except PermissionError:  # an unreadable subfolder holds nothing we can list, as with rglob
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue  # hidden, and so is everything below it
        # Anything named like a source that is not a plain file (a folder called
        # "notes.txt", a dangling or looping link, a pipe) is kept so the build reports it
        # as skipped with its reason, instead of it vanishing silently.
        if name != SOURCES_TOML and _suffix(name).lower() in SUPPORTED_SUFFIXES:
            found.append(prefix + name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as exc:
            if exc.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
                raise
            is_dir = False
        if is_dir:
            _list_into(prefix + name, prefix + name + "/", found)


def _suffix(name: str) -> str:
    """``PurePath.suffix`` of a file name: from its last dot, unless the dot starts or ends it."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def source_check(path: Path | str, root: Path | str, *, follow_links: bool = False,
                 max_bytes: int = MAX_SOURCE_BYTES, real_root: Path | None = None) -> tuple[str | None, os.stat_result | None]:
    """Why a build must not read ``path`` from the sources folder ``root`` (or None), and the ``stat`` it took.

    Decided from the file's real location, type and size before a single byte is
    read: a link that leaves the sources folder could publish ``/etc/passwd`` or a
    ``.env`` holding the bot's token (followed only when the operator says so,
    with ``DOSSIER_FOLLOW_LINKS=1``); a hidden file is never a source; and a device,
    a pipe or a huge sparse file would hang the build or be hashed for minutes.
    ``real_root`` is ``root`` already resolved, so a build over thousands of files
    resolves its sources folder once, not once per file.
    A build stats every source to see whether it changed; for a plain file the check's own
    ``lstat`` is that ``stat`` (2,225 system calls fewer in a BBC rebuild).
    """
    # A plain file is decided on the path's text: no Path is made for it (2,225 in a BBC rebuild).
    if real_root is not None:
        quick, st = _plain_file_refusal(path if isinstance(path, str) else str(path), str(root), max_bytes)
        if quick is not _UNDECIDED:
            return quick, st
    path = path if isinstance(path, Path) else Path(path)
    root = root if isinstance(root, Path) else Path(root)
    try:
        real = path.resolve(strict=True)
        if real_root is None:
            real_root = root.resolve(strict=True)
    except FileNotFoundError:
        return "the file does not exist (a broken link?)", None
    except (OSError, RuntimeError):
        return "it is a link that cannot be followed (a loop?)", None
    inside = real.is_relative_to(real_root)
    hidden = real.relative_to(real_root).parts if inside else (real.name,)
    if any(part.startswith(".") for part in hidden):
        return (_HIDDEN if inside and _relative_parts(path, root) == hidden else _HIDDEN_LINK), None
    if not inside and not follow_links:
        return ("it is a link to a file outside the sources folder; such links are not followed "
                "unless DOSSIER_FOLLOW_LINKS=1 is set"), None
    try:
        st = real.stat()
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})", None
    return _type_or_size_refusal(st, max_bytes), st


def _relative_parts(path: Path, root: Path) -> tuple[str, ...] | None:
    """Where ``path`` appears to be inside ``root``: equal to where it really is unless a link led there."""
    try:
        return path.absolute().relative_to(root.absolute()).parts
    except ValueError:
        return None


_HIDDEN = "it is a hidden file (hidden files, such as .env, are never indexed)"
_HIDDEN_LINK = "it is a link to a hidden file (hidden files, such as .env, are never indexed)"
_UNDECIDED = "undecided"  # a sentinel: the quick check cannot tell, the full one must


def _plain_file_refusal(text: str, root: str, max_bytes: int) -> tuple[str | None, os.stat_result | None]:
    """The common case decided with one ``lstat``: a file directly in the (resolved) sources folder
    that is not a link is where it appears to be, so resolving it would only confirm that.
    Anything else is left to the full check (``_UNDECIDED``). Also the ``lstat`` taken, if any.
    ``text`` and ``root`` are the paths' ``str()``."""
    cut = text.rfind("/")
    name = text[cut + 1:]
    if cut < 0 or text[:cut] != root or name in ("", ".", ".."):
        return _UNDECIDED, None
    try:
        st = os.lstat(text)
    except OSError:
        return _UNDECIDED, None
    if stat.S_ISLNK(st.st_mode):
        return _UNDECIDED, None
    if name.startswith("."):
        return _HIDDEN, None
    return _type_or_size_refusal(st, max_bytes), st


def _type_or_size_refusal(st: os.stat_result, max_bytes: int) -> str | None:
    if stat.S_ISDIR(st.st_mode):
        return "it is a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return "it is not a regular file (a device, pipe or socket); only regular files are read"
    if st.st_size > max_bytes:
        return f"the file is {st.st_size:,} bytes, more than the {max_bytes:,}-byte limit for one source"
    return None


def read_bytes(path: Path, max_bytes: int = MAX_SOURCE_BYTES) -> bytes:
    """The raw bytes of ``path`` (they are what the content hash is taken over); only a regular file is opened."""
    path = Path(path)
    try:
        problem = _type_or_size_refusal(path.stat(), max_bytes)
        if problem:
            raise UnreadableSource(path, problem)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise UnreadableSource(path, "the file does not exist") from None
    except PermissionError:
        raise UnreadableSource(path, "permission denied (check the file's read permissions)") from None
    except IsADirectoryError:
        raise UnreadableSource(path, "it is a folder, not a file") from None
    except OSError as exc:
        raise UnreadableSource(path, f"the operating system refused: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise UnreadableSource(path, f"the file is larger than the {max_bytes:,}-byte limit for one source")
    return data


def decode_source(data: bytes, path: Path | str = "<text>") -> str:
    """Decode and normalise the bytes of a source; HTML becomes plain text.

    Split out from :func:`read_source` so the caller that also needs the raw
    bytes (for the content hash) reads the file only once.
    """
    path = Path(path)
    text = _decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n").replace("\u2028", "\n")
    text = _CONTROL.sub("", text)
    if path.suffix.lower() in HTML_SUFFIXES or _LOOKS_HTML.match(text):
        text = html_to_text(text)
    if not text.strip():
        raise UnreadableSource(path, "the file is empty (no text to index)")
    return text


def decoded_html(data: bytes, path: Path | str = "<text>") -> str | None:
    """The decoded markup of an HTML source (for its ``<head>`` metadata), ``None`` for other text."""
    path = Path(path)
    try:
        text = _decode(data, path)
    except UnreadableSource:
        return None
    if path.suffix.lower() in HTML_SUFFIXES or _LOOKS_HTML.match(text):
        return text
    return None


def read_source(path: Path, max_bytes: int = MAX_SOURCE_BYTES) -> str:
    """The text of a source file, decoded and normalised (see :func:`decode_source`)."""
    return decode_source(read_bytes(path, max_bytes), path)


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableSource(path, "it starts like UTF-16 text but does not decode as UTF-16") from None
    if not data.strip():
        raise UnreadableSource(path, "the file is empty (no text to index)")
    if _looks_binary(data):
        raise UnreadableSource(
            path, "it looks like a binary file (not text); convert it to .txt or .html first"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_binary(data: bytes) -> bool:
    """Binary if the start has NUL bytes or many control bytes.

    A handful of stray control bytes in a text file is tolerated (they are
    stripped); a PDF, image or archive has far more than that, and known
    binary signatures are refused outright.
    """
    sample = data[:8192]
    nuls = sample.count(b"\x00")
    if nuls > 2 and nuls * 100 > len(sample):
        return True
    if sample.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b")):
        return True
    controls = len(_BINARY_CONTROL.findall(sample))
    return controls > 4 and controls * 20 > len(sample)


# --------------------------------------------------------------------- HTML

_BLOCK_TAGS = {
    "address", "article", "blockquote", "body", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th",
    "title", "tr", "ul", "figure",
}  # fmt: skip
_SKIP_TAGS = {
    "script", "style", "nav", "footer", "noscript", "template", "svg", "form", "aside", "iframe",
    "button", "select", "figcaption", "head", "object", "canvas", "math",
}  # fmt: skip
_VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
_SPACES = lazy(r"[ \t\n\f\v\u00a0]+")


class _TextExtractor(HTMLParser):
    """Collects visible text, one paragraph per block element.

    ``<title>`` sits inside ``<head>`` (which is skipped), so it is captured
    separately and only used when the page has no ``<h1>``.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.saw_h1 = False

    def _flush(self) -> None:
        if self.pre_depth:
            text = "".join(self.current).strip("\n")
        else:
            lines = [_SPACES.sub(" ", line).strip() for line in "".join(self.current).split("\x00")]
            text = "\n".join(line for line in lines if line)
        if text.strip():
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "h1":
            self.saw_h1 = True
        if tag == "br":
            self.current.append("\x00")  # a line break inside a paragraph
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag == "pre":
                self.pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip_depth:
            self.current.append("\x00")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _SKIP_TAGS:
            if self.skip_depth:
                self.skip_depth -= 1
            return
        if self.skip_depth:
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag == "pre" and self.pre_depth:
                self.pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self.current.append(data)

    def text(self) -> str:
        self._flush()
        blocks = list(self.blocks)
        title = _SPACES.sub(" ", "".join(self.title)).strip()
        if title and not self.saw_h1 and (not blocks or blocks[0] != title):
            blocks.insert(0, title)
        return "\n\n".join(blocks)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page with a blank line between block elements.

    Navigation, footers, scripts, styles, forms and asides are dropped here
    because they are structurally marked in HTML; textual clutter that survives
    is left to :mod:`index.ingest.clean`.
    """
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; a pathological page must still not crash a build
        return re.sub(r"<[^>]*>", " ", html)
    return parser.text()
