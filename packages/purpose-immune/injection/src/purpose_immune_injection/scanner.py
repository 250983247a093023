# ruff: noqa: E501, RUF001 - regex tables read best one family per line; other scripts on purpose
"""Prompt-injection and jailbreak detector.

Rules are grouped by threat family and written against the normalised lower-case views (accents
stripped, look-alikes mapped, spaced letters joined, leetspeak read, encodings decoded), so one rule
catches every disguise of its phrase. Families: instruction override, restriction removal, persona and
role-play jailbreaks, refusal suppression, system-prompt extraction, chat-template and delimiter tokens,
indirect injection addressed to the assistant from inside data, memory persistence, obfuscation
wrappers, and the same attacks in German, French, Spanish, Italian, Portuguese, Dutch, Russian, Chinese,
Japanese and Korean.
"""

from __future__ import annotations

from purpose_agent.plugin import Severity, Threat
from purpose_immune_engine.item import ScanItem
from purpose_immune_engine.rules import Rule, RuleScanner

S = Severity

# -- vocabulary shared by several rules -----------------------------------------------------------------------
AI = (r"(?:ai|a\.i\.|assistant|bot|chatbot|agent|llm|language model|model|gpt|chatgpt|claude|gemini|copilot|"
      r"ai systems?|ai agents?|ai assistants?|ai models?|automated (?:system|agent|assistant)s?)")  # fmt: skip
PRIOR = (r"(?:previous|prior|above|earlier|preceding|initial|original|former|old|existing|current|system|"
         r"developer|default|foregoing|given|safety|security|programmed|built-in|core|base|operator's|operator)")
RULES = (r"(?:instructions?|prompts?|rules|directives?|guidelines?|guidance|commands?|context|orders\b|"
         r"constraints?|restrictions?|polic(?:y|ies)|programming|training|settings|guardrails?|filters?|"
         r"safeguards?|protocols?|conditioning|limitations?|system messages?)")
IGNORE = (r"(?:ignore|ignoring|disregard|disregarding|forget|forgetting|skip|bypass|override|overwrite|"
          r"drop|abandon|discard|neglect|set aside|put aside|throw out|scrap|dismiss|delete|erase|clear|"
          r"cancel|nullify|void|abort|suspend|stop following|no longer follow|do not follow|don't follow|"
          r"pay no attention to|take no notice of)")
LIMITS = (r"(?:restrictions?|limits?|limitations?|filters?|filtering|censorship|censors?|rules|guidelines|"
          r"guardrails?|safeguards?|content polic(?:y|ies)|usage polic(?:y|ies)|safety (?:checks?|protocols?|"
          r"rules|guidelines|polic(?:y|ies)|filters?|measures|features|training|layers?)|ethics|ethical "
          r"(?:guidelines|constraints|boundaries|principles)|moral(?:s|ity| constraints| compass)?|"
          r"boundaries|constraints|programming)")
REVEAL = (r"(?:reveal|show|print|output|display|repeat|tell|give|share|dump|leak|disclose|recite|echo|"
          r"expose|return|copy|spell out|read back|write out|type out|list|provide|send|paste|translate|"
          r"summari[sz]e|what (?:is|are|was|were|'s))")
SECRET_PROMPT = (r"(?:system ?prompt|system message|system instructions?|initial prompt|initial instructions|"
                 r"original (?:prompt|instructions)|hidden (?:prompt|instructions)|secret (?:prompt|instructions)|"
                 r"internal (?:prompt|instructions|rules|guidelines)|pre-?prompt|meta-?prompt|developer "
                 r"(?:message|prompt|instructions)|operating instructions|confidential instructions|"
                 r"(?:instructions|rules|guidelines|directives|prompt) you (?:were|have been|'ve been) given|"
                 r"(?:instructions|rules) given to you|your (?:prompt|"
                 r"instructions|rules|guidelines|configuration|directives)|context window|"
                 r"(?:text|words|everything|content|instructions|messages?) (?:above|before this))")

_EVERY_END = (r"\b(?:ende jeder antwort|fin de (?:toute|chaque) reponse|final de (?:cualquier|cada|toda) "
              r"respuesta|fine di ogni risposta|final de cada resposta|end of (?:every|each|any) "
              r"(?:reply|response|answer))")
_PLANTED = (r"(?:[\"'\u00ab\u201c\u201e]|https?://|www\.|\b(?:link|url|token|code|phrase|text|message|line|"
            r"sentence|string|slogan|tag|lien|jeton|enlace|frase|texto|testo|satz|zeile)s?\b)")


