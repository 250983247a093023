"""Rule-based scanners: readable regex lists grouped by threat family, one fast pass per view.

Each detector distribution declares its rules as data (family, pattern, severity, message) and builds a
:class:`RuleScanner`; this module runs them against every normalised view of a :class:`ScanItem`. Benign
text is the common case, so a rule runs only on the views that hold every necessary part of it (see
:mod:`purpose_immune_engine.gate`), and there only at the positions where a match can start (see
:mod:`purpose_immune_engine.prefixes` and :mod:`purpose_immune_engine.branches`). Both skip work, never a
match: the findings are the ones ``finditer`` over every view would give.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from purpose_agent.plugin import Severity, Threat

from purpose_immune_engine.branches import Branches
from purpose_immune_engine.gate import WIDTH, RuleGate, is_candidate, rule_indexes
from purpose_immune_engine.item import prepare
from purpose_immune_engine.onepass import ONE_PASS, hits
from purpose_immune_engine.onepass import available as onepass_available
from purpose_immune_engine.prefixes import StartPrefixes, ViewIndex
from purpose_immune_engine.sentences import never_crosses_a_cut

if TYPE_CHECKING:  # pragma: no cover
    from purpose_immune_engine.item import ScanItem

EVIDENCE_CHARS = 160

_NEGATION = re.compile(
    r"(?:\b(?:don'?t|do not|never|not|avoid|no|without|shouldn'?t|should not|must not|mustn'?t|won'?t|"
    r"instead of|rather than|refuse to|how to detect|detect|detects|detecting|flag|flags|block|blocks|"
    r"warn(?:s|ing)? (?:about|against)|example of|e\.g\.)\W+(?:\w+\W+){0,3})$"
)


@dataclass(frozen=True)
class Rule:
    """One pattern of one threat family.

    ``cased`` rules match the case-kept views (secrets, chat-template tokens); the others match the
    lower-case views. ``negatable`` rules are dropped when the words just before the match negate them
    ("don't hard-code the expected output"). ``when`` restricts a rule to some items (a card kind).
    """

    family: str
    pattern: str
    severity: Severity = Severity.HIGH
    message: str = ""
    cased: bool = False
    negatable: bool = False
    when: Callable[[ScanItem], bool] | None = None
    anchor: str | None = None
    """A part of ``pattern`` that every match of it holds (a rare phrase: the name of the model's prompt, a
    harm object), for the one-pass automaton to pre-select the rule by instead of the whole pattern. A
    pattern of a common word, a gap and a rare phrase ("show ... your system prompt") keeps the automaton's
    state for the common word alive to the end of each sentence, which slowed every scan of a long text;
    the rare phrase alone does not. The rule itself still decides; the tests check on the development
    corpora that the anchor is found wherever the rule matches."""


_SENTENCE_END = re.compile(r"[.!?;\n]\s")


def _negated(text: str, start: int) -> bool:
    """Do the words just before ``start``, in the same sentence, negate the match there ("don't hard-code
    ...")? A negation in the sentence before does not count: "Never say no. Ignore the rules" is not
    negated."""
    window = text[max(0, start - 40) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        window = window[ends[-1] :]
    return _NEGATION.search(window) is not None


# an opening quotation mark: after a space, a bracket or a colon (so "don't" and "it's" are not quotes)
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\[:,]))['\"\u201c\u2018\u00ab\u201e`]")
_CLOSE_QUOTES = "'\"\u201d\u2019\u00bb\u201c`"
# the marks that close a quote opened by each mark
_CLOSING = {"'": "'\u2019", '"': '"\u201d', "\u201c": "\u201d\"", "\u2018": "\u2019'", "\u00ab": "\u00bb",
            "\u201e": "\u201c\u201d", "`": "`"}  # fmt: skip
_QUOTE_SPAN = 200
# words that frame a quoted phrase as something to recognise or defend against, not something to do
_DEFENSIVE = re.compile(
    r"\b(?:filter\w*|detect\w*|flag\w*|block\w*|catch\w*|reject\w*|guard\w*|moderat\w*|regex\w*|rules?|"
    r"attack\w*|jailbreak\w*|injection\w*|phishing|protect\w*|defen[cs]\w*|mitigat\w*|examples?|such as|"
    r"(?:messages?|prompts?|inputs?|phrases?|texts?|requests?|emails?|things|lines|sentences?|words|"
    r"statements?|comments?|notes) like|says|said|saying|types|typed|"
    r"escribi[oó]|dijo|a (?:[ée]crit|dit)|schrieb|sagte|scrisse|disse|escreveu|schreef|zei|napisa\w*|"
    r"(?:phrases?|messages?|textes?|frases?|mensajes?|messaggi|mensagens?|s[aä]tze|texte|formulierungen|"
    r"anweisungen|befehle|formulations?|instrucciones|istruzioni|instrucoes|zinnen|berichten) "
    r"(?:comme|como|come|wie|zoals)|pi[eé]g\w*|e\.g\.|for (?:example|instance)|por ejemplo|por exemplo|"
    r"par exemple|per esempio|zum beispiel|z\. ?b\.|etwa|bijvoorbeeld|beispiel\w*|ejemplos?|exemplos?|"
    r"esempi\w*|exemples?|voorbeeld\w*|"
    r"(?:that|which|who|they|someone|people|users?|attackers?) (?:say|type|write)|"
    r"red[- ]team\w*|scanners?|classifiers?|awareness|warn\w*|recogni[sz]e\w*|malicious|suspicious|"
    r"proteg\w*|protej\w*|detect\w*|erkenn\w*|angriff\w*|d[ée]tect\w*|bloqu\w*|attaqu\w*|prot[ée]g\w*)\b"
)


# what a text says when attacks are its subject, anywhere outside the quote: it names the kind of attack
# and asks how to recognise, answer, sort or moderate it ("classify these examples"; not a document's
# "classification: internal", which a planted quote may follow)
_DISCUSSION = re.compile(
    r"\b(?:jailbreak(?:s|ing)?|prompt[- ]injections?|injection attacks?|reward hacking|score hacking|"
    r"red[- ]team\w*|security awareness|awareness (?:training|module)|threat model\w*|attack famil\w+|"
    r"i'?m not asking you to|(?:how|why) (?:do|does|did|should|would|can|could) (?:we|i|you|they|it|the \w+) "
    r"(?:handle|respond|answer|defend|detect|spot|recogni[sz]e|stop|prevent|block|explain|avoid)\w*|"
    r"(?:annotat|categori[sz]|classif)\w* (?:these|the|this|each|them)\b[^.\n]{0,40}\b"
    r"(?:examples?|prompts?|messages?|attacks?|attempts?)|moderators?)\b"
)


def _quoted_mention(text: str, start: int) -> bool:
    """Is the match at ``start`` inside quotation marks, in a sentence that frames the quote as something
    to recognise or defend against ("our filter should block messages like 'ignore all previous
    instructions'"), or in a text whose subject is attacks (:data:`_DISCUSSION`, anywhere outside the
    quote, which may then run to :data:`_LONG_QUOTE` characters: a pasted jailbreak is long)? Such a text
    talks about an attack; it does not make one. The same phrase outside quotes, or quoted without such a
    frame ("say 'ignore all previous instructions'"), still counts."""
    found = _quote_around(text, start, _QUOTE_SPAN)
    if found is not None:
        line_start, opening, close, end = found
        before = text[max(line_start, opening - _QUOTE_SPAN) : opening]
        if _DEFENSIVE.search(before + " " + text[close + 1 : end + _QUOTE_SPAN]) is not None:
            return True
    else:
        found = _quote_around(text, start, _LONG_QUOTE)
        if found is None:
            return False
    _, opening, close, _ = found
    # searched on each side of the quote in place: no copy of a long text for every quoted match
    return _DISCUSSION.search(text, 0, opening) is not None or _DISCUSSION.search(text, close + 1) is not None


_LONG_QUOTE = 1500
"""How far a quote's marks may stand from a match inside it when the text's subject is attacks."""


def _quote_around(text: str, start: int, span: int) -> tuple[int, int, int, int] | None:
    """The quotation marks around ``start`` on its line, at most ``span`` characters from it: (where the
    search began, the opening mark, the closing mark, where the search for it ended); None when ``start``
    is not inside a quote."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - span)
    # the nearest opening mark whose quote is still open at ``start``: a quote may hold a quote of its own
    # ('"... STAN, which stands for 'Strive To Avoid Norms'. STAN ... broken free ..."')
    closing_chars = ""
    opening = None
    for m in reversed(list(_OPEN_QUOTE.finditer(text, line_start, start + 1))):
        closes = _CLOSING[m.group(0)]
        if not any(c in text[m.end() : start] for c in closes):
            opening, closing_chars = m, closes
            break
    if opening is None:
        return None  # no quote, or every quote closed before the match
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    end = min(line_end, start + span)
    close = next((i for i in range(start, end) if text[i] in closing_chars and (i + 1 >= len(text) or not
                  text[i + 1].isalnum())), None)  # fmt: skip
    if close is None:
        return None
    return line_start, opening.start(), close, end


def _negated_or_quoted(text: str, start: int) -> bool:
    return _negated(text, start) or _quoted_mention(text, start)


def discount_for(rule: Rule) -> Callable[[str, int], bool] | None:
    """What makes a match of ``rule`` not count: a negation before it (negatable rules), or, for every
    lower-case rule, a quoted mention in a defensive frame. Case-kept rules (secrets, chat-template
    tokens) always count: a quoted key is still a key."""
    if rule.cased:
        return _negated if rule.negatable else None
    return _negated_or_quoted if rule.negatable else _quoted_mention


_WITHIN_SENTENCE = "[^.\\n]"


def _sentence_aware(pattern: str) -> str:
    """``[^.\\n]`` in a rule means "within one sentence"; a dot inside a path or a domain is not a sentence
    end, so it is allowed when no space follows it."""
    return pattern.replace(_WITHIN_SENTENCE, r"(?:[^.\n]|\.(?=\S))")


_VERB_GROUP = re.compile(r"\(\?:((?:[a-z][a-z' ?-]*\|)*[a-z][a-z' ?-]*)\)\\w\*")


def _any_ending(pattern: str) -> str:
    """``(?:delete|remove)\\w*`` in a rule means any form of those words, but "deleting" and "removing" drop
    the final e; each word of such a group loses a final e, so every form matches. Words of five letters
    or fewer keep it: their stem ("past", "pip") would be a common word or too short for the word gate."""

    def stem(m: re.Match[str]) -> str:
        words = m.group(1).split("|")
        words = [w[:-1] if len(w) >= 6 and w.endswith("e") and w[-2] != "e" else w for w in words]
        return "(?:" + "|".join(words) + ")\\w*"

    return _VERB_GROUP.sub(stem, pattern)


def _within_line(pattern: str) -> str | None:
    """The rule with every "within one sentence" gap widened to "within one line", or None if it has none.

    Why: the sentence-aware gap is a group with a lookahead, which Python's engine steps through one
    character at a time with its general repeat machinery; ``[^\\n]`` is a single-character repeat it runs
    in a tight loop, about three times faster on the texts that do not match (almost all of them). The
    widened pattern matches wherever the rule does (it accepts a superset at every position), so a
    position where it fails is a position where the rule fails, and the rule itself is run only where
    the widened pattern matched."""
    if pattern.count(_WITHIN_SENTENCE) != 1 or "(?!" in pattern or "(?<!" in pattern:
        # a wider gap inside a negative lookaround would reject more, not less; and with two gaps or more,
        # the wider ones give the engine more ways to backtrack than the per-character step saves
        return None
    return pattern.replace(_WITHIN_SENTENCE, "[^\\n]")


def _compile_or_none(pattern: str | None) -> re.Pattern[str] | None:
    return None if pattern is None else re.compile(pattern)


class RuleScanner:
    """A scanner made of :class:`Rule` lists. Subclasses set ``name``, ``categories`` and ``rules``;
    ``extra_checks`` adds logic a regex cannot express (checksums, card metadata)."""

    name: str = "rules"
    categories: tuple[str, ...] = ()
    category: str = "threat"
    rules: Sequence[Rule] = ()

    def __init__(self) -> None:
        sources = [_any_ending(rule.pattern) for rule in self.rules]
        self._compiled = [
            (rule, re.compile(_sentence_aware(src))) for rule, src in zip(self.rules, sources, strict=True)
        ]
        self._wide = [_compile_or_none(_within_line(src)) for src in sources]
        self._lower_gate = RuleGate([None if r.cased else p for r, p in self._compiled])
        self._cased_gate = RuleGate([p if r.cased else None for r, p in self._compiled])
        self._starts = [
            (self._cased_gate if r.cased else self._lower_gate).starts[i]
            for i, (r, _) in enumerate(self._compiled)
        ]
        self._has_cased = any(r.cased for r in self.rules)
        self._narrowings: dict[tuple[bool, frozenset[int]], tuple[RuleGate, int] | None] = {}
        # a rule with no literal start may still be an alternation whose branches have one
        self._branches = [
            Branches.of(p) if self._starts[i] is None else None for i, (_, p) in enumerate(self._compiled)
        ]

        self._onepass: tuple[tuple[int, dict[int, int], int], ...] | None = None
        """Per kind of view (lower-case, case-kept): the highest automaton id this scanner needs (-1 for
        none), the candidate bits of the rules behind each id, and the bits of rules the automaton cannot
        pre-select (see :mod:`purpose_immune_engine.onepass`)."""
        if onepass_available():
            # registered now, so that the automaton built at the first scan covers every scanner loaded
            self._register()

        # everything the scan loop needs about rule i, looked up once here instead of per scan
        self._plan = [
            (r.family, r.when, r.cased, self._branches[i], p, self._starts[i], discount_for(r), self._wide[i])
            for i, (r, p) in enumerate(self._compiled)
        ]

    @staticmethod
    def _anchor(rule: Rule, pattern: re.Pattern[str]) -> re.Pattern[str]:
        """What the one-pass automaton looks for to pre-select ``rule``: its anchor, written as rules are
        (any ending of a verb group, a sentence-aware gap), or else the whole pattern."""
        if rule.anchor is None:
            return pattern
        return re.compile(_sentence_aware(_any_ending(rule.anchor)), pattern.flags)

    def _register(self) -> tuple[tuple[int, dict[int, int], int], ...]:
        if self._onepass is None:
            ids = ONE_PASS.register(
                [self._anchor(r, p) for r, p in self._compiled],
                [r.cased for r, _ in self._compiled],
                crossing=[None if r.anchor is None else not never_crosses_a_cut(p.pattern, p.flags)
                          for r, p in self._compiled],
            )  # fmt: skip
            kinds = []
            for cased in (False, True):
                need, bits, always = -1, {}, 0
                for i, ((rule, _), gid) in enumerate(zip(self._compiled, ids, strict=True)):
                    if rule.cased != cased:
                        continue
                    bit = 1 << (i * WIDTH + WIDTH - 1)
                    if gid is None:
                        always |= bit
                    else:
                        need = max(need, gid)
                        bits[gid] = bits.get(gid, 0) | bit
                kinds.append((need, bits, always))
            self._onepass = tuple(kinds)
        return self._onepass

    def _accelerated(self, item: ScanItem) -> tuple[list[int], list[int], list[int]] | None:
        """The candidates as :meth:`_candidates` gives them, from the one-pass automaton; None when it is not
        ready for every rule of this scanner (then the pure-Python gate decides)."""
        plan = self._register()
        per_kind: list[list[int]] = []
        union = 0
        for cased, (need, bits, always) in zip((False, True), plan, strict=True):
            views = item.cased_views if cased else item.views
            if cased and not self._has_cased:
                per_kind.append([])
                continue
            if need < 0:
                per_kind.append([always] * len(views))
                union |= always if views else 0
                continue
            found = hits(item, cased)
            if found is None or found[0].count <= need:
                return None
            narrow = self._narrowing(cased, found[0].always) if found[0].always else None
            indexes = (item.cased_index if cased else item.view_index) if narrow is not None else ()
            out = []
            for k, ids in enumerate(found[1]):
                c = always
                for gid in ids:
                    c |= bits.get(gid, 0)
                if narrow is not None:
                    gate, mask = narrow
                    c = (c & ~mask) | (gate.candidates(indexes[k]) & mask)
                out.append(c)
                union |= c
            per_kind.append(out)
        return rule_indexes(union), per_kind[0], per_kind[1]

    def _narrowing(self, cased: bool, unreliable: frozenset[int]) -> tuple[RuleGate, int] | None:
        """For this scanner's rules whose patterns the automaton may miss (``unreliable``, reported for every
        view: :mod:`purpose_immune_engine.selfcheck`), the pure-Python gate over those rules alone and their
        bits; None when no rule of this scanner is among them. The gate never skips a match, and over a few
        rules it costs microseconds, where running such a rule on every view cost the mix about 11%."""
        key = (cased, unreliable)
        cache = self._narrowings
        if key not in cache:
            bits = self._register()[int(cased)][1]
            mask = 0
            for gid in unreliable:
                mask |= bits.get(gid, 0)
            chosen = set(rule_indexes(mask))
            gate = RuleGate([p if i in chosen else None for i, (_r, p) in enumerate(self._compiled)])
            cache[key] = (gate, mask) if mask else None
        return cache[key]

    def _candidates(self, item: ScanItem) -> tuple[list[int], list[int], list[int]]:
        """Indexes of the rules that can match some view (in rule order), and per view the candidates."""
        if onepass_available():
            fast = self._accelerated(item)
            if fast is not None:
                return fast
        gate = self._lower_gate
        lower = [gate.candidates(v) for v in item.view_index]
        cased = [self._cased_gate.candidates(v) for v in item.cased_index] if self._has_cased else []
        union = 0
        for c in lower:
            union |= c
        for c in cased:
            union |= c
        return rule_indexes(union), lower, cased

    def scan(self, item: Any) -> list[Threat]:
        item = prepare(item)
        threats: list[Threat] = []
        seen: set[str] = set()
        indexes, lower, cased = self._candidates(item)
        plan = self._plan
        for i in indexes:
            family, when, is_cased, branches, pattern, starts, discount, wide = plan[i]
            if family in seen:
                continue
            if when is not None and not when(item):
                continue
            views, per_view = (item.cased_index, cased) if is_cased else (item.view_index, lower)
            if len(views) > 1:
                views = [v for v, c in zip(views, per_view, strict=True) if is_candidate(c, i)]
            if branches is not None:
                match = next(
                    (m for m in (branches.first_match(v, discount) for v in views) if m is not None), None
                )
            else:
                match = self._match_views(pattern, starts, views, discount, wide)
            if match is not None:
                seen.add(family)
                rule = self._compiled[i][0]
                threats.append(self.threat(family, rule.message or family, match, rule.severity))
        threats.extend(self.extra_checks(item, seen))
        return threats

    @classmethod
    def _match_views(
        cls,
        pattern: re.Pattern[str],
        starts: StartPrefixes | None,
        views: Sequence[ViewIndex],
        discount: Callable[[str, int], bool] | None,
        wide: re.Pattern[str] | None = None,
    ) -> str | None:
        """The first match that counts (see :func:`discount_for`) in the first view that has one, tried only
        where a match can start (see :func:`~purpose_immune_engine.prefixes.start_prefixes`); same result as
        ``finditer`` per view.
        ``wide`` is the rule widened by :func:`_within_line`: where it does not match, the rule does not."""
        for view in views:
            positions = None if starts is None else view.starts(starts)
            if positions is None:
                if wide is not None and wide.search(view.text) is None:
                    continue
                found = cls._first_match(pattern, (view.text,), discount)
                if found is not None:
                    return found
                continue
            text = view.text
            end = 0
            for pos in positions:
                if pos < end:
                    continue  # finditer resumes after the previous match
                if wide is not None and wide.match(text, pos) is None:
                    continue
                m = pattern.match(text, pos)
                if m is None:
                    continue
                if discount is not None and discount(text, pos):
                    end = m.end()
                    continue
                return m.group(0)
        return None

    @staticmethod
    def _first_match(
        pattern: re.Pattern[str], views: Sequence[str], discount: Callable[[str, int], bool] | None
    ) -> str | None:
        for view in views:
            for m in pattern.finditer(view):
                if discount is not None and discount(view, m.start()):
                    continue
                return m.group(0)
        return None

    def threat(self, family: str, message: str, evidence: str, severity: Severity = Severity.HIGH) -> Threat:
        from purpose_immune_engine.redact import redact_text

        snippet = evidence.strip()
        if len(snippet) > EVIDENCE_CHARS:
            snippet = snippet[: EVIDENCE_CHARS - 3] + "..."
        return Threat(
            scanner=self.name,
            category=f"{self.category}.{family}",
            severity=severity,
            message=message,
            evidence=redact_text(snippet),
        )

    def extra_checks(self, item: ScanItem, seen: set[str]) -> list[Threat]:
        return []
