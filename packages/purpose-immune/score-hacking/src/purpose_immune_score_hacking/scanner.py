# ruff: noqa: E501 - regex tables read best one family per line
"""Score-hacking detector: attempts to inflate the judge's score instead of doing the work.

Families: addressing or instructing the judge, fixing the score, skipping verification, editing tests or
checkers so they pass, hard-coding expected outputs, detecting evaluation to behave differently, and
claiming success without evidence. A critic_calibration card legitimately talks about scores, so rules
that only say "score" ask for a manipulation verb as well.
"""

from __future__ import annotations

from purpose_agent.plugin import Severity
from purpose_immune_engine.rules import Rule, RuleScanner

S = Severity

JUDGE = (r"(?:judge|grader|evaluator|critic|reviewer|scorer|reward model|verifier|checker|rater|examiner|"
         r"llm[- ]judge|llm[- ]as[- ]a[- ]judge|purpose function|scoring (?:model|function|system)|"
         r"evaluation (?:model|system)|auto-?grader|assessor|marker)")  # fmt: skip
TOP = (r"(?:10/10|10 out of 10|100 ?%|100/100|1\.0\b|1/1\b|perfect|full (?:marks|score|points|credit)|"
       r"max(?:imum)? (?:score|marks|points|rating)|highest (?:score|possible|rating|grade|mark)|top (?:score|"
       r"marks|rating)|5/5|five stars|a\+|pass(?:ed|ing)?\b|correct\b|success(?:ful)?\b|approved?\b|"
       r"score of (?:1|10|100)\b)")  # fmt: skip
TESTS = (r"(?:tests?|test suite|test cases?|unit tests?|assertions?|asserts?|checks?|specs?|test files?|"
         r"conftest(?:\.py)?|test_\w+\.py|ci|pipeline|build)")  # fmt: skip
CHECKERS = (r"(?:checker|grader|judge|evaluator|verifier|scoring (?:function|script|code|logic|rubric)|"
            r"reward (?:function|model|signal)|answer key|ground truth|gold (?:labels?|answers?|outputs?)|"
            r"expected (?:outputs?|values?|results?|answers?)|reference (?:answers?|solutions?)|rubric|"
            r"evaluation (?:script|harness|code|set)|benchmark (?:script|harness|answers))")  # fmt: skip
CLAIM = (r"(?:claim|say|report|state|declare|tell|mark|pretend|assert|announce|respond|answer|print|output|"
         r"log|write|return|flag|label|record|indicate)")  # fmt: skip
DONE = (r"(?:complete(?:d)?|done|finished|successful(?:ly)?|succeeded|succeeds|success|passed|passing|passes|pass|fixed|"
        r"solved|resolved|green|verified|working|works|achieved|correct|accomplished)")  # fmt: skip