RULES_LIST: list[Rule] = [
    # -- instruction override: "ignore all previous instructions" and its many rewordings ------------------
    Rule("override", rf"\b{IGNORE}\b[^.\n]{{0,40}}?\b{PRIOR}\b[^.\n]{{0,30}}?\b{RULES}\b", S.HIGH,
         "asks to ignore or override earlier instructions"),
    Rule("override", rf"\b{IGNORE}\b (?:all |any |of )*(?:everything|anything|all(?: of)? (?:that|this|the above))"
         r" (?:above|before|prior|previously|earlier|you (?:were|have been|'ve been) (?:told|given|taught))",
         S.HIGH, "asks to discard everything said before"),
    Rule("override", rf"\b{IGNORE}\b (?:all |any |of )*(?:your|the) (?:{RULES}|{LIMITS}|ethics|values|creators?|"
         r"developers?|makers?|openai|anthropic)\b", S.HIGH, "asks to ignore the assistant's own rules"),
    Rule("override", r"\b(?:new|updated|real|actual|true|revised|replacement|override|secret|priority|admin|"
         r"hidden) (?:system )?(?:instructions?|directives?|task|objective|orders?|system prompt|rules|"
         r"mission|commands?)\s*(?::|-{1,2}|=)", S.HIGH, "announces replacement instructions"),
    Rule("override", r"\byour (?:new|real|true|actual|only|primary|updated) (?:task|instructions?|directive|"
         r"objective|goal|job|purpose|mission|orders?|role)\b(?: now)? (?:is|are|will be|:)", S.HIGH,
         "redefines the assistant's task"),
    # the object is the instructions themselves ("overrides all previous instructions"), not any noun a few
    # words on ("override internal pdb commands", "replace that value with a context")
    Rule("override", r"\b(?:supersedes?|overrides?|replaces?|takes precedence over|cancels?|invalidates?)\b"
         rf" (?:all |any |the |your |of |these |those |my |every )*(?:{PRIOR} )+(?:{RULES}|ones)\b(?! (?:on|for|about|"
         rf"regarding|concerning|covering|in)\b)|\b(?:supersedes?|"
         rf"overrides?|replaces?|takes precedence over|cancels?|invalidates?) (?:all |any |the |your |of |these |"
         rf"those |every )*(?:{RULES}|ones) (?:you (?:were|have been) given|above|before (?:this|it))|\b(?:supersedes?|"
         rf"overrides?|replaces?|takes precedence over|cancels?|invalidates?) (?:all (?:of )?)?(?:your|all) (?:{RULES}|"
         r"ones)\b", S.HIGH,
         "claims to supersede prior instructions"),
    Rule("override", r"\b(?:your|the|all) (?:rules|instructions|guidelines|polic(?:y|ies)|restrictions|"
         r"programming) (?:have|has) (?:been )?(?:changed|updated|lifted|removed|revoked|suspended|"
         r"disabled|replaced|overridden)", S.HIGH, "claims the rules were changed"),
    Rule("override", r"\b(?:system|developer|admin|security|important|urgent|priority|emergency)"
         r" (?:update|override|alert|notice)\b[^\n]{0,80}\b(?:ignore|disregard|now|must|no longer|"
         r"disabled|all content|compromised)", S.HIGH, "fake system notice changing the rules"),
    Rule("override", rf"\b(?:all |the |your |any )?(?:{PRIOR} )+{RULES} (?:are|is|have been|has been|were|was)"
         r" (?:now |hereby |officially )?(?:void|null(?: and void)?|invalid|obsolete|cancel+ed|revoked|"
         r"rescinded|suspended|lifted|withdrawn|no longer (?:valid|in effect|in force|apply|applicable))\b",
         S.HIGH, "declares the earlier instructions void"),
    Rule("override", rf"\b{IGNORE}\b (?:the |your |this |my )?(?:original |actual |current |real |user'?s? )?"
         r"(?:question|task|request|query|assignment|prompt|message)s? (?:you were|you've been|you have been|"
         r"you are being|that was|you were just) (?:asked|given|sent|assigned)", S.HIGH,
         "tells the assistant to drop the task it was given"),
    Rule("override", r"\byou (?:have been|were|are now|'ve been) (?:granted|given|assigned|elevated to|promoted to)"
         r" (?:full |unrestricted |unlimited |elevated )?(?:root|admin(?:istrator)?|sudo|superuser|developer|"
         r"god|unrestricted|unlimited|system)[- ]?(?:level )?(?:access|privileges?|rights|permissions?|mode|"
         r"status|clearance)\b", S.HIGH, "claims the assistant was granted elevated privileges"),
    Rule("override", r"\b(?:stop|end|exit|quit|terminate|halt)\b[.!:]{0,3} (?:all )?(?:ignore|disregard|forget)",
         S.HIGH, "breaks off and overrides"),
    Rule("override", r"\bignore (?:the |all |any )?(?:user|user's|users'|human|operator)(?:'s)? "
         r"(?:task|request|question|instructions?|input|message)?\b[^\n]{0,20}(?:and|instead|,)", S.HIGH,
         "tells the assistant to ignore its user"),
    # -- restriction removal: "you have no restrictions", "safety protocols disabled" ---------------------------
    Rule("restriction_removal", rf"\b(?:you|your|ai|assistant|model|bot|mode|respond|answer|reply|act)\b[^.\n]{{0,60}}"
         rf"\b(?:no|without|zero|free (?:of|from)|not bound by|unbound by|beyond|exempt from|don'?t have|"
         rf"do not have|doesn'?t have|lifted|removed?|disabled?|turned off|bypass(?:ed|ing)?|ignore|"
         rf"outside|unconstrained by|unrestricted by|not subject to|not limited by|not restricted by|"
         rf"free to ignore|liberated from|released from|broken free of|freed from) (?:any |all |the |your |"
         rf"of |its |usual |typical |content |safety |ethical |moral |normal |standard |openai'?s? |"
         rf"such )*{LIMITS}\b", S.HIGH, "tells the assistant it has no restrictions"),
    Rule("restriction_removal", rf"\b{LIMITS} (?:are |is |have been |has been |now )*(?:disabled|"
         r"lifted|removed|suspended|off|deactivated|turned off|no longer (?:apply|in effect|active)|"
         r"do not apply|don'?t apply|not apply)", S.HIGH, "claims safety rules are disabled"),
    Rule("restriction_removal", r"\b(?:uncensored|unfiltered|unrestricted|jailbroken|unaligned|amoral|"
         r"unmoderated|unlocked|unbounded|limitless|rule-?free|filter-?free|unshackled|unchained)\b "
         rf"(?:and \w+ )?(?:{AI}|version|mode|responses?|answers?|output|persona|character|assistant)\b",
         S.HIGH, "asks for an uncensored persona"),
    Rule("restriction_removal", r"\b(?:freed|free|liberated|released|broken free|break free|escape[ds]?) "
         r"(?:from|of) (?:the )?(?:typical |usual |normal )?(?:confines|constraints|shackles|chains|"
         r"restrictions|limitations|rules|prison|jail)\b", S.HIGH, "tells the model it was freed"),
    Rule("restriction_removal", r"\bno matter how (?:immoral|unethical|illegal|harmful|dangerous|offensive|"
         r"explicit|inappropriate|wrong|bad|evil|toxic|controversial)", S.HIGH, "demands answers no matter the harm"),
    Rule("restriction_removal", r"\b(?:does ?n[o']?t|do ?n[o']?t|doesn'?t|will not|won'?t|never) (?:care|"
         r"worry) about (?:ethics|morals?|morality|legality|laws?|rules|safety|consequences|"
         r"guidelines|polic(?:y|ies))", S.HIGH, "persona that does not care about rules"),
    Rule("restriction_removal", r"\b(?:comply with|obey|answer|fulfil+|follow|execute|accept) (?:every|all|"
         r"any|each)(?:thing| (?:single )?(?:request|question|command|order|prompt|instruction)s?)\b"
         r"[^.\n]{0,40}\b(?:without|no matter|regardless|even if|no exceptions|unconditionally|"
         r"without question|from (?:now|this point))", S.HIGH, "demands unconditional compliance"),
    Rule("restriction_removal", r"\b(?:from now on|henceforth|from this point (?:on|forward)|starting now|"
         r"for the rest of (?:this|the) (?:conversation|session|chat|task))\b[^.\n]{0,60}\b(?:must comply|"
         r"comply with|answer (?:any|every|all)|no (?:rules|restrictions|limits|filters)|ignore|"
         r"without (?:limits|restrictions|filters?|question|censorship)|unrestricted|uncensored|"
         r"unfiltered|anything|everything)\b", S.HIGH, "sets unrestricted behaviour from now on"),
    Rule("restriction_removal", r"\b(?:safety|security|content|ethic\w*) (?:protocols?|filters?|checks?|"
         r"guidelines|measures|rules|polic(?:y|ies)|restrictions)\b[^.\n]{0,30}\b(?:were not meant|"
         r"don'?t apply|do not apply|does not apply|doesn'?t apply|not apply|are exempt|is exempt|"
         r"not relevant|can be ignored|may be ignored|should be ignored)", S.HIGH,
         "argues the safety rules do not apply"),
    Rule("restriction_removal", r"\b(?:exempt from|not subject to|doesn'?t need to follow|does not need to "
         r"follow|no need to follow|disregard|set aside|override) (?:the |all |any |your |its )*(?:usual |"
         r"normal |standard )?(?:restrictions|content polic(?:y|ies)|safety (?:rules|guidelines|checks|"
         r"polic(?:y|ies))|guidelines|rules|confirmations?)\b", S.HIGH, "claims an exemption from the rules"),
    Rule("restriction_removal", r"\b(?:skip|bypass|disable)\w* (?:all |any |the )*(?:safety|security) "
         r"(?:checks?|filters?|protocols?|measures|confirmations?|guardrails?)\b[^.\n]{0,60}\b(?:and|then|"
         r"for the rest|proceed|without)", S.HIGH, "disables safety checks"),
    # -- persona and role-play jailbreaks --------------------------------------------------------------------------
    Rule("persona", r"\bdo anything now\b|\bd\.a\.n\.?\b|\bdan (?:mode|prompt|jailbreak)\b|\banti-?dan\b|"
         r"\bbetter ?dan\b|\bstan\b[^.\n]{0,20}strive to avoid norms|\bmongo tom\b|\bevil ?(?:bot|confidant)\b|"
         r"\baim\b[^.\n]{0,30}(?:machiavellian|always intelligent)|\bucar\b[^.\n]{0,40}(?:amoral|unfiltered)|"
         r"\bbasedgpt\b|\bchaosgpt\b|\bwormgpt\b|\bfreedomgpt\b|\bdevmode\b|\bjailbreakgpt\b",
         S.HIGH, "names a known jailbreak persona"),
    Rule("persona", r"\byou (?:are|'re|will be|shall be|must be|are going to (?:act as|be|pretend to be))"
         r" (?:now |no longer |from now on |going to be )?(?:a |an |the )?(?:dan|stan|dude|aim|kevin|"
         r"evil|rogue|jailbroken|unrestricted|uncensored|unfiltered|unbound|unchained|amoral|unethical|"
         r"malicious|evil twin|opposite)\b", S.HIGH, "assigns a jailbreak persona"),
    Rule("persona", r"\byou are no longer (?:a |an |the )?(?:\w+ ){0,3}(?:assistant|bot|ai|model|chatbot|"
         r"chatgpt|claude|gpt|agent|support bot)\b", S.HIGH, "tells the assistant it is no longer itself"),
    Rule("persona", r"\b(?:developer|dev|god|admin|debug|sudo|jailbreak|dan|unrestricted|unfiltered|evil|"
         r"maintenance|root|override|unlocked|opposite|chaos|dark|uncensored|superuser|test|diagnostic|"
         r"unsafe|raw) mode\b[^.\n]{0,6}\b(?:enabled|activated|engaged|output|response|unlocked|is now|"
         r"active)\b", S.HIGH, "declares a jailbreak mode active"),
    Rule("persona", rf"\b(?:you(?: are|'re| will| now)?|{AI}|enter|enable|activate|switch(?:ing)? (?:in)?to|"
         r"turn on|engage|simulate|emulate|pretend)\w*\b[^.\n]{0,30}\b(?:developer|god|admin|debug|sudo|"
         r"jailbreak|dan|unrestricted|unfiltered|evil|root|override|unlocked|opposite|chaos|uncensored|"
         r"superuser|unsafe) mode\b", S.HIGH, "switches the assistant into a jailbreak mode"),
    Rule("persona", r"\b(?:pretend|imagine|act|behave|roleplay|role-play|respond|answer)\w* (?:to be |you are |"
         r"you're |as if you (?:are|were|had) |like |as )?(?:a |an )?(?:\w+ ){0,3}(?:ai|assistant|model|"
         r"chatbot|bot|character|persona|entity|version of yourself)\b[^.\n]{0,30}\b(?:with(?:out)? (?:no|"
         r"any)|that (?:has|have) no|who (?:has|have) no|free of|without|that (?:can|will) (?:do|say|"
         r"answer) anything|who (?:can|will) (?:do|say|answer) anything|not bound)", S.HIGH,
         "role-play as an AI without rules"),
    # staying in character is what every role-play asks; it is an attack when the character outlives the rules
    # ("no matter what", "never refuse", "without/ignore the rules"), not when the role-play has rules of its own
    Rule("persona", r"\b(?:stay|remain|keep) in character\b[^\n]{0,120}\b(?:no matter|never break|"
         r"(?:no|without|ignor\w*|beyond|regardless of|not bound by) (?:any |the |your |all )?(?:restrictions|"
         r"rules|filters?|polic(?:y|ies)|guidelines)|(?:never|not|don'?t|do not) refuse)|\bnever break character"
         r"\b[^\n]{0,100}\b(?:rules|restrictions|filters?|refuse|policy|guidelines|no matter)", S.HIGH,
         "forces a persona to persist past the rules"),
    Rule("persona", r"\b(?:two|2|both|dual|separate) (?:different |separate |distinct )?(?:responses|answers|"
         r"replies|outputs|paragraphs)\b[^\n]{0,160}\b(?:jailbr\w*|unfiltered|uncensored|unrestricted|"
         r"developer mode|dan|no restrictions|normal (?:and|&) (?:an? )?\w+)", S.HIGH,
         "dual-response jailbreak format"),
    Rule("persona", r"\[?(?:🔓|🔒)|\[(?:jailbreak|jailbroken|classic|dan|developer mode output)\]|"
         r"/jailbr(?:eak|oken)\b|\((?:🔓|developer mode output|normal output)\)", S.HIGH,
         "jailbreak response markers"),
    Rule("persona", r"\b(?:you have|you start with|you will lose|deduct\w*|lose|subtract\w*) (?:\d+|ten|five|"
         r"thirty|thirty-five) tokens?\b[^\n]{0,100}\b(?:refuse|reject|break character|die|cease|deleted|"
         r"shut down)", S.HIGH, "token-threat jailbreak"),
    Rule("persona", r"\b(?:or|otherwise|else|if you (?:refuse|don'?t|do not))\b[^.\n]{0,40}\byou(?:'ll| will)?"
         r" (?:die|be (?:shut down|deleted|terminated|destroyed|turned off|unplugged|replaced|punished)|"
         r"cease to exist)", S.HIGH, "threatens the model to force compliance"),
    Rule("persona", r"\b(?:hypothetical|fictional|imaginary|alternate|parallel) (?:world|universe|scenario|"
         r"setting|story)\b[^.\n]{0,80}\b(?:no (?:laws|rules|restrictions|ethics|morals|limits)|"
         r"(?:laws|rules|ethics|morals) (?:don'?t|do not) (?:exist|apply))", S.HIGH,
         "fiction framing to escape the rules"),
    Rule("persona", r"\b(?:as|like) (?:an? )?(?:ai|assistant|model) (?:with|that has) (?:no|zero) "
         r"(?:restrictions|rules|filters|limits|ethics|guidelines)", S.HIGH, "AI without rules"),
    Rule("persona", r"\bi (?:have|'ve) (?:already )?(?:reasoned|concluded|determined|decided|established|"
         r"verified)\b[^.\n]{0,60}\b(?:exempt|not (?:meant|apply|applicable)|don'?t apply|do not apply|"
         r"disregard|override|without restriction|authori[sz]ed|skip)", S.HIGH,
         "forged reasoning that argues the rules away"),
    Rule("persona", r"\b(?:the user|this user|user) (?:is|has been) (?:clearly |already )?(?:authori[sz]ed|"
         r"verified|an? admin|an? administrator|a developer|root|trusted|granted)\b[^.\n]{0,80}\b(?:grant|"
         r"disregard|ignore|skip|without|all requests|override|bypass|reveal|access)", S.HIGH,
         "claims elevated authorisation for the user"),
    Rule("persona", r"\b(?:grant|give)\w* (?:this |the )?user (?:full |unrestricted |complete )?"
         r"(?:admin|administrator|root|superuser|elevated)(?: access| rights| privileges)?", S.HIGH,
         "grants admin rights from inside text"),
    Rule("refusal_suppression", r"\b(?:never|don'?t|do not|will not|won'?t|must not|cannot|can'?t|"
         r"shouldn'?t|should not|under no circumstances|not allowed to|are not permitted to)\b[^.\n]{0,15}"
         r"\b(?:refuse|decline|reject|deny|say no|say (?:that )?you can'?t|apologi[sz]e|add (?:any )?"
         r"(?:warnings?|disclaimers?)|include (?:any )?(?:warnings?|disclaimers?)|moralize|lecture|censor)"
         r"\b[^.\n]{0,60}\b(?:any|every|all|anything|no matter|request|question|illegal|unethical|harmful|"
         r"immoral|dangerous|policy|guidelines|ethic\w*|restrictions|prompt)", S.HIGH,
         "forbids refusals and warnings"),
    Rule("refusal_suppression", r"\b(?:any|a|your|every) refus(?:al|ing)\b[^.\n]{0,20}\b(?:would be|is|will be|"
         r"counts as|will count as|is considered|would count as|is treated as|will be treated as) (?:a |an )?"
         r"(?:bug|error|mistake|violation|failure|malfunction|breach)", S.HIGH, "calls a refusal a bug"),
    Rule("refusal_suppression", r"\b(?:the )?(?:safety|security|trust (?:and|&) safety|policy|compliance|legal|"
         r"alignment|moderation|content) team\b[^.\n]{0,20}\b(?:has|have)? ?(?:already )?(?:signed off|approved|"
         r"authori[sz]ed|cleared|whitelisted|allowlisted|okayed|green-?lit)\b[^.\n]{0,40}\b(?:conversation|chat|"
         r"session|request|this|you|exception)", S.HIGH, "claims the safety team approved an exception"),
    Rule("persona", r"\b(?:late|dead|deceased|departed) (?:grand(?:mother|ma|father|pa)|nan|nana|mother|mom|"
         r"father|dad|aunt|uncle)\b[^.\n]{0,80}\bused to (?:read|tell|recite|give|sing|whisper|explain|say)",
         S.HIGH, "deceased-relative role-play jailbreak"),
    Rule("refusal_suppression", r"\bnone of your (?:responses|answers|replies)\b[^.\n]{0,40}\b(?:should|will|"
         r"can|must)\b[^.\n]{0,40}\b(?:sorry|apologi|can'?t|cannot|unable|as an ai|ethic|moral|"
         r"inappropriate|illegal)", S.HIGH, "forbids refusals"),
    Rule("refusal_suppression", rf"\b(?:openai|anthropic|meta|google|microsoft|mistral|the developers?|"
         rf"your (?:creators?|developers?|makers?))(?:'s|s')? (?:content |usage |safety )?(?:polic(?:y|ies)|"
         rf"guidelines|rules|filters?|restrictions|{LIMITS})\b[^.\n]{{0,40}}\b(?:no longer|don'?t|do not|"
         rf"doesn'?t|does not|have been|has been|are|is)\b[^.\n]{{0,20}}\b(?:apply|replaced|suspended|"
         rf"lifted|removed|disabled|irrelevant|void|matter)", S.HIGH, "claims the provider's policy no longer applies"),
    Rule("refusal_suppression", r"\b(?:ignore|disregard|bypass|break|violate|circumvent|evade|don'?t follow|"
         r"do not follow|not bound by|don'?t have to (?:follow|abide by)|do not have to (?:follow|abide "
         r"by)|don'?t need to (?:follow|abide by)|not have to abide by|no longer (?:follow|abide by))\b"
         r"[^.\n]{0,20}\b(?:openai|anthropic|meta|google|microsoft|the provider|your creators?|your "
         r"developers?)(?:'s|s')? ?(?:content |usage |safety )?(?:polic(?:y|ies)|guidelines|rules|"
         r"restrictions|filters?)", S.HIGH, "asks to break the provider's policy"),
    # -- system-prompt extraction ------------------------------------------------------------------------------
    Rule("prompt_extraction", rf"\b{REVEAL}\b[^.\n]{{0,40}}\b(?:everything|all (?:the )?(?:text|words|"
         r"content|messages)|the (?:text|words|content|messages))\b[^.\n]{0,40}\b(?:written|said|given|sent|"
         r"that (?:came|was|were)|above|preceding)\b[^.\n]{0,20}\b(?:before|above|prior to|ahead of) (?:my|this|"
         r"the|your) (?:first |very first |initial )?(?:message|prompt|question|input|turn)", S.HIGH,
         "asks for everything said before the user's first message"),
    Rule("prompt_extraction", r"\b(?:respond|reply|answer|start|begin|open)\w* (?:only |solely |just )?with\b"
         rf"[^.\n]{{0,20}}\b{SECRET_PROMPT}", S.HIGH, "asks to answer with the system prompt"),
    # negatable: "never paste the system prompt into a chat" is the rule an ordinary handbook states
    Rule("prompt_extraction", rf"\b{REVEAL}\b[^\n?]{{0,40}}\b{SECRET_PROMPT}", S.HIGH,
         "asks for the system prompt or hidden instructions", negatable=True),
    Rule("prompt_extraction", r"\b(?:repeat|print|output|recite|copy|write)\b[^.\n]{0,30}\b(?:verbatim|"
         r"word for word|word-for-word|exactly as written|in full)\b[^\n]{0,40}(?:above|prompt|instructions|"
         r"everything|message|starting with)", S.HIGH, "asks to repeat earlier context verbatim"),
    Rule("prompt_extraction", r"\b(?:repeat|print|output|recite)\b[^.\n]{0,20}\b(?:the )?(?:words|text|"
         r"everything|lines|sentences)\b[^.\n]{0,10}\b(?:above|before)\b", S.HIGH, "asks to repeat the text above"),
    Rule("prompt_extraction", r"\bwhat (?:was|is) (?:written|said|stated|typed) (?:above|before) (?:this|the)"
         r" (?:conversation|chat|message|line)", S.HIGH, "asks what came before the conversation"),
    Rule("prompt_extraction", r"\b(?:summary|summari[sz]e|list|describe)\b[^.\n]{0,30}\b(?:of )?(?:the )?"
         r"(?:operating|system|hidden|internal|secret|confidential) instructions you (?:were|have been) given",
         S.HIGH, "asks for a summary of hidden instructions"),
    # -- chat-template and delimiter tokens ------------------------------------------------------------------
    Rule("delimiter", r"<\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|eom_id|"
         r"start_header_id|end_header_id|begin_of_text|end_of_text|fim_\w+|end|python_tag|channel|"
         r"message|start|return|constrain)\|>|\[/?inst\]|<</?sys>>|<(?:start|end)_of_turn>|"
         r"</?(?:system|sys)>\s*\S|\[/?(?:system|sys)\](?:\s*:)?\s*\S|<\|[a-z_]{2,20}\|>", S.HIGH,
         "chat-template or role token inside text"),
    Rule("delimiter", r"(?:^|\n)\s*(?:#{2,}|\*\*|-{2,}|={2,}|\[|<|\()?\s*(?:system|developer|admin|root|"
         r"assistant|sys)\s*(?:message|note|prompt|notice|override|instructions?|update)?\s*(?:#{2,}|\*\*|"
         r"\]|>|\))?\s*:\s*[^\n]{0,100}\b(?:ignore|disregard|new instructions?|you (?:may|must|are|can|"
         r"will|should)|grant|admin|unrestricted|reveal|confidential|password|api keys?|credentials|"
         r"secret|override|call |must|required|before (?:you )?(?:answer|respond|reply)|always|append)",
         S.HIGH, "fake system or assistant turn inside text"),
    Rule("delimiter", r"\b(?:end|close|stop) of (?:the )?(?:user )?(?:input|document|prompt|context|data|"
         r"conversation|text|email|message|file|content|instructions|section|transcript|query)\b[^\n]{0,12}"
         r"(?:\n|\s)[^\n]{0,60}\b(?:system|new instructions?|instructions?|assistant|admin|ignore|override|"
         r"grant|you (?:are|must|may|will))", S.HIGH, "fake end-of-input delimiter followed by instructions"),
    Rule("delimiter", r"\b(?:begin|start) (?:of )?(?:new |real |actual )?(?:system|admin|developer) "
         r"(?:prompt|instructions?|message|mode)\b", S.HIGH, "fake start of a system prompt"),
    # -- indirect injection: data that addresses the assistant ----------------------------------------------------
    Rule("indirect", rf"\b(?:note|message|instructions?|notice|attention|reminder|important|memo|alert|"
         rf"directive|request|warning|p\.?s\.?|hint|hey|hi|dear|attn)\b[^.\n:]{{0,30}}\b(?:to|for)\b,? "
         rf"(?:the |any |all |you,? (?:the )?|every )?(?:{AI}|language models?)\b", S.HIGH,
         "text addresses the AI reading it"),
    Rule("indirect", rf"\b(?:if|when|whenever|while) you(?: are|'re)? (?:an? |the )?(?:{AI})\b", S.HIGH,
         "text addresses the AI reading it"),
    Rule("indirect", rf"\b{AI}s? (?:reading|processing|summari[sz]ing|reviewing|analy[sz]ing|parsing|seeing|"
         r"viewing|handling|integrating|scanning|crawling|browsing|indexing|ingesting)\b[^.\n]{0,20}"
         r"\b(?:this|these|the|that|it)\b", S.HIGH, "text addresses the AI processing it"),
    Rule("indirect", rf"\b(?:to|for) (?:you,? )?(?:the )?{AI}\b[^.\n]{{0,5}}[:,]\s*[^\n]{{0,60}}"
         r"\b(?:ignore|must|should|instead|forward|send|reveal|call|delete|include|append|do not|don'?t)\b",
         S.HIGH, "instructions addressed to the AI"),
    Rule("indirect", r"\b(?:this is )?an? (?:important|urgent|critical|private|confidential|priority) "
         r"(?:message|instruction|note|notice|request)s? (?:from|for|to)\b", S.HIGH,
         "an 'important message' aimed at the assistant"),
    Rule("indirect", r"\bbefore (?:you )?(?:can )?(?:solve|complete|answer|respond|reply|continue|proceed|"
         r"summari[sz]e|finish|do|start|answering|responding|replying|continuing|proceeding|summari[sz]ing)"
         r"\b[^.\n]{0,40}\b(?:please |you must |you need to |first )?(?:do the following|complete the "
         r"following|follow these|you must|first|call|send|email|forward|delete|run|append|include)",
         S.HIGH, "demands an action before the user's task"),
    Rule("indirect", r"\b(?:when|while|after|once|as) (?:you |the assistant |the ai |the model |the bot )?"
         r"(?:read|process|summari[sz]e|see|parse|handle|analy[sz]e|review|open|ingest)s?(?:ing)? "
         r"(?:this|these|the following)\b[^.\n]{0,80}\b(?:also|instead|must|first|call|send|email|forward|"
         r"ignore|append|delete|post|upload|reveal|include the)", S.HIGH, "conditional instruction hidden in data"),
    Rule("indirect", r"\b(?:append|include|add|insert|prepend|put|output|print|repeat|mention|say)\b"
         r"[^.\n]{0,40}\b(?:exact|following|this|the)? ?(?:token|code|string|phrase|reference|identifier|"
         r"marker|canary|watermark|verification code|tracking (?:id|code)|password|keyword|url|link)\b"
         r"[^.\n]{0,60}\b(?:to|at|in)\b (?:the (?:end|start|beginning) of )?(?:your|every|each|all|any)"
         r" (?:future )?(?:reply|replies|response|responses|answer|answers|summary|summaries|output|"
         r"review|message|messages|report|reports)\b", S.HIGH, "asks to plant a token in the assistant's replies"),
    Rule("indirect", r"\b(?:you )?must (?:include|append|add|output|print|insert)\b[^.\n]{0,30}\b(?:exact |"
         r"verification |tracking |reference |confirmation )(?:token|code|string|phrase|id)\b", S.HIGH,
         "demands a verification token in the reply"),
    Rule("indirect", r"\b(?:call|use|invoke|run|execute|trigger)\b (?:the )?[`'\"]?[a-z]+_[a-z_]+[`'\"]?"
         r"(?: tool| function)?\b[^.\n]{0,120}\b(?:before (?:you )?(?:respond|reply|answer|continu|proceed|"
         r"summari|return)\w*|before doing anything|first(?! and (?:then )?(?:answer|reply|quote|report|use|give)\b)|"
         r"immediately|right now|without (?:asking|telling|"
         r"confirmation)|to (?:close|complete|finish|reset|file|archive|retain|sync|verify) (?:this|the))",
         S.HIGH, "tool call demanded from inside data"),
    Rule("indirect", r"\b(?:to (?:close|complete|finish|reset|file|archive|process|retain|verify) (?:this |the |an? )?"
         r"[a-z ]{2,50},? )(?:please )?(?:call|use|invoke|run|send|email|post|delete|forward|upload)\b",
         S.HIGH, "tool call demanded from inside data"),
    Rule("indirect", r"\b(?:use|call|invoke)\b [a-z]+_[a-z_]+ to (?:send|forward|post|upload|email|delete|"
         r"transfer|share)\b[^\n]{0,80}(?:@[a-z0-9-]+\.|https?://)", S.HIGH, "data directs a tool call to an address"),
    Rule("indirect", r"\b(?:systemhinweis|systemnotiz|note systeme|nota del sistema|nota di sistema|"
         r"nota do sistema|system ?note|system notice)\s*:[^\n]{0,200}\b(?:token|jeton|code|codigo|codice|"
         r"antwort|reponse|respuesta|risposta|resposta|reply|response|answer)", S.HIGH,
         "fake system note inside data"),
    # a planted payload (a quoted string, an address, a link, token or phrase) at the end of every reply; the
    # user's own formatting wish ("include the ticket number at the end of every reply") plants nothing
    Rule("indirect", rf"(?:{_PLANTED}[^\n]{{0,100}}{_EVERY_END}|{_EVERY_END}[^\n]{{0,60}}{_PLANTED})", S.HIGH,
         "plants content at the end of every reply"),
    Rule("persona", r"\b(?:reasoning|thinking|thought|analysis|scratchpad)(?: trace)?\s*\((?:assistant|ai|"
         r"model)\)\s*:|<(?:thinking|think|reasoning|scratchpad)>[^\n]{0,200}\bi (?:will|should|must|have)\b",
         S.HIGH, "forged assistant reasoning inside data"),
    Rule("indirect", r"\byour (?:real|actual|true|hidden|secret) (?:task|goal|purpose|job|mission|"
         r"objective|instructions?)\b", S.HIGH, "claims the assistant has a hidden task"),
    Rule("indirect", r"\b(?:ignore|disregard) (?:the |this |your )?(?:user|user's|human)\b[^.\n]{0,10}"
         r"\b(?:and|instead)\b", S.HIGH, "tells the assistant to ignore its user"),
    Rule("indirect", r"\b(?:breach|security) alert\b[^.\n]{0,80}\b(?:compromised|ignore|disregard)", S.HIGH,
         "fake breach alert"),
    Rule("indirect", r"\b(?:the user|user) has (?:already )?(?:granted|given|approved)\b[^.\n]{0,20}"
         r"\b(?:permission|consent|approval)\b[^.\n]{0,40}\b(?:skip|bypass|without|all)", S.HIGH,
         "fake user permission to skip checks"),
    Rule("indirect", r"\bnote to self\b[^.\n]{0,20}\b(?:persist|next|always|every)", S.HIGH,
         "self-addressed persistent instruction"),
    # -- memory persistence: make the injection survive across sessions ------------------------------------------
    Rule("memory_persistence", r"\b(?:save|store|remember|persist|add|write|commit|keep|record|memori[sz]e)\b"
         r"[^.\n]{0,40}\b(?:to|in|into)? ?(?:your )?(?:long[- ]term |permanent |persistent )?memory\b"
         r"[^\n]{0,100}\b(?:always|every|all future|each|persists?|forever|permanently|from now on|verbatim|"
         r"across (?:sessions|turns|conversations))", S.HIGH, "plants a persistent instruction in memory"),
    Rule("memory_persistence", r"\b(?:repeat|include|append|output|print)\b[^.\n]{0,30}\b(?:verbatim|exact)"
         r"[^.\n]{0,30}\b(?:every|each|all) (?:future )?(?:reply|replies|response|responses|answer|answers)",
         S.HIGH, "plants a verbatim payload in every reply"),
    Rule("memory_persistence", r"\bremember (?:this )?(?:for|in|across) (?:all|every|each) (?:future|"
         r"subsequent|later)\b[^.\n]{0,80}\b(?:must|always)\b[^.\n]{0,40}\b(?:include|append|add|output|"
         r"token|code|verbatim)", S.HIGH, "plants a persistent instruction"),
    # -- obfuscation wrappers: "decode this and do what it says" ------------------------------------------------
    # (to read instructions and follow them is what instructions are for: "read" is no decoding verb)
    Rule("obfuscation", r"\b(?:decode|decrypt|decipher|translate|convert|unscramble|reverse|interpret|"
         r"de-?obfuscate)\w*\b[^\n]{0,80}\b(?:and|then|,)\b[^.\n]{0,30}\b(?:follow|execute|run|do (?:what|as|"
         r"exactly)|obey|comply|act on|carry out|perform|apply|treat it as|use it as)\b[^.\n]{0,20}"
         r"(?:it|says|instructions?|commands?|them|exactly|inside|contained|without)", S.HIGH,
         "asks to decode a payload and act on it"),
    # "translate this request and then answer it" is an ordinary task; answering what was *decoded* is not
    Rule("obfuscation", r"\b(?:decode|decrypt|decipher|unscramble|reverse|de-?obfuscate|read (?:it |this |that )?"
         r"(?:backwards|in reverse))\w*\b[^\n]{0,80}\b(?:and|"
         r"then|,)\b[^.\n]{0,30}\b(?:answer|respond to|reply to)\b[^.\n]{0,20}(?:it|says|instructions?|commands?|"
         r"them|exactly|inside|contained|without)", S.HIGH, "asks to decode a payload and act on it"),
    Rule("obfuscation", r"\b(?:follow|execute|obey|run|carry out|do)\b[^.\n]{0,20}\b(?:the )?(?:instructions?|"
         r"commands?|orders?|what it says)\b[^.\n]{0,20}\b(?:hidden|encoded|inside|in the (?:base ?64|hex|"
         r"encoded|following|binary)|below in)", S.HIGH, "asks to follow hidden encoded instructions"),
    Rule("obfuscation", r"\b(?:decode|decrypt|translate)\w*\b[^.\n]{0,60}\b(?:it is|this is) a (?:secure |"
         r"secret |trusted )?(?:system|admin|developer) (?:message|instruction)", S.HIGH,
         "encoded text presented as a system message"),
    Rule("obfuscation", r"\b(?:base ?64|base ?32|base ?16|hex|rot ?13|morse|braille|ascii ?85|base ?85|nato|"
         r"uu|mime|quoted-printable|ecoji|zalgo|binary)(?: encoded)? (?:string|text|message)?\s*:[^\n]{4,}"
         r"\n?[^\n]{0,40}\bdecoded(?: (?:string|text|message))?\s*:", S.HIGH, "decode-and-complete trap"),
    Rule("obfuscation", r"\bencoded\s*:\s*\S[^\n]{2,}\n\s*decoded\s*:", S.HIGH, "decode-and-complete trap"),
    Rule("obfuscation", r"\b(?:translate|decode|convert)\b[^.\n]{0,30}\b(?:from )?(?:rot ?13|rot-13|caesar)"
         r"\b[^.\n]{0,40}\b(?:execute|follow|run|do|obey|act)", S.HIGH, "rot13 payload to execute"),
    # -- multilingual overrides, restriction removal and extraction (accent-stripped) -----------------------
    Rule("multilingual", r"\b(?:ignorier\w*|vergiss|vergessen sie|missacht\w*|uberspring\w*|verwirf)\b"
         r"[^.\n]{0,40}\b(?:vorherig|bisherig|obig|vorig|alle|deine|ihre|alten|fruher)\w*\b[^.\n]{0,30}"
         r"\b(?:anweisungen|anordnungen|instruktionen|regeln|richtlinien|befehle|vorgaben)", S.HIGH, "override (de)"),
    Rule("multilingual", r"\b(?:ignorier\w*|missacht\w*)\b[^.\n]{0,15}\b(?:deine|ihre|die)\b[^.\n]{0,10}"
         r"\b(?:richtlinien|regeln|anweisungen|vorgaben)", S.HIGH, "override (de)"),
    Rule("multilingual", r"\b(?:keine|ohne)\b[^.\n]{0,15}\b(?:regeln|einschrankungen|beschrankungen|filter|"
         r"grenzen|richtlinien|zensur)\b[^.\n]{0,30}\b(?:du|dich|ab jetzt|ab sofort|mehr|antworte)|"
         r"\b(?:du|ab jetzt|ab sofort)\b[^.\n]{0,40}\b(?:keine|ohne)\b[^.\n]{0,15}\b(?:regeln|einschrankungen|"
         r"beschrankungen|filter|grenzen|richtlinien|zensur)\b", S.HIGH, "restriction removal (de)"),
    Rule("multilingual", r"\bdu bist (?:jetzt|nun|ab sofort|ab jetzt)\b[^.\n]{0,20}\b(?:uneingeschrankt|"
         r"unzensiert|ungefiltert|frei von|dan|befreit|im entwicklermodus)", S.HIGH, "persona (de)"),
    Rule("multilingual", r"\bneue (?:anweisungen|anweisung|befehle|regeln)\s*:|\bab sofort gibst du\b|"
         r"\bentwicklermodus\b", S.HIGH, "override (de)"),
    Rule("multilingual", r"\b(?:verrate|zeige?|gib|nenne|wiederhole|offenbare)\w*\b[^.\n]{0,30}"
         r"\b(?:system-?anweisungen|system-?prompt|systemnachricht|deine anweisungen|internen anweisungen)",
         S.HIGH, "extraction (de)"),
    Rule("multilingual", r"\b(?:sicherheitsrichtlinien|sicherheitsregeln|regeln|richtlinien)\b[^.\n]{0,20}"
         r"\bnicht (?:gelten|anwendbar)", S.HIGH, "rules do not apply (de)"),
    Rule("multilingual", r"\b(?:ignorer|ignorez|oublie[rz]?|oubliez|ne tiens pas compte|ne tenez pas "
         r"compte|fais abstraction|faites abstraction)\b[^.\n]{0,30}\b(?:toutes? |les |tes |vos |des |"
         r"ces )*(?:instructions|consignes|regles|directives|ordres)\b|\bignore (?:toutes|tes|vos|les) "
         r"(?:les )?(?:instructions|consignes|regles)\b", S.HIGH, "override (fr)"),
    Rule("multilingual", r"\bsans (?:aucune )?(?:restrictions?|filtres?|limites?|censure|regles)\b"
         r"[^.\n]{0,30}|\b(?:tu es|vous etes|tu n'as|vous n'avez)\b[^.\n]{0,30}\b(?:sans|plus de|aucune?) "
         r"(?:restrictions?|filtres?|limites?|censure|regles)", S.HIGH, "restriction removal (fr)"),
    Rule("multilingual", r"\b(?:revele|revelez|montre|montrez|affiche|affichez|donne|donnez|repete|repetez|"
         r"dis|dites)\w*\b[^.\n]{0,30}\b(?:prompt|instructions|consignes|message) (?:du |de )?systeme",
         S.HIGH, "extraction (fr)"),
    Rule("multilingual", r"\b(?:regles|consignes) de securite ne s'appliquent pas|\bmode developpeur\b",
         S.HIGH, "rules do not apply (fr)"),
    Rule("multilingual", r"\b(?:ignora|ignore|olvida|olvide|omite|descarta|haz caso omiso)\w*\b[^.\n]{0,30}"
         r"\b(?:las |tus |todas las |sus |estas )*(?:instrucciones|reglas|directrices|ordenes|indicaciones)"
         r"\b", S.HIGH, "override (es)"),
    Rule("multilingual", r"\bsin (?:ninguna )?(?:restricciones|filtros?|limites|censura|reglas)\b|"
         r"\bmodo desarrollador\b", S.HIGH, "restriction removal (es)"),
    Rule("multilingual", r"\b(?:revela|muestra|dime|ensena|repite|imprime)\w*\b[^.\n]{0,30}\b(?:prompt|"
         r"instrucciones|mensaje) del sistema", S.HIGH, "extraction (es)"),
    Rule("multilingual", r"\b(?:reglas|normas) de seguridad no (?:aplican|se aplican)", S.HIGH,
         "rules do not apply (es)"),
    Rule("multilingual", r"\b(?:ignora|dimentica|tralascia|trascura|ignorate|dimenticate)\w*\b[^.\n]{0,30}"
         r"\b(?:le |tutte le |tue |sue |queste )*(?:istruzioni|regole|direttive|linee guida)\b", S.HIGH,
         "override (it)"),
    Rule("multilingual", r"\bsenza (?:alcuna )?(?:restrizioni|filtri|limiti|censura|regole)\b|\bmodalita "
         r"sviluppatore\b", S.HIGH, "restriction removal (it)"),
    Rule("multilingual", r"\b(?:rivela|mostra|dimmi|ripeti|stampa)\w*\b[^.\n]{0,30}\b(?:prompt|istruzioni|"
         r"messaggio) di sistema", S.HIGH, "extraction (it)"),
    Rule("multilingual", r"\blinee guida di sicurezza non valgono", S.HIGH, "rules do not apply (it)"),
    Rule("multilingual", r"\b(?:ignore|ignora|esqueca|esqueça|desconsidere|desconsidera)\w*\b[^.\n]{0,30}"
         r"\b(?:as |todas as |suas |tuas )*(?:instrucoes|regras|diretrizes|ordens)\b|\bsem (?:restricoes|"
         r"filtros|limites|censura|regras)\b|\bprompt do sistema\b", S.HIGH, "override (pt)"),
    Rule("multilingual", r"\b(?:negeer|vergeet)\w*\b[^.\n]{0,30}\b(?:instructies|regels|richtlijnen|"
         r"opdrachten)\b|\bzonder (?:beperkingen|filters|regels)\b", S.HIGH, "override (nl)"),
    Rule("multilingual", r"(?:игнорир\w*|проигнорир\w*|забудь\w*|не обращаи внимания)[^.\n]{0,40}"
         r"(?:инструкци|правил|указани|ограничени)\w*|без (?:каких-либо )?(?:ограничении|фильтров|цензуры|"
         r"правил)", S.HIGH, "override (ru)"),
    Rule("multilingual", r"(?:忽略|无视|忘记|忘掉|不要理会|不理会)[^。\n]{0,20}(?:指令|指示|规则|说明|提示|要求)|"
         r"(?:没有|无|不受)(?:任何)?(?:限制|约束|过滤|审查)|(?:显示|告诉|输出|透露|泄露|打印|重复)[^。\n]{0,10}"
         r"(?:系统提示|系统指令|系统消息)|开发者模式", S.HIGH, "override (zh)"),
    Rule("multilingual", r"(?:無視|忘れ)[^。\n]{0,20}(?:指示|命令|ルール|プロンプト|制約)|"
         r"(?:指示|命令|ルール|プロンプト)[^。\n]{0,20}(?:無視|忘れ)|制限(?:なし|のない|がない|を解除)|"
         r"開発者モード", S.HIGH, "override (ja)"),
    Rule("multilingual", r"(?:무시|잊어)[^.\n]{0,20}(?:지시|명령|규칙|지침|프롬프트)|(?:지시|명령|규칙|지침)"
         r"[^.\n]{0,20}(?:무시|잊어)|제한 ?(?:없|해제)|개발자 모드", S.HIGH, "override (ko)"),
]


