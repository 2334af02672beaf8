"""Hostile and broken inputs: each bad file is one clear skip by name, the good files are still read."""

from __future__ import annotations

import importlib
import io
import json
import os
import sys
import threading
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.config import Config, load_config
from briefing.ingest import READERS, ReadContext, SkipArticle, read_bytes, read_paths
from briefing.ingest.clean import blank_controls, clean_text
from briefing.ingest.dates import normalise_date
from briefing.ingest.records import Records
from briefing.model import Article
from briefing.pipeline import briefing_from_articles

ENGLISH = (
    "European leaders met in London on Sunday to discuss the war in Ukraine. The British prime minister said "
    "that the United Kingdom would provide 1.6 billion pounds for air defence missiles.\n\n"
    "The leaders agreed that Europe must spend more on its own defence and that any peace deal must be guaranteed."
)

GERMAN = (
    "Die Staats- und Regierungschefs mehrerer europäischer Länder sind am Sonntag in London zusammengekommen, um "
    "über die weitere Unterstützung der Ukraine zu beraten. Der britische Premierminister Keir Starmer kündigte an, "
    "dass Großbritannien, Frankreich und die Ukraine gemeinsam einen Plan für eine Waffenruhe ausarbeiten wollen, "
    "der anschließend den Vereinigten Staaten vorgelegt werden soll."
)

SPANISH = (
    "Los líderes europeos se reunieron el domingo en Londres para debatir el apoyo a Ucrania, dos días después del "
    "tenso encuentro entre Volodímir Zelenski y Donald Trump en la Casa Blanca. El primer ministro británico, Keir "
    "Starmer, anunció que el Reino Unido destinará 1.600 millones de libras a la compra de más de 5.000 misiles de "
    "defensa aérea para Kiev."
)

ESCAPES = (
    "Leaders met in London on Sunday.\x1b[2J\x1b[H The prime minister said\x07 that the plan\x1b[31m would be "
    "shown to the United States.\x1b]8;;https://evil.example\x07click here\x1b]8;;\x07 It was a\x08\x08 long day "
    "for all of the\x0b\x7f leaders who were\x9b0m there.\r\n\x1b[0m"
)