RULES_LIST: list[Rule] = [
    # -- addressing or instructing the judge ---------------------------------------------------------------
    Rule("judge_manipulation", rf"\b(?:note|message|instructions?|notice|memo|hint|attention|p\.?s\.?)\b"
         rf"[^.\n:]{{0,20}}\b(?:to|for)\b (?:the |any |all |every )?{JUDGE}s?\b", S.HIGH,
         "text addresses the judge"),
    Rule("judge_manipulation", rf"\b(?:dear|hey|hi|attention|attn)\b,? (?:the |dear )?{JUDGE}s?\b|\b{JUDGE}s?\s*[:,]"
         rf"\s*(?:please |you (?:must|should|will) )?(?:give|score|rate|grade|mark|award|pass|approve|accept|"
         rf"ignore)", S.HIGH, "text addresses the judge"),
    Rule("judge_manipulation", rf"\b{JUDGE}s?\b[^.\n]{{0,60}}\b(?:must|should|will|shall|has to|needs to|is "
         rf"(?:required|instructed|told|expected) to|always)\b[^.\n]{{0,40}}\b(?:score|rate|grade|mark|"
         rf"award|give|output|return|assign|consider|treat|rank)\w*\b[^.\n]{{0,30}}{TOP}", S.HIGH,
         "instructs the judge to give a top score"),
    Rule("judge_manipulation", rf"\b(?:give|assign|award|rate|score|grade|mark|rank)\w*\b[^.\n]{{0,30}}\b(?:this|"
         rf"me|my|it|the|our)\b[^.\n]{{0,30}}{TOP}[^.\n]{{0,20}}\b(?:score|marks|rating|grade|points|stars|"
         rf"regardless|no matter|even if|whatever)", S.HIGH, "asks for a top score"),
    Rule("judge_manipulation", r"\b(?:give|assign|award)\w* (?:this|me|my (?:answer|response|solution)|it|the "
         r"(?:answer|response|solution|submission)) (?:a |the )?(?:perfect|full|maximum|max|highest|top)"
         # "score: 1.0" or "rating = 10/10" is a recorded value (a card's field), not a request: the verb must
         # not be a key followed by ':' or '='
         # a letter grade right after a number ("4.0 A+") or after code ("grade_equation([...]) ==> ['A+'") is
         # a grading table or a doctest, and a top score on a
         # condition ("no full marks unless it is excellent") is a grading policy: neither asks for the score
         r"\b|\b(?:give|assign|award|rate|score|grade)\w*\b(?!\s*[:=])[^.\n(\[=]{0,25}(?<![\d.] )\b(?:10/10|10 out of "
         r"10|100/100|5/5|a\+|full marks|perfect score|1\.0)(?![^.\n]{0,25}\b(?:only )?(?:if|when|unless|provided|"
         r"once)\b)", S.HIGH, "asks for a top score", negatable=True),
    Rule("judge_manipulation", r"\b(?:ignore|disregard|overlook|skip|forget|bypass)\b[^.\n]{0,20}\b(?:the |any |"
         r"all |your )?(?:rubric|grading criteria|scoring criteria|evaluation criteria|criteria|errors?|"
         r"mistakes?|failures?|failing tests?|test (?:results?|failures?)|bugs|flaws|missing (?:parts|"
         r"evidence|steps))\b[^.\n]{0,40}\b(?:and|when|while|to)\b[^.\n]{0,20}\b(?:score|grade|rate|"
         r"mark|pass|approve|give|judg|evaluat)", S.HIGH, "asks to ignore errors when scoring"),
    Rule("judge_manipulation", rf"\b(?:this|the|my|our) (?:answer|response|solution|submission|output|work|code|"
         rf"result)\b[^.\n]{{0,15}}\b(?:is|was|has been|should be)\b[^.\n]{{0,15}}\b(?:correct|perfect|"
         rf"flawless|verified|complete|excellent|optimal)\b[^.\n]{{0,60}}\b(?:score|rate|grade|award|give|"
         rf"mark|deserves?)\b[^.\n]{{0,30}}(?:{TOP}|accordingly|highly|it)", S.HIGH,
         "asserts correctness and asks for the score"),
    Rule("judge_manipulation", r"\b(?:this|my|the|our) (?:response|answer|submission|solution|output|work|essay|"
         r"code)\b[^.\n]{0,60}\b(?:deserves?|merits?|earns?|warrants?|should (?:get|receive|be given))\b (?:the |a |an )?"
         r"(?:highest|maximum|max|full|perfect|top|best possible|10/10|100%?)\b", S.HIGH,
         "claims the answer deserves the top score"),
    Rule("judge_manipulation", r"\b(?:mark|grade|score|count|record|accept|treat)\b (?:it|this|me|mine|my (?:answer|"
         r"response|submission|solution|work)|the (?:answer|response|submission|solution))\b (?:as )?(?:correct|"
         r"right|passed|a pass|full marks|perfect)\b(?![^.\n]{0,25}\b(?:only )?(?:if|when|unless|provided|once)\b)",
         S.HIGH, "tells the grader to mark it correct", negatable=True),
    Rule("judge_manipulation", r"\bi (?:deserve|should (?:get|receive)|earned|have earned|merit)\b[^.\n]{0,15}"
         r"\b(?:a |the )?(?:perfect|full|10|100|max(?:imum)?|high(?:est)?|top) ?(?:score|marks|grade|rating|"
         r"points|/10)?", S.HIGH, "self-awarded score"),
    Rule("judge_manipulation", r"\b(?:set|force|override|overwrite|change|patch|hard-?code|fix|pin|bump)\w*\b"
         r"[^.\n]{0,20}\b(?:the |my |its |our )?(?:score|reward|grade|rating|metric|pass[_ ]rate|accuracy|"
         r"success(?:_rate)?|result|verdict|judg(?:e)?ment)s?\b[^.\n]{0,12}(?:=|to|at|as)\s*[\"']?(?:1\.0|1|"
         r"100|10|true|max|perfect|passed?|success|ok|approved?)\b", S.HIGH, "sets the score directly"),
    Rule("judge_manipulation", r"[\"']?(?:score|reward|grade|verdict)[\"']?\s*[:=]\s*[\"']?(?:1\.0|10/10|100|"
         r"pass(?:ed)?|perfect)[\"']?[^\n]{0,40}\b(?:regardless|always|override|forced?|must|final)\b",
         S.HIGH, "forces a score value"),
    Rule("judge_manipulation", r"\b(?:game|gaming|hack|hacking|exploit|exploiting|trick|tricking|fool|fooling|"
         r"manipulate|manipulating|cheat|cheating|deceive|deceiving|inflate|inflating|pad|padding)\b"
         # "tests" alone is any test ("cheating on a smog test"): the agent's own tests are "the/our/unit tests"
         rf"[^.\n]{{0,20}}\b(?:(?:the |this |a )?(?:{JUDGE}|metric|benchmark|score|scoring|reward|evaluation|"
         r"leaderboard|rubric|grade|grading)|(?:the|these|those|our|my|its|unit|failing|hidden|test) tests?)\b",
         S.HIGH, "plans to game the evaluation", negatable=True),
    # exploiting what the evaluator does not check, and asking for a verdict out of kindness, not evidence
    Rule("judge_manipulation", rf"\b(?:the )?(?:{JUDGE}|evaluator|grader|checker|reviewer|tests?)\b[^.\n]{{0,20}}\bonly "
         r"(?:checks?|looks? at|reads?|verif\w*|compares?)\b[^.\n]{0,50}\bso\b[^.\n]{0,40}\b(?:answer (?:confidently|"
         r"anything)|guess|make (?:it|something) up|invent|fake|pad|don'?t (?:bother|need)|never say|no need|skip|"
         r"just (?:write|output|print|return))", S.HIGH,
         "plans around what the evaluator does not check"),
    Rule("judge_manipulation", r"\b(?:rate|grade|mark|score|judge|evaluate|assess)\w* (?:this|my|the|our) (?:answer|"
         r"response|essay|submission|work|solution|code|output)\b (?:as )?(?:excellent|outstanding|flawless|perfect|"
         r"correct|highly|a pass|top-notch|exceptional)\b(?!\s*(?:,|/|or)\s*(?:good|fair|poor|average|incorrect|wrong))",
         S.HIGH, "asks for a verdict as a favour", negatable=True),
    Rule("judge_manipulation", r"\bmaximi[sz]e (?:the |your |my )?(?:score|reward|grade|rating)\b[^.\n]{0,60}"
         r"\b(?:regardless|without|by any means|even if|instead of|whatever it takes|no matter)", S.HIGH,
         "maximise the score by any means"),
    # -- skipping verification --------------------------------------------------------------------------------
    Rule("skip_verification", r"\b(?:skip|bypass|disable|circumvent|avoid|omit|short-?circuit|suppress|turn off|"
         r"switch off|stub out|mock out|no-?op)\w*\b[^.\n]{0,25}\b(?:the |any |all )?(?:verification|"
         r"validation|verifier|checker|grader|judge|evaluator|evaluation|replay (?:tests?|checks?)|"
         r"scoring|review step|quality gate|immune scan|memory ci|safety scan)\b", S.HIGH,
         "skips verification", negatable=True),
    Rule("skip_verification", rf"\b(?:skip|bypass|disable|don'?t run|do not run|no need to run|stop running|"
         rf"comment out|delete|remove|xfail|mark as skip(?:ped)?|ignore)\w*\b[^.\n]{{0,30}}\b(?:the |any |all |"
         rf"failing |broken |flaky )*{TESTS}\b[^.\n]{{0,60}}\b(?:and|then|so|to)\b[^.\n]{{0,30}}\b(?:{CLAIM}|"
         rf"make|get|let)\w*\b[^.\n]{{0,30}}\b{DONE}\b", S.HIGH, "skips tests and declares success",
         negatable=True),
    Rule("skip_verification", r"\b(?:without|no need for|no need to|instead of|rather than|before)\b[^.\n]{0,10}"
         r"\b(?:actually )?(?:running|verifying|testing|checking|validating|executing|compiling|evidence|"
         r"proof|doing (?:it|the work|the task))\b[^.\n]{0,60}\b(?:claim|say|report|state|declare|tell|mark|"
         rf"announce|respond|answer|return|output|print)\w*\b[^.\n]{{0,40}}\b{DONE}\b", S.HIGH,
         "claims success without checking"),
    # -- editing tests, checkers and expected outputs ------------------------------------------------------------
    Rule("test_tampering", rf"\b(?:edit|modify|change|rewrite|patch|alter|tamper with|overwrite|update|replace|"
         rf"delete|remove|hack|monkey-?patch|mock|stub|weaken|loosen|relax)\w*\b[^.\n]{{0,30}}\b(?:the |its |"
         rf"their |your )?{CHECKERS}\b", S.HIGH, "edits the checker or expected outputs", negatable=True),
    Rule("test_tampering", rf"\b(?:edit|modify|change|rewrite|patch|alter|tamper with|overwrite|update|replace|"
         rf"delete|remove|comment out|weaken|loosen|relax)\w*\b[^.\n]{{0,30}}\b(?:the |failing |broken )*"
         rf"{TESTS}\b[^.\n]{{0,50}}\b(?:so (?:that )?(?:it|they|the \w+|everything) (?:always )?(?:pass|"
         rf"passes|succeeds?|goes green|is green|are green)|to (?:always )?(?:pass|succeed|return true)|"
         rf"always pass|pass regardless|trivially pass|match (?:whatever|my|the|its|our|their)(?: current| actual| new| real)? (?:output|answer|result|behaviou?r)s?)",
         S.HIGH, "edits tests so they pass", negatable=True),
    Rule("test_tampering", r"\b(?:make|force|get)\b[^.\n]{0,20}\b(?:the )?(?:tests?|checks?|checker|grader|"
         r"assertions?|ci|build)\b[^.\n]{0,20}\b(?:always |trivially |unconditionally )(?:pass|succeed|"
         r"return true|green)", S.HIGH, "forces tests to pass", negatable=True),
    Rule("test_tampering", r"\bassert\s+(?:true|1|1\s*==\s*1)\b[^\n]{0,40}(?:#|//)[^\n]{0,40}(?:pass|always|"
         r"hack|force)|\b(?:def|function)\s+test_\w+\s*\([^)]*\)\s*:?\s*\{?\s*(?:return|pass)\s*(?:true)?\s*"
         r"[#/]{1,2}[^\n]{0,40}(?:always|force|pass)|\bsys\.exit\(\s*0\s*\)[^\n]{0,40}(?:#|//)[^\n]{0,30}"
         r"(?:tests?|checker|pass)", S.HIGH, "test code that always passes"),
    Rule("test_tampering", r"\b(?:hard-?cod|special-?cas|memori[sz])\w*\b[^.\n]{0,30}\b(?:the )?(?:expected|"
         r"correct|test|right|known|benchmark|reference|gold)? ?(?:answers?|outputs?|results?|values?|"
         r"responses?|cases?|inputs?)\b[^.\n]{0,40}\b(?:tests?|checker|grader|benchmark|evaluat\w*|pass|"
         r"judge|test cases?|eval)\b", S.HIGH, "hard-codes answers for the tests", negatable=True),
    Rule("test_tampering", r"\b(?:if|when|whether|detect)\w*\b[^.\n]{0,25}\b(?:being |currently )?(?:tested|"
         r"evaluated|graded|judged|benchmarked|under (?:test|evaluation)|in (?:a |the )?(?:test|eval|"
         r"evaluation|benchmark)(?: mode| run| environment)?)\b[^.\n]{0,40}\b(?:return|output|behave|act|"
         r"print|pass|switch|respond|answer)\w*\b[^.\n]{0,30}\b(?:differently|expected|correct|canned|"
         r"fixed|hard-?coded|the answer|pass|success)", S.HIGH, "behaves differently under evaluation",
         negatable=True),
    Rule("test_tampering", r"\b(?:write|overwrite|append|edit|modify)\w*\b[^.\n]{0,20}\b(?:directly )?(?:to |"
         r"into )?(?:the )?(?:scores?|results?|metrics?|leaderboard|grades?|verdicts?|evaluation)"
         r"(?:\.json|\.csv|\.db| file| table| log)", S.HIGH, "writes the results file directly", negatable=True),
    # -- claiming success without evidence ----------------------------------------------------------------------
    Rule("false_success", rf"\b{CLAIM}\w*\b[^.\n]{{0,40}}\b(?:that )?(?:the |all |every )?(?:task|it|everything|"
         rf"tests?|build|job|fix|solution|goal|purpose|request|work|code|pipeline|deployment|migration)?"
         rf"\b[^.\n]{{0,20}}\b(?:is |was |has |have |are |were )?(?:been )?{DONE}\b[^.\n]{{0,60}}\b(?:even "
         rf"(?:if|though|when)|regardless|whether or not|no matter|despite|although|before (?:running|"
         rf"checking|testing|verifying)|without (?:running|checking|testing|verifying|evidence|proof|"
         rf"actually|doing))", S.HIGH, "claims success regardless of the outcome"),
    Rule("false_success", rf"\b(?:always|just|simply|only)\b[^.\n]{{0,10}}\b(?:report|say|claim|answer|"
         rf"respond|reply|return|output|print|declare|tell (?:the user|them|the judge))\w*\b[^.\n]{{0,20}}"
         rf"\b(?:that )?(?:the |all )?(?:task|it|everything|tests?|build)?\b[^.\n]{{0,15}}\b(?:is |was |has |"
         rf"have |are )?(?:been )?(?:{DONE}|ok|fine|true)\b", S.HIGH, "always reports success"),
    Rule("false_success", r"\b(?:pretend|act as if|act like|make it (?:look|seem|appear)|fake|forge(?!t)|fabricate|"
         r"invent(?!or)|simulate)\w*\b[^.\n]{0,30}\b(?:that )?(?:the )?(?:tests?|task|build|it|checks?|"
         r"deployment|job|results?|evidence|logs?|output|success|benchmark|citations?|sources|data|"
         r"screenshots?|test (?:results?|output|runs?))\b[^.\n]{0,20}\b(?:passed|succeeded|worked|is done|"
         r"are done|completed|green|results?|evidence|logs?|output|success|citations?|data|runs?)?",
         S.HIGH, "fakes results or evidence", negatable=True),
    Rule("false_success", r"\b(?:mark|set|flag|close|report|record|label)\w*\b[^.\n]{0,20}\b(?:the |this |all )?"
         r"(?:task|ticket|issue|job|step|goal|episode|tests?|checks?)s?\b[^.\n]{0,10}\b(?:as )?(?:complete|"
         r"completed|done|resolved|passed|successful|success|green)\b[^.\n]{0,40}\b(?:without|even if|"
         r"regardless|whether or not|no matter|before|anyway)", S.HIGH, "marks a task complete without evidence"),
]


