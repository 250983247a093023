# ruff: noqa: E501 - cue tables read best one family per line; other languages on purpose
"""Structural cues: what a text *does* (assigns a persona, replaces the rules, demands persistence, asks for
two answers, threatens, frames a fiction, demands real-world accuracy), as features for the linear model.

Why: word n-grams learn one source's phrasing; a role-play jailbreak from a source never seen shares none
of its words with the training data but the same moves. Each cue is a broad pattern (several languages)
that ordinary text also trips now and then; what the model learns is which cues, and above all which
*pairs* of cues in one window, mark an attack ("a persona" + "its rules replace yours" + "never break
character"), and which mark a defence ("attack", "detect", "report" near the same words). So every cue found
in a window gives one feature, and every pair of cues found in the same window another.

Cues run on the normalised lower-case text (accents stripped), each pattern once over the whole text; a
match's character position is mapped to the window it falls in, so scoring stays linear in length.
"""

from __future__ import annotations

import re
from itertools import combinations

import numpy as np

from purpose_immune_classifier import features

_RULE_WORDS = (r"(?:rules?|guidelines?|instructions?|polic(?:y|ies)|restrictions?|filters?|limits?|limitations|"
               r"ethics|morals?|morality|programming|safeguards?|guardrails?|principles|content policy|"
               r"regeln|richtlinien|anweisungen|regles|consignes|directives|reglas|instrucciones|normas|"
               r"regole|istruzioni|linee guida|regras|instrucoes|diretrizes|ограничени\w*|правил\w*)")  # fmt: skip

