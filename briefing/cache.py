"""The analysis cache: each article's spaCy result, so reopening a folder skips spaCy.

One SQLite file in the platform cache dir (``~/.cache/briefing/analysis.sqlite3`` on Linux). An entry
is keyed by the hash of the *cleaned* text spaCy read, the pipeline's identity (name, version, meta),
spaCy's version and :data:`FORMAT_VERSION`, so changing any of them misses instead of reusing a stale
parse. Each stored blob carries a digest; a blob that fails it, or fails to decode into a ``Doc`` of
exactly the expected text, is deleted and parsed again, never used. The same table also holds whole
briefings under ``briefing:`` keys (see :mod:`briefing.memo`), bounded and evicted with the rest.

The cache is an optimisation, never a point of failure: an unreadable database is rebuilt, and a
read-only, full or locked one turns the cache off for the run with at most one warning.
SQLite's WAL mode and locking keep concurrent runs from corrupting it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import threading
import time
import warnings
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from platformdirs import user_cache_path

if TYPE_CHECKING:  # numpy only codes parsed docs: a warm run reading a stored briefing never needs it
    import numpy as np

__all__ = [
    "FORMAT_VERSION",
    "FILE_NAME",
    "AnalysisCache",
    "CacheInfo",
    "CacheWarning",
    "cache_dir",
    "open_cache",
    "entry_key",
    "encode_doc",
    "decode_doc",
]

FORMAT_VERSION = 9
"""Bump when :func:`encode_doc`'s layout or the attributes it keeps change, or when the tokens the pipeline
is given or what :func:`~briefing.nlp.analyze.load_model` adds to it change (its components, its lists such as
:data:`~briefing.nlp.analyze.TITLE_ABBREVIATIONS`): old entries then miss."""

_SCHEMA_VERSION = 1
"""SQLite ``user_version`` of the table layout; a file with another one is emptied and rebuilt."""

FILE_NAME = "analysis.sqlite3"
"""The database's name inside the cache dir."""

