"""``--fields``: pick and order fields by dotted path (``id,metadata.title,dedup.keep``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def parse_fields(spec: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """``"id, metadata.title"`` or ``["id", "metadata.title"]`` -> ``("id", "metadata.title")``."""
    if spec is None:
        return None
    parts = spec.split(",") if isinstance(spec, str) else [p for item in spec for p in item.split(",")]
    fields = tuple(p.strip() for p in parts if p.strip())
    return fields or None


def get_path(row: dict[str, Any], path: str) -> Any:
    """Value at a dotted path; None when any step is missing (a missing field is unknown, not an error)."""
    value: Any = row
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def project_flat(row: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """Columns named by their dotted path, in the asked order (for CSV)."""
    return {path: get_path(row, path) for path in fields}


def project_nested(row: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """The asked paths rebuilt as nested objects, so ``jq .metadata.title`` still works."""
    out: dict[str, Any] = {}
    for path in fields:
        *parents, leaf = path.split(".")
        target = out
        for part in parents:
            nxt = target.get(part)
            if not isinstance(nxt, dict):
                nxt = target[part] = {}
            target = nxt
        target[leaf] = get_path(row, path)
    return out
