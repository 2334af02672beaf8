"""Dates to ISO 8601, without guessing wildly."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

__all__ = ["normalise_date"]

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def normalise_date(value: str) -> str:
    """``value`` as ``YYYY-MM-DD`` (or a full ISO timestamp when it has a time); ``""`` if unparseable."""
    value = value.strip()
    if not value:
        return ""
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$", value)
    if iso:
        try:
            datetime(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return ""
        return value.replace(" ", "T") if iso.group(4) else value[:10]
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    words = re.match(r"(?:[A-Za-z]+,?\s+)?(\d{1,2})?\s*([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})?,?\s*(\d{4})$", value)
    if words and words.group(2).lower() in _MONTHS:
        day = words.group(1) or words.group(3)
        if day:
            try:
                return datetime(int(words.group(4)), _MONTHS[words.group(2).lower()], int(day)).date().isoformat()
            except ValueError:
                return ""
    return ""
