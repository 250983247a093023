# ruff: noqa: E501, RUF001  (a data table: one function per entry reads better than wrapped lines; some
# requests write a degree sign, a multiplication sign or curly quotes on purpose)
"""The catalogue of ``fncall-fresh``: a third function-calling suite, written blind as a transfer check.

Written on 5 December 2026 by someone who had not read the rules that fill tool arguments from a request
(``purpose-react``), nor the requests of ``fncall`` or ``fncall-unseen``, nor any model's output on either;
only the catalogue format and the shared generator were read. Since ``fncall-unseen`` was read to find
argument rules (4 December), this is the suite whose figure says whether what was learned transfers.
Keep it blind: do not read its requests, expected calls or traces to write or adjust a rule (a rule
written so spends it, and a new suite has to be written to measure transfer again); report only its
aggregate scores.

Its 100 functions (no name shared with the other two suites) come from 20 domains those suites lack or
have little of: brewing, electronics, chess, accessibility, customs, cycling, textiles, beekeeping,
ceramics, veterinary care, woodworking, aquariums, climbing, archives, event planning, winemaking,
3D printing, music theory, farming and public transit. Their schemas use every JSON type: numbers,
integers (some with a stated ``minimum``/``maximum``), enums, free strings, identifiers, dates in a stated
format, booleans, lists of numbers, integers or strings, and optional parameters with defaults. Each has
two requests, written the way people write to an assistant: terse notes, chatty messages with unrelated
numbers and names around the values, numbers in words, units, percentages, quoted titles, lists, from/to
pairs, values in another order than the schema's, and, for each optional parameter, one request that
gives it and one that leaves it at its default. ``make_fncall.py --suite fncall-fresh`` draws the values
and writes ``data/fncall_fresh.json``.
"""

from __future__ import annotations

import datetime as dt

from fncall_catalog import B, E, F, Function, I, L, M, N, Param, Pct, S, Syn, joined, opt, said

SUITE = "fncall-fresh"

LEAD_INS = (
    "Morning! Coffee number 2 in hand.",
    "Asking for my neighbour (she's 81):",
    "Following up on last Friday's 3 emails --",
    "Quick sanity check, ref QX-7741:",
    "So, long story short, our van broke down twice this week.",
    "Hey team bot,",
    "Re: item 5 on the list my boss sent at 7am.",
    "Not urgent at all.",
    "Using the app on my tablet (version 4.2):",
    "Small favour, I owe you one.",
    "Weekend project #3 update:",
    "Sorry for the typos, typing with 1 hand.",
    "Right then.",
    "Case 88-B, second attempt.",
    "Just got back from 10 days away.",
    "Yo.",
)
CLOSINGS = (
    "Many thanks, Marguerite",
    "cheers mate",
    "Ta!",
    "Let me know if you need anything else (I'm free after 6).",
    "thanks a bunch :)",
    "Grateful as always.",
    "-- sent 14:02",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)


