"""Reading source files: every encoding users produce, and a clear error for the rest."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.errors import DossierError
from index.ingest.loading import (
    SUPPORTED_SUFFIXES,
    UnreadableSource,
    read_source,
    source_check,
    source_id_for,
    source_paths,
)

QUOTE = "“Never,” said Rasmussen – the NATO–Russia council — at 9:29 …"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_typography_is_preserved_exactly(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", f"Title\n\n{QUOTE}\n".encode())
    assert QUOTE in read_source(path)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfTitle\n\nBody text.\n")
    text = read_source(path)
    assert text.startswith("Title")
    assert "\ufeff" not in text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = write(tmp_path, "u16.txt", "Title\n\nCafé – body.\n".encode("utf-16"))
    assert "Café – body." in read_source(path)


def test_windows_and_old_mac_line_endings_become_newlines(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", b"Title\r\n\r\nFirst para.\r\n\r\nSecond\rpara.\r\n")
    text = read_source(path)
    assert "\r" not in text
    assert text == "Title\n\nFirst para.\n\nSecond\npara.\n"


def test_windows_1252_and_latin1_files_decode(tmp_path: Path) -> None:
    cp1252 = write(tmp_path, "win.txt", "Café \u201cquoted\u201d \u2013 naïve".encode("cp1252"))
    assert read_source(cp1252) == "Café \u201cquoted\u201d \u2013 naïve"
    # 0x81 is undefined in cp1252: falls back to Latin-1 and the stray C1 byte is dropped
    latin1 = write(tmp_path, "latin.txt", b"Gr\xfc\xdfe aus M\xfcnchen\x81.")
    assert read_source(latin1) == "Grüße aus München."


def test_control_bytes_are_stripped_but_tabs_and_newlines_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "ctl.txt", b"Ti\x07tle\n\nA\x1b[0m body\x00 text\twith tab.\x7f\n")
    assert read_source(path) == "Title\n\nA[0m body text\twith tab.\n"


def test_html_file_becomes_paragraphs_without_page_chrome(tmp_path: Path) -> None:
    html = """<!DOCTYPE html><html><head><title>Site | Story</title>
    <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Russia &amp; NATO talk</h1>
    <p>First   paragraph,
       wrapped in the source.</p>
    <p>Second &ldquo;quoted&rdquo; paragraph &ndash; with <b>bold</b> words.<br>And a new line.</p>
    <ul><li>Item one</li><li>Item two</li></ul></article>
    <footer>Copyright 2010 Example Corp</footer></body></html>"""
    text = read_source(write(tmp_path, "page.html", html.encode()))
    assert text.split("\n\n") == [
        "Russia & NATO talk",
        "First paragraph, wrapped in the source.",
        "Second “quoted” paragraph – with bold words.\nAnd a new line.",
        "Item one",
        "Item two",
    ]


def test_html_saved_as_txt_is_recognised(tmp_path: Path) -> None:
    html = b"<html><body><p>Only paragraph.</p><script>alert(1)</script></body></html>"
    assert read_source(write(tmp_path, "saved.txt", html)) == "Only paragraph."


def test_html_title_is_used_when_the_page_has_no_h1(tmp_path: Path) -> None:
    html = b"<html><head><title>The headline</title></head><body><p>Body.</p></body></html>"
    assert read_source(write(tmp_path, "t.htm", html)) == "The headline\n\nBody."


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\r\n\t \n", "empty"),
        ("bom-only.txt", b"\xef\xbb\xbf\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ("nul.md", b"a\x00b\x00c\x00d\x00" * 100, "binary"),
        ("doc.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        ("empty.html", b"<html><body><script>x()</script></body></html>", "empty"),
    ],
)
def test_unusable_files_raise_a_message_naming_the_file(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(UnreadableSource) as info:
        read_source(path)
    message = str(info.value)
    assert name in message and reason in message
    assert isinstance(info.value, DossierError)


def test_missing_file_and_folder_are_reported(tmp_path: Path) -> None:
    with pytest.raises(UnreadableSource, match="does not exist"):
        read_source(tmp_path / "nope.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(UnreadableSource, match="folder"):
        read_source(tmp_path / "dir.txt")


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 1000)
    assert read_source(path, max_bytes=5000)
    with pytest.raises(UnreadableSource, match="big.txt.*limit"):
        read_source(path, max_bytes=4999)


def test_unreadable_permissions_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"Title\n\nBody.\n")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that ignore file permissions")
        with pytest.raises(UnreadableSource, match="secret.txt.*permission"):
            read_source(path)
    finally:
        path.chmod(0o644)


def test_listing_sources_is_sorted_recursive_and_skips_the_rest(tmp_path: Path) -> None:
    for rel in [
        "b.txt",
        "a.md",
        "sub/c.html",
        "sub/d.HTM",
        "e.pdf",
        "sources.toml",
        ".hidden.txt",
        ".git/x.txt",
    ]:
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x")
    (tmp_path / "folder.txt").mkdir()
    found = [Path(p).relative_to(tmp_path).as_posix() for p in source_paths(tmp_path)]
    # a folder named like a source is listed so that the build reports it as skipped, not silently dropped
    assert found == ["a.md", "b.txt", "folder.txt", "sub/c.html", "sub/d.HTM"]
    assert source_paths(tmp_path / "missing") == []
    assert {".txt", ".md", ".html", ".htm"} == SUPPORTED_SUFFIXES


def test_default_source_id_is_a_slug_of_the_stem() -> None:
    assert source_id_for(Path("seeds/cnn-russia-nato-deepen-ties.txt")) == "cnn-russia-nato-deepen-ties"
    assert source_id_for(Path("My Article (2010).HTML")) == "my-article-2010"


def test_a_hidden_file_and_a_link_to_one_are_refused_each_in_its_own_words(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DISCORD_TOKEN=x\n")
    (tmp_path / "notes.txt").symlink_to(tmp_path / ".env")
    real_root = tmp_path.resolve()
    for quick in (None, real_root):  # the one-lstat path and the full check say the same
        plain = source_check(tmp_path / ".env", tmp_path, real_root=quick)[0]
        linked = source_check(tmp_path / "notes.txt", tmp_path, real_root=quick)[0]
        assert plain is not None and plain.startswith("it is a hidden file")
        assert linked is not None and linked.startswith("it is a link to a hidden file")
