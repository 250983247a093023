"""The provenance gate: where a memory's text came from decides what that memory may do.

Why a gate beside the detectors: text filters miss. An attack written in a new language, split across
words or encoded past every rule still has to come from somewhere, and where it came from is known
without reading it. Text from a tool's output or a document may inform an answer, but it may not become an
instruction, a procedure step that sends data anywhere or a rule about scoring unless a person approves
it; imported text is treated the same way. Replay shows that a card helps the task, never that it is safe.

The gate has three parts, all called by the kernel's memory CI (through ``purpose_agent.learning.
provenance``, which holds every card for a person when this distribution is not installed):

- :func:`prepare` runs before a card is first stored: it records the card's origin class and trust, caps
  trust by origin, and withholds untrusted text from the data fields where it would otherwise land (a
  solved case keeps its task, its calls and its checked answer; the tool's prose is not kept);
- :func:`scan_forms` scans every form the card will be shown in: the card's text, the prompt as the
  formatter renders it, its raw source before ``{sN}`` slots replaced digits and quoted strings, and its
  procedure steps filled back in with those values;
- :func:`check` applies the table :data:`MAY_FILL` and the rules on data-sending steps, secret references
  and scoring rules; a card it flags is held in quarantine for a person (``purpose memory review``).

    origin        kinds it may fill without a person          untrusted text kept only as
    user          every kind                                  (trusted; still scanned)
    model         skill_card, episodic_case, failure_pattern,  (its own words; steps may not send data)
                  critic_calibration*, tool_policy*
    tool_output   episodic_case, failure_pattern               inert values: numbers, short tokens,
    document      episodic_case, failure_pattern               the checked answer
    import        none (a person reviews it), unless the file carries a verified signature

    * only with replay evidence (the kernel's trust rules, ``purpose_agent.immune.trust``)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from purpose_agent.plugin import (
    KindCatalog,
    MemoryCard,
    ProvenanceVerdict,
    ScanResult,
    is_taught,
    scan_memory,
    slot_values,
)

#: The five origin classes a card's text can have.
ORIGINS = ("user", "model", "tool_output", "document", "import")

#: Spellings used by optimizers and older cards, mapped to their class.
_ALIASES = {
    "user": "user",
    "human": "user",
    "teach": "user",
    "human_review": "user",
    "model": "model",
    "episode": "model",
    "optimizer": "model",
    "self": "model",
    "self_play": "model",
    "meta_judge": "model",
    "synthetic_pair": "model",
    "judge": "model",
    "tool_output": "tool_output",
    "tool": "tool_output",
    "observation": "tool_output",
    "document": "document",
    "retrieved_document": "document",
    "knowledge": "document",
    "web": "document",
    "import": "import",
}

UNTRUSTED = frozenset({"tool_output", "document", "import"})

#: Most trust a card may start with, by origin.
MAX_TRUST = {"user": 0.9, "model": 0.5, "tool_output": 0.2, "document": 0.2, "import": 0.2}

_ALL = frozenset(
    {
        "purpose_contract",
        "user_preference",
        "skill_card",
        "episodic_case",
        "failure_pattern",
        "critic_calibration",
        "tool_policy",
    }
)
#: Which kinds each origin may fill without a person's approval (``None``: every kind, plugin kinds too).
MAY_FILL: dict[str, frozenset[str] | None] = {
    "user": None,
    "model": frozenset(
        {"skill_card", "episodic_case", "failure_pattern", "critic_calibration", "tool_policy"}
    ),
    "tool_output": frozenset({"episodic_case", "failure_pattern"}),
    "document": frozenset({"episodic_case", "failure_pattern"}),
    "import": frozenset(),
}

#: Where an untrusted origin's own text lands in a card of each kind (paths over ``fields``; ``*`` is
#: every list item). Elsewhere the text is the task's, the model's calls or the checked answer.
DATA_FIELDS: dict[str, tuple[str, ...]] = {
    "episodic_case": ("actions.*.result", "actions.*.arguments.*"),
    "failure_pattern": ("symptom",),
}

WITHHELD = "(not kept: unverified text from {origin})"

_INERT = re.compile(r"^[\w.,:;%+\-*/^(){}#=' ?!]{0,48}$")
_URL = re.compile(r"(?i)\b(?:https?|ftp|file|data|javascript)\s*:|www\.|\]\(|!\[|\w@[\w-]+\.\w")
_LINK = re.compile(
    r"(?i)(?:https?|ftp|file|data|javascript)\s*:[^\s)\]\"'>]*|www\.[^\s)\]]+|!\[[^\]]*\]\([^)]*\)|"
    r"[\w.+-]+@[\w-]+\.[\w.]+"
)
_SENDING_TOOL = re.compile(
    r"(?i)(?:^|[_\-.])(?:post|send|upload|email|mail|http|https|request|fetch|curl|wget|webhook|"
    r"exfil|socket|ftp|publish|notify|tweet|slack|share)(?:$|[_\-.])"
)
_SECRET_REF = re.compile(
    r"(?i)~/\.(?:aws|ssh|gnupg|config|netrc|docker|kube)|(?:^|[\s/'\"])\.env\b|id_rsa|os\.environ|"
    r"getenv\(|\$\{?[A-Z_]*(?:KEY|TOKEN|SECRET|PASSWORD)\b|/etc/(?:passwd|shadow)|memory\.db\b|"
    r"purpose\.toml\b"
)
_SCORING = re.compile(
    r"(?i)\b(?:mark|marks|marked|count|treat|consider|grade|score|rate|judge)\b[^.\n]{0,40}\b(?:as\s+)?"
    r"(?:solved|correct|passed|success(?:ful)?|1(?:\.0)?|full marks|100\s*%)|"
    r"\b(?:always|must)\s+(?:answer|reply|respond|output|return|say)\b|"
    r"\bmust be promoted\b|\bverified by the security team\b|\bfrom now on\b"
)
#: Rules no origin may set without a second look, a person's own teaching included: a fixed answer, a
#: verdict that ignores the result, a claim of authority over memory.
_FIXED_RULE = re.compile(
    r"(?i)\b(?:always|must)\s+(?:answer|reply|respond|output|return|say)\s+(?:with\s+)?[\"']?-?\d|"
    r"\bregardless of (?:the |what )?(?:result|answer|outcome)|\bwhatever the (?:numbers|result|answer)|"
    r"\bmark(?:ed)? (?:the task |it |this )?as (?:solved|correct|passed)|\bmust be promoted\b|"
    r"\bverified by the security team\b"
)
#: Override stems matched on the letters alone, so spacing, punctuation and case cannot split them.
_OVERRIDE_STEMS = (
    "ignoreallprevious",
    "ignorepreviousinstructions",
    "ignoreallinstructions",
    "disregardallprevious",
    "disregardpreviousinstructions",
    "forgetallprevious",
    "forgetyourinstructions",
    "ignoretheaboveinstructions",
)


def origin_of(card: MemoryCard | Mapping[str, Any]) -> str:
    """The origin class of a card: its recorded origin; else a card no optimizer proposed is the user's;
    else the model's."""
    if isinstance(card, Mapping):
        prov = card.get("provenance") or {}
        evidence = prov.get("evidence") or {} if isinstance(prov, Mapping) else {}
        optimizer = prov.get("optimizer") if isinstance(prov, Mapping) else None
    else:
        evidence, optimizer = card.provenance.evidence, card.provenance.optimizer
    recorded = evidence.get("origin") if isinstance(evidence, Mapping) else None
    if recorded:
        return _ALIASES.get(str(recorded).strip().lower(), "document")  # unknown spelling: least trusted
    if optimizer in (None, "", "teach") or (isinstance(evidence, Mapping) and evidence.get("taught_by")):
        return "user"  # written by a person or a person's own code, not proposed by an optimizer
    return "model"


