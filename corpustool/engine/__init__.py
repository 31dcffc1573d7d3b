"""Run per-record stages on several cores while keeping output order deterministic."""

from corpustool.engine.local import map_stage

__all__ = ["map_stage"]
