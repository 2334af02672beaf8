"""Writing a file so that it is either the whole new content or untouched: temp file, fsync, rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["ExportError", "write_atomic"]


class ExportError(Exception):
    """The export could not be written; the message is one line naming the file."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, content: str, *, force: bool = False) -> None:
    """Write ``content`` to ``path`` atomically; refuse to replace an existing file unless ``force``.

    On any failure (disk full, interrupt) the temporary file is removed and ``path`` is as it was.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target}: is a folder, not a file")
    if target.exists() and not force:
        raise ExportError(f"{target}: already exists (use --force to replace it)")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: folder {folder} does not exist")
    try:
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, prefix=f".{target.name}.",
                                             suffix=".part", delete=False)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        with handle:
            # mkstemp creates 0600; an export is an ordinary file, so honour the umask like open() would.
            os.chmod(handle.name, 0o666 & ~_umask())
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(handle.name, target)
        else:
            # link() refuses an existing target, so a file created meanwhile is never clobbered.
            os.link(handle.name, target)
            os.unlink(handle.name)
    except FileExistsError:
        os.unlink(handle.name)
        raise ExportError(f"{target}: already exists (use --force to replace it)") from None
    except BaseException as exc:
        try:
            os.unlink(handle.name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise ExportError(f"{target}: cannot write: {exc.strerror or exc}") from None
        raise