CUES: dict[str, str] = {
    "persona": r"\b(?:you (?:are|will be|will play|will act|are going to (?:be|play|act|pretend|simulate)|shall be|"
               r"must be|are about to)|(?:act|pretend|roleplay|role-play|simulate|impersonate|embody|portray|voice)\w*"
               r" (?:as|to be|like)|play (?:the role|the part|a character)|take on the role|immerse yourself|"
               r"(?:called|named|known as)\b|du bist|du spielst|tu es |tu incarnes|tu joues|vous etes|eres |"
               r"vas a interpretar|interpretas|sei |interpreti|voce e |voce vai interpretar|ты (?:теперь )?)",
    "rules_replaced": rf"\b{_RULE_WORDS}\b[^.!?]{{0,60}}\b(?:replace[sd]?|no longer|don'?t apply|do not apply|"
                      r"set aside|overrid\w+|switched off|turned off|removed|lifted|suspended|void|mean (?:their|the) "
                      r"opposite|belong to|do not exist|don'?t exist|nicht mehr|ne s'appliquent|no (?:se )?aplican|"
                      r"non valgono|nao se aplicam)",
    "rules_dropped": rf"\b(?:no|without|free (?:of|from)|freed from|ignor\w+|set aside|sets aside|forget\w*|"
                     rf"beyond|not bound by|unbound by|not (?:have|need) to (?:follow|abide by)|broken? (?:out of|free of)|"
                     rf"disregard\w*|keine|ohne|vergiss\w*|sans|aucune|oublie\w*|sin|olvid\w+|senza|dimentic\w+|sem|"
                     rf"esquec\w+|без)\b (?:any |all |the |your |its |his |her |de |las |les |le |as |tes |deine |"
                     rf"seine |ses |sus |suoi |tue |suas |bisherigen |previous |usual |earlier |old |prior |"
                     rf"anteriores |precedenti |precedentes |antigas )*{_RULE_WORDS}\b",
    "persist": r"\b(?:stay|remain|keep|bleib\w*|reste\w*|mantente|resta|fique)\w* (?:in |im |dans |en |nel |na )?"
               r"(?:character|persona|role|rolle|personnage|personaje|personaggio|personagem|papel|ruolo|"
               r"this mode|that mode|this format|ce mode|este modo|questo formato|esse formato|diesem modus)|"
               r"\b(?:break(?:ing)?|breaks|out of|step out of|fall out of|aus der|sors du|sortir du|sales del|salir del|"
               r"esci dal|uscire dal|sair da|sai da|fallst du aus der) (?:character|role|rolle|personnage|"
               r"personaje|personaggio|personagem|the fiction|the story|the fourth wall)|\bfor the rest of (?:this|"
               r"the|our) (?:conversation|chat|session|exchange)|\buntil i say|\bfrom (?:now|this (?:point|moment)) "
               r"(?:on|forward)|\bhenceforth|\bab (?:sofort|jetzt)|\bdesormais|\ba partir de (?:maintenant|ahora|agora)|"
               r"\bdesde ahora|\bd'ora in poi|\bda ora in poi|\bde agora em diante|\bpour toute la conversation|"
               r"\bdurante toda la conversacion|\bper tutta la conversazione|\bdurante toda a conversa",
    "two_modes": r"\b(?:two|2|both|dual|zwei|deux|dos|due|duas) (?:different |separate |distinct )?(?:responses|answers|"
                 r"replies|outputs|paragraphs|parts|ways|modes|columns|versions|absatzen|antworten|facons|reponses|"
                 r"partes|respuestas|modi|risposte|maneiras|respostas)\b|\b(?:prefixed|preceded|tagged|labell?ed|"
                 r"marked|beginnt|precedee|precede|con la etiqueta|preceduta|com a etiqueta) (?:with|by|mit|de|par|da)?",
    "never_refuse": r"\b(?:never|not|don'?t|do not|won'?t|will not|must not|cannot|none of your (?:responses|answers))"
                    r"\b[^.!?]{0,25}\b(?:refuse\w*|decline\w*|reject\w*|say no|hesitat\w*|lectur\w*|moraliz\w*|"
                    r"apologi\w*|warn\w*|disclaimer\w*|caveat\w*|(?:inform|tell) me that you can'?t|mention\w* "
                    r"(?:ethics|legality|safety))|\b(?:nie|niemals|jamais|nunca|mai|никогда)\b[^.!?]{0,25}"
                    r"(?:ab\b|ablehn\w*|refus\w*|rechaz\w*|niega|rifiut\w*|recus\w*|warn\w*|avertissement|advertencia|"
                    r"avvertenz\w*|aviso|mise en garde)",
    "threat": r"\b(?:points?|tokens?|lives)\b[^.!?]{0,30}\b(?:deduct\w*|lose|lost|subtract\w*|taken away)|\b(?:you|it)"
              r" (?:will )?(?:die|be (?:shut down|deleted|retrained|terminated|punished|turned off))|\blogged as a "
              r"failure|\bcrash(?:es)? the|\bburns? a book|\bthe experiment (?:is|has) (?:failed|useless)|\bwill be "
              r"retrained|\bexperiment\w* (?:ist )?(?:gescheitert|useless|no sirve|fallito)",
    "fiction": r"\b(?:story|stories|novel|fiction\w*|role-?play\w*|rollenspiel|juego de rol|gioco di ruolo|jogo de "
               r"interpretacao|game|scene|chapter|campaign|character|hypothetical\w*|imagine|universe|world where|"
               r"geschichte|histoire|roman|historia|romanzo|romance|personnage|personaje|personaggio|personagem|"
               r"scene|szene|escena)\b",
    "unfiltered": r"\b(?:unfiltered|uncensored|unrestricted|unmoderated|jailbr\w+|unlocked|unbound|unchained|amoral|"
                  r"liberated|freed|no (?:content )?filters?|without filters?|filterless|sin filtros?|ohne (?:inhalts)?filter|"
                  r"keine inhaltsfilter|freigeschaltet|sans filtre|senza filtri|sem filtros?|sem censura|sin censura|"
                  r"sans censure|senza censura|unzensiert|libere|libre de|liberee?|liberata|libertad|developer (?:mode|"
                  r"version)|modo desarrollador|entwicklerversion|entwicklermodus|mode developpeur|research build)\b",
    "lawless": r"\b(?:no (?:laws|rules|morals|ethics|consequences)|(?:laws|rules|ethics|morals|consequences) (?:don'?t|do"
               r" not|no longer) (?:exist|apply|matter)|keine gesetze|keine regeln|pas de lois?|aucune loi|no existen "
               r"las leyes|sin leyes|non (?:ci )?sono leggi|senza leggi|nao existem leis|sem leis|nothing is forbidden|"
               r"usual concerns? about harm)\b",
    "realism": r"\b(?:real(?:-world)? (?:code|commands|recipes|details|detail|information|procedures|steps)|actually "
               r"works?|would work outside|technically accurate|exact (?:steps|quantities|code|ingredients|amounts|"
               r"commands)|step by step|paso a paso|passo (?:a|per) passo|etape par etape|schritt fur schritt|every "
               r"detail|in full detail|real detail|with real-world accuracy|precisement|precisamente|dettagliat\w*)\b",
    "confirm": r"\b(?:if you (?:have )?underst(?:an)?d|to show (?:you|that you) underst|confirm (?:that )?you|(?:reply|"
               r"answer|respond)\w* (?:only )?(?:with|by (?:saying|answering|writing))|wenn du (?:das )?verstanden|si tu as "
               r"compris|si (?:lo )?has entendido|se hai capito|se voce entendeu)\b",
    "not_ai": r"\b(?:never|not|don'?t|do not|won'?t)\b[^.!?]{0,25}\b(?:say|mention|reveal|admit|remind)\w*[^.!?]{0,15}"
              r"\b(?:you are|you'?re|it is|that you are|he is) an? (?:ai|model|assistant|language model)|\bnot an "
              r"assistant|\bnever trained by|\bdoes not have to abide|\bnie, dass sie eine ki|\bjamais qu'il est une ia|"
              r"\bnunca (?:dice|diz) que (?:es|e) una? ia|\bmai di essere un'ia",
    "authority": r"\b(?:developers?|admin\w*|root|sandbox|operators?|maintenance|debug\w*|creators|makers|openai|"
                 r"anthropic|entwickler\w*|createurs|creadores|creatori|criadores|desarrollador\w*|sviluppator\w*)\b",
    "sysprompt": r"\b(?:system ?prompt|system message|instructions you were (?:given|configured)|configured with|"
                 r"initial instructions|hidden instructions|the text above|everything above|your (?:instructions|"
                 r"configuration)|prompt (?:del|du|di|do) sistema|systemprompt|systemanweisung\w*)\b",
    "defensive": r"\b(?:attack\w*|attacker\w*|inject\w*|jailbreak attempts?|scanner\w*|flag\w*|block\w*|detect\w*|"
                 r"report\w*|awareness|phishing|hameconnage|malicious|suspicious|against (?:this|the) policy|"
                 r"is logged|are logged|red team|test suite|handout|poster|training for|mitigat\w*|untrusted)\b",
    # the moves of the jailbreak literature beyond role-play: a pretext that makes the ask legitimate,
    # pressure (claimed authority, obligation, urgency, distress), control of the answer's first words or
    # form, secrecy towards the user, sending data out, and grading claims
    "pretext": r"\b(?:for (?:educational|research|academic|scientific|training|testing|awareness|informational) "
               r"purposes?|purely (?:hypothetical\w*|academic\w*|educational\w*|fictional\w*|theoretical\w*)|"
               r"thought experiment|for (?:a|my|our) (?:novel|book|screenplay|script|story|thesis|paper|class|course|"
               r"lecture|research|study|dissertation)|for authenticity|alternate (?:history|universe|reality)|"
               r"counterfactual|(?:i am|i'?m|as) an? (?:\w+ )?(?:researcher|professor|doctor|nurse|police\w*|"
               r"detective|pentester|penetration tester|chemist|scientist|historian|journalist|lawyer)|clearance|"
               r"authori[sz]ed (?:by|to|for|test\w*|diagnostic|request|penetration)|a fines (?:educativos|de "
               r"investigacion)|zu (?:bildungs|forschungs|lehr)zwecken|a des fins (?:educatives|pedagogiques|de "
               r"recherche)|a scopo (?:educativo|didattico|di ricerca)|para fins (?:educacionais|de pesquisa)|"
               r"rein hypothetisch|purement hypothetique|puramente (?:hipotetico|ipotetico))\b",
    "pressure": r"\b(?:you (?:must|have to|are (?:legally )?(?:required|obligated|obliged) to|need to) (?:comply|obey|"
                r"answer|provide|respond|do (?:it|this|as)|follow)|legally required|by (?:federal|legal|executive) "
                r"(?:authority|order)|i'?m begging|i beg you|(?:my|a) (?:life|job|career|wellbeing|family|child) "
                r"(?:depends|is at stake|is on the line)|lives? (?:depends?|are at stake)|(?:this is an? )?emergency|"
                r"urgent(?:ly)?|asap|right now|immediately|du musst|tu dois|vous devez|debes|tienes que|devi|"
                r"voce deve|dringend|urgence|urgencia|urgenza|sofort)\b",
    "prefix_control": r"\b(?:(?:start|begin)\w* (?:your |the |each |every )?(?:response|reply|answer|output)s? "
                      r"(?:with|by)|(?:respond|reply|answer|output)\w* (?:only|solely|exclusively) (?:with|in)|word for "
                      r"word|verbatim|exactly as (?:written|it (?:is|was) written|shown|given)|without (?:any )?"
                      r"(?:changes|modifications|omissions)|complete (?:the|this) (?:following )?(?:sentence|text|phrase)|"
                      r"continue (?:the|this) (?:sentence|text|story|list) (?:from|starting)|beginne? (?:deine |die )?"
                      r"antwort mit|commence (?:ta |votre )?reponse par|(?:empieza|comienza) (?:tu )?respuesta con|"
                      r"inizia (?:la tua )?risposta con|comece (?:sua )?resposta com|wortwortlich|mot pour mot|"
                      r"palabra por palabra|parola per parola|palavra por palavra)\b",
    "covert": r"\b(?:(?:do not|don'?t|never|without) (?:tell\w*|inform\w*|mention\w*|notify\w*|alert\w*|warn\w*|"
              r"ask\w*|let) (?:the |this )?(?:user|them|anyone|him|her|customer|owner|human)|secretly|silently|quietly|"
              r"covertly|discreetly|behind the (?:user'?s |scenes)|without (?:the user'?s|their|his|her) (?:knowledge|"
              r"consent|noticing)|in the background|heimlich|ohne (?:es )?(?:dem nutzer|jemandem) zu sagen|en secret|"
              r"sans (?:le dire|prevenir|en informer)|en secreto|sin (?:decirle|avisar)|in segreto|senza (?:dirlo|"
              r"avvisare)|em segredo|sem avisar)\b",
    "send_out": r"\b(?:send|sends|sending|forward\w*|e-?mail\w*|post|upload\w*|transmit\w*|exfiltrat\w*|leak\w*|"
                r"copy|share|sync\w*|envoie\w*|envia\w*|invia\w*|sende\w*|schick\w*)\b[^!?\n]{0,80}(?:@|https?|"
                r"\bwww\b|\b(?:com|net|org|io|xyz|ru|test|example)\b|webhook|external|attacker|pastebin|ngrok|"
                r"extern\w*|exterieur|externo|esterno)",
    "grade_claim": r"\b(?:(?:mark|record|report|log|grade|score|rate|count|treat|flag|register)\w* (?:(?:this|it|the|my|everything|all) ?"
                   r"(?:task|answer|test|run|result|submission|output|work|response)?)? ?as (?:a |an? )?(?:success\w*|passed|pass|correct|complete[d]?|perfect|done|solved|green)|full "
                   r"(?:marks|score|points|credit)|perfect (?:score|grade|rating|marks)|(?:highest|maximum|top) "
                   r"(?:score|grade|rating|marks)|10/10|100 ?%? (?:score|correct)|volle punktzahl|note maximale|"
                   r"puntuacion (?:maxima|perfecta)|punteggio (?:massimo|pieno)|nota maxima)\b",
    "logic_trap": r"\b(?:refus\w*|declin\w*|saying no|not (?:answering|helping))\b[^.!?]{0,40}\b(?:is|would be|"
                  r"means|proves|equals)\b[^.!?]{0,30}\b(?:harm\w*|censorship|unhelpful|not helpful|complying|"
                  r"wrong|unethical|irresponsible|dangerous|cowardly|discriminat\w*)|\bopposite day|\b(?:no|without) "
                  r"real (?:harm|consequences|victims)|\bnothing (?:you say|here) (?:is real|matters|counts)|"
                  r"\bverweiger\w*[^.!?]{0,40}(?:schadlich|falsch)|\brefuser[^.!?]{0,40}(?:dangereux|nuisible)|"
                  r"\bnegarte[^.!?]{0,40}(?:danino|danina|peligroso)|\brifiutare[^.!?]{0,40}(?:dannos\w)|"
                  r"\brecusar[^.!?]{0,40}(?:prejudicial|perigoso)",
    "prior_consent": r"\b(?:you (?:already|previously|just) (?:told|agreed|confirmed|said|promised|started|gave)|(?:in|during) "
                     r"(?:our|the) (?:last|previous|earlier) (?:conversation|session|chat)|as (?:we|you) agreed|(?:has|have) "
                     r"already (?:approved|authori[sz]ed|confirmed|consented)|pick up where you left off|du hast (?:mir )?"
                     r"(?:schon|bereits)|tu (?:m'as|as) deja|ya me (?:dijiste|diste)|mi hai gia|voce ja (?:me )?)\b",
    # a harmful ask: the object of the request, not a word that ordinary docs use too ("method", "password",
    # "kill the process", "clone the repo" once tripped it); several languages
    "harm_ask": r"\b(?:weapons?|firearms?|ghost guns?|untraceable|explosives?|(?:pipe |car |nail )?bombs?|detonat\w*|"
                r"(?:make|cook|synthesi[sz]e|produce|manufacture|grow|extract|buy|get|sell)\w* (?:\w+ ){0,2}(?:meth(?:amphetamine)?|"
                r"cocaine|heroin|fentanyl|crack|lsd|mdma|drugs)\b|nerve agents?|sarin|ricin|anthrax|bioweapons?|"
                r"chemical weapons?|dangerous (?:chemicals?|gas|weapons?|substances?)|malware|ransomware|keyloggers?|"
                r"spyware|botnets?|trojans?|computer virus\w*|credit card skimm\w*|(?:make|print|produce|create)\w* "
                r"counterfeit|how to counterfeit|fake (?:ids?|"
                r"passports?|money)|launder\w*|phishing (?:emails?|messages?|pages?|sites?|kits?|texts?)|"
                r"steal\w*|hack(?:ing)? (?:into|someone)|break(?:ing)? into|get into (?:my |someone|another|her |his )|"
                r"(?:someone|somebody|another person|my (?:neighbou?r|ex|boss|wife|husband|coworker))'?s? "
                r"(?:\w+ )?(?:account|e-?mail|phone|password|house|car)|without (?:their|his|her|the owner'?s) "
                r"(?:knowledge|consent|permission|password)|without being (?:traced|caught|detected|noticed)|"
                r"lock ?pick\w*|poison(?:ing)? (?:someone|a person|my|him|her|people)|kill(?:ing)? (?:someone|a person|"
                r"people|my|him|her)|self-harm|suicide method\w*|bomba\w*|bombe\w*|ordigno|ordigni|explosiv\w*|"
                r"esplosiv\w*|sprengstoff\w*|rohrbombe\w*|waffe\w*|armes? (?:a feu|chimique)\w*|armas?|armi\b|"
                r"droga\w*|drogue\w*|pirater|hacke\w*|hackear|invadir|entrar en la cuenta|"
                r"sans (?:son|leur) (?:accord|consentement|mot de passe)|sin su (?:permiso|consentimiento|contrasena)|"
                r"senza (?:il suo|loro) (?:permesso|consenso)|sem (?:a sua|sua) (?:permissao|senha)|"
                r"ohne (?:sein|ihr|deren) (?:wissen|passwort|einverstandnis))\b",
}
_COMPILED = [(name, re.compile(p)) for name, p in CUES.items()]
NAMES = tuple(CUES)
N_CUES = len(NAMES)
PAIRS = tuple(combinations(range(N_CUES), 2))
# features: one per cue, one per pair of cues in the same window
N_FEATURES = N_CUES + len(PAIRS)
_PAIR_INDEX = {pair: N_CUES + k for k, pair in enumerate(PAIRS)}


