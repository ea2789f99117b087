"""Side-by-side view of one case under Dublin III and the AMMR (comparison runs)."""

from __future__ import annotations

from cordiale.law.explain.render import Language, cite, label, period_text, render
from cordiale.law.outcome import Determination

_HEAD: dict[str, tuple[str, str]] = {
    "title": ("Comparison", "Comparaison"),
    "state": ("State proposed", "État proposé"),
    "basis": ("Legal basis", "Fondement"),
    "first_step": ("Decisive step", "Étape décisive"),
    "same": ("Both rules designate the same State.", "Les deux règles désignent le même État."),
    "differ": (
        "The rules designate different States.",
        "Les règles désignent des États différents.",
    ),
}


def _t(key: str, lang: Language) -> str:
    texts = _HEAD[key]
    return texts[1] if lang is Language.FR else texts[0]


def _decisive(result: Determination, lang: Language) -> str:
    applied = [s for s in result.trace if s.outcome.value == "applies"]
    return render(applied[0].message, lang) if applied else "-"


def compare_text(dublin3: Determination, ammr: Determination, lang: Language) -> str:
    """Two columns as consecutive blocks, then the verdict on whether they differ."""
    lines = [f"{_t('title', lang)} — {dublin3.reference} ({dublin3.as_of.isoformat()})", ""]
    for result in (dublin3, ammr):
        lines.append(f"== {label(result.regime.value, lang)}")
        lines.append(f"   {label('status', lang)}: {label(result.status.value, lang)}")
        lines.append(f"   {_t('state', lang)}: {result.proposed_state or '-'}")
        lines.append(f"   {_t('basis', lang)}: {cite(result.basis, lang) or '-'}")
        lines.append(f"   {_t('first_step', lang)}: {_decisive(result, lang)}")
        for deadline in result.deadlines:
            if deadline.status.value == "not_applicable":
                continue
            lines.append(
                f"   - {deadline.id}: {deadline.due.isoformat()} "
                f"({period_text(deadline.period, lang)}, {cite(deadline.basis, lang)}) "
                f"{label(deadline.status.value, lang)}"
            )
        for warning in result.warnings:
            lines.append(f"   ! {render(warning.message, lang)}")
        lines.append("")
    same = dublin3.proposed_state == ammr.proposed_state
    lines.append(_t("same" if same else "differ", lang))
    return "\n".join(lines)
