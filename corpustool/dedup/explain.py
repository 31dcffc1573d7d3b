"""Why two records are (or are not) copies: the scores, the decision, the passages that differ.

Scores are computed exactly as in a corpus run, except that without a corpus there is no learned
boilerplate: shared share bars or copyright lines count here (the reason says so). rapidfuzz
ratios are shown for people who think in edit distance; they do not take part in the decision.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process, utils

from corpustool.dedup.features import fingerprint
from corpustool.dedup.normalize import sentences
from corpustool.dedup.params import DedupParams
from corpustool.dedup.verify import share_in
from corpustool.errors import CorpustoolError
from corpustool.records import Record


class RecordNotFound(CorpustoolError):
    """An id asked for by ``explain_ids`` is not in the input."""

# A sentence "has a counterpart" when some sentence of the other text is this similar (0-100).
SAME_SENTENCE = 80.0
MAX_SENTENCES = 300


def explain_pair(a: Record, b: Record, params: DedupParams | None = None) -> dict[str, Any]:
    """Scores, decision ("copy" or "different"), a one-line reason and the differing sentences."""
    p = params or DedupParams()
    ta, tb = _text(a), _text(b)
    fa, fb = fingerprint(ta), fingerprint(tb)
    shared = len(np.intersect1d(fa.sig, fb.sig, assume_unique=True))
    smaller = min(len(fa.sig), len(fb.sig))
    union = len(fa.sig) + len(fb.sig) - shared
    containment = shared / smaller if smaller else 0.0
    lead_a_in_b, lead_b_in_a = share_in(fa.lead, fb.head), share_in(fb.lead, fa.head)
    lead = max(lead_a_in_b, lead_b_in_a)
    anchors = len(np.intersect1d(fa.anchors, fb.anchors, assume_unique=True))
    checks = [
        (anchors >= p.min_anchors, f"they share {anchors} 12-character anchors (need {p.min_anchors})"),
        (shared >= p.min_shared, f"they share {shared} sampled shingles (need {p.min_shared})"),
        (containment >= p.min_containment,
         f"{containment:.0%} of the shorter text is in the longer (need {p.min_containment:.0%})"),
        (lead >= p.min_lead,
         f"the lead of one is {lead:.0%} inside the other's opening (need {p.min_lead:.0%})"),
    ]
    is_copy = all(ok for ok, _ in checks)
    if is_copy:
        reason = "copy: " + "; ".join(msg for _, msg in checks)
    else:
        reason = "different: " + "; ".join(msg for ok, msg in checks if not ok)
        if containment >= p.min_containment and lead < p.min_lead:
            reason += " (shared background under a new lead: a follow-up or related story)"
    reason += "; boilerplate is only learned in a corpus run, so shared outlet lines count here"
    sa, sb = sentences(ta)[:MAX_SENTENCES], sentences(tb)[:MAX_SENTENCES]
    return {
        "a": a.get("id"),
        "b": b.get("id"),
        "decision": "copy" if is_copy else "different",
        "reason": reason,
        "scores": {
            "containment": round(containment, 4),
            "jaccard": round(shared / union, 4) if union else 0.0,
            "lead": round(lead, 4),
            "lead_a_in_b": round(lead_a_in_b, 4),
            "lead_b_in_a": round(lead_b_in_a, 4),
            "shared_shingles": shared,
            "shared_anchors": anchors,
            "a_shingles": len(fa.sig),
            "b_shingles": len(fb.sig),
            "fuzz_token_set_ratio": round(fuzz.token_set_ratio(ta, tb, processor=utils.default_process), 1),
            "fuzz_partial_ratio": round(fuzz.partial_ratio(ta, tb, processor=utils.default_process), 1),
        },
        "thresholds": {"containment": p.min_containment, "lead": p.min_lead, "shared": p.min_shared},
        "only_in_a": _unmatched(sa, sb),
        "only_in_b": _unmatched(sb, sa),
    }


def explain_ids(records: Iterable[Record], id_a: str, id_b: str, params: DedupParams | None = None
                ) -> dict[str, Any]:
    """Find two records by id in a stream (stops reading once both are found) and explain them."""
    found: dict[str, Record] = {}
    for record in records:
        rid = str(record.get("id"))
        if rid in (id_a, id_b) and rid not in found:
            found[rid] = record
            if len(found) == len({id_a, id_b}):
                break
    missing = [i for i in (id_a, id_b) if i not in found]
    if missing:
        raise RecordNotFound(f"no record with id {', '.join(repr(m) for m in missing)} in the input")
    return explain_pair(found[id_a], found[id_b], params)


def render_explanation(report: dict[str, Any]) -> str:
    """Plain text for a terminal: decision and reason, scores, then the differing sentences."""
    lines = [f"{report['a']}  vs  {report['b']}: {report['decision'].upper()}", report["reason"], ""]
    lines += [f"  {name:<22} {value}" for name, value in report["scores"].items()]
    for side, other in (("a", "b"), ("b", "a")):
        only = report[f"only_in_{side}"]
        title = f"Only in {report[side]} ({len(only)} sentences without a counterpart in {report[other]}):"
        lines += ["", title]
        lines += [f"  - {s}" for s in only] or ["  (none)"]
    return "\n".join(lines)


def _text(record: Record) -> str:
    text = record.get("text")
    return text if isinstance(text, str) else ""


def _unmatched(mine: list[str], theirs: list[str]) -> list[str]:
    """Sentences of ``mine`` with no similar sentence in ``theirs`` (OCR noise tolerated)."""
    if not theirs:
        return list(mine)
    out = []
    for sentence in mine:
        best = process.extractOne(sentence, theirs, scorer=fuzz.ratio, processor=utils.default_process)
        if best is None or best[1] < SAME_SENTENCE:
            out.append(sentence)
    return out