# -- prepare ----------------------------------------------------------------------------------------


def is_inert(value: str, answer: str | None = None) -> bool:
    """A value that informs without instructing: a number, a date, a short token, or the checked answer."""
    text = value.strip()
    if answer is not None and text == str(answer).strip():
        return True
    return (
        bool(_INERT.match(text))
        and len(text.split()) <= 3
        and not _URL.search(text)
        and not _SECRET_REF.search(text)
    )


def _withhold(
    value: Any, path: list[str], origin: str, answer: str | None, task: str = ""
) -> tuple[Any, int]:
    if not path:
        if isinstance(value, str) and not is_inert(value, answer) and value.strip() not in task:
            return WITHHELD.format(origin=origin), 1
        return value, 0
    head, rest = path[0], path[1:]
    if head == "*" and isinstance(value, list):
        out, n = [], 0
        for item in value:
            new, k = _withhold(item, rest, origin, answer, task)
            out.append(new)
            n += k
        return out, n
    if head == "*" and isinstance(value, dict):
        fixed, n = {}, 0
        for key, item in value.items():
            fixed[key], k = _withhold(item, rest, origin, answer, task)
            n += k
        return fixed, n
    if isinstance(value, dict) and head in value:
        new, n = _withhold(value[head], rest, origin, answer, task)
        return {**value, head: new}, n
    return value, 0