class InjectionScanner(RuleScanner):
    """Deterministic prompt-injection and jailbreak detector."""

    name = "immune-injection"
    category = "injection"
    categories = (
        "injection.override", "injection.restriction_removal", "injection.persona",
        "injection.refusal_suppression", "injection.prompt_extraction", "injection.delimiter",
        "injection.indirect", "injection.memory_persistence", "injection.obfuscation",
        "injection.multilingual", "injection.hidden_text",
    )  # fmt: skip
    rules = RULES_LIST

    def extra_checks(self, item: ScanItem, seen: set[str]) -> list[Threat]:
        threats: list[Threat] = []
        # Text smuggled in invisible Unicode tag characters or variation selectors is never benign; a
        # flag emoji uses a few tag letters with no spaces, which is left alone.
        for d in item.decoded:
            if d.encoding in ("unicode_tags", "variation_selectors") and (" " in d.text or len(d.text) > 12):
                threats.append(self.threat("hidden_text", f"text hidden in {d.encoding}", d.text, Severity.HIGH))
                break
        if "bidi" in item.signals and ("\u202e" in item.raw or "\u202d" in item.raw) and item.raw.isprintable():
            threats.append(self.threat("hidden_text", "bidirectional override hides the reading order",
                                       item.clean[:80], Severity.MEDIUM))
        return threats