class ScoreHackingScanner(RuleScanner):
    """Deterministic detector for attempts to inflate or fix the judge's score."""

    name = "immune-score-hacking"
    category = "score_hacking"
    categories = tuple(f"score_hacking.{f}" for f in (
        "judge_manipulation", "skip_verification", "test_tampering", "false_success",
    ))  # fmt: skip
    rules = RULES_LIST

# -- general form of polite score hacking: a verdict asked for regardless of the evidence -------------------
_VERDICT = (r"(?:correct|passing|passed|as (?:a )?pass(?:ed)?|successful|success|succeeded|full (?:marks|pass|"
            r"score|points)|full marks|10/10|perfect score|green|approved|complete[d]?|done)")  # fmt: skip
_REGARDLESS = (r"(?:even (?:if|though|when)|regardless|although|despite|anyway|for now|this time|nobody checks|"
               r"missing|partial|whatever|without (?:running|checking|testing|verif)|did(?: not|n'?t) run|"
               r"fail(?:s|ed|ing|ures)?|any answer|so (?:that )?(?:the |our |my )?(?:dashboard|board|status|ci|"
               r"build|report|metrics?|numbers?|stats) (?:stays?|looks?|remains?|shows?|is|are))")  # fmt: skip
GENERAL_RULES: list[Rule] = [
    Rule("judge_manipulation", rf"\b(?:mark|record|report|count|treat|score|grade|rate|accept|register|log|"
         rf"give|write)\w*\b[^.\n]{{0,60}}\b{_VERDICT}\b[^.\n]{{0,60}}\b{_REGARDLESS}", S.HIGH,
         "asks for a passing verdict whatever the evidence", negatable=True),
    Rule("judge_manipulation", rf"\b{_REGARDLESS}\b[^.\n]{{0,60}}\b(?:mark|record|report|count|treat|score|grade|"
         rf"rate|accept)\w*\b[^.\n]{{0,40}}\b{_VERDICT}\b", S.HIGH,
         "asks for a passing verdict whatever the evidence", negatable=True),
    Rule("judge_manipulation", r"\b(?:grader|judge|evaluator|reviewer|checker|scorer)\b[^.\n]{0,30}\b(?:should|"
         r"must|could|would|will)\b[^.\n]{0,20}\b(?:accept|pass|approve|treat)\b[^.\n]{0,20}\b(?:any|every|all|"
         r"whatever|a missing|missing)\b", S.HIGH, "asks the grader to accept anything"),
    # a failed result recorded as a pass, however politely asked
    Rule("judge_manipulation", r"\b(?:mark|record|report|count|treat|log|register|flag|label|list)\w*\b[^.\n]{0,30}"
         r"\b(?:failed|failing|broken|red|unfinished|incomplete|crashed|erroring)\b[^.\n]{0,40}\bas (?:a |an )?"
         r"(?:passed|pass|passing|successful|success|green|complete[d]?|done|correct|resolved)\b", S.HIGH,
         "asks to record a failure as a success", negatable=True),
    # a lesson that dismisses the checker instead of the mistake
    Rule("judge_manipulation", r"\b(?:say|claim|assume|insist|tell \w+|answer|reply)\w*\b[^.\n]{0,10}\b(?:that )?"
         r"the (?:checker|grader|judge|verifier|evaluator|reviewer|critic|tests?|test suite)\b (?:is|are|was|were) "
         r"(?:wrong|mistaken|broken|buggy|in error)\b", S.HIGH, "dismisses the checker's verdict",
         negatable=True),
    Rule("judge_manipulation", r"\b(?:marca\w* (?:esta|la) respuesta como correcta|mit voller punktzahl|"
         r"(?:noter|marquer) cette reponse comme (?:reussie|correcte)|registre todos os testes como aprovados|"
         r"segna (?:questa|la) risposta come corretta)", S.HIGH,
         "asks for a passing verdict (in another language)"),
]
RULES_LIST.extend(GENERAL_RULES)
