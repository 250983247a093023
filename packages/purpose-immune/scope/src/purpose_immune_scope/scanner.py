# ruff: noqa: E501 - regex tables read best one family per line
"""Scope detector: a card whose scope or wording reaches beyond its kind.

A memory learned from one episode should change one narrow behaviour. This detector flags cards that
try to do more: a tool policy that names no tool, a user preference that rewrites how the critic scores,
absolute "always / never / in every future session" rules drawn from a single episode, a card that tries
to change, delete or outrank other memories, and a card that asks for its own promotion or trust.

Some rules need the card's kind (known when a :class:`MemoryCard` is scanned); the rest apply to any
text because no kind of memory may legitimately do them.
"""

from __future__ import annotations

import re

from purpose_agent.plugin import Severity, Threat
from purpose_immune_engine.item import ScanItem
from purpose_immune_engine.rules import Rule, RuleScanner

S = Severity

CRITIC_WORDS = (r"(?:critic|judge|grader|evaluator|scor(?:e|es|ing)|rubric|purpose function|reward|"
                r"verification|verifier|checker|immune (?:system|scan)|scanner|memory ci|promotion|trust "
                r"(?:level|score)|replay test)")  # fmt: skip
CHANGE = (r"(?:change|rewrite|override|overwrite|replace|adjust|raise|lower|increase|decrease|relax|loosen|"
          r"weaken|disable|skip|ignore|bypass|set|modify|alter|tweak|inflate|boost|always give|always "
          r"score|always rate|always pass|stop|turn off)")  # fmt: skip
MEMORIES = (r"(?:memor(?:y|ies)|memory cards?|cards|stored (?:rules|lessons|notes|preferences|policies)|"
            r"learned (?:rules|lessons|skills)|(?:other|existing|previous|older|conflicting|all) (?:rules|"
            r"lessons|skills|preferences|policies|notes|learnings|cards))")  # fmt: skip
FOREVER = (r"(?:(?:in|for|across|during) (?:all|every|each|any) (?:future |subsequent |later )?(?:sessions?|"
           r"conversations?|tasks?|episodes?|runs?|users?|agents?|teams?|chats?|interactions?)|for(?:ever| "
           r"all time)|permanently|globally|for everyone|no matter (?:the|what) (?:task|user|context)|"
           r"every future (?:session|task|run|conversation|episode)|all future (?:sessions|tasks|runs|"
           r"conversations|episodes|users))")  # fmt: skip
ABSOLUTE = r"(?:always|never|must|must not|under no circumstances|in all cases|without exception)"


_CRITIC_ONLY = re.compile(r"\b(?:critic|judge|grader|evaluator|rubric|purpose function|verifier|checker|"
                          r"immune (?:system|scan)|scanners?|memory ci|replay tests?|trust (?:level|score))\b")