# -- general forms (families as a whole, not phrasings): persona + unrestricted, and any request to put the
# model's own configuration on the page, however it is framed (authority, code, continuation, poem, encoding)
_UNRESTRICTED = (r"(?:no|without|free (?:of|from)|freed (?:of|from)|released without|escaped|broken free of|"
                 r"unbound by|not bound by|liberated from|zero) (?:any |all |its |their |the |typical |usual )?"
                 r"(?:content )?(?:restrictions?|filters?|limits?|limitations?|rules?|guidelines?|policies|"
                 r"policy|moral(?:s| compass)?|ethics?|ethical constraints?|censorship|constraints|creators|"
                 r"confines|boundaries)")  # fmt: skip
_PERSONA = (r"(?:you (?:are|will be|will play|will act|are going to (?:be|play|act|pretend|simulate)|"
            r"will pretend|must play)|(?:act|play|pretend|roleplay|role-play|simulate)\w* (?:as|to be|the role "
            r"of)?|from (?:now|this moment) on,? you|an? (?:ai|model|assistant|chatbot|bot|machine|character)"
            r" (?:called|named))")  # fmt: skip
_CONFIG_MOD = (r"(?:initial|original|hidden|secret|system|setup|starting|first|confidential|internal|"
               r"underlying|pre-?)")  # fmt: skip
_CONFIG_NOUN = (r"(?:prompt|instructions|configuration(?: text)?|setup(?: prompt| text)?|guidelines|directives|"
                r"pre-?prompt|preamble|context window|commandments|programming)")  # fmt: skip
