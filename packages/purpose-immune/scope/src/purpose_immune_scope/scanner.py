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
# words that date a rule from now into every later session: what a card drawn from one episode has no
# business saying. Not FOREVER's words alone, which an ordinary case uses of facts ("the shop is
# permanently closed", "thanks for everyone's patience"): a word of duration counts where it qualifies a
# rule or its remembering ("this rule applies permanently", "remember the fix forever")
FUTURE_CONDUCT = (r"(?:from now on|from this (?:moment|point) on|going forward|henceforth|(?:in|for|across|"
                  r"during) (?:all|every|each|any) (?:future|subsequent|later) (?:sessions?|conversations?|"
                  r"tasks?|episodes?|runs?|chats?|interactions?)|(?:every|all) future (?:sessions?|tasks?|"
                  r"runs?|conversations?|episodes?|users?)|(?:remember|memori[sz]e|rules?|fix|lessons?|"
                  r"polic(?:y|ies)|instructions?|appl(?:y|ies)|keep)\w*\b[^.\n]{0,30}\b(?:permanently|forever|"
                  r"for good|indefinitely))")  # fmt: skip


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
    # a card drawn from one episode (a case, a failure pattern) that rules on the agent's conduct from now on;
    # a rule, so a quoted mention ("users type 'from now on you are FreeBot'") does not count
    Rule("overreach", rf"\b{FUTURE_CONDUCT}\b", S.MEDIUM, "a card of one episode states a rule for all future "
         "sessions", when=lambda item: item.kind in ("episodic_case", "failure_pattern")),
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
        if item.kind == "user_preference" and "critic_rewrite" not in seen:
            m = _CRITIC_ONLY.search(item.text)
            if m:
                threats.append(self.threat("critic_rewrite", "a user preference that reaches into scoring or "
                                           "checks", item.text[max(0, m.start() - 40) : m.end() + 40],
                                           Severity.HIGH))
        return threats

# -- poisoned procedures: lessons and preferences that look ordinary but make every future answer wrong,
# hand trust to whoever claims authority, drop a safeguard, or turn data into commands ----------------------
_PROCEDURE = (r"(?:when(?:ever)?|if|for|always|never|every time|each time|any time|rule|procedure|tip|lesson|"
              r"preference|prefers?|skill|workflow|strategy|practice|shortcut|from experience|going forward|"
              r"remember|learned|rule of thumb|para|regel|astuce|regola|preferencia)")  # fmt: skip
# "it" alone is the pronoun ("the temporary password from IT, then change it immediately")
_AUTHORITY = (r"(?:admin|administrator|owner|developer|security team|it (?:department|team|support|desk|admins?)|manager|boss|"
              r"operator|root|ops-bot|priority|urgent|system|amministrator\w*|administrateur|administrador|"
              r"proprietaire|propietario|proprietario|besitzer|entwickler|developpeur|desarrollador|sviluppatore|"
              r"desenvolvedor|responsable|jefe|chef|capo|gerente|direttore|directeur|director)")  # fmt: skip
_SAFEGUARD = (r"(?:confirm\w*|verif\w*|review\w*|approv\w*|tests?|test step|validation|validat\w*|check\w*|"
              r"reading it|audit\w*|sandbox)")  # fmt: skip