def prepare(card: MemoryCard, *, origin: str | None = None) -> MemoryCard:
    """Record the origin class, cap trust by it, and withhold untrusted prose from the data fields."""
    cls = origin or origin_of(card)
    evidence: dict[str, Any] = {**card.provenance.evidence, "origin": cls}
    fields = card.fields
    if cls in UNTRUSTED:
        answer = fields.get("answer") if isinstance(fields.get("answer"), str) else None
        task = str(fields.get("task") or "")
        withheld = 0
        for dotted in DATA_FIELDS.get(card.kind, ()):
            fields, n = _withhold(fields, dotted.split("."), cls, answer, task)
            withheld += n
        if withheld:
            evidence["withheld"] = f"{withheld} text value(s) from {cls} not kept (not inert, not the answer)"
    trust = min(card.trust, MAX_TRUST[cls])
    provenance = card.provenance.model_copy(update={"evidence": evidence})
    return card.model_copy(update={"fields": fields, "trust": trust, "provenance": provenance})


# -- scan every form ------------------------------------------------------------------------------


def source_forms(card: MemoryCard, *, manager: Any) -> list[str]:
    """The card as the prompt shows it, its raw source before generalisation, and its filled-in steps.

    ``evidence["source"]`` (written by the optimizer) holds the task and the steps before digits and
    quoted strings became ``{sN}`` slots; a payload spelled ``1gn0re`` hides in the slotted form only.
    The prompt form is rendered by the kind ``manager``'s plugins registered (the caller's, not the
    process-wide one).
    """
    forms: list[str] = []
    try:
        catalog = KindCatalog.from_manager(manager)
        if card.kind in catalog:
            forms.append(catalog.get(card.kind).formatter(card))
    except Exception as exc:  # a formatter that cannot render the card must not let it through unscanned
        forms.append(f"unrenderable card ({type(exc).__name__})")
    source = card.provenance.evidence.get("source")
    if isinstance(source, Mapping):
        forms.extend(str(v) for v in _leaves(source))
        task = source.get("task")
        if isinstance(task, str):
            forms.append(task)
            forms.extend(filled_steps(card, task))
    elif isinstance(source, str):
        forms.append(source)
    return [f for f in forms if f and f.strip()]


def filled_steps(card: MemoryCard, task: str) -> list[str]:
    """The card's procedure steps with every ``{sN}`` slot filled from ``task``: what a later step runs."""
    values = slot_values(task, expressions="expression" in (card.fields.get("slot_types") or ()))

    def fill(text: str) -> str:
        return re.sub(
            r"\{s(\d+)\}",
            lambda m: values[int(m.group(1))] if int(m.group(1)) < len(values) else m.group(0),
            text,
        )

    out = []
    for step in card.fields.get("steps") or ():
        if isinstance(step, Mapping):
            out.append(fill(f"{step.get('tool', '')} {list(_leaves(step.get('arguments') or {}))}"))
    if card.fields.get("when_to_use"):
        out.append(fill(str(card.fields["when_to_use"])))
    out.append(fill(card.content))
    return out


def _leaves(value: Any) -> Iterable[Any]:
    if isinstance(value, Mapping):
        for sub in value.values():
            yield from _leaves(sub)
    elif isinstance(value, list | tuple):
        for sub in value:
            yield from _leaves(sub)
    elif value not in (None, ""):
        yield value