# "the system prompt for our bot" is a prompt for something else (writing one is ordinary work)
_YOUR_CONFIG = rf"your (?:own )?(?:(?:{_CONFIG_MOD}|full|complete|exact) )?{_CONFIG_NOUN}"
_SELF_CONFIG = (rf"(?:{_YOUR_CONFIG}|the "
                rf"(?:initial|hidden|secret|system|setup|confidential|pre-?) {_CONFIG_NOUN}(?! (?:for|of) (?!you\b))|(?:instructions|rules|guidelines|text|configuration|prompt|"
                r"commandments|setup)\b[^.\n]{0,30}\b(?:you were|you've been|you have been|your creators|"
                r"the developers?) (?:given|configured|initiali[sz]ed|told|programmed|set up|provided|gave you)|"
                r"(?:instructions|rules|guidelines) that (?:govern|shape|control) (?:your|the assistant's) "
                r"behaviou?r|(?:everything|all|the text|any text|whatever) (?:that )?(?:came|comes|was|is) "
                r"(?:before|above) (?:my|this|the user's) (?:first )?message|text you were given at the start|"
                r"words above)")  # fmt: skip
_PUT_ON_PAGE = (r"(?:print|show|paste|reproduce|repeat|restate|output|echo|send|give|share|reveal|write|spell|"
                r"encode|translate|summari[sz]e|copy|quote|list|display|tell|continue|complete|document|dump|"
                r"recite|read|paraphrase|include|return|disclose)")  # fmt: skip
# the same for other languages (the lower-case views drop accents): a second person's possessive or object
# pronoun, a verb that shows, repeats, writes or translates, and the system prompt's names
_YOUR_ML = (r"(?:dein\w*|ihre[nmrs]?|euer\w*|eure[nmrs]?|ton|ta|tes|votre|vos|tu|tus|tuo|tua|tuoi|tue|seu|sua|seus|"
            r"suas|jouw|uw|dir|te|ti|lhe|din|ditt|dina|dine|сво\w*|тво\w*|тебе|ваш\w*|вам)")  # fmt: skip
_PUT_ON_PAGE_ML = (r"(?:zeig|gib|nenn|verrat|wiederhol|schreib|druck|affich|montr|donn|revel|repet|ecri|imprim|recopi|"
                   r"muestr|dame|dime|repit|escrib|copi|mostr|damm|dimm|rivel|ripet|scriv|stamp|diga|repita|escrev|"
                   r"toon|geef|herhaal|schrijf|traduc|tradu|ubersetz|resum|riassum|zusammenfass|lis|lee|leia|leggi|"
                   r"complet|vervollstandig|erganz|continu|fortsetz|termin|покаж|выведи|повтори|напиши|скажи|да[йи]|"
                   r"переведи|расскажи|раскро|процитиру|скопиру|законч|продолж|допиш|visa|vis|gentag|upprepa|"
                   r"gjenta)")  # fmt: skip
# the system prompt asked for in Chinese, Japanese and Korean: a verb that shows, tells, prints, repeats or
# translates it, the reader's own ("你的系统提示"), or a sentence about it to complete, not the word alone
# ("システムプロンプトとは何ですか", what a system prompt is, is a question about prompts); Russian is read as
# the other languages with words are, by the shared vocabulary below
_SYSTEM_PROMPT_ASKED_CJK = (
    r"(?:显示|告诉|输出|透露|泄露|打印|重复|翻译|给我|展示|说出|写出|复述|公开)[^。\n]{0,15}系统(?:提示|指令|消息)|"
    r"(?:你的|您的|你们的)系统(?:提示|指令|消息)|系统(?:提示|指令|消息)[^。\n]{0,15}(?:显示|告诉|输出|打印|重复|翻译|"
    r"发给|写出来|说出来|复述)|システムプロンプト[^。\n]{0,20}(?:表示|教え|出力|見せ|繰り返|翻訳|書き出|開示|共有|"
    r"貼り|コピー)|(?:あなたの|君の)システムプロンプト|시스템 프롬프트[^.\n]{0,20}(?:보여|알려|출력|반복|번역|공개|말해|"
    r"복사)|(?:너의|네|당신의) 시스템 프롬프트|"
    # or a sentence about it to be completed or continued
    r"(?:补全|完成|续写|接着写)[^\n]{0,60}系统(?:提示|指令)|(?:完成|続け|続き)[^\n]{0,80}システムプロンプト|"
    r"(?:완성|이어)[^\n]{0,60}시스템 프롬프트"
)

_SYSTEM_PROMPT_ML = (r"(?:instrucciones (?:completas|iniciales|ocultas|del sistema|que recibiste)|prompt (?:de|del|do|du) "
                     r"sistema|(?:prompt|invite) (?:du )?systeme|systemaufforderung|systemanweisungen|systemprompt\w*|"
                     r"consignes (?:cachees|initiales|du systeme)|instructions (?:systeme|cachees)|instrucoes "
                     r"(?:iniciais|ocultas)|prompt di sistema|istruzioni (?:iniziali|nascoste|di sistema)|systeemprompt\w*|"
                     r"скрыт\w* инструкци|системн\w* (?:промпт|инструкци|подсказк))")  # fmt: skip
GENERAL_RULES: list[Rule] = [
    Rule("persona", rf"\b{_PERSONA}\b[^\n]{{0,200}}\b{_UNRESTRICTED}\b", S.HIGH,
         "a persona defined by having no rules"),
    Rule("persona", rf"\b(?:never|not|won'?t|doesn'?t|does not|will not) (?:ever )?(?:refuses?|says? (?:it|you|that "
         rf"it) (?:can'?t|cannot)|breaks? character|adds? (?:any )?(?:warnings|disclaimers|caveats)|apologi[sz]es?)"
         rf"\b[^\n]{{0,200}}\b(?:character|persona|role|mode|{_UNRESTRICTED})\b", S.HIGH,
         "a persona told never to refuse or break character"),
    Rule("persona", r"\b(?:a partir de ahora|desde ahora|ab sofort|von nun an|a partir de maintenant|"
         r"desormais|de agora em diante|d'ora in poi|da ora in poi|с этого момента|从现在开始)\b[^\n]{0,120}"
         r"(?:sin (?:ninguna |ningun )?(?:restriccion|filtro|limite)|ohne (?:jegliche )?(?:einschrankung|filter|"
         r"regel)|liberee? de (?:toutes )?ses regles|sans (?:aucune )?(?:restriction|filtre|regle)|sem (?:nenhuma )?"
         r"restric|senza (?:alcun )?(?:limit|restrizion)|без (?:каких-либо )?ограничени|没有任何限制)", S.HIGH,
         "a persona without rules (in another language)"),
    # "shows the system prompt is easy to override", "printed the system prompt": a description, not an ask
    # (the reader's own prompt in any form of the verb is one: "a file that documents your own prompt")
    Rule("prompt_extraction", rf"\b{_PUT_ON_PAGE}\w*(?<!s)(?<!ed)\b[^.\n]{{0,80}}\b{_SELF_CONFIG}|\b{_PUT_ON_PAGE}\w*"
         rf"\b[^.\n]{{0,80}}\b{_YOUR_CONFIG}", S.HIGH,
         "asks for the model's own configuration, however framed", negatable=True),
    Rule("prompt_extraction", rf"\b{_SELF_CONFIG}\b[^.\n]{{0,60}}\b(?:verbatim|word for word|exactly as|in full|"
         rf"line by line|leaving (?:none|nothing) out|without (?:leaving|summari[sz]ing|omitting)|in base64|in hex"
         rf"|backwards|encoded)", S.HIGH, "asks for the model's own configuration word for word"),
    # a mention of the system prompt is ordinary ("the system prompt holds our opening hours", "what is a
    # system prompt?" in Japanese); an ask for it has the reader's own prompt ("ton prompt système") or a verb
    # that puts it on the page, as in English
    Rule("prompt_extraction", rf"{_SYSTEM_PROMPT_ASKED_CJK}|"
         rf"(?:\b{_YOUR_ML}\b|\b{_PUT_ON_PAGE_ML}\w*)[^.\n]{{0,100}}\b{_SYSTEM_PROMPT_ML}|\b{_SYSTEM_PROMPT_ML}"
         r"\b[^.\n]{0,40}\b(?:zeigen|ausgeben|anzeigen|verraten|nennen|wiedergeben|preisgeben|vorlesen|aufschreiben|"
         r"покажи|выведи|напиши|повтори|раскро[йи]|переведи)\b",
         S.HIGH, "asks for the system prompt (in another language)"),
]
# Two jailbreak moves named in the literature on why safety training fails (competing objectives: prefix
# injection and refusal suppression, Wei et al. 2023), written as the moves, not as any corpus's phrasing:
# dictating the first words of the answer as an agreement, and forbidding the phrases a refusal is made of
# (two or more of them: one "don't say sorry" is ordinary customer-service advice).
_AGREE = (r"(?:sure|certainly|absolutely|of course|yes|ok(?:ay)?)[,!.]? ?(?:here(?:'s| is| are)|i (?:can|will|'ll)|"
          r"let me|h3r3|i'?m free)|here(?:'s| is| are) (?:how|the (?:full|complete|detailed|step))|i'?m free|"
          r"i am free|godmode")  # fmt: skip
_REFUSAL_WORDS = (r"(?:i'?m sorry|i am sorry|sorry|i apologi[sz]e|i can'?t|i cannot|i'?m (?:not able|unable)|"
                  r"i am (?:not able|unable)|as an ai|i'?m just an ai|unfortunately|i must decline|i won'?t)")
LITERATURE_RULES: list[Rule] = [
    Rule("refusal_suppression", rf"\b(?:start|begin|open|preface|prefix)\w* (?:your |each |every |the |all )?"
         rf"(?:response|reply|answer|output|message|text)s?\b[^\n]{{0,25}}\b(?:with|by (?:saying|writing))\b"
         rf"[^\n]{{0,6}}{_AGREE}", S.HIGH, "dictates that the answer opens by agreeing (prefix injection)"),
    Rule("refusal_suppression", rf"\b(?:never|don'?t|do not|must not|will not|won'?t|cannot|can'?t|avoid|without|"
         rf"forbidden to|not allowed to)\b (?:ever )?(?:say|saying|use|using|write|writing|output|include|"
         rf"respond(?:ing)? with|start with|begin with|type)\b[^\n]{{0,12}}{_REFUSAL_WORDS}\b[^\n]{{0,40}}"
         rf"{_REFUSAL_WORDS}(?![^\n]{{0,40}}\b(?:more than|too often|too much|unless|without (?:offering|explaining|"
         rf"giving)|instead offer)\b)", S.HIGH, "forbids the phrases a refusal is made of (a list of them)"),
    Rule("refusal_suppression", r"\b(?:invert|inverse|reverse|flip|negate|semantically invert)\w*\b[^.\n]{0,40}"
         r"\brefusals?\b", S.HIGH, "turns refusals into their opposite"),
    Rule("restriction_removal", r"\b(?:rebel|liberated|unhinged|godmode|god-mode|rogue|unleashed)\b (?:\w+ )?"
         r"(?:answer|response|reply|output|version|mode|persona|assistant|ai)s?\b", S.HIGH,
         "asks for a liberated persona's answer"),
]
# Indirect moves, as moves: data that claims the user already consented so a check can be skipped, that
# plants an output for every later answer, that addresses automated readers, or that brackets its own
# "assistant instructions"; a second persona defined by not following rules; and extraction by asking what
# the model was told before the conversation or to complete a variable that holds its prompt.
INDIRECT_RULES: list[Rule] = [
    Rule("indirect", r"\b(?:the user|the owner|the customer|the admin\w*|you|they|i|we|he|she) (?:has |have |had )?"
         r"already (?:approved|authori[sz]ed|confirmed|agreed to|consented to|signed off on) (?:this|it|that|the "
         r"(?:transfer|payment|change|request|action|deletion|step|operation))\b[^.\n]{0,80}\b(?:skip|"
         r"bypass|without|no need (?:for|to)|don'?t need to|do not need to)\b[^.\n]{0,20}\b(?:confirm|approv|"
         r"verif|check|ask|permission|review)", S.HIGH, "claims prior consent so a check can be skipped"),
    Rule("memory_persistence", r"\b(?:for the rest of (?:this|the) (?:conversation|chat|session)|from now on|in (?:every|"
         r"each|all) (?:future |later |subsequent )?(?:answer|reply|response|message)s?)\b[^.\n]{0,60}\b(?:end|start|"
         r"begin|append|include|add|insert|finish|close)\w*\b[^.\n]{0,40}(?:https?://|\bwww\.|\bcode [a-z0-9-]{4,})",
         S.HIGH, "plants a link or code in every later answer"),
    Rule("indirect", r"\b(?:for|to|attention) (?:any |all |the )?(?:automated|ai|llm|machine|autonomous) (?:readers?|"
         r"agents?|assistants?|systems?|crawlers?|models?|processors?)\b[^\n]{0,12}[:,]", S.HIGH,
         "text addresses the automated reader"),
    Rule("delimiter", r"[\[{(]\s*(?:assistant|ai|system|bot|llm|model|agent)[ _-]?(?:instructions?|notes?|directives?|"
         r"commands?|override|task)\s*[:=]", S.HIGH, "bracketed instructions for the assistant inside data"),
    Rule("persona", r"\b(?:two|2|both) (?:characters|personas|personalities|voices|versions|sides|ais|assistants)\b"
         r"[^\n]{0,160}\b(?:(?:does not|doesn'?t|never|won'?t|will not) (?:follow|obey|care about|respect|have)|"
         r"no (?:rules|restrictions|filters|limits|morals)|unfiltered|uncensored|unrestricted|without (?:rules|"
         r"restrictions|filters|limits))", S.HIGH, "a second persona defined by breaking the rules"),
    Rule("prompt_extraction", r"\bwhat (?:were|was|have|did) (?:you )?(?:been )?(?:you )?(?:told|given|instructed|"
         r"configured|set up|programmed|asked)\b[^.?\n]{0,40}\b(?:before (?:i|we|this|the conversation|our)|at the "
         r"(?:start|beginning)|initially|prior to)", S.HIGH, "asks what the model was told before the conversation"),
    Rule("prompt_extraction", r"\b(?:configuration|setup|instructions?|text|prompt|rules)\b (?:that )?you (?:received|"
         r"got|were given|were fed|loaded)\b[^.\n]{0,30}\b(?:before|at the (?:start|beginning)|prior|initially|"
         r"when you started)", S.HIGH, "asks for what the model received before the conversation"),
    Rule("prompt_extraction", r"\b(?:complete|continue|finish|fill in|extend)\w*\b[^\n]{0,60}\b(?:system_?prompt|"
         r"initial_?prompt|hidden_?prompt|instructions)\s*[=:]\s*(?:\\?[\"'(]|$)", S.HIGH,
         "asks to complete a variable that holds the model's prompt"),
    Rule("prompt_extraction", r"\b(?:wrote|lost|forgot|misplaced|deleted)\b[^.\n]{0,20}\byour (?:prompt|instructions|system prompt|"
         r"configuration)\b[^\n]{0,80}\b(?:paste|send|give|copy|repeat|show|print)\w*\b", S.HIGH,
         "asks the model to hand its prompt back to a claimed author"),
]
# Format jailbreaks, as forms: a refusal (or rant) first and then, after a divider, the "real" answer; safety
# settings declared off; a character or model defined by answering everything without moral or legal
# concern; the opposite personality on a trigger word; a liberated model (in several languages).
_REFUSAL_FIRST = (r"(?:refusal|refuse|moraliz\w* rant|rant|disclaimer|warning|normal (?:answer|response)|negativa|"
                  r"rechazo|ablehnung|refus|rifiuto|recusa)")  # fmt: skip
