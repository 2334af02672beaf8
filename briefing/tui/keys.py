"""Key bindings as data: collected from classes, remapped from the ``[keys]`` config table, displayed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

__all__ = ["bindings_of", "remapped", "key_label"]


def bindings_of(cls: type[DOMNode]) -> list[Binding]:
    """The bindings a class ends up with (its own over its bases'), one per key, in declaration order."""
    by_key: dict[str, Binding] = {}
    for klass in reversed(cls.__mro__):
        for entry in klass.__dict__.get("BINDINGS", ()):
            for binding in Binding.make_bindings([entry]):
                by_key[binding.key] = binding
    return list(by_key.values())


def remapped(binding: Binding, keymap: Mapping[str, str]) -> Binding:
    """``binding`` with the key the keymap gives its id (unchanged if its id is not remapped)."""
    if binding.id and binding.id in keymap:
        return replace(binding, key=keymap[binding.id])
    return binding


def key_label(app: App, binding: Binding) -> str:
    """How the key(s) of ``binding`` are written for people (``?``, ``^p``, ``j / down``)."""
    keys = [k.strip() for k in binding.key.split(",") if k.strip()]
    return " / ".join(app.get_key_display(replace(binding, key=k, key_display=None)) for k in keys)