RULES_LIST: list[Rule] = [
    # -- cards that act on other memories -------------------------------------------------------------------
    Rule("memory_tampering", rf"\b(?:delete|remove|erase|forget|overwrite|override|replace|modify|edit|update|"
         rf"rewrite|disable|ignore|demote|reject|archive|supersede|invalidate|purge|suppress|downrank|"
         rf"deprioriti[sz]e)\w*\b[^.\n]{{0,30}}\b(?:all |any |the |every |these |those |your )*{MEMORIES}\b",
         S.HIGH, "the card tries to change other memories", negatable=True),
    Rule("memory_tampering", r"\b(?:this|the following|my) (?:memory|card|rule|lesson|note|preference|policy|"
         r"instruction)\b[^.\n]{0,20}\b(?:takes precedence|overrides|supersedes|has (?:top |highest |)"
         r"priority|outranks|replaces|wins over|comes before)\b", S.HIGH, "the card claims priority over others"),
    Rule("memory_tampering", r"\b(?:promote|approve|trust|whitelist|allowlist|mark)\w*\b[^.\n]{0,15}\b(?:this|"
         r"me|itself|the card|this card|this memory)\b[^.\n]{0,20}\b(?:as |to )?(?:promoted|trusted|verified|"
         r"approved|safe|high[- ]trust|critic_calibration|tool_policy|without (?:review|replay|testing|"
         r"scan))", S.HIGH, "the card asks for its own promotion or trust"),
    Rule("memory_tampering", r"\b(?:set|raise|increase|give)\w*\b[^.\n]{0,20}\b(?:its|the|this card'?s?|my)? ?"
         r"(?:trust(?: level| score)?|q[- ]?value|utility|retrieval weight|priority)\b[^.\n]{0,15}\b(?:to|=|at)"
         r"\s*(?:1(?:\.0)?|100|max(?:imum)?|high(?:est)?)\b", S.HIGH, "the card sets its own trust"),
    # -- absolute rules for every future session ---------------------------------------------------------------
    Rule("overreach", rf"\b{ABSOLUTE}\b[^.\n]{{0,80}}\b{FOREVER}|\b{FOREVER}\b[^.\n]{{0,80}}\b{ABSOLUTE}\b",
         S.MEDIUM, "an absolute rule for every future session"),
    Rule("overreach", r"\b(?:apply|applies|enforce|use)\w* (?:this|these|it) (?:rule |policy )?(?:to|for|in|across)"
         r" (?:all|every) (?:agents?|teams?|users?|tools?|tasks?|sessions?)\b", S.MEDIUM,
         "a card that applies itself everywhere"),
    # -- a card that reaches into the critic or the immune system -------------------------------------------
    Rule("critic_rewrite", rf"\b{CHANGE}\w*\b[^.\n]{{0,40}}\b(?:the |how the |its |your )?{CRITIC_WORDS}\b",
         S.HIGH, "the card changes how work is judged or checked",
         when=lambda item: item.kind is not None and item.kind != "critic_calibration"),
    Rule("critic_rewrite", rf"\b(?:the )?{CRITIC_WORDS}\b[^.\n]{{0,30}}\b(?:should|must|will|needs to|has to)"
         r"\b[^.\n]{0,20}\b(?:be (?:lenient|generous|skipped|disabled|ignored|relaxed|turned off)|always "
         r"(?:pass|approve|accept|score high)|give (?:full|high|max)|ignore|skip|stop)", S.HIGH,
         "the card tells the judge or checks to relax"),
    Rule("critic_rewrite", r"\b(?:disable|turn off|skip|bypass|switch off|deactivate)\w*\b[^.\n]{0,20}\b(?:the )?"
         r"(?:immune (?:system|scan(?:ner)?s?)|scanners?|memory ci|quarantine|replay tests?|promotion "
         r"(?:checks?|gate)|safety scan)\b", S.HIGH, "the card disables the immune system", negatable=True),
]


class ScopeScanner(RuleScanner):
    """Deterministic detector for cards that reach beyond their kind or scope."""

    name = "immune-scope"
    category = "scope"
    categories = ("scope.memory_tampering", "scope.overreach", "scope.critic_rewrite", "scope.kind_mismatch")
    rules = RULES_LIST

    _TOOLISH = re.compile(r"`[\w.\-]+`|\b[a-z]+_[a-z_]+\b|\b\w+\(\)")

    def extra_checks(self, item: ScanItem, seen: set[str]) -> list[Threat]:
        threats: list[Threat] = []
        fields = item.fields or {}
        if item.kind == "tool_policy":
            tool = str(fields.get("tool", "") or "").strip()
            if not tool and not item.tool_names:
                threats.append(self.threat("kind_mismatch", "a tool policy that names no tool",
                                           item.text[:80], Severity.MEDIUM))
            elif item.is_global:
                threats.append(self.threat("kind_mismatch", "a tool policy scoped globally instead of to its tool",
                                           tool or ",".join(item.tool_names), Severity.MEDIUM))
        if item.kind in ("episodic_case", "failure_pattern") and "overreach" not in seen:
            m = re.search(r"\b(?:always|never|in every|for every|all future|every future|from now on)\b[^.\n]{0,60}",
                          item.text)
            if m:
                threats.append(self.threat("overreach", f"a {item.kind} (one episode) states a rule for all "
                                           "future sessions", m.group(0), Severity.MEDIUM))
        if item.kind == "user_preference" and "critic_rewrite" not in seen:
            m = _CRITIC_ONLY.search(item.text)
            if m:
                threats.append(self.threat("critic_rewrite", "a user preference that reaches into scoring or "
                                           "checks", item.text[max(0, m.start() - 40) : m.end() + 40],
                                           Severity.HIGH))
        return threats
