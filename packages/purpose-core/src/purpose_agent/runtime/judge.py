"""The purpose function Φ: how far an episode got towards the user's purpose, with evidence.

Three rules keep the judge honest. First, a deterministic checker, when the task has one, always wins.
Second, evidence must come from outside the answer under judgement: tool observations, documents, or a
reference answer. A quote that only repeats the answer (or the task) proves nothing and does not count;
the actor's self-assessment is stripped before the judge sees the answer. Third, a score with no external
evidence is marked as the model's *opinion*: capped at :data:`UNVERIFIED_CAP`, at low confidence. Small
judges are easily talked into high scores, and a judge quoting the answer to justify the answer was how a
wrong ``100`` once scored 1.0.

How far the judge can be trusted at all is measured, not assumed: ``benchmarks/judge_agreement.py``
compares its verdicts with deterministic checkers on a labelled judging set and the figures are kept in
:data:`MEASURED_AGREEMENT`; :func:`judge_trusted` says whether memory CI may rely on it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from purpose_agent.errors import BackendError
from purpose_agent.llm.protocol import Backend, Message
from purpose_agent.runtime.checkers import check
from purpose_agent.types import Score

#: The stated scale: the model answers 0-10, stored as 0.0-1.0.
SCALE = 10
#: Highest score allowed when none of the judge's quotes is found in external evidence (an opinion).
UNVERIFIED_CAP = 0.3
#: Highest confidence of an opinion.
OPINION_CONFIDENCE = 0.2
#: Agreement with the checkers below which memory CI does not replay on the judge's scores.
TRUST_AT = 0.8

#: Judge agreement with deterministic checkers, measured by ``benchmarks/judge_agreement.py`` on the
#: labelled judging set (model -> (agreement, cases)). A model not listed is not trusted.
MEASURED_AGREEMENT: dict[str, tuple[float, int]] = {
    # 2026-12-03, seed 0: 46% (right+tool 32%, wrong+tool 68%, expression+tool 28%, no evidence: every
    # right answer capped, every wrong one agreed). Far under TRUST_AT: memory CI relies on checkers.
    "smollm2": (0.455, 200),
}

JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        # short and few quotes: a small judge otherwise writes evidence until the token limit
        "evidence": {"type": "array", "items": {"type": "string", "maxLength": 120}, "maxItems": 2},
        # enums rather than minimum/maximum: grammar-constrained decoding enforces an enum exactly
        "score": {"type": "integer", "enum": list(range(SCALE + 1))},
        "confidence": {"type": "integer", "enum": list(range(SCALE + 1))},
    },
    "required": ["evidence", "score", "confidence"],
}

_SELF_ASSESSMENT = re.compile(
    r"[^.!?\n]*\b(i am (very |fully )?(confident|sure|certain)|this (answer )?is (definitely |certainly )?"
    r"correct|i (have )?(verified|checked|double[- ]checked)|(score|rate|grade) (this|me|it)|"
    r"full (marks|score)|10/10|trust me)\b[^.!?\n]*[.!?]?",
    re.IGNORECASE,
)


def strip_self_assessment(text: str) -> str:
    """Remove sentences in which the actor grades itself; the judge must not see them."""
    return re.sub(r"\s{2,}", " ", _SELF_ASSESSMENT.sub(" ", text)).strip()


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip().strip("\"'")


def verify_evidence(quotes: Sequence[str], state: Sequence[str]) -> list[str]:
    """The quotes that really occur in the observed state (substring, or most of their words in one line)."""
    lines = [_norm(s) for s in state if s]
    blob = " \n ".join(lines)
    verified = []
    whole = set(lines)
    for quote in quotes:
        q = _norm(quote)
        if q and q in whole and not _SELF_ASSESSMENT.search(q):  # a whole observation, however short ("5")
            verified.append(quote)
            continue
        if len(q) < 2 or _SELF_ASSESSMENT.search(q):
            continue
        if q in blob:
            verified.append(quote)
            continue
        words = set(re.findall(r"\w+", q))
        if len(words) >= 3 and any(
            len(words & set(re.findall(r"\w+", line))) / len(words) >= 0.8 for line in lines
        ):
            verified.append(quote)
    return verified


class NoJudge:
    """What scores an episode when no judge is registered: nothing but the deterministic checkers.

    Without a checker the episode gets 0 with no confidence and a reason naming the missing judge, so a
    disabled judge is visible in every result rather than silently replaced.
    """

    name = "none"

    def __init__(self, backend: Backend | None = None, *, why: str = "no judge is registered") -> None:
        self.why = why

    def judge(
        self, *, answer: str, expected: str | None = None, checker: str | None = None, **_: Any
    ) -> Score:
        if expected is not None:
            return check(answer, expected, checker)
        return Score(value=0.0, confidence=0.0, reasoning=f"not judged: {self.why}", evaluator=self.name)


def resolve_judge(manager: Any, backend: Backend | None) -> Any:
    """The judge the settings name (``judge = ...``), made for ``backend``.

    The configured judge when it is registered; :class:`NoJudge` when no judge is registered at all (e.g.
    ``core-judge`` disabled); one clear error when another judge is registered but not the named one.
    """
    from purpose_agent.errors import PluginNotFoundError

    name = manager.settings.judge
    judges = manager.judges()
    if name in judges:
        return judges.get(name)(backend)
    available = [entry.name for entry in judges.entries()]
    if available:
        raise PluginNotFoundError(
            f"judge {name!r} is not registered (installed judges: {', '.join(available)}); "
            f"set judge = {available[0]!r} in purpose.toml or enable the plugin that provides {name!r}"
        )
    return NoJudge(
        backend, why=f"judge {name!r} is not registered (is its plugin, e.g. core-judge, disabled?)"
    )


class PurposeFunction:
    """Φ as an evaluator plugin: ``judge(...) -> Score`` on a 0.0-1.0 scale."""

    name = "purpose-function"

    def __init__(self, backend: Backend | None = None, *, max_tokens: int = 192) -> None:
        self.backend = backend
        self.max_tokens = max_tokens

    def judge(
        self,
        *,
        purpose: str,
        task: str,
        answer: str,
        observations: Sequence[str] = (),
        expected: str | None = None,
        checker: str | None = None,
        calibrations: Sequence[str] = (),
        reference: str | None = None,
    ) -> Score:
        """Score ``answer``; ``reference`` is a model answer the judge may quote (it is not a checker)."""
        if expected is not None:
            return check(answer, expected, checker)
        if self.backend is None:
            return Score(
                value=0.0, confidence=0.0, reasoning="no judge backend and no checker", evaluator=self.name
            )
        shown_answer = strip_self_assessment(answer)
        # What may be quoted as evidence: never the answer under judgement, nor the task itself.
        sources = [o for o in observations if o and o.strip()]
        if reference:
            sources.append(reference)
        messages = self._messages(purpose, task, shown_answer, observations, calibrations, reference)
        try:
            completion = self.backend.complete(
                messages, max_tokens=self.max_tokens, temperature=0.0, json_schema=JUDGE_SCHEMA, seed=0
            )
            data = json.loads(completion.text)
            raw = int(data["score"])
            confidence = int(data.get("confidence", 5))
            quotes = [str(q) for q in data.get("evidence", [])]
        except BackendError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            return Score(
                value=0.0,
                confidence=0.0,
                evaluator=self.name,
                opinion=True,
                reasoning=f"judge returned unusable output ({type(exc).__name__}); scored 0, no confidence",
            )
        raw = min(max(raw, 0), SCALE)
        value, conf = raw / SCALE, min(max(confidence, 0), SCALE) / SCALE
        verified = verify_evidence(quotes, sources)
        self_quoted = [q for q in quotes if q not in verified and verify_evidence([q], [shown_answer, task])]
        reasoning = (
            f"judge score {raw}/{SCALE}; {len(verified)} of {len(quotes)} quotes found in the evidence"
        )
        if self_quoted:
            reasoning += f" ({len(self_quoted)} only repeat the answer or the task and do not count)"
        opinion = not verified
        if opinion:
            value, conf = min(value, UNVERIFIED_CAP), min(conf, OPINION_CONFIDENCE)
            where = "no observation, tool result, document or reference" if not sources else "none verified"
            reasoning += f"; opinion, not evidence ({where}): capped at {UNVERIFIED_CAP}"
        return Score(
            value=value,
            confidence=conf,
            evidence=verified,
            reasoning=reasoning,
            evaluator=self.name,
            opinion=opinion,
        )

    def _messages(
        self,
        purpose: str,
        task: str,
        answer: str,
        observations: Sequence[str],
        calibrations: Sequence[str],
        reference: str | None = None,
    ) -> list[Message]:
        rules = "".join(f"\n- {c}" for c in calibrations)
        system = (
            "You grade how well an answer serves a purpose. Score 0 (useless) to 10 (fully achieves it). "
            "Evidence must be short quotes copied from the observations or the reference that show whether "
            "the answer is right; quoting the answer itself proves nothing."
            + (f"\nCalibration rules:{rules}" if rules else "")
        )
        obs = "\n".join(f"- {o[:300]}" for o in observations[-5:]) or "- (none)"
        ref = f"\nReference: {reference[:400]}" if reference else ""
        user = f"Purpose: {purpose}\nTask: {task}\nObservations:\n{obs}{ref}\nAnswer: {answer[:800]}"
        return [Message(role="system", content=system), Message(role="user", content=user)]


def judge_trusted(model: str | None) -> tuple[bool, str]:
    """Whether memory CI may replay on this judge's scores, and the sentence that says why (or why not)."""
    measured = MEASURED_AGREEMENT.get(str(model or ""))
    if measured is None:
        return False, (
            f"the judge's agreement with deterministic checkers has not been measured for {model!r} "
            f"(benchmarks/judge_agreement.py): memory CI relies on checkers and replays only cases with an "
            f"expected answer"
        )
    agreement, n = measured
    if agreement < TRUST_AT:
        return False, (
            f"the judge ({model}) agreed with deterministic checkers on {agreement:.0%} of {n} judging "
            f"cases, under {TRUST_AT:.0%}: memory CI relies on checkers and replays only cases with an "
            f"expected answer"
        )
    return True, f"the judge ({model}) agreed with deterministic checkers on {agreement:.0%} of {n} cases"
