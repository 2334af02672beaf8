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
    briefing = build_briefing([str(tmp_path)], config)
    assert len(briefing.articles) == 3
    reprinted = [a for a in briefing.articles if a.reprints]
    assert len(reprinted) == 1 and reprinted[0].reprints[0].endswith(("portal.txt", "001_0a2426d6fdee1e2b.txt"))
    sizes = sorted(len(t.article_ids) for t in briefing.topics)
    assert sizes == [1, 2]
    summit = next(t for t in briefing.topics if len(t.article_ids) == 2)
    pledge = next(i for s in summit.sections if s.key == "pledges" for i in s.items if i.facts.get("amount") == 1.6e9)
    assert pledge.source_count == 2
