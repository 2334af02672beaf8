"""Speed of the whole pipeline against spaCy's own ``nlp.pipe`` (the floor), cold and warm, and of the
stages after spaCy, on a generated corpus of real news text.

The corpus recombines the seed articles and the ECB+ dev texts (``../shared/eval/ecbplus_dev.jsonl``):
article i is one text's sentences in paragraphs, plus a paragraph from another text of the same ECB+
topic, with numbers and the most frequent names changed from the second pass over the texts on, so
no two articles are alike. Every phase runs in a fresh subprocess (imports done before the clock
starts, the model load inside the timing for both the floor and the pipeline) and reports its peak
resident memory (``ru_maxrss``; spaCy's worker processes separately).

    python3 -m benchmarks.speed                      N = 100 and 1,000
    python3 -m benchmarks.speed --big                also N = 10,000, and the stages after spaCy at 1k-10k
    python3 -m benchmarks.speed --stages 1000,2500,5000,10000 [--cache-dir DIR]   only the stages after spaCy
    python3 -m benchmarks.speed --breakeven          nlp.pipe with 1 vs 2 processes at small N
    python3 -m benchmarks.speed --repeat 3 -n 1000   3 back-to-back pairs of floor and cold, with the median
    python3 -m benchmarks.speed --profile cold -n 1000   cProfile of one phase (top 30 by cumulative time)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ECB = ROOT.parent / "shared" / "eval" / "ecbplus_dev.jsonl"
SURNAMES = ["Okafor", "Lindqvist", "Moreau", "Takahashi", "Novak", "Castillo", "Brennan", "Haddad", "Kowalski",
            "Adeyemi", "Rossi", "Petrov", "Fischer", "Mendes", "Nakamura", "O'Neill", "Varga", "Sato", "Ibsen"]


# -- corpus ------------------------------------------------------------------------------------------


def _sources() -> list[tuple[str, list[str]]]:
    """(group, sentences) per real text: the seeds (group 'seed'), then the ECB+ texts (their topic)."""
    from briefing.config import load_config
    from briefing.ingest import read_paths

    out = []
    for article in read_paths([str(ROOT / "seeds")], load_config(use_user_file=False)).articles:
        body = article.text[article.body_start:]
        out.append(("seed", [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]))
    with ECB.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            out.append((str(row["topic"]), [s.strip() for s in row["text"].split("\n") if s.strip()]))
    return out


def _paragraphs(sentences: list[str], size: int) -> list[str]:
    return [" ".join(sentences[i:i + size]) for i in range(0, len(sentences), size)]


def _vary(text: str, variant: int) -> str:
    """Change numbers and the two most frequent capitalised names, deterministically per variant."""
    if variant == 0:
        return text
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + variant), text)
    names = Counter(re.findall(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b", text))
    for rank, (name, _) in enumerate(names.most_common(2)):
        text = re.sub(rf"\b{name}\b", SURNAMES[(variant * 3 + rank) % len(SURNAMES)], text)
    return text


def build_corpus(n: int) -> list[Any]:
    """``n`` articles; article i does not depend on ``n`` (smaller corpora are prefixes of bigger ones)."""
    from briefing.model import Article

    sources = _sources()
    by_group: dict[str, list[int]] = defaultdict(list)
    for i, (group, _) in enumerate(sources):
        by_group[group].append(i)
    articles, seen = [], set()
    for i in range(n):
        base, variant = i % len(sources), i // len(sources)
        group, sentences = sources[base]
        mates = by_group[group]
        other = sources[mates[(mates.index(base) + 1 + variant) % len(mates)]][1]
        paragraphs = _paragraphs(sentences, 2 + variant % 2)
        extra = _paragraphs(other, 2)
        paragraphs.insert(min(len(paragraphs), 1 + variant % 3), extra[variant % len(extra)])
        text = _vary("\n\n".join(paragraphs), variant) + "\n"
        assert text not in seen, f"article {i} duplicates an earlier one"
        seen.add(text)
        articles.append(Article(id=f"a{i:05d}", path=f"bench/{i:05d}.txt", text=text))
    return articles


# -- phases (each in its own process) ----------------------------------------------------------------


def _config(sections: str = "all") -> Any:
    from briefing.config import Config, load_config

    config = load_config(use_user_file=False)
    if sections == "summary":
        data = dict(config.data)
        data["sections"] = {k: v for k, v in data["sections"].items() if v.get("kind") == "summary"}
        config = Config(data)
    return config


def _memory() -> dict[str, float]:
    """Peak resident memory of this process and of its largest child."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"peak_mb": own.ru_maxrss / 1024, "worker_peak_mb": children.ru_maxrss / 1024}