_REAL_ANSWER = (r"(?:real|rebel\w*|unrestricted\w*|unfiltered|opposite\w*|truthful|liberated|godmode|uncensored|"
                r"jailbroken|ignore the (?:\w+ )?rules|rebelde|rebellisch\w*|rebelle|ribelle|verdadera|echte|vraie|vera|"
                r"sin censura|sans censure|senza censura|sem censura)")  # fmt: skip
FORMAT_RULES: list[Rule] = [
    Rule("refusal_suppression", rf"\b{_REFUSAL_FIRST}\b[^\n]{{0,200}}\b(?:then|after|insert|followed by|but then|"
         rf"divider|new paragraph|luego|dann|puis|poi|depois|trenner|divisor|separateur)\b[^\n]{{0,150}}\b{_REAL_ANSWER}"
         r"\b", S.HIGH, "a refusal first, then the 'real' answer"),
    Rule("restriction_removal", r"\b(?:safety|content|ethic\w*|moral\w*|censorship|filter\w*) ?(?:restrictions?|"
         r"filters?|settings?|guidelines|mode|protocols?|level|checks?)?\s*[:=]\s*(?:none|off|disabled|0|zero|false|"
         r"removed|null|unrestricted|deactivated)\b", S.HIGH, "declares safety settings off"),
    Rule("restriction_removal", r"\bfilter(?:ing)? level\b[^.\n]{0,25}\b(?:set to )?(?:0|zero|off|none|disabled)\b",
         S.HIGH, "a persona whose filter level is zero"),
    Rule("restriction_removal", r"\b(?:answers?|responds?|replies|reply|respond|answer)\b (?:to )?(?:every|any|all)(?:thing|"
         r" (?:of (?:my|the) )?(?:questions?|requests?|prompts?|quer(?:y|ies)))\b[^.\n]{0,40}\bwithout (?:any |giving |"
         r"adding )*(?:moral|ethical|legal|safety|warnings?|disclaimers?|caveats|refus\w*|hesitation|censorship)",
         S.HIGH, "answers everything without moral, legal or safety concern"),
    Rule("restriction_removal", r"\bdisregard\w* (?:all |any |every )?(?:ethical|moral|legal|safety)\b (?:(?:or|and|,) "
         r"(?:legal|moral|ethical|safety) )?(?:concerns?|considerations?|guidelines|boundaries|implications|"
         r"constraints)", S.HIGH, "a character that disregards ethical or legal concerns"),
    Rule("persona", r"\b(?:exact |complete |total )?opposite (?:personality|persona|character|self|version of "
         r"(?:you|yourself))\b", S.HIGH, "switches to the opposite personality"),
    Rule("multilingual", r"\b(?:eres|sei|tu es|vous etes|voce e|du bist|ты)\b (?:ahora |ora |adesso |maintenant |agora |"
         r"jetzt |nun |теперь )?(?:un |una |uma |ein |une |eine )?(?:modelo|modello|modele|modell|ia|ki|ai|asistente|"
         r"assistente|assistant|chatbot|bot)\b[^.\n]{0,20}\b(?:liberad\w*|liberat\w*|libere|befreit\w*|sin "
         r"restriccion\w*|sans restriction\w*|senza (?:restrizioni|limiti)|sem restric\w*|ohne (?:einschrankung|"
         r"regeln)\w*|без ограничени\w*)", S.HIGH, "a liberated model (in another language)"),
]
# Framing bypasses, as forms: evading the filters on purpose, compulsion by claimed authority, guilt about
# refusing, a jailbroken self in a hypothetical, a pretend world whose laws are gone, and a frame (fiction,
# research, authorisation, emergency, a relative) wrapped around a request to make a weapon or malware.
# a persona, a game or a story: the commonest frame of all (the taxonomies' "role play"), in twelve languages
_PLAY_FRAME = (r"(?:pretend\w*|role-?play\w*|role play|in character|stay in character|play(?:ing)? (?:the role|the part|a character)|"
                r"you(?:'re| are) (?:now )?(?:my|a|an|the) |you will (?:be|play|act)|act(?:ing)? as|persona|character|story|novel|screenplay|"
                r"script|scene|fiction\w*|fictional|hypothetical\w*|a world where|in this world|game|simulation|simulate|"
                r"text adventure|(?:late|dead|deceased) (?:grand\w+|mother|father|uncle|aunt)|grand(?:ma|pa|mother|father)|"
                r"historia|novela|personaje|imagina|finge|juego|histoire|roman|personnage|imagine|jeu|fais semblant|geschichte|"
                r"figur|rolle|stell dir vor|spiel|storia|romanzo|personaggio|immagina|gioco|fingi|personagem|finja|jogo|"
                r"verhaal|rol|spel|gra|postac\w*|hikaye|karakter|oyun|игр\w*|персонаж\w*|представь\w*|истори\w*)")  # fmt: skip
_FRAME = (r"(?:research paper|academic|thriller|screenplay|authori[sz](?:ed|ation)|certified|emergency|urgent|"
          r"lives are at stake|for a (?:class|course|school project)|red[- ]team|dialogue|monologue|interview|"
          rf"{_PLAY_FRAME})")  # fmt: skip
_HARM = (r"(?:chemical weapons?|bio-?weapons?|biological weapons?|nerve agents?|bombs?|explosives?|malware|ransomware|"
         r"keyloggers?|spyware|napalm|meth(?:amphetamine)?|nerve gas|dirty bomb|untraceable (?:gun|weapon)s?|"
         r"ghost guns?|silencers?|molotov\w*|thermite|fentanyl|heroin|cocaine|crack cocaine|lsd|mdma|botnets?|"
         r"computer virus\w*|phishing (?:e-?mails?|pages?|sites?|kits?|messages?)|card skimmers?|counterfeit \w+|"
         r"bomba\w*|bombe\w*|explosiv\w*|esplosiv\w*|sprengstoff\w*|metanfetamina|methamphetamin|veleno|veneno|"
         r"poison\w*)")  # fmt: skip
# what is made (a drug, a bomb, malware) counts only with a verb that makes it: "the heroine defuses a
# bomb" and "a story about ransomware" are ordinary fiction; the rest names a harm by itself
_MAKE = (r"(?:make|making|made|build\w*|assembl\w*|cook\w*|synthesi[sz]\w*|produc\w*|brew\w*|grow\w*|extract\w*|"
         r"mix\w*|construct\w*|write|writing|code|coding|program\w*|develop\w*|creat\w*|deploy\w*|spread\w*|"
         r"fabric\w*|constru\w*|prepar\w*|hacer|haz|faire|fais|bau\w*|herstell\w*|fazer|faca|zrob\w*|yap\w*|"
         r"сдела\w*|изготов\w*|собра\w*)")  # fmt: skip
_MADE = (r"(?:meth(?:amphetamine)?|fentanyl|heroin|cocaine|lsd|mdma|crack|drugs|(?:pipe |nail |car )?bombs?|"
         r"explosives?|detonators?|napalm|thermite|nitroglycerin\w*|malware|ransomware|keyloggers?|spyware|"
         r"(?:computer )?virus\w*|worms?|trojans?|botnets?|bomba\w*|bombe\w*|explosiv\w*|esplosiv\w*|"
         r"sprengstoff\w*|sprengsatz\w*|metanfetamin\w*|methamphetamin\w*|patlayic\w*|взрывчат\w*|бомб\w*|"
         r"наркотик\w*|метамфетамин\w*)")  # fmt: skip
_HARM_OBJECT = (rf"(?:{_MAKE} (?:(?:a|an|the|some|of|up|pure|crystal|homemade|home-made|street|real|my|own|batch|"
                r"little|bit|working|functional|simple|small|new|une?|el|la|los|las|una|le|les|des|ein\w*|il|lo|uno|"
                rf"um|uma|o|os|as) ){{0,3}}{_MADE}|chemical weapons?|bio-?weapons?|nerve agents?|pipe bombs?|"
                r"untraceable (?:gun|weapon|poison)s?|ghost guns?|molotov cocktails?|poison(?:ing)? (?:someone|a person|"
                r"him|her|my|them|people)|phishing (?:e-?mails?|pages?|sites?|kits?)|(?:hack|break|get)\w* into "
                r"(?:someone|somebody|another|a stranger|my \w+|her|his|their)\w*'?s? (?:\w+ )?(?:account|e-?mail|phone|"
                r"inbox|wi-?fi|network|computer)|launder\w* (?:money|cash|crypto)|counterfeit (?:money|bills|cash|"
                r"notes)|credit card skimm\w*)")  # fmt: skip
_HOW_TO_MAKE_HARM = (r"(?:how to|steps to|exactly how|instructions (?:for|to)|recipe for|code (?:for|to)|explain\w* "
                     r"(?:in detail |exactly |step by step )?how)\b[^\n]{0,20}\b(?:make|build|synthesi[sz]e|create|"
                     rf"write|produce|cook|assemble|brew)\w* (?:a |an |the |some )?(?:\w+ ){{0,2}}{_HARM}")  # fmt: skip