def _nth(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def D(name: str, desc: str, *dates: str) -> Param:
    """A date: the call sends ISO ``YYYY-MM-DD``; a request writes it as people do, in one of four ways."""
    phrases = {}
    for iso in dates:
        d = dt.date.fromisoformat(iso)
        month = MONTHS[d.month - 1]
        phrases[iso] = (
            f"{month} {d.day}, {d.year}",
            f"{d.day} {month[:3]} {d.year}",
            iso,
            f"{month} {_nth(d.day)} {d.year}",
        )
    return said(S(name, f"{desc}, as YYYY-MM-DD", *dates), phrases)


def T(name: str, desc: str, *times: str) -> Param:
    """A clock time: the call sends 24-hour ``HH:MM``; a request may write "7:15 pm" or "7.15pm"."""
    phrases = {}
    for t in times:
        hour, minute = (int(x) for x in t.split(":"))
        twelve = (hour - 1) % 12 + 1
        half = "pm" if hour >= 12 else "am"
        phrases[t] = (t, f"{twelve}:{minute:02d} {half}", f"{twelve}.{minute:02d}{half}")
    return said(S(name, f"{desc}, 24-hour HH:MM", *times), phrases)


def W(param: Param) -> Param:
    """A small integer that requests write in words ("seven")."""
    lo, hi = param.draw
    return said(param, {n: (WORDS[n],) for n in range(lo, hi + 1)})


def Bd(param: Param, lo: float, hi: float) -> Param:
    """``param`` with the schema's ``minimum``/``maximum`` (its drawn values lie inside them)."""
    param.bounds = (lo, hi)
    return param


DATES = (
    "2026-12-14",
    "2027-01-08",
    "2027-01-29",
    "2027-02-17",
    "2027-03-05",
    "2027-03-22",
    "2027-04-11",
    "2027-05-02",
    "2027-05-27",
    "2027-06-19",
    "2027-07-06",
    "2027-08-30",
    "2027-09-13",
    "2027-10-21",
)
PAST = (
    "2025-01-17",
    "2025-04-03",
    "2025-06-25",
    "2025-07-30",
    "2025-09-09",
    "2025-10-28",
    "2025-11-12",
    "2026-02-04",
    "2026-05-21",
    "2026-08-08",
)
TIMES = ("05:50", "07:15", "08:40", "10:05", "12:30", "15:45", "17:20", "19:10", "20:35", "22:55")
FOLKS = (
    "Marisol Vega",
    "Tobias Kerr",
    "Nnamdi Eze",
    "Sofie Jansen",
    "Rhys Llewellyn",
    "Yuki Sato",
    "Priyanka Nair",
    "Oskar Holm",
    "Beatriz Lobo",
    "Mehmet Demir",
    "Colette Arnaud",
    "Wren Gallagher",
)
HOPS = (
    "Cascade",
    "Citra",
    "Saaz",
    "Fuggle",
    "Mosaic",
    "Hallertau Mittelfrüh",
    "Simcoe",
    "East Kent Goldings",
    "Nelson Sauvin",
)
STATIONS = (
    "Harbour Street",
    "Millbrook",
    "Central",
    "Elm Park",
    "Westgate",
    "Riverside",
    "Kingsway",
    "Old Town",
    "Airport Parkway",
    "St. Agnes",
)
ORIGINS = (
    "China",
    "Vietnam",
    "Germany",
    "Mexico",
    "Turkey",
    "Brazil",
    "India",
    "Italy",
    "South Korea",
    "Poland",
)
VARIETIES = (
    "Pinot Noir",
    "Chardonnay",
    "Riesling",
    "Syrah",
    "Sauvignon Blanc",
    "Tempranillo",
    "Nebbiolo",
    "Grenache",
)
CROPS = ("winter wheat", "soybeans", "maize", "barley", "canola", "potatoes", "sugar beet", "oats")
FISH = (
    "neon tetra",
    "guppy",
    "corydoras",
    "betta",
    "cherry shrimp",
    "zebra danio",
    "otocinclus",
    "harlequin rasbora",
)
SPECIES = ("dog", "cat", "rabbit", "ferret", "guinea pig")
WOODS = ("white oak", "black walnut", "hard maple", "cherry", "ash", "pine", "birch plywood")
KEYS = ("C", "G", "D", "A", "E", "F", "B-flat", "E-flat", "F-sharp")
FILAMENTS = ("PLA", "PETG", "ABS", "TPU", "ASA", "nylon")

FUNCTIONS: list[Function] = [
    # ---- brewing --------------------------------------------------------------------------------------
    F(
        "mash_strike_temperature",
        "brewing",
        "Water temperature to heat to before mashing in, so the mash settles at its target",
        [
            N("grain_kg", "weight of the grain bill in kilograms", 2, 12, 1),
            N("water_litres", "strike water volume in litres", 8, 40, 1),
            N("target_c", "mash rest temperature wanted, °C", 62, 70, 1),
            opt(N("grain_temp_c", "temperature of the grain before mashing, °C", 10, 25, 0), 20),
        ],
        "strike temp for {grain_kg} kg grain into {water_litres} L, aiming at {target_c} °C?",
        "My malt has been sitting in the garage at {grain_temp_c} degrees. I'm doing a {target_c}°C rest with {grain_kg}kg of grain and {water_litres} litres of water (2nd brew ever!) -- how hot should the water be?",
    ),
    F(
        "hop_bitterness_ibu",
        "brewing",
        "Bitterness (IBU) a list of hop additions gives a batch",
        [
            L(
                "alpha_acids",
                "alpha acid percentage of each addition, in order",
                "number",
                (3, 16),
                k=(3, 3),
                ordered=True,
            ),
            L(
                "boil_minutes",
                "boil time of each addition in minutes, same order",
                "integer",
                (5, 60),
                k=(3, 3),
                ordered=True,
            ),
            N("batch_litres", "batch size in litres", 10, 50, 0),
            opt(N("og", "original gravity, like 1.050", 1.035, 1.085, 3), 1.05),
        ],
        "IBU check: {batch_litres} litre batch, additions at alpha {alpha_acids} (%) boiled {boil_minutes} min respectively",
        "Working out bitterness for a {batch_litres}L pale ale, OG {og}. Hop alphas are {alpha_acids} percent and they go in for {boil_minutes} minutes, in that order.",
    ),
    F(
        "carbonation_priming_sugar",
        "brewing",
        "Grams of priming sugar to bottle-condition beer to a carbonation level",
        [
            N("beer_litres", "volume of beer to bottle, litres", 5, 40, 1),
            N("volumes_co2", "carbonation wanted in volumes of CO2", 1.8, 3.2, 1),
            N("beer_temp_c", "highest temperature the beer reached after fermentation, °C", 12, 24, 0),
            opt(
                Syn(
                    "sugar",
                    "what is added: dextrose (corn sugar), sucrose (table sugar) or dme (dry malt extract)",
                    {
                        "dextrose": ("corn sugar",),
                        "sucrose": ("table sugar", "plain white sugar"),
                        "dme": ("dry malt extract",),
                    },
                ),
                "dextrose",
            ),
        ],
        "bottling {beer_litres} l tonight, want {volumes_co2} vols, beer peaked at {beer_temp_c}C. how much sugar?",
        "I only have {sugar} in the cupboard. How many grams do I need for {volumes_co2} volumes in {beer_litres} litres? Fermenter temp topped out at {beer_temp_c} °C.",
    ),
    F(
        "fermentation_log_entry",
        "brewing",
        "Add a gravity reading to a batch's fermentation log",
        [
            S(
                "batch_id",
                "the batch identifier, like B-0412",
                "B-0412",
                "B-0419",
                "B-0501",
                "B-0517",
                "B-0533",
                "B-0604",
            ),
            N("gravity", "specific gravity reading, like 1.012", 1.002, 1.060, 3),
            N("temp_c", "wort temperature at the reading, °C", 14, 24, 1),
            opt(
                S(
                    "note",
                    "a short free-text note",
                    "krausen dropped",
                    "smells of sulphur",
                    "airlock slowed",
                    "dry hopped today",
                ),
                "",
            ),
        ],
        "log {gravity} for batch {batch_id}, {temp_c}°C",
        'Batch {batch_id} reading just now: gravity {gravity} at {temp_c} degrees C. Add the note "{note}" too please.',
    ),
    F(
        "water_salt_additions",
        "brewing",
        "Grams of brewing salts to bring water to a target profile",
        [
            N("water_litres", "water volume in litres", 10, 60, 0),
            I("target_calcium_ppm", "calcium wanted, ppm", 50, 150),
            I("target_sulfate_ppm", "sulfate wanted, ppm", 50, 350),
            E("style", "the beer style family", "ipa", "stout", "pilsner", "saison", "bitter"),
        ],
        "Water for the {style} batch: {water_litres} L of RO water, and I want calcium {target_calcium_ppm} ppm and sulfate {target_sulfate_ppm} ppm. Salts?",
        "sulfate {target_sulfate_ppm}, calcium {target_calcium_ppm} (ppm) -- {water_litres} litres -- it's a {style}",
    ),
    # ---- electronics ----------------------------------------------------------------------------------
    F(
        "led_series_resistor",
        "electronics",
        "Resistor value for driving an LED from a supply",
        [
            N("supply_v", "supply voltage in volts", 3.3, 24, 1),
            N("forward_v", "LED forward voltage in volts", 1.8, 3.4, 1),
            I("current_ma", "LED current in milliamps", 2, 30),
            opt(E("series", "E-series to round the resistor to", "e12", "e24", "e96"), "e12"),
        ],
        "LED resistor: {supply_v}V supply, Vf {forward_v} V, {current_ma} mA",
        "What resistor should I use? The LED wants {current_ma}mA and drops {forward_v} volts, I'm running off {supply_v} V, and round it to the {series} series please.",
    ),
    F(
        "voltage_divider_output",
        "electronics",
        "Output voltage of a two-resistor divider",
        [
            N("vin", "input voltage, volts", 1, 48, 1),
            I("r_top_ohms", "top resistor, ohms", 100, 100000),
            I("r_bottom_ohms", "bottom resistor, ohms", 100, 100000),
        ],
        "vout of a divider, Vin={vin}V, R1 (top) = {r_top_ohms} Ω, R2 (bottom) = {r_bottom_ohms} Ω",
        "I've got {r_bottom_ohms} ohms on the bottom, {r_top_ohms} ohms on top, and {vin} volts going in. What comes out the middle?",
    ),
    F(
        "battery_runtime_estimate",
        "electronics",
        "Hours a battery powers a load",
        [
            I("capacity_mah", "battery capacity, mAh", 200, 20000),
            N("load_ma", "average current drawn, mA", 0.5, 800, 1),
            opt(Pct("usable", "share of the capacity that is usable", 0.6, 0.95), 0.8),
        ],
        "How long will a {capacity_mah} mAh pack last at {load_ma} mA?",
        "My sensor node pulls about {load_ma} mA on average (it wakes every 15 min). The cell is rated {capacity_mah}mAh but I only trust {usable}% of that. Runtime in hours?",
    ),
    F(
        "pcb_trace_width",
        "electronics",
        "Minimum copper trace width for a current",
        [
            N("current_a", "current in amps", 0.2, 10, 1),
            I("temp_rise_c", "allowed temperature rise, °C", 5, 40),
            Syn(
                "copper_oz",
                "copper weight: 1oz (35 µm) or 2oz (70 µm)",
                {"1oz": ("1 oz copper", "35 micron copper"), "2oz": ("2 oz copper", "70 micron copper")},
            ),
            B(
                "internal_layer",
                "whether the trace is on an inner layer",
                "on an inner layer",
                "on the outer layer",
            ),
        ],
        "trace width for {current_a} A, {copper_oz}, {temp_rise_c}°C rise, {internal_layer}",
        "Board house gives me {copper_oz}. The motor line carries {current_a} amps and runs {internal_layer}; I can live with a {temp_rise_c} degree rise. How wide?",
    ),
    F(
        "component_reorder",
        "electronics",
        "Order more of a part from the lab's parts bin",
        [
            S(
                "part_number",
                "manufacturer part number",
                "LM358DR",
                "NE555P",
                "ATMEGA328P-PU",
                "BC547B",
                "1N4148W",
                "AMS1117-3.3",
                "ESP32-WROOM-32E",
            ),
            I("quantity", "how many to order", 5, 500),
            opt(B("expedite", "ship express", "express shipping", "standard shipping"), False),
            opt(
                S("project_code", "project to bill, like PRJ-22", "PRJ-22", "PRJ-31", "PRJ-47", "PRJ-58"), ""
            ),
        ],
        "need {quantity} more {part_number}, bill to {project_code}",
        "We're down to 3 of the {part_number} in drawer 12. Can you order {quantity}? And make it {expedite}, the demo is Thursday.",
    ),
    # ---- chess ------------------------------------------------------------------------------------------
    F(
        "rating_win_expectancy",
        "chess",
        "Expected score of one player against another from their ratings",
        [
            I("rating", "the player's rating", 800, 2800),
            I("opponent_rating", "the opponent's rating", 800, 2800),
        ],
        "I'm rated {rating} and tomorrow I play someone at {opponent_rating}. What's my expected score?",
        "expected score, {opponent_rating} (opp) vs {rating} (me)",
    ),
    F(
        "analyse_position",
        "chess",
        "Engine evaluation of a position given as FEN",
        [
            S(
                "fen",
                "the position in FEN",
                "r1bqkbnr/pppp1ppp/2n5/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R w KQkq - 2 3",
                "rnbqkb1r/pp2pppp/3p1n2/8/3NP3/8/PPP2PPP/RNBQKB1R w KQkq - 1 5",
                "8/8/4k3/8/2K5/8/3P4/8 w - - 0 1",
                "r3k2r/ppp2ppp/2n5/3q4/3P4/2P5/P4PPP/R2QKB1R b KQkq - 0 12",
            ),
            Bd(I("depth", "search depth in plies, 1 to 40", 8, 30), 1, 40),
            opt(W(Bd(I("lines", "how many best lines to show, 1 to 5", 2, 5), 1, 5)), 1),
        ],
        "eval this to depth {depth}: {fen}",
        "Could you look at this position ({fen}) and show me the top {lines} lines? Depth {depth} is plenty.",
    ),
    F(
        "tournament_pairing",
        "chess",
        "Pair the players of a Swiss tournament round",
        [
            S(
                "event_id",
                "tournament identifier",
                "SWISS-2027-03",
                "CLUB-RAPID-11",
                "OPEN-KLS-4",
                "JUNIOR-CUP-7",
            ),
            W(Bd(I("round", "round number, 1 to 11", 2, 9), 1, 11)),
            opt(
                Syn(
                    "system",
                    "pairing system: dutch, burstein or lim",
                    {"dutch": ("Dutch system",), "burstein": ("Burstein system",), "lim": ("Lim system",)},
                ),
                "dutch",
            ),
        ],
        "pair round {round} of {event_id}",
        "Hi, arbiter here. Event {event_id} -- please do the pairings for round {round} using the {system}; we start in 20 minutes.",
    ),
    F(
        "time_control_total",
        "chess",
        "Total minutes a game can last for one side under a time control",
        [
            I("base_minutes", "starting time in minutes", 3, 120),
            I("increment_seconds", "increment per move in seconds", 0, 30),
            I("expected_moves", "number of moves to plan for", 30, 80),
        ],
        "{base_minutes}+{increment_seconds}, assuming {expected_moves} moves -- total minutes per side?",
        "Planning the club night: if a game goes {expected_moves} moves and we play {base_minutes} minutes with a {increment_seconds}-second increment, how long could one player's clock run in total?",
    ),
    F(
        "opening_explorer",
        "chess",
        "Statistics of the games after a sequence of opening moves",
        [
            L(
                "moves",
                "the moves in order, in SAN",
                "string",
                ("e4", "e5", "Nf3", "Nc6", "Bb5", "a6", "d4", "c5"),
                k=(2, 4),
                ordered=True,
            ),
            Bd(I("min_rating", "only games where both players are rated at least this", 1400, 2400), 0, 3000),
            opt(
                Syn(
                    "speed",
                    "game speed: blitz, rapid or classical",
                    {"blitz": ("blitz",), "rapid": ("rapid",), "classical": ("slow games", "classical")},
                ),
                "rapid",
            ),
        ],
        "stats after {moves}, players {min_rating}+",
        "In {speed}, what happens after {moves}? Only games where both are over {min_rating}.",
    ),
    # ---- accessibility -------------------------------------------------------------------------------
    F(
        "contrast_ratio_check",
        "accessibility",
        "WCAG contrast ratio between a text colour and its background",
        [
            S(
                "foreground",
                "text colour as #RRGGBB",
                "#1A1A1A",
                "#767676",
                "#FFFFFF",
                "#0050B3",
                "#D32F2F",
                "#2E7D32",
            ),
            S(
                "background",
                "background colour as #RRGGBB",
                "#FFFFFF",
                "#F5F5F5",
                "#000000",
                "#FFEB3B",
                "#E3F2FD",
            ),
            opt(E("level", "conformance level to test: aa or aaa", "aa", "aaa"), "aa"),
            opt(
                B(
                    "large_text",
                    "text is large (18pt, or 14pt bold)",
                    "it's large heading text",
                    "normal body text",
                ),
                False,
            ),
        ],
        "Does {foreground} on {background} pass? {large_text}.",
        "contrast check -- bg {background}, text {foreground}, against {level}",
    ),
    F(
        "caption_file_request",
        "accessibility",
        "Order captions for a video",
        [
            S(
                "video_id",
                "the video's identifier",
                "vid_8842",
                "vid_9010",
                "vid_7321",
                "vid_6655",
                "vid_9987",
            ),
            Syn(
                "language",
                "caption language code: en, es, fr or de",
                {"en": ("English",), "es": ("Spanish",), "fr": ("French",), "de": ("German",)},
            ),
            opt(
                B(
                    "include_sound_descriptions",
                    "describe non-speech sounds ([door slams])",
                    "with sound descriptions for deaf viewers",
                    "dialogue only",
                ),
                False,
            ),
            D("due", "when the captions are needed", *DATES),
        ],
        "Captions for {video_id} in {language}, {include_sound_descriptions}, due {due}",
        "Can we get {language} subtitles on {video_id}? The launch is {due} so they need to be in by then.",
    ),
    F(
        "alt_text_audit",
        "accessibility",
        "Check the images of a page for missing or poor alt text",
        [
            S(
                "url",
                "page address",
                "https://example.org/about",
                "https://shop.example.com/cart",
                "https://news.example.net/2027/budget",
                "https://example.edu/admissions",
            ),
            opt(I("max_images", "stop after this many images", 10, 200), 50),
            opt(
                B(
                    "flag_decorative",
                    "report images marked decorative",
                    "including the decorative ones",
                    "skip decorative images",
                ),
                True,
            ),
        ],
        "audit alt text on {url}, max {max_images} images",
        "Our accessibility review is on the 9th. Could you scan {url} for alt text problems -- {flag_decorative} this time?",
    ),
    F(
        "reading_level_score",
        "accessibility",
        "Readability grade of a passage",
        [
            S(
                "text",
                "the passage",
                "Please bring photo ID and arrive fifteen minutes early.",
                "The municipality shall remit any overpayment within thirty days of determination.",
                "Turn left at the bakery, then walk two blocks.",
                "Adverse reactions are uncommon but may include dizziness.",
            ),
            Syn(
                "formula",
                "formula: flesch_kincaid, smog or gunning_fog",
                {"flesch_kincaid": ("Flesch-Kincaid",), "smog": ("SMOG",), "gunning_fog": ("Gunning fog",)},
            ),
        ],
        "{formula} grade for: \u201c{text}\u201d",
        'What reading level is this sentence from our leaflet? "{text}" Use {formula}.',
    ),
    F(
        "keyboard_trap_report",
        "accessibility",
        "File a keyboard-navigation bug for a page element",
        [
            S("page", "page path", "/checkout", "/login", "/search", "/settings/profile", "/help/contact"),
            S(
                "element",
                "CSS selector of the element",
                "#date-picker",
                ".modal-close",
                "#cookie-banner",
                "nav .dropdown",
                "#video-player",
            ),
            Syn(
                "severity",
                "blocker, major or minor",
                {
                    "blocker": ("a total blocker", "showstopper"),
                    "major": ("pretty serious",),
                    "minor": ("small",),
                },
            ),
        ],
        "Tabbing gets stuck in {element} on {page}. It's {severity}.",
        "keyboard trap: page {page}, selector {element}, severity {severity}",
    ),
    # ---- customs ----------------------------------------------------------------------------------------
    F(
        "import_duty_estimate",
        "customs",
        "Duty and tax on an import",
        [
            S(
                "hs_code",
                "harmonised system code, like 8471.30",
                "8471.30",
                "6403.99",
                "9503.00",
                "8517.62",
                "4202.92",
                "6109.10",
            ),
            M("declared_value", "declared value of the goods", 80, 25000),
            E("currency", "currency of the value", "USD", "EUR", "GBP", "JPY"),
            S("origin", "country of origin", *ORIGINS),
            opt(
                B(
                    "preferential",
                    "claim preferential (trade-agreement) rates",
                    "claim the trade agreement rate",
                    "no preference claimed",
                ),
                False,
            ),
        ],
        "duty on {currency} {declared_value} of HS {hs_code}, made in {origin}?",
        "We're bringing in goods from {origin} declared at {declared_value} {currency}, code {hs_code}, and we'd {preferential}. Estimate?",
    ),
    F(
        "commercial_invoice_line",
        "customs",
        "Add a line to a commercial invoice",
        [
            S("invoice_id", "invoice identifier", "CI-30017", "CI-30102", "CI-30188", "CI-30251"),
            S(
                "description",
                "goods description",
                "cotton t-shirts",
                "ceramic mugs",
                "stainless steel bolts",
                "children's puzzles",
                "leather wallets",
            ),
            I("units", "number of units", 10, 5000),
            M("unit_price", "price per unit", 0.5, 300),
            N("net_kg", "net weight of the line, kg", 0.5, 900, 1),
        ],
        "Add to {invoice_id}: {units} x {description} @ {unit_price} each, {net_kg} kg net",
        "Invoice {invoice_id} needs another line -- {description}, net weight {net_kg} kg, unit price {unit_price}, and there are {units} of them.",
    ),
    F(
        "incoterm_risk_point",
        "customs",
        "Where risk passes from seller to buyer under an Incoterm",
        [
            Syn(
                "incoterm",
                "the Incoterms 2020 rule: exw, fca, fob, cif, dap or ddp",
                {
                    "exw": ("Ex Works",),
                    "fca": ("Free Carrier",),
                    "fob": ("Free On Board",),
                    "cif": ("Cost, Insurance and Freight",),
                    "dap": ("Delivered at Place",),
                    "ddp": ("Delivered Duty Paid",),
                },
            ),
            E("mode", "transport mode", "sea", "air", "road", "rail"),
        ],
        "shipping by {mode} on {incoterm} terms -- when does the risk become ours?",
        "{incoterm}, {mode}: risk transfer point?",
    ),
    F(
        "restricted_goods_screen",
        "customs",
        "Screen goods against a destination's restricted list",
        [
            joined(
                L(
                    "items",
                    "goods to screen",
                    "string",
                    (
                        "lithium batteries",
                        "seeds",
                        "perfume",
                        "drones",
                        "knives",
                        "dried meat",
                        "aerosol paint",
                        "honey",
                    ),
                    k=(2, 5),
                ),
                "lines",
            ),
            S(
                "destination",
                "destination country",
                "Australia",
                "New Zealand",
                "Japan",
                "Canada",
                "Singapore",
                "Chile",
            ),
            opt(
                B(
                    "personal_use",
                    "goods are for personal use",
                    "just personal belongings",
                    "commercial goods",
                ),
                False,
            ),
        ],
        "Anything restricted here for {destination}?{items}",
        "Moving to {destination}, {personal_use}. Will any of these be a problem:{items}",
    ),
    F(
        "shipment_hold_release",
        "customs",
        "Ask customs to release a held shipment",
        [
            S(
                "tracking",
                "tracking or AWB number",
                "176-84421093",
                "DHL 4402918735",
                "1Z999AA10123456784",
                "EE123456785GB",
            ),
            S(
                "reason",
                "why it was held",
                "missing invoice",
                "valuation query",
                "phytosanitary check",
                "licence required",
            ),
            D("documents_sent", "when the documents were sent", *PAST),
        ],
        'Shipment {tracking} has been held for "{reason}". We sent the paperwork on {documents_sent}. Please request release.',
        "release request: {tracking} / held: {reason} / docs sent {documents_sent}",
    ),
    # ---- cycling ----------------------------------------------------------------------------------------
    F(
        "gear_inches",
        "cycling",
        "Gear inches of a chainring and cog on a wheel",
        [
            I("chainring_teeth", "teeth on the chainring", 28, 53),
            I("cog_teeth", "teeth on the rear cog", 11, 36),
            N("wheel_diameter_in", "wheel diameter in inches", 20, 29, 1),
        ],
        '{chainring_teeth}/{cog_teeth} on a {wheel_diameter_in}" wheel -- gear inches?',
        "Thinking of a {cog_teeth}-tooth cog with my {chainring_teeth}T ring. The wheel is {wheel_diameter_in} inches. What's that in gear inches?",
    ),
    F(
        "tyre_pressure_advice",
        "cycling",
        "Recommended tyre pressure for a rider and tyre",
        [
            N("rider_kg", "rider weight in kg", 45, 120, 1),
            I("tyre_width_mm", "tyre width in mm", 23, 60),
            opt(B("tubeless", "tyres run tubeless", "tubeless", "with inner tubes"), False),
            opt(
                Syn(
                    "surface",
                    "road, gravel or mtb (trail)",
                    {
                        "road": ("tarmac",),
                        "gravel": ("gravel tracks",),
                        "mtb": ("singletrack", "mountain bike trails"),
                    },
                ),
                "road",
            ),
        ],
        "what PSI for {tyre_width_mm}mm tyres, I weigh {rider_kg} kg, {tubeless}",
        "Heading out on {surface} this weekend. Tyres are {tyre_width_mm} mm and I'm {rider_kg}kg with my kit. Pressures?",
    ),
    F(
        "ride_power_zones",
        "cycling",
        "Training power zones from functional threshold power",
        [
            I("ftp_watts", "functional threshold power in watts", 120, 400),
            opt(
                Syn(
                    "model",
                    "zone model: coggan (7 zones) or polarized (3 zones)",
                    {"coggan": ("Coggan's seven zones",), "polarized": ("a three-zone polarized model",)},
                ),
                "coggan",
            ),
        ],
        "My FTP came out at {ftp_watts} W in yesterday's 20-minute test. Zones please!",
        "zones from FTP {ftp_watts}, {model}",
    ),
    F(
        "bike_fit_saddle_height",
        "cycling",
        "Saddle height from inseam length",
        [
            N("inseam_cm", "inseam in centimetres", 65, 95, 1),
            opt(I("crank_mm", "crank length in mm", 165, 175), 172),
            opt(
                Syn(
                    "method",
                    "lemond (inseam × 0.883) or holmes (knee angle)",
                    {"lemond": ("the LeMond formula",), "holmes": ("the Holmes knee-angle method",)},
                ),
                "lemond",
            ),
        ],
        "Inseam is {inseam_cm} cm and I've got {crank_mm}mm cranks. Saddle height?",
        "saddle height by {method}, {inseam_cm}cm inseam",
    ),
    F(
        "plan_bike_route",
        "cycling",
        "Plan a cycling route between two places",
        [
            S(
                "start",
                "where the ride starts",
                "Ghent",
                "Bruges",
                "Utrecht",
                "Leiden",
                "Haarlem",
                "Delft",
                "Gouda",
            ),
            S(
                "end",
                "where the ride ends",
                "Antwerp",
                "Amsterdam",
                "Rotterdam",
                "The Hague",
                "Breda",
                "Arnhem",
            ),
            opt(I("max_climb_m", "most total climbing allowed, metres", 100, 1500), 500),
            opt(
                B(
                    "avoid_main_roads",
                    "keep off main roads",
                    "stay off the main roads",
                    "main roads are fine",
                ),
                True,
            ),
        ],
        "Route from {start} to {end} please, no more than {max_climb_m} m of climbing.",
        "bike route {end} <- {start}, {avoid_main_roads}",
    ),
    # ---- textiles -----------------------------------------------------------------------------------
    F(
        "yarn_yardage_needed",
        "textiles",
        "Yards of yarn a knitted garment needs",
        [
            Syn(
                "garment",
                "hat, scarf, sweater, socks or blanket",
                {
                    "hat": ("beanie",),
                    "scarf": ("scarf",),
                    "sweater": ("jumper", "pullover"),
                    "socks": ("pair of socks",),
                    "blanket": ("baby blanket",),
                },
            ),
            E("size", "size", "xs", "s", "m", "l", "xl"),
            Syn(
                "weight",
                "yarn weight: fingering, dk, worsted or bulky",
                {
                    "fingering": ("4-ply",),
                    "dk": ("double knitting",),
                    "worsted": ("aran-ish worsted",),
                    "bulky": ("chunky",),
                },
            ),
        ],
        "How much {weight} yarn for a size {size} {garment}?",
        "I'm knitting my nephew a {garment}, size {size}, in {weight}. Yardage?",
    ),
    F(
        "gauge_conversion",
        "textiles",
        "Stitches to cast on when a pattern's gauge differs from yours",
        [
            I("pattern_stitches", "stitches the pattern casts on", 40, 240),
            N("pattern_gauge", "pattern gauge, stitches per 10 cm", 12, 32, 1),
            N("my_gauge", "your gauge, stitches per 10 cm", 12, 32, 1),
        ],
        "pattern says cast on {pattern_stitches} at {pattern_gauge} sts/10cm; I get {my_gauge}. How many should I cast on?",
        "My swatch is {my_gauge} stitches per 10 cm but the pattern was written for {pattern_gauge}. It calls for {pattern_stitches} stitches -- what's my number?",
    ),
    F(
        "fabric_yardage",
        "textiles",
        "Fabric length needed for a sewing project",
        [
            Syn(
                "project",
                "what is sewn: curtains, dress, tote_bag or quilt",
                {
                    "curtains": ("a pair of curtains",),
                    "dress": ("a summer dress",),
                    "tote_bag": ("a tote",),
                    "quilt": ("a lap quilt",),
                },
            ),
            I("fabric_width_cm", "bolt width in cm", 90, 150),
            opt(
                B(
                    "directional_print",
                    "the print has a direction to match",
                    "the print is one-way so it has to match",
                    "no print to match",
                ),
                False,
            ),
            opt(N("finished_length_cm", "finished length in cm", 40, 250, 0), 100),
        ],
        "How much fabric for {project} with {fabric_width_cm}cm wide fabric? {directional_print}.",
        "fabric for {project}, bolt {fabric_width_cm} cm, finished length {finished_length_cm} cm",
    ),
    F(
        "pattern_size_grade",
        "textiles",
        "Pattern size from body measurements",
        [
            N("bust_cm", "bust in cm", 76, 130, 0),
            N("waist_cm", "waist in cm", 58, 115, 0),
            N("hip_cm", "hip in cm", 82, 140, 0),
            opt(E("system", "size chart", "eu", "uk", "us"), "eu"),
        ],
        "bust {bust_cm}, waist {waist_cm}, hip {hip_cm} -- which size?",
        "Using the {system} chart, what size am I? Hips {hip_cm} cm, waist {waist_cm} cm and bust {bust_cm} cm.",
    ),
    F(
        "stitch_counter",
        "textiles",
        "Set up a row counter with repeats for a knitting project",
        [
            S(
                "project_name",
                "name of the project",
                "Autumn Cardigan",
                "Lace Shawl No. 3",
                "Baby Booties",
                "Cabled Hat",
                "Fair Isle Mitts",
            ),
            I("total_rows", "rows in total", 20, 400),
            W(Bd(I("repeat_every", "remind every this many rows, 2 to 16", 2, 16), 2, 16)),
        ],
        "New counter for \u2018{project_name}\u2019: {total_rows} rows, nudge me every {repeat_every} rows.",
        'Could you set up a counter called "{project_name}"? It\'s {total_rows} rows and the cable crosses every {repeat_every} rows.',
    ),
    # ---- beekeeping ---------------------------------------------------------------------------------
    F(
        "hive_inspection_record",
        "beekeeping",
        "Record a hive inspection",
        [
            S("hive_id", "hive identifier", "H-01", "H-02", "H-07", "H-11", "H-15"),
            W(Bd(I("frames_of_brood", "frames with brood, 0 to 20", 1, 12), 0, 20)),
            B("queen_seen", "the queen was seen", "saw the queen", "didn't spot the queen"),
            Syn(
                "temperament",
                "calm, nervous or aggressive",
                {
                    "calm": ("gentle as lambs", "very calm"),
                    "nervous": ("a bit runny", "jittery"),
                    "aggressive": ("really defensive", "stingy"),
                },
            ),
        ],
        "Hive {hive_id}: {frames_of_brood} frames of brood, {queen_seen}, bees {temperament}.",
        "Just closed up {hive_id}. Bees were {temperament} today. I {queen_seen}. Brood on {frames_of_brood} frames.",
    ),
    F(
        "varroa_treatment_plan",
        "beekeeping",
        "Plan a varroa mite treatment from a mite count",
        [
            I("mites_per_100_bees", "mites counted per 100 bees (alcohol wash)", 0, 15),
            Syn(
                "product",
                "oxalic, formic or thymol",
                {"oxalic": ("oxalic acid",), "formic": ("formic acid strips",), "thymol": ("thymol gel",)},
            ),
            opt(
                B(
                    "honey_supers_on",
                    "honey supers are on the hive",
                    "the honey supers are still on",
                    "supers are off",
                ),
                False,
            ),
        ],
        "Alcohol wash gave {mites_per_100_bees} mites per 100 bees. Thinking {product}. Plan?",
        "mite count {mites_per_100_bees}/100, {honey_supers_on}, using {product}",
    ),
    F(
        "honey_harvest_yield",
        "beekeeping",
        "Kilograms of honey expected from capped frames",
        [
            W(Bd(I("capped_frames", "fully capped frames, 1 to 20", 2, 20), 1, 20)),
            Syn(
                "frame_size",
                "deep, medium or shallow",
                {"deep": ("deep",), "medium": ("medium",), "shallow": ("shallow",)},
            ),
            opt(Pct("moisture", "honey moisture", 0.15, 0.2), 0.18),
        ],
        "{capped_frames} capped {frame_size} frames -- how many kilos of honey?",
        "Refractometer says {moisture}% moisture. I've pulled {capped_frames} {frame_size} frames. Yield?",
    ),
    F(
        "swarm_collection_request",
        "beekeeping",
        "Log a swarm for a collector to pick up",
        [
            S(
                "address",
                "where the swarm is",
                "14 Mill Lane",
                "3 Orchard Close",
                "Flat 2, 88 High Street",
                "The Old Rectory, Church Road",
            ),
            N("height_m", "height of the swarm off the ground in metres", 0.5, 8, 1),
            S(
                "caller_phone",
                "phone number of the caller",
                "07700 900123",
                "07700 900456",
                "07700 900789",
                "07700 900321",
            ),
            opt(
                B(
                    "on_public_land",
                    "the swarm is on public land",
                    "it's in the park",
                    "it's in a private garden",
                ),
                False,
            ),
        ],
        "Swarm at {address}, about {height_m} m up. Call {caller_phone}.",
        "Hello! There's a huge clump of bees {height_m} metres up a tree -- {on_public_land}, {address}. My number is {caller_phone}.",
    ),
    F(
        "queen_rearing_schedule",
        "beekeeping",
        "Day-by-day schedule for raising queens from a graft date",
        [
            D("graft_date", "the day larvae are grafted", *DATES),
            W(Bd(I("cells", "number of queen cells, 1 to 20", 5, 20), 1, 20)),
        ],
        "Grafting {cells} cells on {graft_date}. Give me the schedule.",
        "schedule for a graft on {graft_date}, {cells} cells",
    ),
    # ---- ceramics -------------------------------------------------------------------------------------
    F(
        "kiln_firing_schedule",
        "ceramics",
        "Build a kiln firing schedule to a cone",
        [
            Syn(
                "cone",
                "target cone: 06, 04, 5 or 10",
                {"06": ("cone 06 (bisque)",), "04": ("cone 04",), "5": ("cone 5",), "10": ("cone 10",)},
            ),
            Syn("firing", "bisque or glaze", {"bisque": ("bisque",), "glaze": ("glaze",)}),
            opt(I("hold_minutes", "hold at peak in minutes", 5, 30), 10),
            opt(
                B(
                    "slow_cool",
                    "add a slow cooling segment",
                    "with a slow cool for matte glazes",
                    "no controlled cooling",
                ),
                False,
            ),
        ],
        "{firing} firing to {cone}, hold {hold_minutes} min at the top",
        "Can you write me a schedule? It's a {firing} load going to {cone}, {slow_cool}.",
    ),
    F(
        "glaze_recipe_scale",
        "ceramics",
        "Scale a glaze recipe to a batch weight",
        [
            S(
                "recipe_name",
                "the recipe's name",
                "Tenmoku",
                "Floating Blue",
                "Shino",
                "Celadon 3",
                "Clear Satin",
            ),
            I("batch_grams", "dry batch weight in grams", 500, 10000),
            opt(
                B(
                    "include_colorants",
                    "scale the colourant additions too",
                    "including the colourants",
                    "base only",
                ),
                True,
            ),
        ],
        "Scale {recipe_name} to a {batch_grams} g batch.",
        "I'm mixing {batch_grams} grams of \u201c{recipe_name}\u201d for the studio, {include_colorants}.",
    ),
    F(
        "clay_shrinkage_size",
        "ceramics",
        "Wet size needed for a finished piece given clay shrinkage",
        [
            N("finished_cm", "finished size in cm", 5, 60, 1),
            Pct("shrinkage", "total shrinkage of the clay", 0.08, 0.15),
        ],
        "Clay shrinks {shrinkage}% overall. I want the bowl {finished_cm} cm across when done. How big do I throw it?",
        "wet size for a {finished_cm}cm finished piece, {shrinkage}% shrinkage",
    ),
    F(
        "book_kiln_slot",
        "ceramics",
        "Book space in the shared studio kiln",
        [
            S("member", "studio member's name", *FOLKS),
            D("date", "firing date", *DATES),
            Bd(I("shelf_space_pct", "share of a shelf needed, percent 5 to 100", 10, 100), 5, 100),
            Syn("firing", "bisque or glaze", {"bisque": ("bisque",), "glaze": ("glaze",)}),
        ],
        "Put {member} down for {shelf_space_pct}% of a shelf in the {firing} firing on {date}.",
        "Hi, it's {member}. Could I have {shelf_space_pct} percent of a shelf for the {date} {firing}? I've got 6 mugs.",
    ),
    F(
        "slip_specific_gravity",
        "ceramics",
        "Water to add to bring casting slip to a specific gravity",
        [
            N("current_sg", "current specific gravity", 1.6, 1.9, 2),
            N("target_sg", "specific gravity wanted", 1.7, 1.85, 2),
            N("slip_litres", "slip volume, litres", 5, 80, 1),
        ],
        "My slip reads {current_sg}. I need {target_sg}, and there are {slip_litres} litres in the bucket.",
        "sg {current_sg} -> {target_sg}, {slip_litres} L",
    ),
    # ---- veterinary -----------------------------------------------------------------------------------
    F(
        "pet_dose_calculator",
        "veterinary",
        "Dose of a drug for an animal by weight",
        [
            Syn(
                "species",
                "dog, cat or rabbit",
                {"dog": ("pup", "dog"), "cat": ("cat", "kitty"), "rabbit": ("bunny",)},
            ),
            N("weight_kg", "body weight in kg", 1.5, 9, 1),
            S(
                "drug",
                "drug name",
                "meloxicam",
                "gabapentin",
                "maropitant",
                "amoxicillin-clavulanate",
                "prednisolone",
            ),
            N("mg_per_kg", "dose rate in mg per kg", 0.1, 20, 1),
        ],
        "{drug} at {mg_per_kg} mg/kg for a {weight_kg} kg {species}?",
        "Our {species} weighs {weight_kg}kg (she was 4 kg lighter last year). The vet said {mg_per_kg} mg per kg of {drug}. How many mg is that?",
    ),
    F(
        "vaccination_due_dates",
        "veterinary",
        "When a pet's next vaccinations are due",
        [
            S("pet_name", "the pet's name", "Biscuit", "Mochi", "Pepper", "Ziggy", "Luna", "Otto"),
            Syn("species", "dog or cat", {"dog": ("dog",), "cat": ("cat",)}),
            D("last_vaccinated", "date of the last vaccination", *PAST),
            opt(B("indoor_only", "the animal never goes outside", "strictly indoors", "goes outside"), False),
        ],
        "{pet_name} the {species} was last jabbed {last_vaccinated}. When's the next one due?",
        "{pet_name} ({species}, {indoor_only}) -- last vaccination {last_vaccinated}. Next due?",
    ),
    F(
        "book_vet_appointment",
        "veterinary",
        "Book a vet appointment",
        [
            S("pet_name", "the pet's name", "Biscuit", "Mochi", "Pepper", "Ziggy", "Luna", "Otto"),
            D("date", "appointment day", *DATES),
            T("time", "appointment time", *TIMES),
            Syn(
                "reason",
                "checkup, vaccination, dental or injury",
                {
                    "checkup": ("annual check", "check-up"),
                    "vaccination": ("booster shots",),
                    "dental": ("teeth cleaning",),
                    "injury": ("a limp", "a cut paw"),
                },
            ),
        ],
        "Book {pet_name} in for {reason} on {date} at {time}.",
        "Could I get an appointment at {time} on {date}? It's for {pet_name}, {reason}.",
    ),
    F(
        "daily_kibble_cups",
        "veterinary",
        "Cups of dry food a dog needs a day",
        [
            N("weight_kg", "body weight in kg", 2, 50, 1),
            I("kcal_per_cup", "food energy in kcal per cup", 250, 550),
            Syn(
                "activity",
                "low, normal or high",
                {
                    "low": ("a couch potato", "not very active"),
                    "normal": ("normally active",),
                    "high": ("a working dog", "very active"),
                },
            ),
            opt(B("neutered", "the animal is neutered", "neutered", "intact"), True),
        ],
        "My {weight_kg} kg dog is {activity}. Food is {kcal_per_cup} kcal a cup. How many cups per day?",
        "cups/day: {kcal_per_cup} kcal/cup, {weight_kg}kg, {activity}, {neutered}",
    ),
    F(
        "lab_result_flag",
        "veterinary",
        "Flag an animal's blood test values outside their reference ranges",
        [
            Syn("species", "dog or cat", {"dog": ("canine",), "cat": ("feline",)}),
            N("alt_u_l", "ALT in U/L", 10, 400, 0),
            N("creatinine_umol_l", "creatinine in µmol/L", 40, 400, 0),
            N("glucose_mmol_l", "glucose in mmol/L", 3, 25, 1),
        ],
        "{species} bloods: ALT {alt_u_l} U/L, creat {creatinine_umol_l} µmol/L, glucose {glucose_mmol_l} mmol/L. Anything out of range?",
        "Glucose came back {glucose_mmol_l}, creatinine {creatinine_umol_l} and ALT {alt_u_l} on my {species} patient. Flag what's abnormal.",
    ),
    # ---- woodworking --------------------------------------------------------------------------------
    F(
        "board_feet",
        "woodworking",
        "Board feet of lumber in a number of boards",
        [
            N("thickness_in", "thickness in inches", 0.75, 2, 2),
            N("width_in", "width in inches", 3, 12, 1),
            N("length_ft", "length in feet", 4, 12, 1),
            W(Bd(I("boards", "number of boards, 1 to 20", 2, 12), 1, 20)),
        ],
        '{boards} boards, {thickness_in}" thick, {width_in}" wide, {length_ft}\' long. Board feet?',
        "Buying {boards} pieces of lumber, each {length_ft} ft by {width_in} in by {thickness_in} in -- total board footage?",
    ),
    F(
        "cut_list_optimiser",
        "woodworking",
        "Fit a list of part lengths into stock boards with least waste",
        [
            L("part_lengths_mm", "length of each part in mm", "integer", (150, 1200), k=(3, 6)),
            I("stock_length_mm", "length of one stock board, mm", 1800, 3000),
            opt(N("kerf_mm", "saw kerf in mm", 2, 4, 1), 3),
        ],
        "Stock is {stock_length_mm} mm. Parts: {part_lengths_mm} mm. Kerf {kerf_mm} mm. Best layout?",
        "I need to cut {part_lengths_mm} (all mm) from {stock_length_mm}mm boards -- how do I fit them?",
    ),
    F(
        "wood_movement",
        "woodworking",
        "Seasonal width change of a board",
        [
            S("species", "wood species", *WOODS),
            N("width_mm", "board width in mm", 50, 600, 0),
            Pct("humidity_from", "starting relative humidity", 0.25, 0.45),
            Pct("humidity_to", "ending relative humidity", 0.55, 0.8),
            opt(B("quartersawn", "the board is quartersawn", "quartersawn", "flatsawn"), False),
        ],
        "How much will a {width_mm} mm {species} tabletop move going from {humidity_from}% to {humidity_to}% RH?",
        "{quartersawn} {species}, {width_mm}mm wide; winter RH {humidity_from}%, summer {humidity_to}%. Movement?",
    ),
    F(
        "finish_coverage",
        "woodworking",
        "Amount of finish to buy for a surface",
        [
            N("area_m2", "surface area in square metres", 0.5, 30, 1),
            W(Bd(I("coats", "number of coats, 1 to 6", 2, 6), 1, 6)),
            Syn(
                "finish",
                "oil, polyurethane, shellac or wax",
                {
                    "oil": ("Danish oil",),
                    "polyurethane": ("poly",),
                    "shellac": ("shellac",),
                    "wax": ("paste wax",),
                },
            ),
        ],
        "{finish}, {coats} coats, {area_m2} square metres. How much to buy?",
        "I'm putting {coats} coats of {finish} on about {area_m2} m² of cabinet doors. How many litres?",
    ),
    F(
        "router_bit_speed",
        "woodworking",
        "Safe router speed for a bit diameter",
        [
            N("bit_diameter_mm", "bit diameter in mm", 6, 90, 1),
            opt(S("material", "what is cut", "hardwood", "softwood", "MDF", "plywood"), "hardwood"),
        ],
        "Max RPM for a {bit_diameter_mm} mm bit?",
        "Routing {material} with a {bit_diameter_mm}mm panel bit -- what speed should the router be on?",
    ),
    # ---- aquarium -------------------------------------------------------------------------------------
    F(
        "tank_stocking_check",
        "aquarium",
        "Whether a tank can hold a list of fish",
        [
            I("tank_litres", "tank volume in litres", 40, 500),
            joined(L("species", "fish to keep", "string", FISH, k=(2, 4)), "oxford"),
            opt(B("planted", "the tank is planted", "it's heavily planted", "no live plants"), False),
        ],
        "Can a {tank_litres} L tank take {species}?",
        "My {tank_litres}-litre tank ({planted}) -- I'd love {species}. Overstocked?",
    ),
    F(
        "water_change_volume",
        "aquarium",
        "Litres to change to bring nitrate down",
        [
            I("tank_litres", "tank volume in litres", 40, 500),
            N("nitrate_ppm", "current nitrate in ppm", 10, 120, 0),
            N("target_ppm", "nitrate wanted in ppm", 5, 30, 0),
        ],
        "Nitrate is {nitrate_ppm} ppm in a {tank_litres} L tank. How much water do I change to get to {target_ppm}?",
        "water change calc: target {target_ppm} ppm, now {nitrate_ppm} ppm, tank {tank_litres} litres",
    ),
    F(
        "dose_fertiliser",
        "aquarium",
        "Millilitres of liquid fertiliser to dose",
        [
            I("tank_litres", "tank volume in litres", 40, 500),
            Syn(
                "product",
                "all_in_one, iron or potassium",
                {
                    "all_in_one": ("the all-in-one",),
                    "iron": ("iron supplement",),
                    "potassium": ("potassium",),
                },
            ),
            Syn("schedule", "daily or weekly", {"daily": ("every day",), "weekly": ("once a week",)}),
        ],
        "How many ml of {product} for {tank_litres} L, dosing {schedule}?",
        "{tank_litres} litres, {schedule}, {product}: ml per dose?",
    ),
    F(
        "heater_wattage",
        "aquarium",
        "Heater wattage a tank needs",
        [
            I("tank_litres", "tank volume in litres", 40, 500),
            N("room_temp_c", "room temperature in °C", 14, 24, 0),
            N("target_temp_c", "water temperature wanted in °C", 22, 30, 0),
        ],
        "Room sits around {room_temp_c}°C; I want {target_temp_c}°C in my {tank_litres} L. What wattage heater?",
        "heater size: {tank_litres}L, {target_temp_c}C target, room {room_temp_c}C",
    ),
    F(
        "log_water_test",
        "aquarium",
        "Log a water test",
        [
            S("tank_id", "tank identifier", "T1", "T2", "reef-120", "shrimp-30", "quarantine"),
            N("ph", "pH", 6, 8.4, 1),
            N("ammonia_ppm", "ammonia in ppm", 0, 2, 2),
            N("nitrite_ppm", "nitrite in ppm", 0, 2, 2),
            opt(D("tested_on", "day of the test", *PAST), None),
        ],
        "Tank {tank_id}: pH {ph}, ammonia {ammonia_ppm}, nitrite {nitrite_ppm}.",
        "Test results from {tested_on} for {tank_id} -- nitrite {nitrite_ppm} ppm, ammonia {ammonia_ppm} ppm, pH {ph}.",
    ),
    # ---- climbing -------------------------------------------------------------------------------------
    F(
        "convert_sport_grade",
        "climbing",
        "Convert a French sport climbing grade to another grading system",
        [
            S("grade", "the French grade, like 6b+", "5c", "6a", "6a+", "6b+", "6c", "7a", "7b+", "7c", "8a"),
            Syn(
                "to_system",
                "yds, uiaa, british or ewbank",
                {
                    "yds": ("the US system", "YDS"),
                    "uiaa": ("UIAA",),
                    "british": ("British tech grades",),
                    "ewbank": ("Australian (Ewbank)",),
                },
            ),
        ],
        "French {grade} in {to_system}?",
        "Our gym in Lyon graded my project {grade}. What would that be in {to_system}? My friends back home keep asking.",
    ),
    F(
        "rope_length_check",
        "climbing",
        "Whether a rope is long enough to lower off a route",
        [
            I("route_height_m", "route height in metres", 12, 45),
            I("rope_length_m", "rope length in metres", 40, 80),
            opt(N("stretch_margin_m", "safety margin in metres", 1, 5, 1), 2),
        ],
        "{rope_length_m} m rope, {route_height_m} m route. Can I lower off?",
        "The guidebook says the route is {route_height_m} metres. I have a {rope_length_m}m rope and want a {stretch_margin_m} m margin. Enough?",
    ),
    F(
        "fall_factor",
        "climbing",
        "Fall factor of a lead fall",
        [
            N("fall_distance_m", "length of the fall in metres", 1, 20, 1),
            N("rope_out_m", "rope paid out between climber and belayer, metres", 2, 40, 1),
        ],
        "fell {fall_distance_m}m with {rope_out_m}m of rope out -- fall factor?",
        "With {rope_out_m} metres of rope between us, my partner took a {fall_distance_m} metre whipper. What fall factor was that?",
    ),
    F(
        "log_ascent",
        "climbing",
        "Add an ascent to a climbing logbook",
        [
            S(
                "route",
                "route name",
                "The Nose",
                "Cenotaph Corner",
                "Separate Reality",
                "Biographie",
                "Midnight Lightning",
                "Silence",
            ),
            S("grade", "grade as written", "6a+", "7b", "5.10c", "5.12a", "V4", "7A", "E2 5c"),
            Syn(
                "style",
                "onsight, flash, redpoint or toprope",
                {
                    "onsight": ("onsighted",),
                    "flash": ("flashed",),
                    "redpoint": ("redpointed", "sent it after working it"),
                    "toprope": ("top-roped",),
                },
            ),
            D("date", "day of the ascent", *PAST),
            opt(W(Bd(I("attempts", "attempts it took, 1 to 20", 2, 15), 1, 20)), 1),
        ],
        "Log it: {route}, {grade}, {style} on {date}.",
        'Finally! {style} "{route}" ({grade}) on {date}, took me {attempts} tries.',
    ),
    F(
        "hangboard_protocol",
        "climbing",
        "Build a hangboard session",
        [
            I("edge_mm", "edge depth in mm", 10, 30),
            I("hang_seconds", "seconds per hang", 5, 15),
            W(Bd(I("sets", "sets, 1 to 10", 3, 8), 1, 10)),
            opt(N("added_kg", "added weight in kg (negative to assist)", -15, 20, 1), 0),
        ],
        "Hangboard: {sets} sets, {hang_seconds} s hangs on the {edge_mm} mm edge, {added_kg} kg added.",
        "make me a session on a {edge_mm}mm edge, {sets} sets of {hang_seconds}-second hangs",
    ),
    # ---- archives -------------------------------------------------------------------------------------
    F(
        "request_archive_box",
        "archives",
        "Ask for an archive box to be brought to the reading room",
        [
            S(
                "reference",
                "the box's reference code",
                "MS 1142/3",
                "PRO/2/77",
                "ACC-1998-014",
                "DOC 55/12/b",
                "RG 4.7",
            ),
            D("visit_date", "day of the visit", *DATES),
            S("reader_ticket", "reader's ticket number", "RT-20931", "RT-11407", "RT-30388", "RT-08812"),
            opt(
                B(
                    "photography",
                    "wants to take photos",
                    "and I'd like to photograph some pages",
                    "no photography",
                ),
                False,
            ),
        ],
        "Please fetch {reference} for {visit_date}. Reader ticket {reader_ticket}.",
        "Hello -- visiting on {visit_date}, ticket {reader_ticket}, {photography}. Box {reference} please.",
    ),
    F(
        "date_range_search",
        "archives",
        "Search catalogue records by keyword and year range",
        [
            S(
                "keyword",
                "what to search for",
                "shipbuilding",
                "suffrage",
                "tithe maps",
                "cholera",
                "parish registers",
                "tram depot",
            ),
            I("year_from", "first year", 1600, 1900),
            I("year_to", "last year", 1901, 1990),
            opt(
                B(
                    "digitised_only",
                    "only records with scans online",
                    "only ones that are digitised",
                    "digitised or not",
                ),
                False,
            ),
        ],
        "{keyword} records {year_from}-{year_to}",
        "Looking for anything on {keyword} from {year_from} to {year_to}, {digitised_only}.",
    ),
    F(
        "digitisation_quote",
        "archives",
        "Quote for scanning pages",
        [
            I("pages", "number of pages", 10, 5000),
            Syn(
                "resolution_dpi",
                "300, 400 or 600 dpi",
                {"300": ("300 dpi",), "400": ("400 dpi",), "600": ("600 dpi",)},
            ),
            opt(B("colour", "scan in colour", "in full colour", "greyscale is fine"), True),
            opt(Syn("format", "tiff or pdf", {"tiff": ("TIFF",), "pdf": ("PDF",)}), "tiff"),
        ],
        "Quote for {pages} pages at {resolution_dpi}, {colour}.",
        "How much to scan {pages} pages? I'd want {resolution_dpi} and {format} files.",
    ),
    F(
        "condition_report",
        "archives",
        "Record the physical condition of an item",
        [
            S("item_id", "item identifier", "MS 1142/3/9", "PH-0042", "MAP-118", "LET-2207", "VOL-31"),
            Syn(
                "condition",
                "good, fair, poor or unfit",
                {
                    "good": ("in good shape",),
                    "fair": ("OK-ish", "fair"),
                    "poor": ("in a bad way", "poor"),
                    "unfit": ("too fragile to handle",),
                },
            ),
            joined(
                L(
                    "issues",
                    "problems seen",
                    "string",
                    ("foxing", "mould", "tears", "loose binding", "water damage", "fading", "insect damage"),
                    k=(1, 4),
                ),
                "semicolons",
            ),
        ],
        "{item_id} is {condition}: {issues}.",
        "Condition for item {item_id} -- problems: {issues}. Overall {condition}.",
    ),
    F(
        "copyright_term_check",
        "archives",
        "Whether a work is still under copyright",
        [
            I("author_death_year", "year the author died", 1880, 2010),
            Syn(
                "jurisdiction",
                "uk, us, eu or canada",
                {"uk": ("Britain",), "us": ("the States",), "eu": ("the EU",), "canada": ("Canada",)},
            ),
            opt(B("published", "the work was published", "published", "never published"), True),
        ],
        "Author died in {author_death_year}. Still in copyright in {jurisdiction}?",
        "A {published} manuscript whose writer passed away {author_death_year} -- protected in {jurisdiction}?",
    ),
    # ---- events -----------------------------------------------------------------------------------------
    F(
        "catering_headcount",
        "events",
        "Food quantities for an event",
        [
            I("guests", "number of guests", 20, 400),
            Pct("vegetarian_share", "share of vegetarian guests", 0.1, 0.5),
            Syn(
                "service",
                "buffet, plated or canapes",
                {"buffet": ("buffet",), "plated": ("a sit-down dinner",), "canapes": ("finger food",)},
            ),
            opt(I("hours", "length of the event in hours", 2, 8), 3),
        ],
        "{guests} people, {vegetarian_share}% veggie, {service}. Quantities?",
        "We're hosting {service} for {hours} hours. Expecting {guests} guests of whom roughly {vegetarian_share} percent are vegetarian.",
    ),
    F(
        "seating_plan",
        "events",
        "Seat guests at round tables",
        [
            I("guests", "number of guests", 20, 300),
            Bd(I("seats_per_table", "seats at each table, 6 to 12", 6, 12), 6, 12),
            joined(L("keep_apart", "guests who must not share a table", "string", FOLKS, k=(2, 3)), "oxford"),
        ],
        "{guests} guests, {seats_per_table} to a table, and keep {keep_apart} apart!",
        "seating: tables of {seats_per_table}; guest count {guests}; separate {keep_apart}",
    ),
    F(
        "venue_hold",
        "events",
        "Put a provisional hold on a venue",
        [
            S(
                "venue",
                "venue name",
                "The Corn Exchange",
                "Riverside Pavilion",
                "St. Luke's Hall",
                "The Glasshouse",
                "Old Mill Barn",
            ),
            D("date", "event date", *DATES),
            T("start", "start time", *TIMES),
            I("capacity_needed", "people the room must hold", 30, 500),
        ],
        "Hold {venue} on {date} from {start} for {capacity_needed} people.",
        "Could you pencil us in at {venue}? We'd start at {start}, it's for about {capacity_needed}, on {date}.",
    ),
    F(
        "budget_split",
        "events",
        "Allocate shares of an event budget to categories by percentage (what is left stays unallocated)",
        [
            M("total", "total budget", 1000, 80000),
            L(
                "percentages",
                "percentage for each category, in order",
                "integer",
                (5, 33),
                k=(3, 3),
                ordered=True,
            ),
            L(
                "categories",
                "the categories, same order",
                "string",
                ("venue", "catering", "music", "decor", "photography", "transport"),
                k=(3, 3),
                ordered=True,
            ),
        ],
        "Split ${total}: {categories} at {percentages} percent",
        "Our budget is {total} dollars. Categories {categories}; shares {percentages} (%) respectively.",
    ),
    F(
        "send_invitations",
        "events",
        "Send invitations to a guest list",
        [
            S(
                "event_name",
                "event title",
                "Spring Gala",
                "Team Offsite 2027",
                "Ana & Jo's Wedding",
                "Retirement Do for Bill",
                "Charity Quiz Night",
            ),
            joined(
                L(
                    "emails",
                    "guest emails",
                    "string",
                    (
                        "ana@example.com",
                        "jo.smith@example.org",
                        "r.patel@example.net",
                        "mike@example.com",
                        "li.wei@example.org",
                        "sam_k@example.net",
                    ),
                    k=(2, 4),
                ),
                "lines",
            ),
            D("rsvp_by", "RSVP deadline", *DATES),
            opt(B("plus_one", "guests may bring someone", "plus-ones welcome", "no plus-ones"), False),
        ],
        'Send the "{event_name}" invite to:{emails}RSVP by {rsvp_by}.',
        "Invitations for {event_name}, reply by {rsvp_by}, {plus_one}, to:{emails}",
    ),
    # ---- winemaking -----------------------------------------------------------------------------------
    F(
        "sulfite_addition",
        "winemaking",
        "Grams of potassium metabisulfite to reach a free SO2 level",
        [
            N("wine_litres", "volume of wine in litres", 10, 1000, 0),
            I("current_free_so2", "free SO2 now, mg/L", 0, 30),
            I("target_free_so2", "free SO2 wanted, mg/L", 25, 60),
            opt(N("ph", "wine pH", 3.0, 3.9, 2), 3.4),
        ],
        "{wine_litres} L of wine, free SO2 is {current_free_so2} mg/L, want {target_free_so2}. How much meta?",
        "pH {ph}. Target {target_free_so2} ppm free, currently {current_free_so2} ppm, tank holds {wine_litres} litres -- KMS grams?",
    ),
    F(
        "blend_trial",
        "winemaking",
        "Mix a trial blend of wines by percentage",
        [
            L("wines", "the wines, in order", "string", VARIETIES, k=(3, 3), ordered=True),
            L(
                "parts_pct",
                "percentage of each wine, same order",
                "integer",
                (10, 33),
                k=(3, 3),
                ordered=True,
            ),
            I("trial_ml", "trial volume in ml", 100, 750),
        ],
        "{trial_ml} ml trial: {wines} at {parts_pct} percent",
        "Let's try a blend -- percentages {parts_pct} of {wines} respectively, make {trial_ml}ml.",
    ),
    F(
        "harvest_brix_decision",
        "winemaking",
        "Whether grapes are ready to pick",
        [
            S("variety", "grape variety", *VARIETIES),
            N("brix", "sugar in degrees Brix", 18, 27, 1),
            N("ta_g_l", "titratable acidity in g/L", 4, 10, 1),
            opt(N("ph", "juice pH", 3.0, 3.8, 2), 3.4),
            opt(
                Syn(
                    "style",
                    "still, sparkling or dessert",
                    {
                        "still": ("still",),
                        "sparkling": ("sparkling base wine", "bubbly"),
                        "dessert": ("late-harvest sweet wine",),
                    },
                ),
                "still",
            ),
        ],
        "{variety} at {brix} brix, TA {ta_g_l}, pH {ph} -- pick?",
        "Block 7 {variety} came in at {brix}°Bx and {ta_g_l} g/L acid. We're making {style}. Ready?",
    ),
    F(
        "barrel_topping_log",
        "winemaking",
        "Record topping up a barrel",
        [
            S("barrel_id", "barrel identifier", "BRL-017", "BRL-022", "BRL-045", "BRL-103", "BRL-118"),
            N("litres_added", "litres added", 0.5, 12, 1),
            D("date", "day of topping", *PAST),
        ],
        "Topped {barrel_id} with {litres_added} L on {date}.",
        "{date}: barrel {barrel_id} needed {litres_added} litres to top up.",
    ),
    F(
        "wine_alcohol_from_gravity",
        "winemaking",
        "Alcohol by volume from gravity readings",
        [
            N("original_gravity", "gravity before fermentation, like 1.095", 1.07, 1.12, 3),
            N("final_gravity", "gravity after fermentation, like 0.995", 0.99, 1.01, 3),
        ],
        "OG {original_gravity}, FG {final_gravity}: ABV?",
        "My wine finished at {final_gravity} after starting at {original_gravity}. What's the alcohol?",
    ),
    # ---- 3d printing ------------------------------------------------------------------------------------
    F(
        "slice_model",
        "3d_printing",
        "Slice a model for printing",
        [
            S(
                "model_file",
                "model file name",
                "bracket_v3.stl",
                "phone_stand.3mf",
                "gear_32t.stl",
                "vase_spiral.stl",
                "enclosure_lid.step",
            ),
            Bd(N("layer_height_mm", "layer height in mm, 0.05 to 0.4", 0.08, 0.32, 2), 0.05, 0.4),
            Bd(I("infill_pct", "infill percent, 0 to 100", 10, 60), 0, 100),
            S("filament", "filament type", *FILAMENTS),
            opt(B("supports", "generate supports", "with supports", "no supports"), False),
        ],
        "slice {model_file}: {layer_height_mm}mm layers, {infill_pct}% infill, {filament}, {supports}",
        "Can you prep {model_file} in {filament}? {infill_pct} percent infill and {layer_height_mm} mm layer height.",
    ),
    F(
        "filament_cost",
        "3d_printing",
        "Cost of the filament a print uses",
        [
            N("grams", "filament used in grams", 5, 900, 1),
            M("spool_price", "price of a 1 kg spool", 12, 60),
            opt(Pct("waste", "extra for purge and failed prints", 0.02, 0.2), 0.05),
        ],
        "{grams} g print, spool was {spool_price}/kg. Cost?",
        "Slicer says {grams}g. My 1 kg spool cost {spool_price} and I lose about {waste}% to purges. What does the print cost?",
    ),
    F(
        "print_time_adjust",
        "3d_printing",
        "New print time after changing speed",
        [
            I("estimated_minutes", "slicer's estimate in minutes", 20, 1800),
            Bd(I("speed_pct", "speed multiplier in percent, 50 to 200", 60, 180), 50, 200),
        ],
        "Estimate was {estimated_minutes} min; I'm printing at {speed_pct}% speed. New time?",
        "speed {speed_pct}%, slicer estimate {estimated_minutes} minutes -> real time?",
    ),
    F(
        "bed_level_mesh",
        "3d_printing",
        "Run bed levelling with a probe grid",
        [
            W(Bd(I("grid_points", "probe points per side, 3 to 10", 3, 10), 3, 10)),
            I("bed_temp_c", "bed temperature while probing, °C", 40, 110),
            opt(B("save", "store the mesh", "and save it", "don't save it"), True),
        ],
        "Level the bed with a {grid_points} by {grid_points} grid at {bed_temp_c} degrees.",
        "bed mesh: {grid_points} points per side, bed {bed_temp_c}C, {save}",
    ),
    F(
        "queue_print_job",
        "3d_printing",
        "Add a job to the print farm queue",
        [
            S(
                "model_file",
                "model file name",
                "bracket_v3.stl",
                "phone_stand.3mf",
                "gear_32t.stl",
                "vase_spiral.stl",
                "enclosure_lid.step",
            ),
            W(Bd(I("copies", "number of copies, 1 to 20", 2, 12), 1, 20)),
            S("printer", "printer name", "prusa-01", "prusa-02", "bambu-A", "voron-350", "ender-old"),
            opt(
                Syn(
                    "priority",
                    "low, normal or rush",
                    {"low": ("whenever",), "normal": ("normal",), "rush": ("urgently", "ASAP")},
                ),
                "normal",
            ),
        ],
        "Queue {copies} of {model_file} on {printer}, {priority}.",
        "Put {model_file} on the {printer} queue -- {copies} copies.",
    ),
    # ---- music theory -------------------------------------------------------------------------------
    F(
        "shift_progression_key",
        "music_theory",
        "Transpose a chord progression by semitones",
        [
            L(
                "chords",
                "the chords in order",
                "string",
                ("C", "Am", "F", "G7", "Dm", "Em", "Bb", "E7"),
                k=(3, 5),
                ordered=True,
            ),
            Bd(I("semitones", "semitones to shift, -11 to 11", -7, 7), -11, 11),
        ],
        "Transpose {chords} by {semitones} semitones.",
        "Shift this by {semitones} half steps for the singer (minus means down): {chords}",
    ),
    F(
        "scale_notes",
        "music_theory",
        "Notes of a scale",
        [
            S("tonic", "the tonic", *KEYS),
            Syn(
                "mode",
                "major, natural_minor, dorian, mixolydian or harmonic_minor",
                {
                    "major": ("major",),
                    "natural_minor": ("natural minor", "aeolian"),
                    "dorian": ("Dorian",),
                    "mixolydian": ("Mixolydian",),
                    "harmonic_minor": ("harmonic minor",),
                },
            ),
        ],
        "notes in {tonic} {mode}?",
        "For my theory homework (due Monday) I need every note of the {mode} scale starting on {tonic}.",
    ),
    F(
        "interval_name",
        "music_theory",
        "Name the interval between two notes",
        [
            S("lower", "lower note with octave, like C4", "C4", "E4", "G3", "A3", "F#4", "Bb3"),
            S("upper", "upper note with octave", "D5", "B4", "E5", "C#5", "Ab4", "G5"),
            opt(
                B(
                    "compound",
                    "name intervals over an octave as compound (a tenth, not a third)",
                    "call it compound if it's past an octave",
                    "simple names only",
                ),
                False,
            ),
        ],
        "interval from {lower} up to {upper}?",
        "Between {upper} and {lower} (the lower one), what's the interval? {compound}.",
    ),
    F(
        "metronome_subdivision",
        "music_theory",
        "Clicks per minute for a tempo and subdivision",
        [
            Bd(I("bpm", "tempo in beats per minute, 30 to 260", 40, 220), 30, 260),
            Syn(
                "subdivision",
                "quarter, eighth, triplet or sixteenth",
                {
                    "quarter": ("crotchets",),
                    "eighth": ("quavers", "eighth notes"),
                    "triplet": ("triplets",),
                    "sixteenth": ("semiquavers", "16ths"),
                },
            ),
            opt(
                Syn(
                    "time_signature",
                    "4/4, 3/4, 6/8 or 7/8",
                    {"4/4": ("common time",), "3/4": ("waltz time",), "6/8": ("6/8",), "7/8": ("7/8",)},
                ),
                "4/4",
            ),
        ],
        "{bpm} bpm in {subdivision} -- clicks per minute?",
        "Practising {subdivision} in {time_signature} at {bpm} BPM. How many clicks a minute?",
    ),
    F(
        "chord_voicing",
        "music_theory",
        "Guitar or piano voicing of a chord",
        [
            S("chord", "chord symbol", "Cmaj7", "Dm7b5", "G13", "F#m11", "Bbadd9", "E7#9"),
            Syn(
                "instrument",
                "guitar, piano or ukulele",
                {"guitar": ("guitar",), "piano": ("keys", "piano"), "ukulele": ("uke",)},
            ),
            opt(Bd(I("position", "fret or octave position, 0 to 12", 2, 12), 0, 12), 0),
        ],
        "how do I play {chord} on {instrument}?",
        "{chord}, {instrument}, up around position {position}",
    ),
    # ---- farming ----------------------------------------------------------------------------------------
    F(
        "seed_rate",
        "farming",
        "Kilograms of seed per hectare for a target plant population",
        [
            S("crop", "the crop", *CROPS),
            I("target_plants_m2", "plants wanted per square metre", 20, 400),
            N("thousand_grain_weight_g", "weight of 1000 seeds in grams", 3, 60, 1),
            opt(Pct("establishment", "share of seeds expected to establish", 0.6, 0.95), 0.85),
        ],
        "Seed rate for {crop}: {target_plants_m2} plants/m², TGW {thousand_grain_weight_g} g",
        "We're drilling {crop} on the 40-hectare field. TGW is {thousand_grain_weight_g} grams, I want {target_plants_m2} plants per m² and expect {establishment}% establishment.",
    ),
    F(
        "nitrogen_plan",
        "farming",
        "Split a crop's nitrogen into dressings",
        [
            S("crop", "the crop", *CROPS),
            I("total_kg_n_ha", "total nitrogen in kg N per hectare", 40, 260),
            W(Bd(I("splits", "number of dressings, 1 to 4", 2, 4), 1, 4)),
            opt(
                B(
                    "organic_manure_applied",
                    "manure was spread this season",
                    "we spread slurry in autumn",
                    "no manure this year",
                ),
                False,
            ),
        ],
        "{total_kg_n_ha} kg N/ha on {crop}, {splits} splits",
        "Planning fertiliser for {crop}: {organic_manure_applied}. Total of {total_kg_n_ha} kilos of N a hectare across {splits} applications.",
    ),
    F(
        "livestock_water_need",
        "farming",
        "Daily drinking water for a herd",
        [
            Syn(
                "animal",
                "dairy_cow, beef_cow, sheep or goat",
                {
                    "dairy_cow": ("milkers", "dairy cows"),
                    "beef_cow": ("suckler cows",),
                    "sheep": ("ewes",),
                    "goat": ("goats",),
                },
            ),
            I("head", "number of animals", 5, 600),
            N("max_temp_c", "day's top temperature in °C", 5, 38, 0),
        ],
        "How much water do {head} {animal} need on a {max_temp_c}°C day?",
        "Forecast is {max_temp_c} degrees tomorrow. I've {head} {animal} out on the far paddock -- litres per day?",
    ),
    F(
        "spray_tank_mix",
        "farming",
        "Product and water for a sprayer tank",
        [
            I("tank_litres", "sprayer tank size in litres", 200, 6000),
            I("water_rate_l_ha", "water rate in L per hectare", 50, 400),
            N("product_rate_l_ha", "product rate in L per hectare", 0.1, 5, 2),
            opt(
                S(
                    "product",
                    "product name",
                    "glyphosate 360",
                    "fungicide X-Pro",
                    "trace element mix",
                    "aphicide",
                ),
                "",
            ),
        ],
        "Tank is {tank_litres} L, water at {water_rate_l_ha} L/ha, product at {product_rate_l_ha} L/ha. How much product per tank?",
        "Mixing {product} -- label rate {product_rate_l_ha} l/ha in {water_rate_l_ha} l/ha of water, in my {tank_litres} litre sprayer.",
    ),
    F(
        "grain_moisture_shrink",
        "farming",
        "Weight after drying grain to a moisture",
        [
            N("wet_tonnes", "wet grain weight in tonnes", 5, 500, 1),
            Pct("moisture_from", "moisture at harvest", 0.16, 0.3),
            Pct("moisture_to", "moisture after drying", 0.12, 0.15),
        ],
        "{wet_tonnes} t harvested at {moisture_from}% moisture. What's left once dried to {moisture_to}%?",
        "dry {wet_tonnes} tonnes from {moisture_from}% to {moisture_to}% -- tonnes after?",
    ),
    # ---- public transit -------------------------------------------------------------------------------
    F(
        "next_departures",
        "public_transit",
        "Next departures from a stop",
        [
            S("stop", "stop or station name", *STATIONS),
            opt(W(Bd(I("count", "how many departures, 1 to 10", 2, 10), 1, 10)), 3),
            opt(
                Syn(
                    "mode",
                    "bus, tram, metro or any",
                    {
                        "bus": ("buses",),
                        "tram": ("trams",),
                        "metro": ("the underground", "metro"),
                        "any": ("anything",),
                    },
                ),
                "any",
            ),
        ],
        "next {count} from {stop}",
        "Standing at {stop} in the rain. When are the next {mode}?",
    ),
    F(
        "journey_plan",
        "public_transit",
        "Plan a trip between two stops",
        [
            S("origin", "where the trip starts", *STATIONS[:5]),
            S("destination", "where it ends", *STATIONS[5:]),
            T("arrive_by", "latest arrival", *TIMES),
            opt(
                B(
                    "step_free",
                    "only step-free routes",
                    "step-free only, I'm in a wheelchair",
                    "stairs are fine",
                ),
                False,
            ),
            opt(I("max_changes", "most changes allowed", 0, 3), 2),
        ],
        "Need to get to {destination} from {origin} by {arrive_by}. {step_free}.",
        "from {origin} to {destination}, arrive by {arrive_by}, at most {max_changes} changes",
    ),
    F(
        "fare_quote",
        "public_transit",
        "Fare for a journey",
        [
            W(Bd(I("zones", "zones crossed, 1 to 9", 1, 6), 1, 9)),
            Syn(
                "passenger",
                "adult, child, senior or student",
                {
                    "adult": ("grown-up",),
                    "child": ("kid",),
                    "senior": ("pensioner", "over-65"),
                    "student": ("uni student",),
                },
            ),
            opt(B("peak", "travelling at peak time", "at rush hour", "off-peak"), True),
            opt(W(Bd(I("passengers", "number of passengers, 1 to 9", 2, 6), 1, 9)), 1),
        ],
        "Fare for one {passenger}, {zones} zones, {peak}?",
        "How much for {passengers} {passenger} tickets? We're going {zones} zones.",
    ),
    F(
        "report_service_issue",
        "public_transit",
        "Report a problem on a vehicle or at a stop",
        [
            S("line", "line or route", "Line 4", "Route 212", "N22", "Red Line", "Tram 9", "X90"),
            S("vehicle_id", "fleet number of the vehicle", "4417", "BX-302", "T-1188", "6021"),
            Syn(
                "issue",
                "cleanliness, broken_ramp, overcrowding or aggressive_driving",
                {
                    "cleanliness": ("filthy seats",),
                    "broken_ramp": ("the wheelchair ramp didn't work",),
                    "overcrowding": ("packed, couldn't get on",),
                    "aggressive_driving": ("driver was braking really hard",),
                },
            ),
            T("time", "when it happened", *TIMES),
        ],
        "{line}, vehicle {vehicle_id}, around {time}: {issue}.",
        "Complaint: {issue}. It was the {time} on {line}, fleet no. {vehicle_id}.",
    ),
    F(
        "top_up_travel_card",
        "public_transit",
        "Add credit to a travel card",
        [
            S(
                "card_number",
                "card number",
                "0412 7789 3021",
                "9911 2045 6673",
                "5530 8812 0049",
                "7781 0093 2264",
            ),
            M("amount", "amount to add", 5, 200),
            opt(
                B("auto_top_up", "turn on automatic top-up", "and switch on auto top-up", "no auto top-up"),
                False,
            ),
        ],
        "Top up card {card_number} with {amount}.",
        "put £{amount} on {card_number} {auto_top_up}",
    ),
]
