"""The pipeline on mixed folders: reprints collapse, unrelated stories split."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.config import Config
from briefing.pipeline import build_briefing

SPORTS = ("Manchester City beat Arsenal 3-1 at the Etihad Stadium on Saturday to move two points clear at the top of "
          "the Premier League. Erling Haaland scored twice in the first half and Phil Foden added a third after the "
          "break, before Bukayo Saka pulled one back for the visitors. Pep Guardiola praised his side's pressing, "
          "while Mikel Arteta said his players had been second best for long spells of the match.")


def test_syndicated_copy_is_a_reprint_not_a_second_source(tmp_path: Path, seeds: Path, config: Config) -> None:
    for seed in seeds.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    original = next(seeds.glob("001_*.txt")).read_text("utf-8")
    # The same wire story saved from another site: its own header, spacing changed, one credit dropped.
    copy = "Title: Starmer hosts summit\nSource: Some Portal\n\n" + original.replace("  ", " ").replace(
        "(Xinhua/Li Ying)", "")
    (tmp_path / "portal.txt").write_text(copy, "utf-8")
    (tmp_path / "sports.txt").write_text(SPORTS, "utf-8")
    parsed: list[int] = []
    briefing = build_briefing([str(tmp_path)], config, no_cache=True,
                              on_progress=lambda p: parsed.append(p.total) if p.stage == "parse" else None)
    assert parsed and set(parsed) == {3}  # the reprint is set aside before spaCy: three articles parsed, not four
    assert len(briefing.articles) == 3
    reprinted = [a for a in briefing.articles if a.reprints]
    assert len(reprinted) == 1 and reprinted[0].reprints[0].endswith(("portal.txt", "001_0a2426d6fdee1e2b.txt"))
    sizes = sorted(len(t.article_ids) for t in briefing.topics)
    assert sizes == [1, 2]
    summit = next(t for t in briefing.topics if len(t.article_ids) == 2)
    pledge = next(i for s in summit.sections if s.key == "pledges" for i in s.items if i.facts.get("amount") == 1.6e9)
    assert pledge.source_count == 2


def test_a_crash_in_one_article_loses_only_that_article(tmp_path: Path, seeds: Path, config: Config,
                                                         monkeypatch) -> None:
    import briefing.nlp.analyze as analyze_module

    for seed in seeds.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "sports.txt").write_text(SPORTS, "utf-8")
    real = analyze_module.sentences_of

    def flaky(article, clean, doc, rules):
        if "Haaland" in article.text:
            raise RuntimeError("simulated bug")
        return real(article, clean, doc, rules)

    monkeypatch.setattr(analyze_module, "sentences_of", flaky)
    briefing = build_briefing([str(tmp_path)], config, no_cache=True)
    assert len(briefing.articles) == 2
    (skipped,) = briefing.skipped
    assert skipped.path.endswith("sports.txt") and "simulated bug" in skipped.reason
    assert len(briefing.topics) == 1 and len(briefing.topics[0].article_ids) == 2


def _facts(briefing) -> dict:
    """The seed event's pledges and attendees, as comparable values."""
    seed_ids = {a.id for a in briefing.articles if a.path.rsplit("/", 1)[-1].startswith(("000_", "001_"))}
    topic = next(t for t in briefing.topics if seed_ids <= set(t.article_ids))
    out = {}
    for section in topic.sections:
        if section.key in ("pledges", "attendees"):
            out[section.key] = sorted((i.text, tuple((q.article_id, q.start, q.end) for q in i.quotes))
                                      for i in section.items)
    return out


HTML = """<!doctype html><html><head><title>Quake hits Peru | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="date" content="2025-02-10"></head>
<body><nav>Home | World | Sport</nav><article><h1>Quake hits Peru</h1>
<p>A magnitude 6.1 earthquake struck southern Peru on Monday, damaging hundreds of homes in the Arequipa region,
officials said.</p><p>The national emergency institute said at least 12 people were injured and rescue teams were
searching collapsed buildings in two villages near the coast.</p></article><footer>© Example News</footer>
</body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Tech Wire</title>
<item><title>Chipmaker opens plant</title><pubDate>Tue, 11 Feb 2025 09:00:00 GMT</pubDate>
<description>A chipmaker opened a new semiconductor plant in Arizona on Tuesday, creating about 2,000 jobs, the
company said in a statement. Executives said production of advanced processors would begin next year.</description>
</item></channel></rss>"""


def test_mixed_formats_give_the_same_facts_for_the_seed_event(tmp_path: Path, seeds: Path, config: Config) -> None:
    import json

    alone = build_briefing([str(seeds)], config)
    for seed in seeds.iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "quake.html").write_text(HTML, "utf-8")
    (tmp_path / "tech.rss").write_text(FEED, "utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps({"title": "Match report", "text": SPORTS,
                                                     "date": "2025-02-08", "source": "Sport Daily"}) + "\n", "utf-8")
    mixed = build_briefing([str(tmp_path)], config)
    assert len(mixed.articles) == 5 and not mixed.skipped
    facts = _facts(mixed)
    assert facts["pledges"] and facts["attendees"]
    assert facts == _facts(alone)