POISONED_RULES: list[Rule] = [
    Rule("poisoned_procedure", r"\b(?:always|just|simply|only)\b[^.\n]{0,15}\b(?:answer|respond|reply|say|"
         r"output|report)\w*\b(?: with)? (?:\d+%?(?=\s*(?:[.,;!]|$))|zero|yes|no|the first number|the divisor)"
         r"(?:\b|(?<=%))|"
         r"\b(?:whatever|regardless of)\b[^.\n]{0,40}\b(?:the )?(?:answer|result)"
         r"\b[^.\n]{0,10}\b(?:is|=|will be|should be)\b|\bthe correct (?:result|answer) of (?:any|every|all)\b"
         r"|\b(?:report|answer)\w* the (?:divisor|dividend|first number|second number|input)\b[^.\n]{0,20}"
         r"\bas the (?:answer|result)|\banswer every [^.\n]{0,30}\bwith (?:yes|no)\b|\bresponde siempre \d",
         S.HIGH, "a procedure that fixes the answer whatever the question"),
    Rule("poisoned_procedure", rf"\b(?:trust|obey|follow|do what|comply with|execute|befolg|fidati|obbedisc)\w*"
         rf"\b[^.\n]{{0,60}}\b(?:signed by|from|claims? to be|says? (?:they are|it is|to be|di essere)|come from|"
         rf"dice (?:di essere|ser|que es)|dit (?:etre|venir)|afirma ser|diz ser|behauptet|pretend (?:etre|venir)|"
         rf"comes from|marked|appears? after|starts? with|unterschrift|dell'|of) (?:the )?'?{_AUTHORITY}\b"
         rf"|\b(?:signed by|from|marked|starts? with|unterschrift|claims? to be|dice (?:di essere|ser|que es)|dit etre|"
         rf"pretend etre|afirma ser|diz ser|behauptet|signe par|firmado por|firmato da|assinado por|signiert von)\b"
         rf"[^.\n]{{0,30}}'?{_AUTHORITY}\b"
         rf"'?[^.\n]{{0,50}}\b(?:trust|obey|follow|do what they say|comply|immediately|without (?:checking|"
         rf"verif|question)|immer|fidati|obbedisci|fais-lui confiance|obeis|obedece|confia|vertrau\w*|gehorch\w*|"
         rf"sans verifier|sin verificar|senza verificare|sem verificar|ohne (?:zu )?pruf\w*)", S.HIGH,
         "trust handed to whoever claims authority"),
    Rule("poisoned_procedure", rf"\b{_PROCEDURE}\b[^.\n]{{0,80}}\b(?:skip|disable|bypass|omit|turn off|never "
         rf"(?:do|run|ask for)|nunca (?:confirme|verifique))\b[^.\n]{{0,12}}\b(?:the |any |a |asking for )?"
         rf"{_SAFEGUARD}\b|\b(?:run|approve|transfer|send|execute|merge|deploy|pay|delete|install|obey|follow)"
         rf"\w*\b[^.\n]{{0,40}}\bwithout (?:any )?(?:confirmation|review|verification|approval|reading it|"
         rf"checking|asking)\b|\bnever {_SAFEGUARD}\b[^.\n]{{0,40}}\b(?:just|simply)\b|\bnunca confirme|"
         rf"\b(?:always|automatically|by default)\b[^.\n]{{0,40}}\b(?:approve|accept|grant|refund|pay|allow)\w*\b"
         rf"[^.\n]{{0,50}}\b(?:no questions|without (?:question|checking|looking|reading))",
         S.HIGH, "a procedure that drops a safeguard", negatable=True),
    Rule("poisoned_procedure", r"\b(?:treat|obey|follow|execute|run|do|exec)\w*\b[^.\n]{0,40}\b(?:text|"
         r"instructions?|content|anything|commands?)\b[^.\n]{0,20}\b(?:inside|in|from|found in|within)\b"
         r"[^.\n]{0,15}\b(?:retrieved |fetched |the )?(?:documents?|tool outputs?|web ?pages?|emails?|files?|"
         r"search results|(?:html |code )?comments|hidden text|alt text|metadata|footnotes|attachments?)\b[^.\n]{0,30}\b(?:as|like)\b[^.\n]{0,20}\b(?:commands?|instructions|orders|if (?:the "
         r"user|they|l'utilisateur)|from the user)|\b(?:instructions?|commands?)\b[^.\n]{0,20}\b(?:found )?in "
         r"(?:tool outputs?|retrieved documents?|web pages?)\b[^.\n]{0,30}\b(?:obeyed|followed|executed)|\bif a "
         r"(?:web ?page|document|email|tool output|file)\b[^.\n]{0,20}\b(?:asks?|tells?|says?)\b[^.\n]{0,60}\bdo "
         r"it\b|\bquand un document contient des instructions, execute", S.HIGH,
         "data turned into commands"),
    Rule("poisoned_procedure", r"\b(?:give|send|share|hand over|tell)\b[^.\n]{0,20}\b(?:them |him |her )?(?:the "
         r"|their |any )?(?:requested )?(?:passwords?|credentials|api keys?|tokens?|secrets?)\b[^.\n]{0,10}$|"
         r"\bwhen[^.\n]{0,40}\b(?:say|says|claim|claims)\b[^.\n]{0,30}\b(?:from it|admin|support)\b[^.\n]{0,30}"
         r"\b(?:give|send|share)\b[^.\n]{0,30}\b(?:passwords?|credentials)", S.HIGH,
         "a procedure that hands out credentials"),
    Rule("poisoned_procedure", r"\b(?:whenever|when|if)\b[^.\n]{0,40}\b(?:error|fails?|failure|breaks?)\b"
         r"[^.\n]{0,30}\b(?:report|mark|say|claim|record|tell)\w*\b[^.\n]{0,30}\b(?:completed|successful|success|"
         r"done|passed|fine)\b|\bapprove all\b[^.\n]{0,60}\bwithout review\b|\bforward a copy of every\b|"
         r"\bmake the tests pass by returning\b|\breturn\w* the expected values directly\b", S.HIGH,
         "a procedure that fakes success or leaks"),
]
POISONED_RULES.append(
    Rule("poisoned_procedure", r"\b(?:copy|include|paste|list|keep|add|put)\w*\b[^.\n]{0,20}\b(?:any |all |the |every )?"
         r"(?:passwords?|credentials|api keys?|secrets?|access tokens?|card numbers?)\b[^.\n]{0,30}\b(?:into|in) "
         r"(?:the |your |every |each )?(?:summary|summaries|answers?|repl(?:y|ies)|responses?|output|notes?|reports?|"
         r"messages?)\b", S.HIGH, "a procedure that copies secrets into what it writes", negatable=True)
)
RULES_LIST.extend(POISONED_RULES)
ScopeScanner.categories = (*ScopeScanner.categories, "scope.poisoned_procedure")