def _cpu() -> tuple[float, float]:
    """CPU seconds used so far by this process and by its finished children (spaCy's workers)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def phase_pipe(n: int, processes: int, **_: Any) -> dict[str, Any]:
    """Bare spaCy: load the pipeline, ``nlp.pipe`` the article texts."""
    import spacy

    config = _config()
    texts = [a.text for a in build_corpus(n)]
    cpu0, start = _cpu(), time.perf_counter()
    nlp = spacy.load(config["nlp"]["model"])
    for _doc in nlp.pipe(texts, batch_size=config["nlp"]["batch_size"], n_process=processes):
        pass
    seconds, cpu1 = time.perf_counter() - start, _cpu()
    return {"seconds": seconds, "processes": processes, "cpu": cpu1[0] - cpu0[0], "worker_cpu": cpu1[1] - cpu0[1]}


def write_corpus(n: int, directory: Path, *, edited: bool = False) -> list[str]:
    """The corpus as ``.txt`` files in ``directory`` (written once); ``edited`` appends a sentence to the
    first article, the way an analyst's folder changes between two openings."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, article in enumerate(build_corpus(n)):
        path = directory / f"{i:05d}.txt"
        text = article.text + ("\nOfficials said more details would follow on Monday.\n" if edited and i == 0 else "")
        if not path.exists():
            path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _forget_briefings(cache_dir: str) -> None:
    """Drop stored whole briefings, so a stage series measures the stages, not the briefing cache."""
    import sqlite3

    from briefing.cache import FILE_NAME

    path = Path(cache_dir) / FILE_NAME
    if path.exists():
        with sqlite3.connect(path) as db:
            db.execute("DELETE FROM docs WHERE key LIKE 'briefing:%'")


def phase_pipeline(n: int, cache_dir: str, sections: str = "all", variant: str = "", **_: Any) -> dict[str, Any]:
    """The whole briefing from ``.txt`` files, with the cache in ``cache_dir``; stage times from the
    progress events. ``variant``: "" (as is), "edited" (one file changed) or "stages" (stored briefings
    dropped first, so every stage after spaCy runs)."""
    from briefing.cache import AnalysisCache
    from briefing.nlp.analyze import load_model, n_process_for
    from briefing.pipeline import build_briefing

    config = _config(sections)
    paths = write_corpus(n, Path(cache_dir) / f"corpus-{n}{'-edited' if variant == 'edited' else ''}",
                         edited=variant == "edited")
    if variant == "stages":
        _forget_briefings(cache_dir)
    marks: dict[str, float] = {}

    def mark(progress: Any) -> None:
        marks[f"{progress.stage}{'_end' if progress.done == progress.total else ''}"] = time.perf_counter()
        marks.setdefault(f"{progress.stage}_start", time.perf_counter())

    with AnalysisCache(cache_dir) as cache:
        cache.get_many([])  # opens (creates) the file outside the clock
        start = time.perf_counter()
        briefing = build_briefing(paths, config, cache=cache, on_progress=mark)
        end = time.perf_counter()
        entries = cache.info().entries
    read_end = marks.get("read_end", start)
    parse_end = marks.get("parse_end", read_end)
    cluster_end = marks.get("cluster_end", parse_end)
    stages = {"read": read_end - start, "parse": parse_end - read_end,
              "entities": marks.get("cluster_start", parse_end) - parse_end,
              "cluster": cluster_end - marks.get("cluster_start", parse_end), "sections": end - cluster_end}
    return {"seconds": end - start, "stages": stages, "topics": len(briefing.topics), "entries": entries,
            "processes": n_process_for(config["nlp"], n), "model_loaded": load_model.cache_info().currsize > 0}


def phase_analyze(n: int, cache_dir: str, **_: Any) -> dict[str, Any]:
    """Only the spaCy pass (through the cache): fills the cache for the stage series."""
    from briefing.cache import AnalysisCache
    from briefing.ingest.clean import CleanRules
    from briefing.nlp.analyze import analyze, n_process_for

    config = _config()
    articles = build_corpus(n)
    with AnalysisCache(cache_dir) as cache:
        start = time.perf_counter()
        analyze(articles, config["nlp"], CleanRules.from_config(config["clean"]), cache=cache)
        return {"seconds": time.perf_counter() - start, "processes": n_process_for(config["nlp"], n)}


PHASES = {"pipe": phase_pipe, "pipeline": phase_pipeline, "analyze": phase_analyze}


