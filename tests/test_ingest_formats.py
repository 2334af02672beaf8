"""Reading saved HTML pages, RSS/Atom feeds, JSON and JSON Lines: metadata, clean text, ISO dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.config import Config, load_config
from briefing.ingest import READERS, read_paths
from briefing.ingest.clean import CleanRules, clean_text

PARAGRAPHS = [
    "British Prime Minister Keir Starmer hosted European leaders at Lancaster House in London on Sunday, where "
    "they agreed to work on a plan to end the war in Ukraine and to present it to the United States.",
    "Starmer said the United Kingdom would use 1.6 billion pounds of export financing to buy more than 5,000 air "
    "defence missiles for Ukraine, to be made in Belfast.",
    "Ukrainian President Volodymyr Zelenskyy, who met King Charles later in the day, said the support of European "
    "partners was \"very strong\" after a tense meeting in Washington two days earlier.",
    "The leaders of France, Germany, Italy, Poland, Spain, Canada and the Nordic countries attended, along with the "
    "NATO secretary-general and the presidents of the European Commission and the European Council.",
]

HEADLINE = "European leaders back Ukraine at London summit"
URL = "https://www.dailyledger.example/world/2025/03/02/london-summit-ukraine"

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{HEADLINE} | The Daily Ledger</title>
<meta property="og:title" content="{HEADLINE}">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:url" content="{URL}">
<link rel="canonical" href="{URL}">
<meta name="author" content="Hannah Whitcombe">
<meta property="article:published_time" content="2025-03-02T18:40:00+00:00">
<script>window.dataLayer = [{{"page": "article"}}]; function track() {{ return "Subscribe now"; }}</script>
<style>.nav {{ color: red; }}</style>
</head>
<body>
<header>
  <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
</header>
<main>
<article>
  <h1>{HEADLINE}</h1>
  <p class="byline">By <span class="author">Hannah Whitcombe</span>, <time datetime="2025-03-02">2 March 2025</time></p>
  {"".join(f"<p>{p}</p>" for p in PARAGRAPHS).replace('"very strong"', "&quot;very strong&quot;")}
</article>
<aside class="related"><h2>Related stories</h2>
  <ul><li><a href="/a">Markets slide as tariffs loom over European exporters</a></li>
  <li><a href="/b">Ten things to do in London this weekend</a></li></ul>
</aside>
<section class="comments"><h3>Comments</h3>
  <div class="comment"><p>Great article, totally agree with the prime minister on this issue.</p></div>
</section>
</main>
<footer>
  <p>Copyright 2025 The Daily Ledger Ltd. All rights reserved.</p>
  <p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/contact">Contact us</a></p>
  <p>Sign up to our newsletter for the top stories every morning.</p>
</footer>
</body>
</html>
"""

BOILERPLATE = ["Home", "Politics", "cookies", "dataLayer", "Subscribe", "color: red", "Related stories",
               "Markets slide", "Ten things", "Great article", "Comments", "Copyright", "All rights reserved",
               "Privacy policy", "Terms of use", "Sign up", "newsletter", "<", ">", "&quot;"]

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Continental Wire</title>
  <link>https://continental.example/</link>
  <description>World news as it happens</description>
  <item>
    <title>Starmer hosts European leaders in London</title>
    <link>https://continental.example/2025/03/02/starmer-london</link>
    <dc:creator>Ana Ruiz</dc:creator>
    <pubDate>Sun, 02 Mar 2025 18:40:00 GMT</pubDate>
    <description>Short teaser that the full content replaces.</description>
    <content:encoded><![CDATA[<p>British Prime Minister Keir Starmer hosted European leaders at Lancaster House
    on Sunday.</p><div class="ad">Advertisement: buy now</div><p>They agreed that Europe must do the heavy lifting
    to support Ukraine and to guarantee any peace deal.</p>]]></content:encoded>
  </item>
  <item>
    <title>Zelenskyy meets King Charles after summit</title>
    <link>https://continental.example/2025/03/02/zelenskyy-king</link>
    <source url="https://agency.example/feed">Agency Press</source>
    <pubDate>Sun, 02 Mar 2025 20:05:00 +0100</pubDate>
    <description>&lt;p&gt;Ukrainian President Volodymyr Zelenskyy met King Charles at Sandringham after
    the summit in London.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Summit Monitor</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-03-03T08:00:00Z</updated>
  <entry>
    <title>Leaders agree on a coalition of the willing</title>
    <link href="https://monitor.example/coalition"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <author><name>Lena Vogel</name></author>
    <published>2025-03-02T17:00:00Z</published>
    <updated>2025-03-02T19:00:00Z</updated>
    <summary>A short summary that the content replaces.</summary>
    <content type="html">&lt;p&gt;Starmer said a coalition of the willing would defend a deal in Ukraine and
    guarantee the peace.&lt;/p&gt;&lt;p&gt;He did not say which countries would join it.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="text">Von der Leyen calls for Europe to rearm</title>
    <link href="https://monitor.example/rearm"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
    <updated>2025-03-02T21:30:00+01:00</updated>
    <summary type="text">European Commission President Ursula von der Leyen said that Europe had to
    urgently rearm.</summary>
  </entry>