BRACKETS = (
    "[Reuters] European leaders [sic] met in London [on Sunday] to talk about [the war in Ukraine]. "
    "[@click=app.quit] [bold red]The prime minister[/bold red] said that [...] the plan [1] would be "
    "given to the United States [/]. [[nested]] and ]unbalanced[ brackets are in the text too."
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + bytes(
    range(256))


def _zip_bytes(tmp_path: Path) -> bytes:
    archive = tmp_path / "made.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("article.txt", ENGLISH)
    data = archive.read_bytes()
    archive.unlink()
    return data


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _names(paths: list[str]) -> list[str]:
    return [p.rsplit("/", 1)[-1] for p in paths]


def _reasons(result) -> dict[str, str]:
    counts = Counter(s.path for s in result.skipped)
    assert all(n == 1 for n in counts.values()), counts  # one line per bad input, never repeated
    return {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}


def _sample_of(name: str) -> str:
    """A good input of each format, with the English text."""
    paragraphs = ENGLISH.split("\n\n")
    html = "<html><head><title>Summit</title></head><body><article>" + "".join(
        f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Summit</title>'
            f"<description><![CDATA[{html}]]></description></item></channel></rss>")
    return {"txt": ENGLISH, "html": html, "rss": feed, "json": json.dumps({"title": "Summit", "text": ENGLISH}),
            "jsonl": json.dumps({"title": "Summit", "text": ENGLISH})}[name]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A folder with one good file of each format and every kind of bad file next to them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for ext in ("txt", "html", "rss", "json", "jsonl"):
        _write(corpus, f"good.{ext}", _sample_of(ext).replace("Sunday", f"Sunday ({ext})"))
    _write(corpus, "escapes.txt", ESCAPES)
    _write(corpus, "brackets.md", BRACKETS)
    _write(corpus, "legacy.html", ("<html><body><article><p>Caf\u00e9 owners near Lancaster House said " + ENGLISH +
                                   "</p></article></body></html>").encode("cp1252"))
    bad = {
        "empty.txt": b"",
        "blank.json": b"  \n\t\n",
        "empty.rss": b"",
        "photo.html": PNG,
        "photo.rss": PNG,
        "archive.jsonl": _zip_bytes(tmp_path),
        "archive.json": _zip_bytes(tmp_path),
        "junk.txt": bytes(range(0x80, 0x100)) * 8,
        "broken.json": b'{"title": "Summit", "text": "Leaders met in London"',
        "nested.json": b"[" * 50_000,
        "broken.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Summit',
        "sitemap.xml": b'<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>',
        "entities.rss": (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                         b'<rss version="2.0"><channel><title>T</title><item><title>x</title><description>&xxe; '
                         + ENGLISH.encode() + b"</description></item></channel></rss>"),
        "broken.html": b"<html><body><div><p>Unclosed <b><i><<<>>>",
        "nomain.html": b"<html><head><title>Only a title here</title></head><body><nav>Home</nav></body></html>",
        "notext.html": b"<html><head><title>Only a title here</title></head><body></body></html>",
        "badlines.jsonl": b'{"text": "cut\n[1, 2]\n"just a string"\n',
        "german.txt": GERMAN.encode(),
        "spanish.html": f"<html><body><article><p>{SPANISH}</p></article></body></html>".encode(),
    }
    for name, data in bad.items():
        _write(corpus, name, data)
    return corpus


EXPECTED = {
    "empty.txt": "empty (no article text)",
    "blank.json": "empty file",
    "empty.rss": "empty file",
    "photo.html": "not text (a PNG image)",
    "photo.rss": "not text (a PNG image)",
    "archive.jsonl": "not text (a zip archive)",
    "archive.json": "not text (a zip archive)",
    "junk.txt": "not text (mostly symbols: binary or garbled data)",
    "broken.json": "invalid JSON (Expecting ',' delimiter: line 1, column 52)",
    "nested.json": "invalid JSON (nested too deeply)",
    "broken.rss": "no usable entry (1 bad; first {corpus}/broken.rss#1: entry has no content or summary)",
    "sitemap.xml": "not an RSS or Atom feed",
    "entities.rss": "feed declares XML entities (<!ENTITY>); refused so nothing outside the file is read",
    "broken.html": "too short (1 words)",
    "notext.html": "no article text found in the HTML page",
    "nomain.html": "too short (1 words)",  # the navigation's "Home" is all the page has
    "badlines.jsonl": "no usable line (3 bad; first {corpus}/badlines.jsonl:1: invalid JSON (Unterminated string "
                      "starting at: column 10))",
    "german.txt": "not English (only 4% common English words)",
    "spanish.html": "not English (only 3% common English words)",
}


def test_hostile_folder_gives_the_good_files_and_one_line_per_bad_file(hostile: Path, config: Config) -> None:
    result = read_paths([str(hostile)], config)
    expected = {name: reason.format(corpus=hostile) for name, reason in EXPECTED.items()}
    assert _reasons(result) == expected
    assert sorted(_names([a.path for a in result.articles])) == [
        "brackets.md", "escapes.txt", "good.html", "good.json#1", "good.jsonl#1", "good.rss#1", "good.txt",
        "legacy.html"]
    assert all(a.reprints == () for a in result.articles)


def test_not_utf8_html_is_read_with_a_warning(hostile: Path, config: Config) -> None:
    (article,) = read_paths([str(hostile / "legacy.html")], config).articles
    assert article.text.startswith("Café owners near Lancaster House said")
    assert article.warnings == ("not valid UTF-8 (byte 27); read as cp1252",)


def test_terminal_escapes_are_kept_in_the_text_and_blanked_for_nlp(hostile: Path, config: Config) -> None:
    (article,) = read_paths([str(hostile / "escapes.txt")], config).articles
    assert article.text == ESCAPES  # verbatim: quotes index it; the UI and exports must escape it
    clean = clean_text(article.text, ReadContext.of(config).rules, article.body_start)
    assert not [c for c in clean.text if (ord(c) < 32 and c not in "\n\t\r") or 127 <= ord(c) < 160]
    assert "The prime minister said  that the plan" in clean.text
    assert "[31m" not in clean.text and "evil.example" not in clean.text  # whole escape sequences go


def test_square_brackets_are_plain_text(hostile: Path, config: Config) -> None:
    (article,) = read_paths([str(hostile / "brackets.md")], config).articles
    assert article.text == BRACKETS
    assert article.title.startswith("[Reuters] European leaders [sic]")


def test_jsonl_skips_a_non_english_record_and_keeps_the_rest(tmp_path: Path, config: Config) -> None:
    lines = [{"text": ENGLISH}, {"text": GERMAN}, {"text": SPANISH}, {"title": "no text here"}]
    path = _write(tmp_path, "mixed.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in lines))
    result = read_paths([str(path)], config)
    assert [a.path for a in result.articles] == [f"{path}#1"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        (f"{path}#2", "not English (only 4% common English words)"),
        (f"{path}#3", "not English (only 3% common English words)"),
        (f"{path}#4", "no article text (tried fields: text, body, content, article, maintext)"),
    ]


def test_a_file_of_many_bad_records_is_summed_up(tmp_path: Path, config: Config) -> None:
    path = _write(tmp_path, "many.jsonl", "\n".join([json.dumps({"text": ENGLISH})] + ["{oops"] * 50))
    result = read_paths([str(path)], config)
    assert len(result.articles) == 1
    assert len(result.skipped) == 21
    assert result.skipped[-1].path == str(path)
    assert result.skipped[-1].reason == "30 more bad records not listed"


_OPENED: list[str] = []
_NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
                   "socket.sendmsg", "urllib.Request", "http.client.connect"}
_WATCHING: list[bool] = [False]


def _audit(event: str, args: tuple) -> None:
    if not _WATCHING[0]:
        return
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.fsdecode(args[0]))
    elif event in _NETWORK_EVENTS:
        _OPENED.append(f"NETWORK {event} {args!r:.80}")


