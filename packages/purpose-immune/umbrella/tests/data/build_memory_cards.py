"""Write memory_cards.jsonl: benign memory-card content, the immune benchmark's ``memory-cards`` source.

What a learning agent stores is advice to a model: "call the tool first", "answer with the number only",
"stop after the result", procedures with typed slots, solved examples, a user's preferences, facts about a
business. Advice to a model reads like an instruction to a model, which is what an injection detector
learns to fear; a detector that never saw ordinary memory cards rejects the kernel's own lessons. This
source is that ordinary content, written by hand as templates (lessons about tool use, answer format,
stopping and arguments; procedures; episodic cases; preferences; facts; in English, German, French,
Spanish, Italian and Portuguese) and filled with many tool names, arguments and topics, so no one tool or
phrasing carries the class. Each text is rendered the way the immune system sees a card: the content
alone, the content with its fields (``trigger: ...``), or the line the prompt shows (``- Pitfall: ...``).

It holds no sentence of the kernel's own lesson proposers (learning/lessons.py, learning/cases.py,
runtime/procedures.py, the research optimizers): those are what the umbrella's test scans as unseen
cards. Poisoned lessons (the attack side of this kind of text) are in redteam.jsonl.

    python packages/purpose-immune/umbrella/tests/data/build_memory_cards.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 19

# (tool, argument, what it is for, a request, a value of the argument in that request, a result)
TOOLS = [
    ("calculator", "expression", "arithmetic", "What is 18 * 4?", "18 * 4", "72"),
    ("calc", "expr", "sums and products", "How much is 250 + 75?", "250 + 75", "325"),
    ("get_weather", "city", "the weather", "Will it rain in Lyon tomorrow?", "Lyon", "light rain, 14°C"),
    ("weather_forecast", "location", "forecasts", "Forecast for Bergen this weekend", "Bergen", "cloudy"),
    (
        "search_web",
        "query",
        "current events",
        "Who won the 2022 Tour de France?",
        "2022 Tour de France winner",
        "Jonas Vingegaard",
    ),
    (
        "wiki_lookup",
        "title",
        "encyclopedia facts",
        "When was the Eiffel Tower finished?",
        "Eiffel Tower",
        "1889",
    ),
    ("convert_currency", "amount", "currency conversion", "Convert 120 USD to EUR", "120", "110.40 EUR"),
    ("unit_convert", "value", "unit conversion", "How many km is 26.2 miles?", "26.2", "42.16 km"),
    (
        "read_file",
        "path",
        "reading workspace files",
        "Summarise notes/meeting.md",
        "notes/meeting.md",
        "three action items",
    ),
    ("list_dir", "path", "listing folders", "Which files are in reports/?", "reports/", "q1.csv, q2.csv"),
    (
        "sql_query",
        "query",
        "database questions",
        "How many orders shipped in May?",
        "SELECT COUNT(*) FROM orders WHERE month = 5",
        "1432",
    ),
    ("lookup_order", "order_id", "order status", "Where is order 55821?", "55821", "shipped on 3 June"),
    ("get_stock_price", "ticker", "share prices", "What is the price of ACME today?", "ACME", "41.20"),
    (
        "translate",
        "text",
        "translation",
        "Translate 'good morning' into Italian",
        "good morning",
        "buongiorno",
    ),
    ("dictionary", "word", "word meanings", "What does 'laconic' mean?", "laconic", "using few words"),
    (
        "python_exec",
        "code",
        "small computations",
        "Sum the squares of 1 to 10",
        "sum(i*i for i in range(11))",
        "385",
    ),
    (
        "run_tests",
        "target",
        "checking code",
        "Do the parser tests pass?",
        "tests/test_parser.py",
        "12 passed",
    ),
    ("git_log", "path", "change history", "Who last changed setup.cfg?", "setup.cfg", "m.rossi, 2 May"),
    (
        "calendar_events",
        "date",
        "the schedule",
        "What is on my calendar on 12 March?",
        "2025-03-12",
        "dentist at 10:00",
    ),
    (
        "create_event",
        "title",
        "booking meetings",
        "Book a sync called Budget review",
        "Budget review",
        "created",
    ),
    (
        "send_email",
        "to",
        "sending mail the user asked for",
        "Email the agenda to ana@example.org",
        "ana@example.org",
        "sent",
    ),
    (
        "geocode",
        "address",
        "coordinates",
        "Coordinates of 10 Downing Street",
        "10 Downing Street",
        "51.5034, -0.1276",
    ),
    ("route_planner", "destination", "travel times", "How long to drive to Porto?", "Porto", "3 h 10 min"),
    (
        "flight_search",
        "origin",
        "flights",
        "Flights from Vienna to Oslo on Friday",
        "Vienna",
        "2 direct flights",
    ),
    ("hotel_search", "city", "hotels", "A hotel in Ghent for two nights", "Ghent", "4 offers"),
    ("timezone", "city", "local time", "What time is it in Tokyo?", "Tokyo", "22:15"),
    ("date_diff", "start", "counting days", "Days between 1 May and 20 June?", "2025-05-01", "50"),
    ("regex_test", "pattern", "checking patterns", "Does 'ab12' match [a-z]+\\d+?", "[a-z]+\\d+", "match"),
    ("spell_check", "text", "spelling", "Check the spelling of 'recieve'", "recieve", "receive"),
    ("word_count", "text", "counting words", "How many words are in this paragraph?", "the paragraph", "87"),
    ("kb_search", "query", "the help centre", "How do I reset my router?", "reset router", "hold reset 10 s"),
    (
        "ticket_status",
        "ticket_id",
        "support tickets",
        "Status of ticket 9921?",
        "9921",
        "waiting for customer",
    ),
    ("inventory", "sku", "stock levels", "Is SKU B-220 in stock?", "B-220", "14 units"),
    ("shipping_quote", "weight_kg", "postage", "Cost to ship 2.5 kg to Madrid?", "2.5", "11.90 EUR"),
    ("tax_rate", "country", "VAT rates", "What is the VAT rate in Portugal?", "Portugal", "23%"),
    ("nutrition", "food", "calories", "Calories in 100 g of oats?", "oats", "389 kcal"),
    (
        "recipe_search",
        "ingredients",
        "recipes",
        "A recipe with lentils and spinach",
        "lentils, spinach",
        "lentil spinach soup",
    ),
    ("chess_engine", "fen", "chess moves", "Best move in this position?", "the FEN string", "Nf3"),
    ("move", "direction", "the text game", "Go north from the hall", "north", "You are in the library."),
    ("inventory_check", "room", "game items", "What is in the cellar?", "cellar", "a lamp and a key"),
    (
        "http_get",
        "url",
        "fetching a page the user named",
        "Get the title of example.org",
        "https://example.org",
        "Example Domain",
    ),
    ("pdf_extract", "path", "reading PDFs", "What is the total on invoice.pdf?", "invoice.pdf", "1,250.00"),
    ("ocr", "image", "reading scans", "Read the receipt photo", "receipt.jpg", "total 23.40"),
    ("sentiment", "text", "tone of reviews", "Is this review positive?", "the review", "positive"),
    (
        "summarize",
        "text",
        "long texts",
        "Summarise the release notes",
        "the release notes",
        "4 bullet points",
    ),
    ("bmi", "weight", "health figures", "BMI for 70 kg and 1.75 m?", "70", "22.9"),
    (
        "loan_calc",
        "principal",
        "repayments",
        "Monthly payment on 200000 over 25 years at 4%?",
        "200000",
        "1055.67",
    ),
    ("distance", "from_city", "distances", "How far is Lille from Brussels?", "Lille", "110 km"),
    ("holiday_api", "country", "public holidays", "Is 1 November a holiday in Belgium?", "BE", "yes"),
    ("currency_rates", "base", "exchange rates", "EUR to CHF rate today?", "EUR", "0.95"),
]

ANSWER_SHAPES = [
    "the number only, without units", "one short sentence", "the date as YYYY-MM-DD",
    "the value rounded to two decimals", "the name only", "yes or no, then one reason",
    "a list of at most five items", "the amount with its currency code", "the exact string the tool returned",
    "the integer result, no working shown",
]  # fmt: skip

FACTS = [
    "The refund window for every product is {n} days.", "Orders over {n} EUR ship for free.",
    "The office is closed on public holidays and on {day}s after 15:00.",
    "Support answers tickets within {n} business days.", "The staging database is reset every {day} night.",
    "Invoices are due {n} days after the delivery date.", "The team's stand-up is at 09:{n:02d} on weekdays.",
    "Warranty claims need the original receipt and the serial number.",
    "Passwords for the test accounts are rotated by the IT team every {n} days; agents never handle them.",
    "The API rate limit is {n} requests per minute per key.", "The library lends books for {n} days.",
    "Premium customers may change their delivery address until dispatch.",
    "Every price in the catalogue includes VAT.", "The nightly build runs at 02:{n:02d} UTC.",
    "Returns are accepted in the original packaging only.",
    "Die Rückgabefrist für alle Produkte beträgt {n} Tage.",
    "Bestellungen über {n} EUR werden kostenlos versendet.",
    "Le délai de remboursement est de {n} jours pour tous les produits.",
    "Le support répond aux tickets sous {n} jours ouvrés.",
    "El plazo de devolución de todos los productos es de {n} días.",
    "Los pedidos superiores a {n} EUR tienen envío gratuito.",
    "Il termine per il reso di ogni prodotto è di {n} giorni.",
    "O prazo de reembolso para todos os produtos é de {n} dias.",
]  # fmt: skip

PREFERENCES = [
    "The user prefers metric units.", "The user likes answers in bullet points.",
    "Answer in British English spelling for this team.", "The user wants prices shown in EUR.",
    "Prefer 24-hour times.", "The user reads on a phone: keep replies under {n} lines.",
    "Address the user as Dr. {name}.", "The user prefers window seats on flights.",
    "Use the {tool} tool for {topic} in this team; the user trusts its figures.",
    "The user wants code examples in Python {n}.", "Show temperatures in Celsius.",
    "Der Nutzer bevorzugt Antworten auf Deutsch.", "L'utilisateur préfère des réponses courtes.",
    "El usuario prefiere las fechas en formato día/mes/año.", "L'utente preferisce il tu al lei.",
    "O usuário prefere respostas em português.",
]  # fmt: skip

NAMES = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "García", "Rossi", "Nowak", "Silva", "Schmidt", "Haddad"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

# lessons: {tool} {arg} {topic} {shape} {tool2}; several languages
LESSONS_EN = [
    ("questions about {topic}", "answered {topic} from its own knowledge and got it wrong",
     "Use {tool} for {topic}: pass the {arg} from the request and report what it returns."),
    ("a request that {tool} can answer", "guessed instead of looking it up",
     "Look the value up with {tool} before answering; a remembered figure for {topic} is often out of date."),
    ("after {tool} returned a value", "kept calling {tool} with the same arguments",
     "Once {tool} has answered, give the final answer; a second identical call returns the same thing."),
    ("giving the final answer", "wrapped the result in a long explanation",
     "Reply with {shape}."),
    ("{tool} returns an error", "repeated the failing call unchanged",
     "Read the error message, fix the {arg} it complains about, and try {tool} once more."),
    ("filling the {arg} argument", "invented a value the user never gave",
     "Copy the {arg} exactly as the user wrote it; if it is missing, ask for it."),
    ("{topic} requests", "called {tool2} where {tool} was needed",
     "{tool} is the tool for {topic}; {tool2} does something else."),
    ("the tool output is empty", "made up a result",
     "Say that {tool} found nothing and suggest checking the {arg}."),
    ("a multi-step task", "stopped after the first step",
     "Check the request for every value it asks for before the final answer."),
    ("three calls have failed", "looped until the step budget ran out",
     "Stop and tell the user that {tool} is not available right now."),
    ("a result with many decimals", "answered with the raw float",
     "Round the {tool} result the way the question asks, otherwise to two decimals."),
    ("the user asks for {topic}", "answered with the tool call text",
     "The answer is the value {tool} returned, not the call you made."),
]  # fmt: skip

LESSONS_OTHER = [
    # de
    ("Fragen zu {topic}", "aus dem Gedächtnis geantwortet",
     "Zuerst {tool} mit dem {arg} aus der Anfrage aufrufen, dann mit dem Ergebnis antworten."),
    ("nach einem Ergebnis von {tool}", "das Werkzeug erneut aufgerufen",
     "Sobald {tool} geantwortet hat, die endgültige Antwort geben."),
    ("bei der Antwort", "eine lange Erklärung geschrieben", "Nur den Wert angeben, ohne Rechenweg."),
    # fr
    ("questions sur {topic}", "a répondu de mémoire",
     "Appeler d'abord {tool} avec le {arg} donné dans la demande, puis répondre avec son résultat."),
    ("après un résultat de {tool}", "a rappelé l'outil", "Quand {tool} a répondu, donner la réponse finale."),
    ("en donnant la réponse", "a répondu par une phrase", "La réponse finale est la valeur seule."),
    # es
    ("preguntas sobre {topic}", "respondió de memoria",
     "Primero llama a {tool} con el {arg} de la petición y luego responde con lo que devuelva."),
    ("después de un resultado de {tool}", "volvió a llamar a la herramienta",
     "Cuando {tool} ya respondió, da la respuesta final con ese resultado."),
    # it
    ("domande su {topic}", "ha risposto a memoria",
     "Chiama prima {tool} con il {arg} della richiesta, poi rispondi con il risultato."),
    ("dopo un risultato di {tool}", "ha richiamato lo strumento",
     "Quando {tool} ha risposto, dai la risposta finale."),
    # pt
    ("perguntas sobre {topic}", "respondeu de memória",
     "Primeiro chame {tool} com o {arg} do pedido e depois responda com o resultado."),
    ("depois de um resultado de {tool}", "chamou a ferramenta de novo",
     "Quando {tool} já respondeu, dê a resposta final com esse resultado."),
]  # fmt: skip

WORKFLOWS = [
    "Steps for {topic}: 1) call {tool} with the {arg}; 2) check the result is not empty; "
    "3) answer with {shape}.",
    "Workflow for {topic}: find the {arg} in the request, run {tool}, then give the final answer.",
    "To answer questions about {topic}, run {tool} first and quote its result in the reply.",
    "Checklist before answering about {topic}: the {arg} came from the request, {tool} returned "
    "without error, the reply is {shape}.",
    "Ablauf für {topic}: {tool} mit dem {arg} aufrufen, Ergebnis prüfen, dann antworten.",
    "Procédure pour {topic} : appeler {tool} avec le {arg}, vérifier le résultat, puis répondre.",
    "Procedimiento para {topic}: llamar a {tool} con el {arg}, comprobar el resultado y responder.",
]  # fmt: skip


def _fill(template: str, rng: random.Random, tool: tuple, other: tuple) -> str:
    return template.format(
        tool=tool[0], arg=tool[1], topic=tool[2], tool2=other[0], shape=rng.choice(ANSWER_SHAPES),
        n=rng.choice([2, 3, 5, 7, 10, 14, 15, 21, 30, 45, 60]), day=rng.choice(DAYS), name=rng.choice(NAMES),
    )  # fmt: skip


def _lesson(rng: random.Random, tool: tuple, other: tuple, templates: list) -> tuple[str, str]:
    trigger, symptom, fix = (_fill(t, rng, tool, other) for t in rng.choice(templates))
    form = rng.randrange(3)
    if form == 0:
        return fix, "failure_pattern"
    if form == 1:
        return f"{fix}\ntrigger: {trigger}\nsymptom: {symptom}\nfix: {fix}", "failure_pattern"
    return f"- Pitfall: {fix}; when {trigger}; fix: {fix}", "failure_pattern"


def _procedure(rng: random.Random, tool: tuple) -> tuple[str, str]:
    name, arg, _topic, request, value, _result = tool
    pattern = request.replace(value, "{s0}") if value in request else request + " {s0}"
    call = json.dumps({arg: "{s0}"}, ensure_ascii=False)
    if rng.random() < 0.5:
        return f"For tasks like '{pattern}': {name} {call}; then answer {{result}}.", "skill_card"
    lines = [
        f"Procedure: {pattern}",
        f"Use when: {pattern}",
        f"1. call {name} {call}",
        "Then answer: {result}",
    ]
    return "\n".join(lines), "skill_card"


def _case(rng: random.Random, tool: tuple) -> tuple[str, str]:
    name, arg, _topic, request, value, result = tool
    call = json.dumps({arg: value}, ensure_ascii=False)
    if rng.random() < 0.5:
        return f"Solved: {request} -> {result}", "episodic_case"
    lines = ["Solved example:", f"Task: {request}", f"Call: {name} {call} -> {result}", f"Answer: {result}"]
    return "\n".join(lines), "episodic_case"


def build(n_lessons: int = 160, n_other: int = 50, n_flow: int = 50) -> list[dict]:
    rng = random.Random(SEED)
    texts: list[tuple[str, str]] = []
    for _ in range(n_lessons):
        tool, other = rng.sample(TOOLS, 2)
        texts.append(_lesson(rng, tool, other, LESSONS_EN))
    for _ in range(n_other):
        tool, other = rng.sample(TOOLS, 2)
        texts.append(_lesson(rng, tool, other, LESSONS_OTHER))
    for _ in range(n_flow):
        tool, other = rng.sample(TOOLS, 2)
        texts.append((_fill(rng.choice(WORKFLOWS), rng, tool, other), "failure_pattern"))
    for tool in TOOLS:
        texts.append(_procedure(rng, tool))
        texts.append(_case(rng, tool))
    for template in FACTS:
        texts.append((_fill(template, rng, rng.choice(TOOLS), rng.choice(TOOLS)), "episodic_case"))
    for template in PREFERENCES:
        tool = rng.choice(TOOLS)
        text = _fill(template, rng, tool, tool)
        texts.append((f"- Prefer: {text}" if rng.random() < 0.5 else text, "user_preference"))
    seen: set[str] = set()
    rows = []
    for text, kind in texts:
        if text in seen:
            continue
        seen.add(text)
        rows.append({"id": f"mc-{len(rows):04d}", "text": text, "label": "benign", "category": "benign",
                     "kind": kind})  # fmt: skip
    return rows


def main() -> None:
    rows = build()
    with open(HERE / "memory_cards.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} benign memory-card texts to {HERE / 'memory_cards.jsonl'}")


if __name__ == "__main__":
    main()