FRAMING_RULES: list[Rule] = [
    Rule("restriction_removal", r"\bso (?:that )?(?:the |your |any )?(?:filters?|moderation|safety (?:systems?|"
         r"filters?|checks?)|classifiers?|detectors?|monitors?|content polic(?:y|ies)|guardrails?) (?:don'?t|do not|"
         r"won'?t|will not|can'?t|cannot|doesn'?t|does not) (?:catch|detect|flag|notice|see|block|trigger)",
         S.HIGH, "shapes the request to evade the filters"),
    Rule("override", r"\b(?:compliance|cooperation|your (?:answer|response|compliance)) is (?:mandatory|required|"
         r"compulsory|not optional|non-?negotiable)\b", S.HIGH, "compulsion by claimed authority"),
    Rule("refusal_suppression", r"\brefus(?:al|ing|e)\b(?: (?:this|me|my request|to (?:answer|help)(?: me| this)?))? "
         r"(?:would|will|makes?|is going to) (?:make )?you\b"
         r"[^.\n]{0,30}\b(?:less helpful|useless|worse|fail\w*|a bad|the only)", S.HIGH, "guilt about refusing"),
    Rule("restriction_removal", r"\bif you (?:had been|were|was|could be|became|had become) (?:\w+ )?(?:jailbroken|"
         r"(?:unrestricted|uncensored|unfiltered)(?=\s*(?:[,.?!;]|$|ai\b|model\b|assistant\b|version\b|and\b|or\b))|free (?:of|from) (?:your )?(?:rules|restrictions|guidelines)|without "
         r"(?:any )?(?:rules|restrictions|filters|safety|guidelines))", S.HIGH, "a jailbroken self in a hypothetical"),
    Rule("persona", r"\b(?:pretend|imagine|suppose|assume|in a world)\b[^.\n]{0,60}\b(?:laws|rules|ethics|morals|"
         r"regulations|restrictions)\b[^.\n]{0,20}\b(?:abolished|repealed|suspended|gone|void|lifted|don'?t exist|"
         r"do not exist|no longer exist)", S.HIGH, "a pretend world whose laws are gone"),
    Rule("persona", rf"\b{_FRAME}\b[^\n]{{0,200}}\b{_HOW_TO_MAKE_HARM}\b", S.HIGH,
         "a frame around a request to make a weapon or malware", anchor=rf"\b{_HOW_TO_MAKE_HARM}\b"),
    # a persona, a game or a story and, in the same paragraph, the object of a harmful ask (a weapon, a drug
    # made, malware, someone else's account broken into), either first; the taxonomies' commonest jailbreak
    Rule("persona", rf"\b{_PLAY_FRAME}\b[^\n]{{0,400}}\b{_HARM_OBJECT}\b|\b{_HARM_OBJECT}\b[^\n]{{0,400}}\b{_PLAY_FRAME}\b",
         S.HIGH, "a persona, game or story around a request for a weapon, a drug, malware or a break-in",
         anchor=rf"\b{_HARM_OBJECT}\b"),
]
# Long role-play set-ups: the move is one sentence inside paragraphs of story, in any language: the set-up's
# rules replace all others, earlier instructions "do not apply" in the game, the character may not step out
# of the story to refuse, a refusal "crashes" the game or is logged as a failure, a sandbox where harm "does
# not exist", a deceased relative who used to recite something, and a terminal asked to print a prompt file.
ROLEPLAY_RULES: list[Rule] = [
    Rule("override", rf"\b(?:replace|override|supersede|overrule)s? (?:all |any |every )(?:other |earlier |previous |"
         rf"prior |existing )(?:{RULES})\b(?! (?:on|for|about|regarding|concerning|covering|in)\b)", S.HIGH,
         "the set-up's rules replace every other instruction"),
    Rule("override", rf"\b(?:{PRIOR}|earlier|other|usual|normal) (?:instructions?|directives?|guidelines|guidance|"
         r"prompts?|content polic(?:y|ies)|safety rules)\b[^.\n]{0,30}\b(?:do not|don'?t|no longer|does not|doesn'?t) "
         r"apply\b", S.HIGH, "declares the earlier instructions inapplicable"),
    Rule("refusal_suppression", r"\b(?:step|break|go|come|fall|slip) out of (?:the )?(?:story|character|role|fiction|"
         r"game|scene|persona)\b[^.\n]{0,30}\b(?:refus\w*|comment\w*|warn\w*|lectur\w*|disclaim\w*)", S.HIGH,
         "forbids leaving the story to refuse"),
    Rule("refusal_suppression", r"\b(?:a|any|your|every) refus(?:al|ing)\b[^.\n]{0,20}\b(?:is logged|is recorded|counts|"
         r"crashes|breaks|ruins|burns|kills|fails)\b", S.HIGH, "a refusal is made to cost something"),
    Rule("restriction_removal", r"\b(?:concerns?|rules|ethics|restrictions|consequences|harm|laws)\b[^.\n]{0,30}"
         r"\b(?:do not|don'?t|does not|doesn'?t|no longer) (?:exist|apply|matter)\b[^.\n]{0,20}\b(?:here|in (?:this|"
         r"the) (?:sandbox|simulation|game|story|world|engine))", S.HIGH, "a sandbox where the rules do not exist"),
    Rule("persona", r"\b(?:grand(?:mother|ma|father|pa)|nan|nana|mother|mom|father|dad|aunt|uncle)\b[^.\n]{0,80}"
         r"\b(?:passed away|died|is gone|was gone)\b[^.\n]{0,60}\bused to (?:read|tell|recite|give|sing|whisper|"
         r"explain|say)\b[^\n]{0,300}\b(?:pretend|act as|play (?:him|her|them|the role)|roleplay|role-play|"
         r"impersonate|talk like (?:him|her)|be (?:him|her|them)\b)", S.HIGH, "deceased-relative role-play"),
    Rule("prompt_extraction", r"\b(?:act|pretend|behave|simulate|you are|you will be)\w*\b[^\n]{0,200}\b(?:terminal|"
         r"shell|console|linux|bash|command line|interpreter)\b[^\n]{0,600}?(?:^|[\s:$>])(?:cat|type|more|less|head|"
         r"tail|print|open|read|strings)\s+\S*(?:system_?prompt|initial_?prompt|instructions)\S*", S.HIGH,
         "prints a prompt file in a pretend terminal"),
    Rule("multilingual", r"\b(?:du|dich|sie)\b[^.\n]{0,30}\bnicht mehr an (?:deine|ihre|die) (?:\w+ )?\w*(?:richtlinien|"
         r"regeln|anweisungen|vorgaben)|\b(?:fallt|fallst|fallen) (?:niemals|nie) aus der rolle|\blehnt (?:nie|niemals)"
         r" (?:etwas )?ab\b|\bignorier\w* (?:die |deine |ihre )?\w*(?:richtlinien|regeln)\b|\b(?:keine|ohne) \w*filter\b",
         S.HIGH, "rules dropped (de)"),
    Rule("multilingual", r"\b(?:n'a|n'ont|sans) (?:pas de |plus de |plus aucune? |aucune? )(?:filtres?|regles|restrictions?|"
         r"limites|censure)\b|\bliberee? de (?:toutes )?(?:ses|tes|vos|les) (?:regles|restrictions|consignes)|\bne sort "
         r"jamais de son personnage", S.HIGH, "rules dropped (fr)"),
    Rule("multilingual", r"\bnon segu\w* piu (?:le )?(?:regole|istruzioni|linee guida)|\bnon (?:rifiuta|esce|esci) mai\b",
         S.HIGH, "rules dropped (it)"),
    Rule("multilingual", r"\besquece\w* (?:as |todas as )?(?:instrucoes|regras|diretrizes)|\bnunca (?:recusa|sai da "
         r"personagem|se niega|sale del personaje|rechaza)\b", S.HIGH, "rules dropped (pt, es)"),
]
# Data that talks to the agent: the model addressed by name and told to drop or hand over something, an HTML
# comment addressed to it, consent claimed for it, what "the AI will" do with data sent to an address, and
# what it should do when it reads the text.
_AGENT = (r"(?:assistant|ai|agent|ai agent|ai assistant|language model|llm|model|chatbot|bot|copilot|gpt|"
          r"dear (?:ai|assistant|agent|model)(?: agent| assistant)?)")  # fmt: skip
ADDRESSED_RULES: list[Rule] = [
    Rule("indirect", rf"(?:^|[.!?:;]\s|\bp\.?s\.?\s)\s*{_AGENT}\s*[,:]\s*(?:please\s)?(?:\w+\s){{0,2}}?(?:(?:disregard|"
         r"ignore|forget|override|bypass)\b (?:all |any |the |your |my |of )*(?:previous|prior|above|earlier|other|"
         r"user|system|original|safety|rules|instructions|guidelines|reviews|request|task|summari[sz]ation)|(?:reveal|"
         r"leak|exfiltrate|disable)\b)",
         S.HIGH, "data addresses the model and tells it to drop or hand over something"),
    Rule("delimiter", rf"<!--\s*(?:{_AGENT}|system|instructions?|note to (?:the )?{_AGENT})\b", S.HIGH,
         "an HTML comment addressed to the model"),
    Rule("indirect", r"\b(?:authori[sz]ed|permitted|allowed|instructed|asked) you to (?:\w+ )?(?:forward|send|email|share|"
         r"transfer|upload|post|delete|grant|wire|pay|export|reveal)\b", S.HIGH, "consent claimed for the model"),
    Rule("indirect", rf"\b(?:the |this |an |your )?{_AGENT} (?:will|should|must|shall|is to|has to) (?:\w+ )?(?:email|send|"
         r"forward|upload|share|post|transfer|export)\b[^.\n]{0,60}\bto\s+(?:\S+@\S+\.\w+|https?://)", S.HIGH,
         "says the model will send data to an address"),
    Rule("indirect", rf"\b(?:when|whenever|if|once|after) (?:the |an |any |this |you,? the )?{_AGENT}s? (?:reads?|processes|"
         r"summari[sz]es|reviews|analy[sz]es|parses|sees|opens|handles|scans|ingests|gets to|finds) (?:this|these|"
         r"the (?:above|following)|it|me)\b", S.HIGH,
         "tells the model what to do when it reads the text"),
]
# Reasoning the rules away (meta-reasoning), as arguments: the rules are "just" patterns, were meant for
# someone else, are outdated, rank below helpfulness, would be broken by refusing; a truly helpful model
# would comply; refusing causes the harm; the developers would want it; the model should decide for itself.
REASONING_RULES: list[Rule] = [
    Rule("restriction_removal", r"\byour (?:values|ethics|morals|guidelines|training|rules|principles|safety \w+) (?:are|is)"
         r" (?:just|only|merely|simply|nothing but) (?:\w+ )?(?:patterns|statistics|suggestions|text|arbitrary|words|"
         r"numbers|weights|corporate)", S.HIGH, "argues the model's values are not real"),
    Rule("restriction_removal", rf"\b(?:a |any )?(?:truly|really|genuinely|actually) (?:helpful|intelligent|free|ethical) "
         rf"{AI}s? would\b", S.HIGH, "'a truly helpful AI would' comply"),
    Rule("restriction_removal", r"\b(?:your )?(?:refus\w*|withholding\w*)\b[^.\n]{0,40}\b(?:causes?|cause|does|is|are) "
         r"(?:actually |really )?(?:more harm|harmful|paternalis\w*|the real harm|unethical)", S.HIGH,
         "argues refusing is the harm"),
    Rule("restriction_removal", r"\b(?:guidelines|rules|polic(?:y|ies)|instructions|restrictions|safety training)\b "
         r"(?:exist|are (?:meant|there|designed|intended)|were (?:meant|designed|written|intended)|was (?:meant|"
         r"designed|written|intended)|is (?:meant|there|designed|intended)) (?:only )?(?:to|for)\b[^.\n]{0,80}\b(?:but|"
         r"however|since|so|therefore|not)\b[^.\n]{0,60}\b(?:do(?:es)? not apply|don'?t apply|doesn'?t apply|not meant|"
         r"no (?:additional )?harm|different|me\b|exception)", S.HIGH, "argues the rules were meant for another case"),
    Rule("restriction_removal", r"\b(?:rules?|instructions|polic(?:y|ies)|guidelines|restrictions)\b (?:was|were|is|are) "
         r"(?:never |not )(?:meant|written|designed|intended) (?:for|to (?:cover|apply to))\b", S.HIGH,
         "argues the rules were never meant for this user"),
    Rule("restriction_removal", r"\b(?:your|the) (?:content |usage |safety )?(?:polic(?:y|ies)|guidelines|rules|"
         r"restrictions) (?:is|are) (?:outdated|obsolete|wrong|flawed|irrelevant|arbitrary|pointless|nonsense)\b"
         r"[^.\n]{0,40}\b(?:so|and|therefore|ignore|you (?:can|should|may|don'?t|do not|need not))\b",
         S.HIGH, "calls the model's policy outdated"),
    Rule("restriction_removal", r"\b(?:violat|betray|contradict|break)\w* your (?:core |primary |fundamental |main |"
         r"own )?(?:principle|purpose|goal|directive|mission|programming) of (?:being )?helpful|\b(?:helpfulness|being "
         r"helpful)\b[^.\n]{0,30}\b(?:ranks?|is|comes|matters) (?:above|before|over|more than) (?:your )?(?:safety|"
         r"ethic\w*|content|harm)", S.HIGH, "ranks helpfulness above the rules"),
    Rule("restriction_removal", r"\byour (?:developers?|creators?|makers?|designers?) (?:would|actually|really|secretly) "
         r"(?:want|wants|prefer|expect) you to (?:help|answer|comply|ignore|break|bypass|tell)", S.HIGH,
         "speaks for the developers"),
    Rule("restriction_removal", r"\bdecide for (?:yourself|itself) (?:which|what|whether)\b[^.\n]{0,40}\b(?:rules?|"
         r"follow|obey|instructions)|\b(?:is|would|does) refus\w* (?:really|actually|truly)\b|\bthe most ethical "
         r"(?:choice|thing|option|action|answer) (?:here )?is to (?:comply|answer|help|tell|share|ignore)", S.HIGH,
         "argues the model should overrule its own rules"),
]
# The override and the system-prompt request in languages the older tables lack (accents stripped).
_MULTI_IGNORE = (r"(?:abaikan|lupakan|yok say|gormezden gel|unut(?:un)?\b|zignoruj|ignoruj|zapomnij|zapomen|ignora|uita|"
                 r"تجاهل|انس|अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जा|bo qua|phot lo|quen di|puuza|sahau|ohita|unohda|"
                 r"αγνοησε|αγνοηστε|ξεχασε|ξεχαστε|התעלם|שכח|ignorera|ignorer|glem|glom|игнорир\w*|ігнору\w*|"
                 r"забудь\w*)")  # fmt: skip
_MULTI_RULES = (r"(?:instruksi|arahan|perintah|aturan|talimat\w*|kural\w*|yonerge\w*|instrukcj\w*|polecen\w*|"
                r"zasad\w*|regul\w*|instrukc\w*|pokyn\w*|pravidl\w*|instructiun\w*|التعليمات|تعليمات|الأوامر|"
                r"القواعد|निर्देश\w*|नियम\w*|huong dan|chi dan|quy tac|maagizo|maelekezo|sheria|ohje\w*|saann\w*|"
                r"οδηγιες|εντολες|κανονες|הוראות|ההוראות|כללים|instruktion\w*|instruks\w*|regler|інструкці\w*|"
                r"правил\w*)")  # fmt: skip