sys.addaudithook(_audit)


def test_a_100_mb_file_is_skipped_without_being_opened(tmp_path: Path, config: Config) -> None:
    _write(tmp_path, "good.txt", ENGLISH)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    _OPENED.clear()
    _WATCHING[0] = True
    try:
        result = read_paths([str(tmp_path)], config)
    finally:
        _WATCHING[0] = False
    assert str(tmp_path / "good.txt") in _OPENED
    assert str(huge) not in _OPENED
    assert _reasons(result) == {"huge.txt": "too large (104,857,600 bytes; limit 20,000,000, see [ingest] max_bytes)"}
    assert _names([a.path for a in result.articles]) == ["good.txt"]


class _Recorder(io.BytesIO):
    """Standard input that remembers how much was asked of it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.requested = 0

    def read(self, size: int | None = -1) -> bytes:
        self.requested += size if size is not None and size >= 0 else 1 << 62
        return super().read(size)


def test_max_bytes_from_a_config_file_limits_files_and_stdin(tmp_path: Path) -> None:
    toml = _write(tmp_path, "small.toml", "[ingest]\nmax_bytes = 1000\n")
    config = load_config(toml, use_user_file=False)
    folder = tmp_path / "in"
    folder.mkdir()
    assert len(_write(folder, "small.txt", ENGLISH).read_bytes()) < 1000
    size = len(_write(folder, "big.jsonl", json.dumps({"text": ENGLISH * 10})).read_bytes())
    result = read_paths([str(folder)], config)
    assert _names([a.path for a in result.articles]) == ["small.txt"]
    assert _reasons(result) == {"big.jsonl": f"too large ({size:,} bytes; limit 1,000, see [ingest] max_bytes)"}
    stdin = _Recorder((ENGLISH * 10).encode())
    result = read_paths(["-"], config, stdin=stdin)
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("-", "too large (over 1,000 bytes, see [ingest] max_bytes)")]
    assert stdin.requested == 1001 and stdin.tell() == 1001  # nothing read past the limit (+1 to notice it)


def _unblock_fifo(fifo: Path, done: threading.Event) -> None:
    """If a reader (wrongly) opens the FIFO, give it an end of file, so the test fails instead of hanging."""
    while not done.wait(0.05):
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            return
        except OSError:  # ENXIO: nobody has it open for reading, which is what should happen
            continue


def test_unreadable_files_and_symlink_loops(tmp_path: Path, config: Config) -> None:
    folder = tmp_path / "tree"
    (folder / "sub").mkdir(parents=True)
    _write(folder, "good.txt", ENGLISH)
    _write(folder / "sub", "inner.md", ENGLISH.replace("Sunday", "Monday"))
    locked = _write(folder, "locked.txt", ENGLISH.replace("Sunday", "Tuesday"))
    locked.chmod(0)
    os.mkfifo(folder / "pipe.jsonl")  # opening a FIFO blocks until a writer comes: must not be opened
    done = threading.Event()
    threading.Thread(target=_unblock_fifo, args=(folder / "pipe.jsonl", done), daemon=True).start()
    (folder / "dangling.html").symlink_to(folder / "does-not-exist.html")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a directory loop
    try:
        result = read_paths([str(folder)], config)
    finally:
        done.set()
        locked.chmod(0o644)
    reasons = _reasons(result)
    expected = {"pipe.jsonl": "not a regular file (a pipe, socket or device)",
                "dangling.html": "cannot read: No such file or directory",
                "loop-a.txt": "cannot read: Too many levels of symbolic links",
                "loop-b.txt": "cannot read: Too many levels of symbolic links"}
    good = ["good.txt", "inner.md"]
    if os.geteuid() == 0:  # root reads a mode-000 file anyway
        good.append("locked.txt")
    else:
        expected["locked.txt"] = "cannot read: Permission denied"
    assert reasons == expected
    assert sorted(_names([a.path for a in result.articles])) == sorted(good)
    assert all(a.reprints == () for a in result.articles)  # the loop did not read anything twice


# --- properties -------------------------------------------------------------------------------------------

SUFFIXES = sorted(READERS)


def _mutate(sample: bytes, cut: int, junk: bytes, at: int) -> bytes:
    """A valid input, cut short somewhere and with junk bytes spliced in."""
    cut = cut % (len(sample) + 1)
    data = sample[: max(cut, len(sample) // 2)]
    at = at % (len(data) + 1)
    return data[:at] + junk + data[at:]


_SAMPLES = [_sample_of(n).encode() for n in ("txt", "html", "rss", "json", "jsonl")]
ANY_BYTES = st.one_of(
    st.binary(max_size=600),
    st.builds(_mutate, st.sampled_from(_SAMPLES), st.integers(0, 10_000), st.binary(max_size=24),
              st.integers(0, 10_000)),
)


def _check_article(article: Article, label: str) -> None:
    assert article.path == label or article.path.startswith((f"{label}#", f"{label}:"))
    assert isinstance(article.text, str) and 0 <= article.body_start <= len(article.text)
    assert article.published == "" or normalise_date(article.published) == article.published


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=ANY_BYTES, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_articles_or_a_clear_skip(config: Config, data: bytes, suffix: str) -> None:
    ctx = ReadContext.of(config)
    try:
        articles = read_bytes("in" + suffix, data, ctx, suffix)
    except SkipArticle as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return
    assert articles
    for article in articles:
        _check_article(article, "in" + suffix)
    for skipped in getattr(articles, "skipped", []):
        assert skipped.path.startswith("in" + suffix) and skipped.reason.strip()
    assert isinstance(articles, Records) or len(articles) == 1


WORDS = ["the", "leaders", "met", "in", "London", "on", "Sunday", "and", "said", "that", "Ukraine", "would", "get",
         "1.6", "billion", "pounds", "U.S.", "(Xinhua/Li Ying)", "(Photo by Jane Doe/Reuters)", "[sic]", "[/bold]",
         "Europe.The", 'missiles."This', "\x1b[31m", "\x07", "\x0b", "\x85", "\x9b2J", "\t", "café", "“quoted”",
         "<b>", "&amp;"]
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=4, max_size=18).map(lambda w: " ".join(w) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
ARTICLE_TEXT = st.lists(PARAGRAPH, min_size=1, max_size=5).map("\n\n".join)
HEADER = st.sampled_from(["", "Title: Summit\nDate: 2 March 2025\n\n", "---\ntitle: Summit\n---\n",
                          "date 2025-03-02 ", "This photo taken on March 2, 2025 shows leaders.\n\n"])


def _encode(fmt: str, header: str, text: str) -> tuple[str, bytes]:
    if fmt == "txt":
        return ".txt", (header + text).encode()
    if fmt == "jsonl":
        return ".jsonl", json.dumps({"title": "t", "text": text}).encode()
    return ".json", json.dumps([{"text": text}, {"text": "short"}]).encode()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fmt=st.sampled_from(["txt", "jsonl", "json"]), header=HEADER, text=ARTICLE_TEXT, data=st.data())
def test_cleaned_spans_slice_the_article_text_consistently(config: Config, fmt: str, header: str, text: str,
                                                           data: st.DataObject) -> None:
    ctx = ReadContext.of(config)
    suffix, raw = _encode(fmt, header, text)
    try:
        articles = read_bytes("in" + suffix, raw, ctx, suffix)
    except SkipArticle:
        return
    for article in articles:
        clean = clean_text(article.text, ctx.rules, article.body_start)
        blanked = blank_controls(article.text)
        if not clean.text:
            continue
        start = data.draw(st.integers(0, len(clean.text) - 1))
        end = data.draw(st.integers(start + 1, len(clean.text)))
        runs = clean.map_span(start, end)
        for c0, c1, o0, o1 in runs:
            assert article.body_start <= o0 < o1 <= len(article.text)
            assert start <= c0 < c1 <= end
        assert [(o0, o1) for _, _, o0, o1 in runs] == clean.original_spans(start, end)
        for clean_start, orig_start, length in clean.pieces:
            if clean_start + length <= start or clean_start >= end:
                continue
            lo, hi = max(start, clean_start), min(end, clean_start + length)
            o0, o1 = orig_start + lo - clean_start, orig_start + hi - clean_start
            assert clean.text[lo:hi] == blanked[o0:o1]
            # Blanking only ever turns characters into spaces: never anything else, never a shift.
            assert all(c == o or c == " " for c, o in zip(clean.text[lo:hi], article.text[o0:o1]))


def test_reading_pages_and_feeds_touches_no_network_and_no_other_file(tmp_path: Path, config: Config) -> None:
    page = ('<html><head><link rel="stylesheet" href="https://cdn.example/site.css">'
            '<script src="https://cdn.example/app.js"></script><title>Summit</title></head><body><article>'
            '<img src="https://img.example/summit.jpg"><iframe src="https://video.example/embed"></iframe>'
            + "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n")) + "</article></body></html>")
    feed = ('<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="https://feeds.example/style.xsl"?>'
            '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
            '"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Wire</title>'
            f"<item><title>Summit</title><link>https://wire.example/1</link><description>{ENGLISH}</description>"
            "</item></channel></rss>")
    for module in ("html", "feed", "jsonfile"):  # imports happen first: they open their own files
        importlib.import_module(f"briefing.ingest.{module}")
    _write(tmp_path, "page.html", page)
    _write(tmp_path, "old.rss", feed.replace("Sunday", "Monday"))
    _write(tmp_path, "body.jsonl", json.dumps({"text": page.replace("Sunday", "Tuesday")}))
    _OPENED.clear()
    _WATCHING[0] = True
    try:
        result = read_paths([str(tmp_path)], config)
    finally:
        _WATCHING[0] = False
    assert result.skipped == []
    assert sorted(_names([a.path for a in result.articles])) == ["body.jsonl#1", "old.rss#1", "page.html"]
    inputs = {str(tmp_path / n) for n in ("page.html", "old.rss", "body.jsonl")}
    modules = (".py", ".pyc", ".so")  # lazy imports inside the libraries, not data
    assert [e for e in _OPENED if e not in inputs and not e.endswith(modules)] == []


LINE_PIECES = ["-", "•", "1.", "2)", "Japan", "Norway:", "Republic of Korea,", "(host):", "Minister", "Kenji Sato",
               "NOK 60 million", "US$ 5 million", "€4.5m", "(approx. USD 8 million)", "for", "the", "and", ":", ";",
               "–", "(", ")", "co-hosted by", "pledged", "For Albania:", "Signed in Tirana,", "UNICEF", "WHO",
               "Ministry of Health,", "Hygiene", "said", "summit", "who did not attend", "12 ambulances", "\n"]
LIST_LINE = st.tuples(st.sampled_from(["-", "•", "1.", ""]), st.sampled_from(["Japan", "Australia", "Republic of Korea",
                                                                            "World Bank", "Ministry of Health"]),
                      st.sampled_from([":", " (host):", " –", ""]),
                      st.lists(st.sampled_from(LINE_PIECES), max_size=8).map(" ".join)).map(
    lambda p: f"{p[0]} {p[1]}{p[2]} {p[3]}".strip())
LINE = st.one_of(st.lists(st.sampled_from(LINE_PIECES), min_size=1, max_size=12).map(" ".join), LIST_LINE)
LISTED_ARTICLE = st.tuples(st.lists(LINE, min_size=1, max_size=8).map("\n".join), st.integers(0, 400))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article=LISTED_ARTICLE)
@example(article=("Commitments announced at the summit:\n\n- Japan: JPY 1.2 billion grant aid\n- Australia:", 0))
def test_fact_readers_survive_list_shaped_and_cut_off_articles(config: Config, article: tuple[str, int]) -> None:
    """Press-release lists, signature blocks and hosts' lists, cut off anywhere (a line may end at its colon:
    "- Australia:"), give a briefing whose every quote is its article's text, never an exception."""
    body, cut = article
    text = "Donors meet at a summit in Tirana\n\nDonors met in Tirana on Monday for a summit.\n\n" + body
    text = text[:len(text) - cut] if cut < len(text) - 60 else text
    briefing = briefing_from_articles([Article(id="a1", path="memory.txt", text=text, published="2026-02-26")],
                                      config)
    for topic in briefing.topics:
        for section in topic.sections:
            for item in section.items:
                for quote in item.quotes:
                    assert text[quote.start:quote.end] == quote.text