</feed>
"""

RECORDS = [
    {"title": "Starmer pledges air defence missiles", "body": "<p>The United Kingdom will use 1.6 billion pounds "
     "of export financing to buy 5,000 air defence missiles for Ukraine.</p><p>Starmer made the announcement "
     "at the end of the summit in London.</p>", "published_at": "2025-03-02T16:00:00Z",
     "source": {"id": "ledger", "name": "The Daily Ledger"}, "authors": ["Hannah Whitcombe", "Tom Reid"],
     "url": "https://ledger.example/1"},
    {"headline": "Leaders meet in London", "text": "European leaders met in London on Sunday to discuss the war in "
     "Ukraine and a possible peace plan. (Xinhua/Li Ying)", "date": 1740916800},
]


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _by_name(articles: list) -> dict:
    return {a.path.rsplit("/", 1)[-1]: a for a in articles}


def test_every_format_has_a_reader() -> None:
    assert {".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom"} <= READERS.keys()


def test_html_page_main_text_and_metadata(tmp_path: Path, config: Config) -> None:
    _write(tmp_path, "page.html", PAGE)
    result = read_paths([str(tmp_path)], config)
    assert result.skipped == []
    (article,) = result.articles
    assert (article.title, article.source, article.author, article.published, article.url) == (
        HEADLINE, "The Daily Ledger", "Hannah Whitcombe", "2025-03-02", URL)
    assert article.text == "\n\n".join([HEADLINE, *PARAGRAPHS])
    assert article.text[article.body_start:] == "\n\n".join(PARAGRAPHS)  # the headline is metadata
    for junk in BOILERPLATE:
        assert junk not in article.text, junk


def test_htm_extension_and_legacy_charset(tmp_path: Path, config: Config) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Starmer said", "Starmer’s aide said")
    _write(tmp_path, "legacy.htm", page.encode("cp1252"))
    (article,) = read_paths([str(tmp_path)], config).articles
    assert "Starmer’s aide said" in article.text
    assert article.warnings == ()  # the page declared its charset, and it was honoured


def test_rss_entries_with_full_content(tmp_path: Path, config: Config) -> None:
    _write(tmp_path, "wire.rss", RSS)
    result = read_paths([str(tmp_path)], config)
    assert result.skipped == []
    first, second = result.articles
    assert first.path.endswith("wire.rss#1") and second.path.endswith("wire.rss#2")
    assert (first.title, first.source, first.author, first.published, first.url) == (
        "Starmer hosts European leaders in London", "Continental Wire", "Ana Ruiz", "2025-03-02T18:40:00+00:00",
        "https://continental.example/2025/03/02/starmer-london")
    # Full content, not the teaser; markup gone, one blank line between paragraphs (the advert is a
    # paragraph of its own, which cleaning's drop_paragraphs rules then keep out of every quote).
    assert first.text == ("British Prime Minister Keir Starmer hosted European leaders at Lancaster House on "
                          "Sunday.\n\nAdvertisement: buy now\n\nThey agreed that Europe must do the heavy "
                          "lifting to support Ukraine and to guarantee any peace deal.")
    rules = CleanRules.from_config(config["clean"])
    assert "Advertisement" not in clean_text(first.text, rules).text
    # The entry names its own source, so the feed title does not stand in for it.
    assert (second.title, second.source, second.published) == (
        "Zelenskyy meets King Charles after summit", "Agency Press", "2025-03-02T20:05:00+01:00")
    assert second.text == ("Ukrainian President Volodymyr Zelenskyy met King Charles at Sandringham after the "
                           "summit in London.")


def test_atom_entries_content_over_summary(tmp_path: Path, config: Config) -> None:
    _write(tmp_path, "monitor.atom", ATOM)
    first, second = read_paths([str(tmp_path)], config).articles
    assert (first.title, first.source, first.author, first.published, first.url) == (
        "Leaders agree on a coalition of the willing", "Summit Monitor", "Lena Vogel", "2025-03-02T17:00:00Z",
        "https://monitor.example/coalition")
    assert first.text == ("Starmer said a coalition of the willing would defend a deal in Ukraine and guarantee "
                          "the peace.\n\nHe did not say which countries would join it.")
    assert (second.published, second.author) == ("2025-03-02T21:30:00+01:00", "")
    # A plain-text summary keeps its own line break: the text is what the feed says, verbatim.
    assert second.text == ("European Commission President Ursula von der Leyen said that Europe had to\n"
                           "    urgently rearm.")


def test_xml_file_is_read_as_a_feed_when_it_is_one(tmp_path: Path, config: Config) -> None:
    _write(tmp_path, "feed.xml", ATOM)
    _write(tmp_path, "sitemap.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                    'sitemap/0.9"><url><loc>https://a.example/</loc></url></urlset>')
    result = read_paths([str(tmp_path)], config)
    assert [a.path.rsplit("/", 1)[-1] for a in result.articles] == ["feed.xml#1", "feed.xml#2"]
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in result.skipped] == [
        ("sitemap.xml", "not an RSS or Atom feed")]


def test_feed_without_title_takes_the_outlet_from_a_wire_credit(tmp_path: Path, config: Config) -> None:
    feed = ATOM.replace("<title>Summit Monitor</title>", "").replace(
        "would join it.", "would join it. (AP Photo/Kin Cheung)")
    _write(tmp_path, "untitled.atom", feed)
    first, second = read_paths([str(tmp_path)], config).articles
    assert (first.source, second.source) == ("AP", "")


def test_jsonl_keeps_good_lines_and_reports_the_broken_one(tmp_path: Path, config: Config) -> None:
    lines = [json.dumps(RECORDS[0]), '{"title": "Broken", "text": "This line was cut off', json.dumps(RECORDS[1])]
    path = _write(tmp_path, "export.jsonl", "\n".join(lines) + "\n")
    result = read_paths([str(tmp_path)], config)
    first, third = result.articles
    assert (first.path, third.path) == (f"{path}#1", f"{path}#3")
    assert (first.title, first.source, first.author, first.published, first.url) == (
        "Starmer pledges air defence missiles", "The Daily Ledger", "Hannah Whitcombe, Tom Reid",
        "2025-03-02T16:00:00Z", "https://ledger.example/1")
    assert first.text == ("The United Kingdom will use 1.6 billion pounds of export financing to buy 5,000 air "
                          "defence missiles for Ukraine.\n\nStarmer made the announcement at the end of the summit "
                          "in London.")
    # No outlet field: the wire credit names it. The epoch date becomes ISO 8601 (UTC).
    assert (third.title, third.source, third.published) == (
        "Leaders meet in London", "Xinhua", "2025-03-02T12:00:00+00:00")
    (bad,) = result.skipped
    assert bad.path == f"{path}:2"
    assert bad.reason.startswith("invalid JSON (Unterminated string")


def test_json_list_and_articles_object(tmp_path: Path, config: Config) -> None:
    _write(tmp_path, "list.json", json.dumps(RECORDS))
    _write(tmp_path, "wrapped.json", json.dumps({"status": "ok", "articles": RECORDS[:1]}))
    _write(tmp_path, "single.json", json.dumps({**RECORDS[1], "text": RECORDS[1]["text"].replace("Sunday", "Monday")}))
    result = read_paths([str(tmp_path)], config)
    assert result.skipped == []
    names = _by_name(result.articles)
    assert sorted(names) == ["list.json#1", "list.json#2", "single.json#1"]
    # wrapped.json#1 has the same text as list.json#1: one article, the other is a reprint.
    assert names["list.json#1"].reprints == (str(tmp_path / "wrapped.json#1"),)
    assert names["list.json#2"].published == "2025-03-02T12:00:00+00:00"
    assert "Monday" in names["single.json#1"].text


def test_json_field_names_come_from_config(tmp_path: Path) -> None:
    toml = _write(tmp_path, "conf.toml", '[ingest.json]\ntext = ["story"]\ntitle = ["heading"]\n'
                                         'date = ["when"]\nsource = ["paper"]\n')
    config = load_config(toml, use_user_file=False)
    record = {"heading": "Summit ends", "story": RECORDS[1]["text"], "when": "March 2, 2025", "paper": "Gazette",
              "text": "ignored because the config names another field"}
    _write(tmp_path, "custom.json", json.dumps(record))
    (article,) = read_paths([str(tmp_path / "custom.json")], config).articles
    assert (article.title, article.published, article.source, article.text) == (
        "Summit ends", "2025-03-02", "Gazette", RECORDS[1]["text"])


def test_json_record_with_unreadable_date_keeps_the_article(tmp_path: Path, config: Config) -> None:
    _write(tmp_path, "d.json", json.dumps({"text": RECORDS[1]["text"], "date": "the day after tomorrow"}))
    (article,) = read_paths([str(tmp_path)], config).articles
    assert article.published == ""
    assert article.warnings == ("date 'the day after tomorrow' not understood; left out",)


def test_json_in_cp1252_is_read_with_a_warning(tmp_path: Path, config: Config) -> None:
    record = {"title": "Café talks",
              "text": "Leaders met at a café in London on Sunday and agreed on a plan for Ukraine."}
    _write(tmp_path, "legacy.json", json.dumps(record, ensure_ascii=False).encode("cp1252"))
    (article,) = read_paths([str(tmp_path)], config).articles
    assert article.title == "Café talks"
    assert "cp1252" in article.warnings[0]


@pytest.mark.parametrize("name", ["page.html", "wire.rss", "monitor.atom", "export.jsonl"])
def test_cleaned_text_maps_back_into_the_extracted_text(tmp_path: Path, config: Config, name: str) -> None:
    content = {"page.html": PAGE, "wire.rss": RSS, "monitor.atom": ATOM,
               "export.jsonl": "\n".join(json.dumps(r) for r in RECORDS)}[name]
    _write(tmp_path, name, content)
    rules = CleanRules.from_config(config["clean"])
    for article in read_paths([str(tmp_path)], config).articles:
        clean = clean_text(article.text, rules, article.body_start)
        for c0, c1, o0, o1 in clean.map_span(0, len(clean.text)):
            assert clean.text[c0:c1] == article.text[o0:o1]
        assert "Xinhua/" not in clean.text  # the wire credit stays in the text but is never quoted


def test_seeds_read_the_same_next_to_other_formats(tmp_path: Path, seeds: Path, config: Config) -> None:
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for seed in seeds.glob("*.txt"):
        _write(mixed, seed.name, seed.read_bytes())
    _write(mixed, "page.html", PAGE)
    _write(mixed, "wire.rss", RSS)
    _write(mixed, "export.jsonl", "\n".join(json.dumps(r) for r in RECORDS))
    alone = read_paths([str(seeds)], config)
    together = read_paths([str(mixed)], config)
    assert together.skipped == []
    assert len(together.articles) == len(alone.articles) + 1 + 2 + 2
    strip = lambda a: (a.id, a.text, a.title, a.source, a.published, a.body_start)  # noqa: E731
    seeds_in_mix = [strip(a) for a in together.articles if a.path.endswith(".txt")]
    assert seeds_in_mix == [strip(a) for a in alone.articles]