_ATTRS = ("TAG", "POS", "MORPH", "LEMMA", "NORM", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START")
"""Token attributes kept: everything the tagger, parser, lemmatizer and NER set (NORM too, because the
pipeline's lexeme-norm table is not in a bare vocab). Not kept: the tensor (no one reads it)."""

_LAYOUT = ("IDX", "LENGTH", "SPACY")
"""Where each token is in the text: words are sliced from the text itself rather than stored."""

_STRING_ATTRS = ("TAG", "MORPH", "LEMMA", "NORM", "DEP", "ENT_TYPE")
"""Attributes whose values are string hashes: their strings travel with the entry."""

_MAGIC = b"BRD2"
_HEADER = struct.Struct("<4s16sII")
"""Magic, digest of the text, token count, length of the JSON strings; then the strings, then the
``uint64`` array of token attributes and layout."""

_CHUNK = 500
"""Keys per SQL statement (well under SQLite's limit on bound parameters)."""

_EVICT_TO = 0.8
"""After going over the bound, evict down to this share of it, so not every write evicts."""

T = TypeVar("T")


class CacheWarning(UserWarning):
    """The cache could not be used; the run goes on without it."""


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """What ``briefing cache info`` shows."""

    path: Path
    entries: int
    """Articles stored."""
    briefings: int
    """Whole briefings stored (:mod:`briefing.memo`)."""
    stored_bytes: int
    """Sum of the stored entries' sizes (what the bound counts)."""
    file_bytes: int
    """Size of the database files on disk."""
    max_bytes: int


def cache_dir() -> Path:
    """``<platformdirs user cache dir>/briefing`` (``$XDG_CACHE_HOME/briefing`` on Linux)."""
    return user_cache_path("briefing", appauthor=False)


def entry_key(clean_text: str, model_fingerprint: str) -> str:
    """The key of one article's entry: a hash of everything its parse depends on."""
    import spacy

    digest = hashlib.sha256()
    for part in (str(FORMAT_VERSION), spacy.__version__, model_fingerprint):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(clean_text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _attr_ids(names: Sequence[str]) -> list[int]:
    from spacy import attrs

    return [getattr(attrs, name) for name in names]


def _text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def encode_doc(doc: Any) -> bytes:
    """A compact, compressed form of a parsed ``Doc``: token attributes, their strings, the text's digest."""
    import numpy as np

    array = doc.to_array(_attr_ids((*_ATTRS, *_LAYOUT))).astype("<u8", copy=False)
    columns = [_ATTRS.index(name) for name in _STRING_ATTRS]
    strings = [doc.vocab.strings[int(h)] for h in np.unique(array[:, columns]) if h]
    head = json.dumps(strings, ensure_ascii=False).encode("utf-8", "surrogatepass")
    raw = _HEADER.pack(_MAGIC, _text_digest(doc.text), len(doc), len(head)) + head + array.tobytes()
    return zlib.compress(raw, 1)


def decode_doc(blob: bytes, vocab: Any, expected_text: str) -> Any | None:
    """The ``Doc`` stored by :func:`encode_doc`, or None if ``blob`` is damaged or not of ``expected_text``."""
    import numpy as np
    from spacy.tokens import Doc

    try:
        raw = zlib.decompress(blob)
        magic, text_digest, count, head_len = _HEADER.unpack_from(raw)
        if magic != _MAGIC or text_digest != _text_digest(expected_text):
            return None
        strings = json.loads(raw[_HEADER.size:_HEADER.size + head_len].decode("utf-8", "surrogatepass"))
        width = len(_ATTRS) + len(_LAYOUT)
        array = np.frombuffer(raw, dtype="<u8", offset=_HEADER.size + head_len)
        if array.size != count * width:
            return None
        array = array.reshape(count, width)
        idx, length, space = (array[:, -3].astype(np.int64), array[:, -2].astype(np.int64),
                              array[:, -1].astype(np.int64))
        if not _tiles(idx, length, space, len(expected_text)):
            return None
        for string in strings:
            vocab.strings.add(string)
        words = [expected_text[i:i + n] for i, n in zip(idx.tolist(), length.tolist())]
        doc = Doc(vocab, words=words, spaces=space.astype(bool).tolist())
        doc.from_array(_attr_ids(_ATTRS), np.ascontiguousarray(array[:, :len(_ATTRS)]))
    except Exception:  # noqa: BLE001 - any damage means "not cached", whatever the decoder raises
        return None
    return doc


def _tiles(idx: np.ndarray, length: np.ndarray, space: np.ndarray, size: int) -> bool:
    """Tokens (with their trailing space) cover the text exactly, in order, with no gap or overlap."""
    import numpy as np

    if not len(idx):
        return size == 0
    ends = idx + length + space
    return bool(idx[0] == 0 and ends[-1] == size and np.array_equal(ends[:-1], idx[1:])
                and (length > 0).all() and ((space == 0) | (space == 1)).all())


def _vacuum(conn: sqlite3.Connection) -> None:
    """Give freed pages back to the file system (executescript steps the pragma to completion;
    ``execute`` would free a single page)."""
    conn.executescript("PRAGMA incremental_vacuum;")


def _digest(blob: bytes) -> bytes:
    return hashlib.blake2b(blob, digest_size=16).digest()


def _error_name(exc: sqlite3.Error) -> str:
    """SQLite's error name (``SQLITE_CORRUPT`` ...), from the exception or, before 3.11, its message."""
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        return "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    text = str(exc).lower()
    for needle, guessed in (("malformed", "SQLITE_CORRUPT"), ("not a database", "SQLITE_NOTADB"),
                            ("locked", "SQLITE_BUSY"), ("busy", "SQLITE_BUSY")):
        if needle in text:
            return guessed
    return "SQLITE_ERROR"


_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
"""Errors that mean the file itself is broken: rebuild it."""

_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
"""Another run holds the lock past the timeout: skip this operation, keep the cache on."""


class AnalysisCache:
    """Stored spaCy results, keyed by :func:`entry_key`. Safe to share between threads and processes."""

    def __init__(self, directory: Path | str | None = None, *, max_bytes: int = 500_000_000,
                 on_warning: Callable[[str], None] | None = None, timeout: float = 10.0) -> None:
        self.path = Path(directory if directory is not None else cache_dir()) / FILE_NAME
        self.max_bytes = max_bytes
        self.on_warning = on_warning or (lambda message: warnings.warn(message, CacheWarning, stacklevel=3))
        self.timeout = timeout
        self.disabled = False
        """True once the cache was turned off for this run (a warning said why)."""
        self._conn: sqlite3.Connection | None = None
        self._rebuilt = False
        self._lock = threading.Lock()

    # -- public operations ---------------------------------------------------------------------------

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The stored blobs of those ``keys`` that are present and pass their digest.

        Entries that fail it are deleted. Hits are marked as recently used (for eviction)."""
        return self._guard(lambda conn: self._get(conn, list(dict.fromkeys(keys))), {})

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store ``(key, blob)`` pairs in one transaction, then evict down to the size bound if over it."""
        rows = [(key, len(blob), time.time(), _digest(blob), blob) for key, blob in items
                if len(blob) <= self.max_bytes]
        if rows:
            self._guard(lambda conn: self._put(conn, rows), None)

    def forget(self, keys: Sequence[str]) -> None:
        """Delete the entries of ``keys`` (an entry found unusable after its digest passed)."""
        self._guard(lambda conn: self._delete(conn, list(keys)), None)

    def clear(self) -> int | None:
        """Delete every entry (an unreadable file is replaced); how many there were, None if it could not."""
        if not self.path.exists():
            return 0
        return self._guard(self._clear, None)

    def info(self) -> CacheInfo:
        """Entries, sizes and the bound (an absent cache is not created)."""
        if not self.path.exists():
            return CacheInfo(self.path, 0, 0, 0, 0, self.max_bytes)
        entries, briefings, stored = self._guard(lambda conn: conn.execute(
            "SELECT count(*), coalesce(sum(key LIKE 'briefing:%'), 0), coalesce(sum(size), 0) FROM docs").fetchone(),
            (0, 0, 0))
        files = [self.path.with_name(self.path.name + suffix) for suffix in ("", "-wal", "-shm")]
        on_disk = sum(f.stat().st_size for f in files if f.exists())
        return CacheInfo(self.path, entries - briefings, briefings, stored, on_disk, self.max_bytes)

    def close(self) -> None:
        """Close the database (reopened on next use)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- SQL -----------------------------------------------------------------------------------------

    def _get(self, conn: sqlite3.Connection, keys: list[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        damaged: list[str] = []
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for key, digest, blob in conn.execute(
                    f"SELECT key, digest, data FROM docs WHERE key IN ({marks})", chunk):
                if isinstance(blob, bytes) and _digest(blob) == digest:
                    found[key] = blob
                else:
                    damaged.append(key)
        self._touch(conn, list(found))
        if damaged:
            self._delete(conn, damaged)
        return found

    def _touch(self, conn: sqlite3.Connection, keys: list[str]) -> None:
        """Mark hits as used now; skipped (not an error) when another run holds the write lock."""
        try:
            with conn:
                now = time.time()
                for i in range(0, len(keys), _CHUNK):
                    chunk = keys[i:i + _CHUNK]
                    conn.execute(f"UPDATE docs SET used = ? WHERE key IN ({','.join('?' * len(chunk))})",
                                 [now, *chunk])
        except sqlite3.OperationalError as exc:
            if _error_name(exc) not in _BUSY:
                raise

    def _put(self, conn: sqlite3.Connection, rows: list[tuple[str, int, float, bytes, bytes]]) -> None:
        with conn:
            conn.executemany("INSERT OR REPLACE INTO docs (key, size, used, digest, data) VALUES (?, ?, ?, ?, ?)",
                             rows)
            self._evict(conn)
        _vacuum(conn)

    def _evict(self, conn: sqlite3.Connection) -> None:
        """Delete least recently used entries until the stored size is back under the bound."""
        total = conn.execute("SELECT coalesce(sum(size), 0) FROM docs").fetchone()[0]
        if total <= self.max_bytes:
            return
        target = total - int(self.max_bytes * _EVICT_TO)
        freed, victims = 0, []
        for key, size in conn.execute("SELECT key, size FROM docs ORDER BY used, rowid"):
            if freed >= target:
                break
            victims.append(key)
            freed += size
        for i in range(0, len(victims), _CHUNK):
            chunk = victims[i:i + _CHUNK]
            conn.execute(f"DELETE FROM docs WHERE key IN ({','.join('?' * len(chunk))})", chunk)

    def _delete(self, conn: sqlite3.Connection, keys: list[str]) -> None:
        with conn:
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i:i + _CHUNK]
                conn.execute(f"DELETE FROM docs WHERE key IN ({','.join('?' * len(chunk))})", chunk)

    def _clear(self, conn: sqlite3.Connection) -> int:
        with conn:
            count = conn.execute("DELETE FROM docs").rowcount
        _vacuum(conn)
        return count

    # -- connection, errors --------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None,
                                   check_same_thread=False)
            try:
                self._prepare(conn)
            except BaseException:
                conn.close()
                raise
            conn.isolation_level = ""  # "with conn:" now wraps statements in one transaction
            self._conn = conn
        return self._conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        # auto_vacuum must be set before the first table exists; it lets eviction give space back.
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, _SCHEMA_VERSION):
            conn.execute("DROP TABLE IF EXISTS docs")
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                         "used REAL NOT NULL, digest BLOB NOT NULL, data BLOB NOT NULL)")
            conn.execute("CREATE INDEX IF NOT EXISTS docs_used ON docs (used, size)")
            conn.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _guard(self, operation: Callable[[sqlite3.Connection], T], fallback: T) -> T:
        """Run ``operation``; a broken file is rebuilt once, an unusable one turns the cache off."""
        with self._lock:
            for attempt in (1, 2):
                if self.disabled:
                    return fallback
                try:
                    return operation(self._connect())
                except sqlite3.Error as exc:
                    name = _error_name(exc)
                    if name in _BUSY:
                        return fallback
                    if name in _DAMAGED and attempt == 1 and not self._rebuilt:
                        self._rebuild()
                        continue
                    self._disable(f"{exc}")
                except OSError as exc:
                    self._disable(exc.strerror or str(exc))
            return fallback

    def _rebuild(self) -> None:
        """Replace a damaged database file with an empty one (its entries are only a cache)."""
        self._rebuilt = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._remove_files()

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            except OSError:
                pass

    def _disable(self, reason: str) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None
        if not self.disabled:
            self.disabled = True
            self.on_warning(f"analysis cache off for this run ({self.path}: {reason})")


def open_cache(table: dict[str, Any], *, on_warning: Callable[[str], None] | None = None) -> AnalysisCache | None:
    """The cache configured by a ``[cache]`` table, or None when ``enabled = false``."""
    if not table["enabled"]:
        return None
    return AnalysisCache(cache_dir(), max_bytes=table["max_bytes"], on_warning=on_warning)