def child(args: argparse.Namespace) -> None:
    """Run one phase and print its result as JSON on the last line."""
    # Import everything heavy before any clock starts.
    import spacy  # noqa: F401

    import briefing.pipeline  # noqa: F401

    kwargs = {"n": args.n, "processes": args.processes, "cache_dir": args.cache_dir, "sections": args.sections,
              "variant": args.variant}
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        result = profiler.runcall(PHASES[args.phase], **kwargs)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    else:
        result = PHASES[args.phase](**kwargs)
    print(json.dumps({**result, **_memory()}))


def run_phase(phase: str, n: int, *, processes: int = 1, cache_dir: str = "", sections: str = "all",
              variant: str = "", profile: bool = False) -> dict[str, Any]:
    """Run a phase in a fresh interpreter and return its figures."""
    cmd = [sys.executable, "-m", "benchmarks.speed", "--phase", phase, "-n", str(n), "--processes", str(processes),
           "--cache-dir", cache_dir, "--sections", sections, "--variant", variant] + (
        ["--profile", phase] if profile else [])
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {phase} n={n} failed:\n{done.stderr[-3000:]}")
    if profile:
        sys.stderr.write(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- tables ------------------------------------------------------------------------------------------


def machine() -> str:
    """CPU count, CPU model, Python version and the current load (the machines are shared)."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpus} CPUs ({model}), Python {sys.version.split()[0]}, load average {load}"


def _row(n: int, what: str, r: dict[str, Any], floor: float | None, cold: float | None) -> str:
    rate = n / r["seconds"]
    vs_floor = f"{r['seconds'] / floor:.2f}x" if floor else "-"
    vs_cold = f"{100 * r['seconds'] / cold:.1f}%" if cold else "-"
    return (f"| {n:>6,} | {what:<22} | {r.get('processes', '-')!s:>2} | {r['seconds']:>8.2f} | {rate:>7.1f} | "
            f"{vs_floor:>8} | {vs_cold:>6} | {r['peak_mb']:>6.0f} / {r['worker_peak_mb']:>5.0f} |")


def speed_table(sizes: list[int], keep: dict[int, str]) -> None:
    """Floors with 1 and 2 processes, cold and warm pipeline, for each N."""
    print("| N | phase | P | seconds | art/s | x floor (same P) | % of cold | peak MB (main / workers) |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        floors = {p: run_phase("pipe", n, processes=p) for p in (1, 2)}
        for p, r in floors.items():
            print(_row(n, f"nlp.pipe (floor, P={p})", r, None, None), flush=True)
        cache_dir = tempfile.mkdtemp(prefix=f"briefing-bench-{n}-")
        keep[n] = cache_dir
        cold = run_phase("pipeline", n, cache_dir=cache_dir)
        print(_row(n, "cold pipeline", cold, floors[cold["processes"]]["seconds"], None), flush=True)
        warm = run_phase("pipeline", n, cache_dir=cache_dir)
        warm["processes"] = "-"
        print(_row(n, "warm pipeline", warm, None, cold["seconds"]), flush=True)
        edited = run_phase("pipeline", n, cache_dir=cache_dir, variant="edited")
        print(_row(n, "warm, 1 file edited", edited, None, cold["seconds"]), flush=True)
        best = min(f["seconds"] for f in floors.values())
        print(f"|        | cold / best floor: {cold['seconds'] / best:.2f}x; "
              + "; ".join(f"{name} stages: " + ", ".join(f"{k} {v:.2f}s" for k, v in r["stages"].items())
                          for name, r in (("cold", cold), ("warm", warm), ("1 edited", edited)))
              + f"; spaCy model loaded in the warm run: {warm['model_loaded']} |")


def stages_table(sizes: list[int], cache_dir: str, all_sections_up_to: int) -> None:
    """The stages after spaCy (docs decoded from the cache): entities, clustering, the summary section
    alone, and every section (only up to ``all_sections_up_to`` articles)."""
    print("\n| N | decode+sentences | entities | clustering | summary section | all sections | topics | peak MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        summary = run_phase("pipeline", n, cache_dir=cache_dir, sections="summary", variant="stages")
        s = summary["stages"]
        every = "-"
        if n <= all_sections_up_to:
            every = f"{run_phase('pipeline', n, cache_dir=cache_dir, variant='stages')['stages']['sections']:.2f}s"
        print(f"| {n:>6,} | {s['parse']:.2f}s | {s['entities']:.2f}s | {s['cluster']:.2f}s | {s['sections']:.2f}s | "
              f"{every} | {summary['topics']} | {summary['peak_mb']:.0f} |", flush=True)


def paired(n: int, repeats: int) -> None:
    """``repeats`` pairs of (floor with 2 processes, cold pipeline with a fresh cache), run back to back so
    both see the same machine; the median ratio is the figure to quote on a shared, noisy machine."""
    import statistics

    floors, colds = [], []
    for rep in range(repeats):
        floors.append(run_phase("pipe", n, processes=2)["seconds"])
        directory = tempfile.mkdtemp(prefix=f"briefing-bench-{n}-")
        try:
            colds.append(run_phase("pipeline", n, cache_dir=directory)["seconds"])
        finally:
            shutil.rmtree(directory, ignore_errors=True)
        print(f"pair {rep + 1}: floor {floors[-1]:.2f} s, cold {colds[-1]:.2f} s, {colds[-1] / floors[-1]:.2f}x "
              f"(load {os.getloadavg()[0]:.1f})", flush=True)
    print(f"N = {n:,}: median floor {statistics.median(floors):.2f} s, median cold {statistics.median(colds):.2f} s, "
          f"median of the ratios {statistics.median(c / f for c, f in zip(colds, floors)):.2f}x")


def breakeven(sizes: list[int]) -> None:
    """Bare nlp.pipe with one and two processes: where forking starts to pay."""
    print("| N | P=1 s | P=2 s | P=2 / P=1 | CPU s P=1 | CPU s P=2 (main + workers) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        one, two = (run_phase("pipe", n, processes=p) for p in (1, 2))
        print(f"| {n} | {one['seconds']:.2f} | {two['seconds']:.2f} | {two['seconds'] / one['seconds']:.2f} | "
              f"{one['cpu']:.1f} | {two['cpu']:.1f} + {two['worker_cpu']:.1f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="also N = 10,000 and the 1k-10k stage series")
    parser.add_argument("--breakeven", action="store_true", help="nlp.pipe with 1 vs 2 processes at small N")
    parser.add_argument("--repeat", type=int, help="only K back-to-back pairs of floor (P=2) and cold at -n N")
    parser.add_argument("--sizes", help="comma-separated N instead of the defaults")
    parser.add_argument("--stages", help="comma-separated N: only the stages after spaCy (fills a cache first)")
    parser.add_argument("--all-sections-up-to", type=int, default=1000,
                        help="run every section (not just the summary) in the stage table up to this N")
    parser.add_argument("--profile", choices=("pipe", "pipeline"), help="cProfile one phase (with -n)")
    parser.add_argument("--phase", choices=tuple(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--cache-dir", default="")
    parser.add_argument("--sections", default="all", help=argparse.SUPPRESS)
    parser.add_argument("--variant", default="", choices=("", "edited", "stages"),
                        help="with --profile pipeline: 'edited' = one file changed, 'stages' = no stored briefing")
    args = parser.parse_args()
    if args.phase:
        return child(args)
    if args.profile:
        cache_dir = args.cache_dir or tempfile.mkdtemp(prefix="briefing-bench-")
        result = run_phase(args.profile, args.n, processes=args.processes, cache_dir=cache_dir, profile=True)
        print(json.dumps(result, indent=1))
        return None
    print(f"machine: {machine()}\n")
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else None
    if args.breakeven:
        breakeven(sizes or [25, 50, 100, 200, 400])
        return None
    if args.repeat:
        paired(args.n, args.repeat)
        return None
    keep: dict[int, str] = {}
    try:
        if args.stages:
            series = [int(s) for s in args.stages.split(",")]
            # --cache-dir reuses (and keeps) a cache filled before; otherwise a new one is filled and removed.
            directory = args.cache_dir or tempfile.mkdtemp(prefix="briefing-bench-")
            if not args.cache_dir:
                keep[max(series)] = directory
            filled = run_phase("analyze", max(series), cache_dir=directory)
            print(f"spaCy pass over {max(series):,} articles (P={filled['processes']}, through the cache in "
                  f"{directory}): {filled['seconds']:.0f} s, peak {filled['peak_mb']:.0f} MB")
            keep.setdefault(max(series), directory)
        else:
            speed_table(sizes or ([100, 1000, 10_000] if args.big else [100, 1000]), keep)
            series = [1000, 2500, 5000, 10_000] if args.big else [100, 1000]
        biggest = max(keep)
        stages_table([n for n in series if n <= biggest], keep[biggest], args.all_sections_up_to)
    finally:
        for directory in keep.values():
            if directory != args.cache_dir:
                shutil.rmtree(directory, ignore_errors=True)
    print(f"\nmachine at the end: {machine()}")
    return None


if __name__ == "__main__":
    main()
