"""Markdown and JSON exports: verbatim quotes, inert text, atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefing.export import ExportError, inert, to_dict, to_json, to_markdown, write_atomic
from briefing.model import Article, Briefing, Item, Quote, Section, Topic


def _rendered_text(markdown: str) -> str:
    """What a reader sees: the text content of the rendered Markdown (inline tokens only)."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    out = []
    for token in tokens:
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                out.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                out.append(" ")
    return "".join(out)


HOSTILE = [
    "[bold]x[/bold] and [@click=app.quit]press[/]",
    "[a link](http://evil.example) ![img](http://evil.example/x.png)",
    "<script>alert(1)</script> <b>bold</b> &amp; &copy;",
    "# not a heading *not emphasis* _nor this_ `nor code` | table |",
    "Reuters [Reuters] [sic] [...] 1. 2) - + > quote",
    "www.example.com and http://example.com/path and someone@example.com",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_inert_text_renders_as_itself_and_nothing_else(text: str) -> None:
    markdown = f"- {inert(text)}"
    html = MarkdownIt("commonmark").render(markdown) + MarkdownIt("gfm-like").render(markdown)
    assert "<a " not in html and "<img" not in html and "<script" not in html and "<b>" not in html
    assert "<em>" not in html and "<code>" not in html and "<h1>" not in html
    assert _rendered_text(markdown) == text


def test_inert_strips_terminal_escapes() -> None:
    assert inert("\x1b[31mred\x1b[0m \x1b]0;title\x07ok\x00") == "red ok"


def test_markdown_quotes_render_verbatim(seed_briefing: Briefing) -> None:
    markdown = to_markdown(seed_briefing)
    rendered = _rendered_text(markdown)
    quotes = [q for t in seed_briefing.topics for s in t.sections for i in s.items for q in i.quotes]
    assert quotes
    for quote in quotes:
        assert f"“{' '.join(quote.text.split())}”" in rendered
    assert "## Sources" in markdown and "### Pledges" in markdown and "### Attendees" in markdown


def test_markdown_names_each_quote_offsets(seed_briefing: Briefing) -> None:
    markdown = to_markdown(seed_briefing)
    for topic in seed_briefing.topics:
        for section in topic.sections:
            for item in section.items:
                for q in item.quotes:
                    assert f"characters {q.start}–{q.end}" in markdown


def test_json_matches_documented_schema_and_offsets(seed_briefing: Briefing) -> None:
    doc = json.loads(to_json(seed_briefing))
    assert doc["schema"] == "briefing.v1"
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for article in doc["articles"]:
        assert set(article) >= {"id", "path", "title", "source", "published", "text"}
        assert article["text"] == Path(article["path"]).read_text("utf-8")  # .txt: the decoded file exactly
    count = 0
    for topic in doc["topics"]:
        assert set(topic) >= {"id", "label", "article_ids", "sections"}
        for section in topic["sections"]:
            assert set(section) >= {"key", "title", "items"}
            for item in section["items"]:
                assert set(item) >= {"text", "quotes", "facts"}
                assert item["quotes"], "no item without evidence"
                for q in item["quotes"]:
                    assert texts[q["article_id"]][q["start"]:q["end"]] == q["text"]
                    count += 1
    assert count > 5


def _hostile_briefing() -> Briefing:
    text = "Leaders met. " + " ".join(HOSTILE) + " \x1b[2J\x1b[31mred\x1b[0m"
    article = Article(id="a1", path="evil.txt", text=text, title="[bold]Title[/bold] <i>x</i>")
    quote = Quote("a1", 13, len(text), text[13:])
    item = Item(text[13:], [quote], {"kind": "summary"})
    topic = Topic("t1", "# label [x](y)", ["a1"], [Section("context", "Context", [item])])
    return Briefing([article], [topic])


def test_hostile_article_stays_inert_in_markdown() -> None:
    markdown = to_markdown(_hostile_briefing())
    html = MarkdownIt("commonmark").render(markdown)
    assert "<a " not in html and "<img" not in html and "<script" not in html and "<i>" not in html
    assert "\x1b" not in markdown
    assert "[@click=app.quit]press[/]" in _rendered_text(markdown)


def test_hostile_article_round_trips_in_json() -> None:
    briefing = _hostile_briefing()
    raw = to_json(briefing)
    assert "\x1b" not in raw  # escaped as \u001b, so catting the file cannot drive the terminal
    doc = json.loads(raw)
    assert doc["articles"][0]["text"] == briefing.articles[0].text
    assert to_dict(briefing)["topics"][0]["sections"][0]["items"][0]["quotes"][0]["text"].startswith("[bold]")


def test_write_atomic_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("keep me")
    with pytest.raises(ExportError, match="already exists"):
        write_atomic(target, "new")
    assert target.read_text() == "keep me"
    write_atomic(target, "new", force=True)
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_write_atomic_leaves_nothing_when_the_write_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(ExportError, match="No space left"):
        write_atomic(target, "new" * 1000, force=True)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_write_atomic_cleans_up_on_interrupt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "new.md", "content")
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_honours_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "perm.md", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "perm.md").stat().st_mode & 0o777 == 0o644