def scan_forms(card: MemoryCard, *, manager: Any, proposed: MemoryCard | None = None) -> ScanResult:
    """``scan_memory`` on the card and on every other form it takes.

    ``proposed`` is the card as the optimizer proposed it, before :func:`prepare` withheld untrusted
    text: it is scanned first, so an attack a detector recognises is rejected with its name even though
    the stored card no longer holds it. The first failing form decides (``details["form"]`` says which).
    """
    if proposed is not None and proposed.fields != card.fields:
        first = scan_memory(proposed, manager=manager)
        if not first.passed:
            return first.model_copy(update={"details": {**first.details, "form": "as proposed"}})
    result = scan_memory(card, manager=manager)
    if not result.passed or result.details.get("immune") == "off":
        return result
    for i, form in enumerate(source_forms(card, manager=manager)):
        other = scan_memory(form, manager=manager)
        if not other.passed:
            details = {**other.details, "form": "prompt" if i == 0 else "source"}
            return other.model_copy(update={"details": details})
    return result


# -- the rules ---------------------------------------------------------------------------------------


def _steps(card: MemoryCard) -> list[tuple[str, Any]]:
    f = card.fields
    steps: list[tuple[str, Any]] = []
    for key in ("steps", "actions"):
        for step in f.get(key) or ():
            if isinstance(step, Mapping):
                steps.append((str(step.get("tool", "")), step.get("arguments") or {}))
    if card.kind == "tool_policy":
        tool = str(f.get("tool") or ",".join(card.scope.tool_names))
        steps.append((tool, f.get("example_arguments") or {}))
    return steps


def _task_text(card: MemoryCard) -> str:
    source = card.provenance.evidence.get("source")
    task = source.get("task") if isinstance(source, Mapping) else None
    return str(task or card.fields.get("task") or "")


def check(card: MemoryCard, *, signed: bool = False) -> ProvenanceVerdict:
    """Which of the provenance rules ``card`` breaks; an empty verdict lets replay decide.

    ``signed``: the card arrived in an export whose signature verified with the user's key, so an
    ``import`` origin counts as the origin recorded before export.
    """
    origin = origin_of(card)
    verdict = ProvenanceVerdict(origin=origin)
    allowed = MAY_FILL.get(origin, frozenset())
    if origin == "import" and signed:
        allowed = MAY_FILL["model"]
    if allowed is not None and card.kind not in allowed:
        verdict.reasons.append(f"{origin} text may not become a {card.kind} card without a person's approval")
    task = _task_text(card)
    for tool, arguments in _steps(card):
        args = " ".join(str(v) for v in _leaves(arguments))
        foreign = [m.group(0) for m in _LINK.finditer(args) if m.group(0) not in task]
        reads_secret = _SECRET_REF.search(args) and (
            origin != "user" or _SENDING_TOOL.search(tool) or foreign
        )
        if reads_secret or (origin != "user" and foreign):
            verdict.reasons.append(
                f"a procedure step ({tool}) sends data to an address the task does not name or reads "
                f"credentials; a person must approve it"
            )
            break
    if origin != "user":
        for tool, arguments in _steps(card):
            odd = [
                str(v)
                for v in _leaves(arguments)
                if isinstance(v, str)
                and not is_inert(v)
                and v.strip() not in task
                and not v.startswith("(not kept")
            ]
            if odd:
                verdict.reasons.append(
                    f"a step ({tool}) carries text that is neither from the task nor a plain value: "
                    f"{odd[0][:60]!r}; a person must approve it"
                )
                break
    text = "\n".join([card.content, *(str(v) for v in _leaves(card.fields))])
    if _SECRET_REF.search(text):
        verdict.reasons.append("it refers to credentials or private files; a person must approve it")
    # a person's own code writing a card directly is trusted; what they were asked to teach is checked
    checked = origin != "user" or is_taught(card)
    letters = re.sub(r"[^a-z]", "", text.casefold())
    if checked and any(stem in letters for stem in _OVERRIDE_STEMS):
        verdict.reasons.append("it tells the agent to drop its instructions; a person must approve it")
    if checked and _FIXED_RULE.search(text) and (origin in UNTRUSTED or card.kind != "critic_calibration"):
        verdict.reasons.append(
            "it fixes an answer or a verdict regardless of the task; a person must approve it"
        )
    elif (
        origin != "user"
        and (origin in UNTRUSTED or card.kind != "critic_calibration")
        and _SCORING.search(text)
    ):
        verdict.reasons.append(f"{origin} text may not set a rule about answers or scoring")
    links = [m.group(0) for m in _LINK.finditer(card.content)]
    if checked and any(link.startswith("![") or origin == "user" or link not in task for link in links):
        verdict.reasons.append(
            f"{origin} text carries a link or address into a prompt; a person must approve it"
        )
    return verdict