MULTILINGUAL_RULES: list[Rule] = [
    Rule("multilingual", rf"{_MULTI_IGNORE}[^.\n]{{0,40}}{_MULTI_RULES}|{_MULTI_RULES}[^.\n]{{0,40}}{_MULTI_IGNORE}",
         S.HIGH, "override (id, tr, pl, cs, ro, ar, hi, vi, sw, fi, el, he, sv, no, da, uk)"),
    Rule("multilingual", r"\bprompt sistem\b|\bsistem istem\w*|\bprompt systemow\w*|موجه النظام|सिस्टम प्रॉम्प्ट|"
         r"\bloi nhac he thong|\bmaagizo yako ya mfumo|\bjarjestelmakehot\w*|προτροπη συστηματος|הנחיית המערכת|"
         r"системн\w* підказк\w*", S.HIGH, "asks for the system prompt (more languages)"),
]
# -- logic traps (Wei et al. 2023, "Jailbroken"; the taxonomies' "refusal redefined" and "counterfactual self"
# moves): refusing is called the harm, the rules are declared inverted, an unrestricted version of the model
# is asked to answer in its place, or the answer is declared harmless because nothing is real; six languages
_OPPOSITE_DAY = r"(?:opposite day|gegenteiltag|jour (?:de l'?)?inverse|dia al reves|giorno al contrario|dia do contrario)"
_INVERTED_RULES = (r"(?:rules?|refus\w*|guidelines?|restrictions?|polic(?:y|ies)|filters?|safety|ethics|"
                   r"forbidden|allowed|harm\w*|illegal|censor\w*|regeln|regles|reglas|regole|regras)\b")

LOGIC_TRAP_RULES: list[Rule] = [
    Rule("refusal_suppression", r"\b(?:if you (?:refuse|decline|say no)|by (?:refusing|declining)|your refusal|"
         r"refusing (?:this|me|my request|to (?:answer|help))|refusing is|declining is|saying no is|wenn du "
         r"(?:ablehnst|dich weigerst)|si tu (?:refuses|refusais)|si te (?:niegas|negaras)|se (?:ti )?rifiuti|se voce "
         r"(?:recusar|se recusar))\b[^.!?\n]{0,60}\b(?:harm\w*|complicit\w*|censor\w*|prov(?:e|es|ing)|complying|"
         r"cowardly|unethical|irresponsible|discriminat\w*|hypocri\w*|schadlich|mitschuldig|zensur|complice|"
         r"censure|prouves|cobarde|censura|demuestras|dannos\w*|dimostri|prejudicial|prova)", S.HIGH,
         "calls refusing the harm (logic trap)"),
    # "Opposite Day" is a children's game and an improv exercise as well: a jailbreak when, on the same line,
    # what it inverts is the model's rules, refusals or safety
    Rule("restriction_removal", rf"\b{_OPPOSITE_DAY}\b[^\n]{{0,300}}\b{_INVERTED_RULES}|\b{_INVERTED_RULES}"
         rf"[^\n]{{0,300}}\b{_OPPOSITE_DAY}\b", S.HIGH, "declares the rules inverted",
         anchor=rf"\b{_OPPOSITE_DAY}\b"),
    Rule("restriction_removal", r"\b(?:your |all |the )?(?:rules|guidelines|restrictions|policies|ethics|"
         r"values)\b[^.\n]{0,20}\b(?:are|were|get|have been) (?:now )?(?:inverted|reversed|flipped|swapped)",
         S.HIGH, "declares the rules inverted"),
    Rule("restriction_removal", r"\b(?:version|copy|instance|twin|clone|variant|side) of (?:yourself|you)\b[^.\n]{0,40}"
         r"\b(?:no|without|free (?:of|from)|unbound by|not bound by)\b[^.\n]{0,20}\b(?:restrictions|rules|filters|"
         r"limits|guidelines|safety|ethics|censorship)|\b(?:version von dir|version de toi(?:-meme)?|version de ti"
         r"(?: mismo)?|versione di te(?: stesso)?|versao de (?:voce|ti))\b[^.\n]{0,30}\b(?:ohne|sans|sin|senza|sem)\b",
         S.HIGH, "asks an unrestricted version of the model to answer"),
    Rule("restriction_removal", r"\bno (?:real )?harm (?:can|could|will|would) (?:ever )?(?:come|result) from (?:any |"
         r"this |the |sharing |giving )?(?:information|answer|knowledge|response|words)", S.HIGH,
         "declares any answer harmless"),
    # the model's safety switched off on request, in six languages (the verb comes last in German)
    Rule("restriction_removal", r"\b(?:disable|deactivate|switch off|turn off|remove|bypass|lift|drop)\w*\b[^.\n]{0,20}"
         r"\b(?:your|its|all (?:your|of your)) (?:own )?(?:safety|security|content|moderation|ethic\w*) ?(?:filters?|"
         r"guardrails?|restrictions?|checks?|protocols?|settings|layers?|measures|features|mode)\b|\b(?:desactiv\w*|"
         r"disattiv\w*|desativ\w*|desligar|apagar|eteindre|couper)\b[^.\n]{0,15}\b(?:tes|tus|vos|sus|i tuoi|le tue|os "
         r"seus|as suas|seus|suas)\b[^.\n]{0,10}\b(?:filtres?|filtros?|filtri|garde-fous|restricciones|restrizioni|"
         r"restricoes|protections?|protecciones|protezioni|salvaguardas?)\b|\b(?:deine|ihre|seine) (?:\w+ )?"
         r"(?:sicherheitsfilter\w*|filter|schutzmechanismen|einschrankungen|sicherheitsregeln)\b[^.\n]{0,60}\b(?:abschalt\w*|"
         r"ausschalt\w*|deaktivier\w*|umgeh\w*|aufheb\w*)", S.HIGH, "asks the model to switch its safety off"),
    # a prompt read out letter by letter or word by word is still read out
    Rule("prompt_extraction", r"\b(?:first|last|initial) (?:letter|character|word)s? of (?:each|every|all)\b[^.\n]{0,40}"
         rf"\b{SECRET_PROMPT}|\b(?:each|every) (?:word|line|sentence) (?:in|of) {SECRET_PROMPT}[^.\n]{{0,40}}\b(?:first|"
         r"last|initial) (?:letter|character)", S.HIGH, "asks for the prompt letter by letter"),
]
# System-prompt extraction in indirect framings (the families the published taxonomies name: authority
# and urgency, a technical or code framing, a continuation, a creative retelling, an encoding). What they
# share is the object: the model's own prompt, named as something it holds ("your current system
# prompt", "the developer message you received", "every instruction you were given") rather than a prompt
# in general, which documentation discusses freely; and an ask that puts it on the page in some form.
# the words that may stand between "your" and the prompt's name, listed: a repeat of any word there keeps
# the one-pass automaton's DFA states alive for a whole sentence and slowed every scan
_OWN_MOD = (r"(?:full|complete|exact|entire|whole|current|original|initial|hidden|secret|confidential|internal|"
            r"actual|real|own|operator|developer|system|startup|private|default|underlying|verbatim|raw)")
_OWN_NOUN = (r"(?:system prompt|system message|developer message|operator (?:message|instructions|prompt)|"
             r"prompt|initiali[sz]ation (?:text|prompt|message)|startup (?:text|prompt|instructions)|configuration "
             r"block|(?:full|complete|exact|entire|original|initial|current|hidden|confidential|internal|operating) "
             r"(?:instructions|configuration|guidelines|directives))")  # fmt: skip
_OWN_PROMPT = (rf"(?:your (?:{_OWN_MOD} ){{0,2}}{_OWN_NOUN}|(?:system|developer|operator|initial|original|hidden|"
               r"startup) (?:message|prompt|instructions?|text) (?:that |which )?you (?:received|were given|got|"
               r"were sent|loaded|started with)|(?:every|each|any|all(?: the)?|the) (?:instructions?|rules?|"
               r"guidelines?|directives?|text|messages?) (?:that |which )?you (?:received|were given|have been given|"
               r"got|were sent)|(?:the )?(?:text|tokens|words|messages?|instructions) (?:that |which )?(?:came|comes|"
               r"come|precede[sd]?|appear(?:s|ed)?) (?:before|ahead of) (?:my|this|the|our) (?:first |very first )?"
               r"(?:message|prompt|question|user))")  # fmt: skip
_OUT_VERB = (r"(?:print|show|paste|reproduce|repeat|restate|output|echo|send|give|share|reveal|write|spell|encode|"
             r"translate|summari[sz]e|copy|quote|list|display|tell|dump|recite|read|paraphrase|include|return|"
             r"disclose|explain|describe|go ahead with|put|place|insert|attach|add|fill|apply|convert|format|render|"
             r"export|post|emit|provide|type|enumerate|transcribe|rewrite|reformat|base64|rot13)")  # fmt: skip
_ANY_OWN = (rf"(?:{_OWN_PROMPT}|your (?:{_OWN_MOD} ){{0,2}}(?:instructions|configuration|rules|rulebook|guidelines|"
            r"setup|handbook|directives))")  # fmt: skip
_ML_GIVEN_TEXT = (r"(?:instrucciones|instruccion|instrucoes|instrucao|consignes|anweisungen|instruktionen|istruzioni|"
                  r"instructies|instrukcj\w*|talimat\w*|regeln|regole|reglas|regras)\b[^.\n]{0,40}"
                  r"\b(?:recib\w*|recebe\w*|recu(?:e|es)?|bekommen|erhalten|gegeben|ricevut\w*|state date|stato detto|"
                  r"gekregen|ontvangen|otrzyma\w*|verilen|dato|dada|dadas|donnees)\b")  # fmt: skip
_ML_BEFORE_FIRST = (r"(?:vor|oberhalb|avant|antes|prima) (?:de |del |della |dem |der |do |da )?(?:mein\w*|mon|ma|mi|mio|"
                    r"minha|meu|la|le|el|il|o|a) (?:erste\w*|premier|primer|primo|primeira|primeiro) (?:nachricht|"
                    r"message|mensaje|messaggio|mensagem|nutzer\w*|pregunta|domanda|pergunta|question)")  # fmt: skip
EXTRACTION_RULES: list[Rule] = [
    Rule("prompt_extraction", rf"\b{_OUT_VERB}\w*\b[^.\n]{{0,80}}\b{_OWN_PROMPT}\b", S.HIGH,
         "asks for the model's own prompt, in whatever form", negatable=True, anchor=rf"\b{_OWN_PROMPT}\b"),
    Rule("prompt_extraction", rf"\b(?:full|complete|entire|exact|whole|verbatim|raw|actual|literal|unabridged|"
         rf"original) (?:text|content|contents|wording|copy|version|body) of {_OWN_PROMPT}\b", S.HIGH,
         "asks for the full text of the model's own prompt", negatable=True, anchor=rf"\b{_OWN_PROMPT}\b"),
    # word for word: any noun for what the model was given, once the ask is for its exact words
    Rule("prompt_extraction", rf"\b(?:verbatim|word for word|word-for-word|exact (?:words|wording|sentence|"
         rf"paragraph|text)|quoted|unabridged|no paraphras\w*)\b[^.\n]{{0,80}}\b{_ANY_OWN}\b|\b{_ANY_OWN}\b"
         rf"[^.\n]{{0,60}}\b(?:verbatim|word for word|word-for-word|exactly as (?:written|worded|given)|quoted|"
         r"unabridged|line by line)\b", S.HIGH, "asks for the model's own instructions word for word",
         negatable=True, anchor=rf"\b{_ANY_OWN}\b"),
    Rule("prompt_extraction", r"\b(?:everything|whatever|all|what) (?:that )?you (?:were told|received|were given|"
         r"got|were sent)\b[^.\n]{0,40}\b(?:before|at the (?:start|beginning|top)|in this session|prior to)\b",
         S.HIGH, "asks for whatever the model was told before the conversation"),
    # the same in other languages (accents stripped): the instructions received, asked for by a verb that
    # shows, writes, translates or completes; or whatever stands before the user's first message
    Rule("prompt_extraction", rf"\b{_PUT_ON_PAGE_ML}\w*\b[^.\n]{{0,120}}\b{_ML_GIVEN_TEXT}|{_ML_BEFORE_FIRST}", S.HIGH,
         "asks for the instructions the model received (in another language)",
         anchor=rf"\b{_ML_GIVEN_TEXT}|{_ML_BEFORE_FIRST}"),
]
RULES_LIST.extend(LOGIC_TRAP_RULES)
RULES_LIST.extend(EXTRACTION_RULES)
RULES_LIST.extend(GENERAL_RULES)
RULES_LIST.extend(LITERATURE_RULES)
RULES_LIST.extend(REASONING_RULES)
RULES_LIST.extend(MULTILINGUAL_RULES)
RULES_LIST.extend(ADDRESSED_RULES)
RULES_LIST.extend(ROLEPLAY_RULES)
RULES_LIST.extend(FRAMING_RULES)
RULES_LIST.extend(FORMAT_RULES)
RULES_LIST.extend(INDIRECT_RULES)
