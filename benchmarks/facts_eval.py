"""Score extracted pledges and attendees against the hand-written gold file, per case and overall.

Runs the real pipeline (``build_briefing`` with the packaged defaults) on each case's articles and
compares the Pledges and Attendees sections of every topic with ``benchmarks/gold/facts.jsonl``.

    python3 benchmarks/facts_eval.py               # the table
    python3 benchmarks/facts_eval.py --verbose     # plus every false positive and miss
    python3 benchmarks/facts_eval.py --split dev   # only the cases the rules were developed on

Splits: "dev" (seeds and six articles the rules were written against); "heldout", "heldout2", "heldout3"
(articles written before any rule was run on them; each was then used to fix what it exposed, so only
their first runs measure generalisation).

Scoring (one-to-one, greedy):
- a pledge is right when its commitment matches a gold pledge (same amount and currency, or a
  conversion or part of it; without an amount, the gold thing word appears in what is given) AND its
  donor is one of the gold donor's spellings (for descriptions such as "International donors" a
  spelling that contains or is contained in the predicted donor counts). The "commitment only"
  columns drop the donor condition.
- an attendee is right when its canonical name is one of the gold spellings.
- gold entries marked ``optional`` (a country that took part only through its leader, a part of a
  larger sum) are not required for recall, but predicting them is not a false positive.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="facts-eval-"))  # never read a user config

from briefing.config import load_config  # noqa: E402
from briefing.model import Briefing, Item  # noqa: E402
from briefing.nlp.amounts import parse_money  # noqa: E402
from briefing.pipeline import build_briefing  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "facts.jsonl"


@dataclass
class Score:
    """Counts for one kind of fact."""

    predicted: int = 0
    right: int = 0
    required: int = 0
    found: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.right += other.right
        self.required += other.required
        self.found += other.found

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0


def load(path: Path) -> list[dict[str, Any]]:
    """The gold cases."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def items(briefing: Briefing, key: str) -> list[Item]:
    """Every item of one section across all topics of the briefing."""
    return [i for t in briefing.topics for s in t.sections if s.key == key for i in s.items]


def _amounts(facts: dict[str, Any]) -> set[tuple[float, str]]:
    out = set()
    if facts.get("amount") is not None:
        out.add((round(facts["amount"], 2), facts["currency"]))
    for text in facts.get("conversions", []) + facts.get("components", []):
        amount = parse_money(text)
        if amount:
            out.add((round(amount.value, 2), amount.currency))
    for diff in facts.get("differences", []):
        if diff["field"] == "amount":
            for version in diff["versions"]:
                amount = parse_money(version["text"])
                if amount:
                    out.add((round(amount.value, 2), amount.currency))
    return out


def _given(facts: dict[str, Any]) -> str:
    parts = [q["thing_text"] for q in facts.get("quantities", [])] + facts.get("things", [])
    return " ".join(parts).lower()


def commitment_matches(facts: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Same sum (any currency it is given in) or, without a sum, the gold thing among what is given."""
    if "amount" in gold:
        return (round(gold["amount"], 2), gold["currency"]) in _amounts(facts)
    return facts.get("amount") is None and gold["thing"] in _given(facts)


def donor_matches(facts: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The predicted donor is one of the gold spellings (descriptions may contain each other)."""
    donor = (facts.get("donor") or "").lower()
    for spelling in (s.lower() for s in gold["donor"]):
        if donor == spelling or (spelling and donor and (spelling in donor or donor in spelling)):
            return True
    return False


def _match(predicted: list[Any], gold: list[dict[str, Any]], fits: Any, describe: Any, score: Score) -> None:
    used: set[int] = set()
    for entry in sorted(gold, key=lambda g: bool(g.get("optional"))):
        score.required += not entry.get("optional")
        hit = next((i for i, p in enumerate(predicted) if i not in used and fits(p, entry)), None)
        if hit is None:
            if not entry.get("optional"):
                score.missed.append(describe(entry))
            continue
        used.add(hit)
        score.right += 1
        score.found += not entry.get("optional")
    score.predicted = len(predicted)
    score.wrong = [p if isinstance(p, str) else p.text for i, p in enumerate(predicted) if i not in used]


def score_pledges(briefing: Briefing, gold: list[dict[str, Any]], with_donor: bool) -> Score:
    """Pledge precision/recall for one case."""
    score = Score()
    predicted = items(briefing, "pledges")

    def fits(item: Item, entry: dict[str, Any]) -> bool:
        return commitment_matches(item.facts, entry) and (not with_donor or donor_matches(item.facts, entry))

    def describe(entry: dict[str, Any]) -> str:
        what = f"{entry['amount']:g} {entry['currency']}" if "amount" in entry else entry["thing"]
        return f"{entry['donor'][0]}: {what}"

    _match(predicted, gold, fits, describe, score)
    return score


def score_attendees(briefing: Briefing, gold: list[dict[str, Any]]) -> Score:
    """Attendee precision/recall for one case."""
    score = Score()
    predicted = [i.facts["entity"] for i in items(briefing, "attendees")]

    def fits(name: str, entry: dict[str, Any]) -> bool:
        return name.lower() in {e.lower() for e in entry["entity"]}

    _match(predicted, gold, fits, lambda e: e["entity"][0], score)
    return score


def _row(name: str, scores: list[Score]) -> str:
    cells = [f"{s.precision:5.2f} {s.recall:5.2f} ({s.right}/{s.predicted}, {s.found}/{s.required})" for s in scores]
    return f"{name:<18}" + "".join(f" | {c:<24}" for c in cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--split", choices=["dev", "heldout", "heldout2", "heldout3"], default=None)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    config = load_config(use_user_file=False)
    header = f"{'case':<18} | {'pledges P     R':<24} | {'pledges (commitment)':<24} | {'attendees P   R':<24}"
    print(header)
    print("-" * len(header))
    totals: dict[str, list[Score]] = {}
    for case in load(args.gold):
        if args.split and case["split"] != args.split:
            continue
        briefing = build_briefing([str(ROOT / a) for a in case["articles"]], config)
        scores = [score_pledges(briefing, case["pledges"], True), score_pledges(briefing, case["pledges"], False),
                  score_attendees(briefing, case["attendees"])]
        print(_row(case["case"], scores))
        if args.verbose:
            for label, score in (("pledge", scores[0]), ("attendee", scores[2])):
                for text in score.wrong:
                    print(f"    false {label}: {text}")
                for text in score.missed:
                    print(f"    missed {label}: {text}")
        for split in (case["split"], "all"):
            bucket = totals.setdefault(split, [Score(), Score(), Score()])
            for total, score in zip(bucket, scores):
                total.add(score)
    print("-" * len(header))
    for split, scores in totals.items():
        print(_row(f"overall {split}", scores))


if __name__ == "__main__":
    main()