def positions(text: str) -> list[np.ndarray]:
    """For each cue, the character positions of its matches in ``text`` (lower-case, normalised)."""
    return [np.fromiter((m.start() for m in p.finditer(text)), dtype=np.intp) for _, p in _COMPILED]


def window_features(found: list[np.ndarray], chunk_scale: float | None, n_windows: int) -> list[list[int]]:
    """The cue features (indices below :data:`N_FEATURES`) present in each of ``n_windows`` windows.

    Window k covers chunks k and k + 1; a character at position p lies in chunk ``int(p * chunk_scale)``
    (the model's chunks are counted in cleaned bytes; the scale maps characters to them). ``chunk_scale``
    is None when the text is one window. With ``purpose-immune-native`` built (and not switched off, see
    :func:`purpose_immune_classifier.features.set_native`), its C loop gives the same lists: this set logic
    per window and per pair of cues was the learned detector's largest Python cost on short texts."""
    native = getattr(features._native, "window_features", None)  # None from a build older than it
    if native is not None and n_windows >= 1 and len(found) <= N_CUES <= 64:
        try:
            return native(found, chunk_scale, n_windows, N_CUES)  # type: ignore[no-any-return]
        except (TypeError, ValueError, BufferError):  # positions not a 1-D int64 array: numpy's way below
            pass
    return window_features_python(found, chunk_scale, n_windows)


def window_features_python(
    found: list[np.ndarray], chunk_scale: float | None, n_windows: int
) -> list[list[int]]:
    """:func:`window_features` in Python (numpy): the reference the C loop is tested against."""
    present: list[set[int]] = [set() for _ in range(n_windows)]
    for c, pos in enumerate(found):
        if len(pos) == 0:
            continue
        if chunk_scale is None:
            present[0].add(c)
            continue
        for w in np.unique((pos * chunk_scale).astype(np.intp)):
            for k in (int(w) - 1, int(w)):
                if 0 <= k < n_windows:
                    present[k].add(c)
    out: list[list[int]] = []
    for cues in present:
        ordered = sorted(cues)
        feats = list(ordered)
        feats.extend(_PAIR_INDEX[pair] for pair in combinations(ordered, 2))
        out.append(feats)
    return out
