"""Shared fixtures: the packaged config, the seeds, and one briefing of the seeds per session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# No test may read or write the real user config or cache.
_HOME = tempfile.mkdtemp(prefix="briefing-tests-")
atexit.register(shutil.rmtree, _HOME, True)
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_HOME, "cache")

from briefing.config import Config, load_config  # noqa: E402
from briefing.model import Briefing  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def config() -> Config:
    """The packaged defaults (the test home has no user file)."""
    return load_config()


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The folder of the two sample articles."""
    return SEEDS


@pytest.fixture(scope="session")
def seed_briefing(config: Config) -> Briefing:
    """The briefing of the seeds, built once (spaCy is the slow part)."""
    from briefing.pipeline import build_briefing

    return build_briefing([str(SEEDS)], config)
