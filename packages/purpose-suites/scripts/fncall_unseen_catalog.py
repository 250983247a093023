# ruff: noqa: E501, RUF001  (a data table: one function per entry reads better than wrapped lines; the
# requests write a multiplication sign and IPA letters on purpose)
"""The catalogue of ``fncall-unseen``: a second function-calling suite, written as a transfer check.

Written after the rules that fill tool arguments from a request were frozen, by someone who did not read
those rules nor the model's outputs on ``fncall``, so that its figure would say whether what was learned
on ``fncall`` carries over to functions, domains and phrasings nobody tuned on. That no longer holds:
since 4 December (sessions 12-13) its traces and expected calls were read to find argument rules, which
spent it as a blind check; ``fncall-fresh`` (``fncall_fresh_catalog.py``, written 5 December by someone
who never saw the rules) is the blind suite now.

Every function here is new (none shares a name or a purpose with ``fncall_catalog.py``), from domains and
sub-domains that suite has little of (logistics, insurance, law, HR, medicine dosing, the chemistry lab,
observing, sports statistics, genealogy, mapping, software operations, photography, aviation, maritime,
energy, retail inventory, linguistics, calendars, baking, banking). The two request templates of each
are phrased in styles ``fncall`` does not use much: terse chat messages, long emails with context, values
with units attached ("12.5 kg", "45%", "$1,200.50"), dates written in words or several formats, quoted
names, negative numbers, lists as "x; y; z", "x, y, and z" or one item a line, booleans implied by
phrases ("don't include tax", "skip weekends"), enum members said by a synonym the schema's description
names, an optional parameter given in one template and not in the other, and numbers that are no
argument. Each request still says everything a careful reader needs to write the exact call from the
schema's descriptions. ``make_fncall.py --suite fncall-unseen`` draws the values and writes the JSON.
"""

from __future__ import annotations

import datetime as dt

from fncall_catalog import B, E, F, Function, I, L, M, N, Param, Pct, S, Syn, joined, opt, said

SUITE = "fncall-unseen"

LEAD_INS = (
    "re: PO-88123 --",
    "(sent from my phone, 2% battery)",
    "Fwd from Sam, 3 attachments below.",
    "Note 7 of 10 from this morning's standup:",
    "Room 214 here again.",
    "Per our 45-minute call on Tuesday:",
    "Third try, the form timed out twice at 11:58.",
    "Case ref 2026/0419.",
    "ok so",
    "Quick one before the 16:00 deadline.",
    "Sorry, 4th message today:",
    "From the night shift (2 of us on):",
    "Hiya, long-time user since v1.2 --",
    "Per ticket #30017, as promised:",
    "Writing from gate B12,",
    "On behalf of my manager (she's out until the 9th):",
)
CLOSINGS = (
    "ty",
    "thx in advance!!",
    "Regards, Priya (ext. 5521)",
    "No rush, any time before 5.",
    "-- K.",
    "Much obliged.",
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


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _date_phrases(iso: str) -> tuple[str, ...]:
    d = dt.date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    return (
        f"{month} {d.day}, {d.year}",
        f"{d.day} {month} {d.year}",
        f"{d.strftime('%a')} {d.day} {month[:3]} {d.year}",
        iso,
        f"the {_ordinal(d.day)} of {month} {d.year}",
    )


def D(name: str, desc: str, *dates: str) -> Param:
    """A date parameter: the call sends ISO ``YYYY-MM-DD``; the request writes it in one of five ways."""
    return said(S(name, f"{desc}, as YYYY-MM-DD", *dates), {d: _date_phrases(d) for d in dates})


def T(name: str, desc: str, *times: str) -> Param:
    """A clock time: the call sends 24-hour ``HH:MM``; the request may say "2:30 pm"."""
    phrases = {}
    for t in times:
        hour, minute = (int(x) for x in t.split(":"))
        twelve = f"{(hour - 1) % 12 + 1}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
        phrases[t] = (t, twelve, f"{hour:02d}{minute:02d} hours")
    return said(S(name, f"{desc}, 24-hour HH:MM", *times), phrases)


DATES = (
    "2026-01-09",
    "2026-02-27",
    "2026-03-16",
    "2026-04-30",
    "2026-05-05",
    "2026-06-18",
    "2026-07-01",
    "2026-08-21",
    "2026-09-07",
    "2026-10-13",
    "2026-11-26",
    "2026-12-02",
    "2027-01-15",
    "2027-03-03",
)
PAST_DATES = (
    "2025-02-11",
    "2025-03-28",
    "2025-05-19",
    "2025-06-02",
    "2025-08-14",
    "2025-09-30",
    "2025-10-06",
    "2025-11-21",
    "2025-12-29",
)
TIMES = ("06:45", "08:15", "09:30", "11:00", "13:20", "14:30", "16:05", "18:40", "21:10")
PEOPLE = (
    "Aiko Tanaka",
    "Bram de Vries",
    "Chidi Okafor",
    "Dana Whitfield",
    "Elif Şahin",
    "Farid Haddad",
    "Grete Lund",
    "Hiroshi Mori",
    "Ines Carvalho",
    "Jonas Becker",
    "Kavya Rao",
    "Luca Romano",
)
SURNAMES = ("O'Brien", "Kowalski", "MacLeod", "Fitzgerald", "Lindqvist", "Moreau", "Novak", "Delgado")
SERVICES = (
    "checkout-api",
    "auth-service",
    "search-indexer",
    "billing-worker",
    "image-resizer",
    "notifications",
    "ledger-db",
    "recommendations",
)
WAREHOUSES = ("WH-ROT-02", "WH-LAX-11", "WH-SIN-07", "WH-DUS-03", "WH-YUL-05", "WH-JNB-01")
SKUS = (
    "SKU-10442",
    "SKU-20871",
    "SKU-31508",
    "SKU-47713",
    "SKU-58206",
    "SKU-66019",
    "SKU-79934",
    "SKU-83155",
)
STORES = ("downtown", "airport", "harbourfront", "mall", "university", "suburban")
DRUGS = (
    "warfarin",
    "ibuprofen",
    "metformin",
    "lisinopril",
    "simvastatin",
    "amoxicillin",
    "sertraline",
    "omeprazole",
    "levothyroxine",
    "clopidogrel",
)
CHEMICALS = (
    "acetone",
    "ethanol",
    "sodium chloride",
    "hydrochloric acid",
    "potassium permanganate",
    "silver nitrate",
    "toluene",
    "sulfuric acid",
    "glycerol",
)
ICAO = ("EGLL", "KSEA", "LFPG", "RJTT", "YSSY", "CYVR", "EDDM", "KDEN", "NZAA")
PORTS = ("Rotterdam", "Southampton", "Halifax", "Valparaíso", "Busan", "Cape Town", "Piraeus", "Tromsø")
VERBS = ("to sleep", "to write", "to choose", "to open", "to run", "to believe", "to arrive", "to sing")

FUNCTIONS: list[Function] = [
    # ---- logistics ------------------------------------------------------------------------------------
    F(
        "cold_chain_check",
        "logistics",
        "Whether a refrigerated shipment keeps a product within its temperature limit",
        [
            Syn(
                "product",
                "what is shipped: vaccines, seafood, dairy or cut_flowers",
                {
                    "vaccines": ("vaccine vials",),
                    "seafood": ("fresh fish",),
                    "dairy": ("yoghurt and cheese",),
                    "cut_flowers": ("cut roses",),
                },
            ),
            N("transit_hours", "hours in transit", 4, 96, 1),
            N("reefer_setpoint_c", "reefer unit set point in °C (may be negative)", -25, 12, 1),
            opt(
                B(
                    "hazardous",
                    "dry ice or other dangerous goods on board",
                    "packed with dry ice",
                    "no dry ice",
                ),
                False,
            ),
        ],
        "reefer at {reefer_setpoint_c}°C, {transit_hours} h, carrying {product} -- in spec?",
        "Hello,\n\nWe're moving {product} on a {transit_hours}-hour run (2 drivers, 1 stop). The reefer will be set to {reefer_setpoint_c} °C and it's {hazardous}. Will the load stay within its limit?\n\nBest, Tom",
    ),
    F(
        "pallet_count",
        "logistics",
        "How many pallets a number of boxes fills",
        [
            I("boxes", "number of boxes", 40, 5000),
            I("boxes_per_layer", "boxes in one layer of a pallet", 4, 16),
            I("layers", "layers stacked on one pallet", 2, 8),
        ],
        "{boxes} boxes. {boxes_per_layer} per layer, stacked {layers} high. pallets?",
        "Our 3 trucks are loading tomorrow and I need to know how many pallets {boxes} cartons make if each pallet takes {layers} layers of {boxes_per_layer}.",
    ),
    F(
        "container_fit_check",
        "logistics",
        "Whether cargo of a given volume fits a shipping container",
        [
            N("cargo_m3", "cargo volume in cubic metres", 5, 80, 1),
            Syn(
                "container",
                "container type: 20ft, 40ft or 40ft_high_cube (the tall 40-foot box)",
                {
                    "20ft": ("twenty-foot", "20'"),
                    "40ft": ("forty-foot standard", "40'"),
                    "40ft_high_cube": ("40ft high-cube", "forty-foot HC"),
                },
            ),
        ],
        "Will {cargo_m3} m³ go into a {container} container?",
        "{container} box, cargo measured at {cargo_m3} cubic metres incl. 2 crates of spares -- does it fit?",
    ),
    F(
        "schedule_pickup",
        "logistics",
        "Book a carrier pickup at a warehouse",
        [
            S("warehouse", "warehouse code", *WAREHOUSES),
            D("pickup_date", "day of the pickup", *DATES),
            Syn(
                "window",
                "time window: morning (8-12), afternoon (12-17) or evening (17-21)",
                {
                    "morning": ("before noon", "AM"),
                    "afternoon": ("after lunch", "PM"),
                    "evening": ("after 5", "evening"),
                },
            ),
            opt(
                B(
                    "liftgate",
                    "the truck needs a liftgate",
                    "there's no dock, so bring a liftgate",
                    "we have a loading dock",
                ),
                False,
            ),
        ],
        "Pickup at {warehouse}, {pickup_date}, {window} please.",
        "Can we get a truck to {warehouse} on {pickup_date}? {window} works best. Also {liftgate}.",
    ),
    F(
        "plan_delivery_route",
        "logistics",
        "Order delivery stops into a short route",
        [
            joined(
                L(
                    "stops",
                    "the stops to visit, any order",
                    "string",
                    (
                        "Bakery Lane 4",
                        "Harbor St 19",
                        "Mill Road 2",
                        "Elm Court 7",
                        "Station Sq 1",
                        "Quarry Way 33",
                    ),
                    (3, 5),
                ),
                "semicolons",
            ),
            B(
                "return_to_depot",
                "the route ends back at the depot",
                "and back to the depot after",
                "one-way, the driver goes home from the last stop",
            ),
            opt(E("vehicle", "vehicle used: van, truck or cargo_bike", "van", "truck", "cargo_bike"), "van"),
        ],
        "Route for today: {stops} -- {return_to_depot}. Using the {vehicle}.",
        "stops: {stops}. {return_to_depot}",
    ),
    F(
        "customs_duty",
        "logistics",
        "Import duty owed on a declared shipment",
        [
            M("declared_value", "declared customs value in US dollars", 150, 48000),
            Pct("duty_rate", "duty rate", 0.02, 0.25),
            E("origin", "country of origin", "China", "Vietnam", "Mexico", "Germany", "India", "Turkey"),
        ],
        "Duty on ${declared_value} of goods from {origin} at {duty_rate}%?",
        "Shipment #77 of 90 this quarter: made in {origin}, invoice says ${declared_value}, and the tariff line carries a {duty_rate}% rate. What duty do we owe?",
    ),
    # ---- insurance ------------------------------------------------------------------------------------
    F(
        "auto_insurance_quote",
        "insurance",
        "Yearly premium for a car insurance policy",
        [
            I("driver_age", "age of the main driver in years", 18, 80),
            M("vehicle_value", "market value of the car in dollars", 3000, 90000),
            Syn(
                "coverage",
                "coverage: liability (third party only), standard, or comprehensive (everything incl. theft and glass)",
                {
                    "liability": ("third-party only", "bare-minimum liability"),
                    "standard": ("standard",),
                    "comprehensive": ("fully comprehensive", "comprehensive"),
                },
            ),
            opt(I("annual_miles", "miles driven per year", 2000, 30000), None),
        ],
        "{coverage} cover for a {driver_age}-year-old, car worth ${vehicle_value}, about {annual_miles} miles a year -- premium?",
        "Hi! I'm {driver_age}, just bought a car valued at ${vehicle_value} and I want {coverage} cover on it. What would that run per year?",
    ),
    F(
        "file_insurance_claim",
        "insurance",
        "Open a claim on a home insurance policy",
        [
            S(
                "policy_number",
                "the policy number",
                "HP-2291-0045",
                "HP-7730-1182",
                "HP-0417-5569",
                "HP-6652-3001",
            ),
            D("incident_date", "when it happened", *PAST_DATES),
            M("loss_amount", "estimated loss in dollars", 200, 65000),
            Syn(
                "cause",
                "what caused the loss: theft, fire, water (leaks, floods) or storm",
                {
                    "theft": ("a break-in", "burglary"),
                    "fire": ("a kitchen fire", "fire"),
                    "water": ("a burst pipe", "flooding"),
                    "storm": ("hail and wind", "the storm"),
                },
            ),
        ],
        "policy {policy_number} -- {cause} on {incident_date}, roughly ${loss_amount} damage. pls open a claim",
        "Dear claims team,\n\nI'm writing about policy {policy_number}. On {incident_date} we had {cause}; the contractor (who came out twice, 2 hours each time) estimates the loss at ${loss_amount}. Please open a claim.\n\nKind regards",
    ),
    F(
        "claim_payout",
        "insurance",
        "What the insurer pays after the deductible and coinsurance",
        [
            M("claim_amount", "approved claim in dollars", 500, 40000),
            M("deductible", "deductible in dollars", 100, 2500),
            Pct("coinsurance", "share of the rest the insured pays", 0.1, 0.3),
        ],
        "claim ${claim_amount}, deductible ${deductible}, I pay {coinsurance}% coinsurance. payout?",
        "After my ${deductible} deductible and a {coinsurance}% coinsurance share, how much of a ${claim_amount} claim does the insurer cover?",
    ),
    F(
        "term_life_premium",
        "insurance",
        "Monthly premium of a term life policy",
        [
            I("age", "age of the insured", 21, 65),
            M("cover_amount", "death benefit in dollars", 50000, 2000000),
            Syn(
                "term_years",
                "length of the term: 10, 20 or 30 years",
                {"10": ("ten-year",), "20": ("twenty-year",), "30": ("thirty-year",)},
            ),
            B("smoker", "the insured smokes", "I smoke about 5 a day", "non-smoker"),
        ],
        "{term_years} term, ${cover_amount} cover, age {age}, {smoker}. Monthly cost?",
        "I'm {age}, {smoker}, and looking at a {term_years} policy paying out ${cover_amount}. What's the monthly premium?",
    ),
    F(
        "travel_insurance_quote",
        "insurance",
        "Price a single-trip travel insurance policy",
        [
            M("trip_cost", "prepaid trip cost in dollars", 300, 15000),
            Syn(
                "region",
                "destination region: europe, asia, americas or worldwide",
                {
                    "europe": ("Europe",),
                    "asia": ("Asia",),
                    "americas": ("the Americas",),
                    "worldwide": ("several continents (worldwide)",),
                },
            ),
            I("travellers", "number of people insured", 1, 6),
            opt(
                B(
                    "cancellation",
                    "cover trip cancellation",
                    "with cancellation cover",
                    "no need for cancellation cover",
                ),
                True,
            ),
        ],
        "Travel insurance: {travellers} of us, {region}, trip cost ${trip_cost}, {cancellation}.",
        "We're {travellers} people going to {region} -- trip paid so far: ${trip_cost}. What's a policy?",
    ),
    # ---- law ------------------------------------------------------------------------------------------
    F(
        "limitation_period",
        "law",
        "Time limit for bringing a civil claim in a US state",
        [
            Syn(
                "claim_type",
                "kind of claim: personal_injury, written_contract, oral_contract, property_damage or defamation",
                {
                    "personal_injury": ("a personal injury", "an injury"),
                    "written_contract": ("a breach of a written contract",),
                    "oral_contract": ("a broken verbal agreement", "an oral contract"),
                    "property_damage": ("damage to my property",),
                    "defamation": ("libel", "slander"),
                },
            ),
            E("state", "US state", "California", "Texas", "New York", "Florida", "Ohio", "Oregon"),
        ],
        "How long do I have to sue for {claim_type} in {state}?",
        "statute of limitations, {state}, {claim_type}?",
    ),
    F(
        "docket_lookup",
        "law",
        "Docket entries of a court case",
        [
            S(
                "case_number",
                "the case number",
                "2:25-cv-01187",
                "1:24-cr-00342",
                "3:26-bk-10055",
                "4:25-cv-00909",
            ),
            Syn(
                "court",
                "court level: district, appeals or bankruptcy",
                {
                    "district": ("federal district court",),
                    "appeals": ("the court of appeals", "circuit court"),
                    "bankruptcy": ("bankruptcy court",),
                },
            ),
            opt(
                B("with_documents", "attach the filed documents", "with the PDFs attached", "entries only"),
                False,
            ),
        ],
        "docket for {case_number} in {court}, {with_documents}",
        "Our paralegal (desk 12) needs the docket of case {case_number}, which is in {court}.",
    ),
    F(
        "legal_fee_estimate",
        "law",
        "Estimate a lawyer's bill",
        [
            M("hourly_rate", "rate per hour in dollars", 120, 950),
            N("hours", "hours expected", 1.5, 120, 1),
            opt(M("retainer", "retainer already paid in dollars", 500, 10000), None),
        ],
        "${hourly_rate}/hr × {hours} h, minus the ${retainer} retainer -- what's left to pay?",
        "If my attorney bills {hours} hours at ${hourly_rate} an hour, what's the total fee?",
    ),
    F(
        "search_contract_clauses",
        "law",
        "Find clauses in a stored contract that mention given terms",
        [
            S("contract_id", "contract identifier", "MSA-2024-118", "NDA-0931", "LEASE-77B", "SOW-3342"),
            joined(
                L(
                    "terms",
                    "words or phrases to look for",
                    "string",
                    (
                        "indemnity",
                        "termination",
                        "force majeure",
                        "governing law",
                        "liability cap",
                        "non-compete",
                        "assignment",
                    ),
                    (2, 4),
                ),
                "oxford",
            ),
            opt(
                B("exact_case", "match upper and lower case exactly", "case-sensitive", "ignore case"), False
            ),
        ],
        "In {contract_id}, pull every clause that mentions {terms}.",
        "Could you search contract {contract_id} for {terms} ({exact_case})?",
    ),
    F(
        "small_claims_check",
        "law",
        "Whether an amount can go to small-claims court in a state",
        [
            M("amount", "amount claimed in dollars", 800, 19000),
            E("state", "US state", "California", "Texas", "New York", "Florida", "Ohio", "Oregon"),
            opt(
                B(
                    "business_plaintiff",
                    "the claimant is a business",
                    "I'm suing on behalf of my LLC",
                    "I'm suing as a private person",
                ),
                False,
            ),
        ],
        "Can I take ${amount} to small claims in {state}? {business_plaintiff}.",
        "{state} small claims -- is ${amount} under the cap?",
    ),
    # ---- human resources ------------------------------------------------------------------------------
    F(
        "request_leave",
        "hr",
        "File a leave request for an employee",
        [
            S("employee_id", "employee number", "E10293", "E20418", "E33907", "E41152", "E58820"),
            D("first_day", "first day away", *DATES[:7]),
            D("last_day", "last day away", *DATES[7:]),
            Syn(
                "leave_type",
                "type: annual (vacation/holiday), sick, parental or unpaid",
                {
                    "annual": ("vacation", "holiday"),
                    "sick": ("sick leave", "medical"),
                    "parental": ("parental leave", "paternity leave"),
                    "unpaid": ("unpaid leave",),
                },
            ),
        ],
        "{employee_id}: {leave_type} from {first_day} to {last_day}",
        "Hi HR, please log {leave_type} for me (employee {employee_id}), starting {first_day} and ending {last_day} inclusive. Thanks, and sorry for the 2nd email.",
    ),
    F(
        "salary_band",
        "hr",
        "The salary band for a role, level and office",
        [
            E(
                "role",
                "job family",
                "software engineer",
                "data analyst",
                "product manager",
                "UX designer",
                "account executive",
            ),
            Syn(
                "level",
                "seniority: junior, mid, senior or principal",
                {
                    "junior": ("entry-level", "junior"),
                    "mid": ("mid-level",),
                    "senior": ("senior",),
                    "principal": ("principal", "staff-plus principal"),
                },
            ),
            E("office", "office location", "Berlin", "Austin", "Toronto", "Singapore", "London"),
        ],
        "band for a {level} {role} in {office}?",
        "We're opening a {level} {role} req in our {office} office (headcount #4 this year). What's the salary band?",
    ),
    F(
        "prorated_salary",
        "hr",
        "Salary owed for part of a year",
        [
            M("annual_salary", "full-year salary", 28000, 240000),
            I("days_worked", "days employed in the period", 10, 360),
            opt(I("days_in_year", "days the year is counted as", 360, 366), 365),
        ],
        "prorate ${annual_salary} for {days_worked} days on a {days_in_year}-day year",
        "She joined mid-year and worked {days_worked} days. Her annual salary is ${annual_salary}. What do we owe her for that?",
    ),
    F(
        "schedule_interview",
        "hr",
        "Set up an interview loop for a candidate",
        [
            S("candidate", "candidate's full name", *PEOPLE),
            joined(
                L(
                    "panel",
                    "interviewers' names",
                    "string",
                    ("Mara", "Theo", "Yusuf", "Ingrid", "Pablo", "Noor"),
                    (2, 4),
                ),
                "lines",
            ),
            I("minutes", "length of each interview in minutes", 30, 90),
            B("remote", "held over video", "over video", "on-site in our office"),
        ],
        'Please book interviews for "{candidate}", {minutes} min each, {remote}. Panel:{panel}',
        "Set up {candidate}'s loop -- {minutes} minutes apiece, {remote} -- with these interviewers:{panel}",
    ),
    F(
        "severance_estimate",
        "hr",
        "Severance owed under a weeks-per-year policy",
        [
            N("years_of_service", "completed years of service", 0.5, 35, 1),
            M("weekly_pay", "gross weekly pay", 400, 6000),
            opt(I("weeks_per_year", "weeks of pay per year of service", 1, 4), 2),
        ],
        "{years_of_service} yrs service, ${weekly_pay}/week -- severance?",
        "Our policy is {weeks_per_year} weeks' pay for every year worked. Employee has {years_of_service} years in and earns ${weekly_pay} a week. What's the package?",
    ),
    F(
        "onboarding_checklist",
        "hr",
        "Build a new hire's onboarding checklist",
        [
            E(
                "department",
                "department: engineering, sales, support or finance",
                "engineering",
                "sales",
                "support",
                "finance",
            ),
            B("remote_hire", "the hire works remotely", "fully remote", "office-based"),
            opt(
                joined(
                    L(
                        "equipment",
                        "equipment to order",
                        "string",
                        ("laptop", "monitor", "headset", "phone", "desk chair", "docking station"),
                        (2, 3),
                    ),
                    "semicolons",
                ),
                None,
            ),
        ],
        "New starter in {department}, {remote_hire}. Kit: {equipment}. Checklist please.",
        "checklist for an {remote_hire} {department} hire",
    ),
    # ---- medicine dosing --------------------------------------------------------------------------------
    F(
        "iv_drip_rate",
        "medicine",
        "Drops per minute for a gravity IV infusion",
        [
            I("volume_ml", "volume to infuse in millilitres", 100, 2000),
            N("hours", "infusion time in hours", 0.5, 12, 1),
            opt(
                Syn(
                    "drop_factor",
                    "giving set in drops per mL: 10, 15, 20 or 60 (60 is microdrip)",
                    {
                        "10": ("a 10 gtt/mL set",),
                        "15": ("a 15 gtt/mL set",),
                        "20": ("a 20 gtt/mL set",),
                        "60": ("a microdrip set",),
                    },
                ),
                "20",
            ),
        ],
        "{volume_ml} mL over {hours} h, {drop_factor} -- gtt/min?",
        "Bed 6: run {volume_ml} millilitres over {hours} hours. Drip rate?",
    ),
    F(
        "bsa_dose",
        "medicine",
        "A dose ordered per square metre of body surface area",
        [
            N("height_cm", "height in cm", 95, 200, 0),
            N("weight_kg", "body weight in kg", 15, 130, 1),
            N("mg_per_m2", "ordered dose in mg per m²", 10, 1500, 0),
            opt(
                Syn(
                    "formula",
                    "BSA formula: mosteller or du_bois",
                    {"du_bois": ("Du Bois",), "mosteller": ("Mosteller",)},
                ),
                "mosteller",
            ),
        ],
        "ht {height_cm} cm, wt {weight_kg} kg, {mg_per_m2} mg/m2 ({formula}). dose?",
        "Patient in bay 4 is {height_cm} centimetres tall and weighs {weight_kg} kilograms. The protocol orders {mg_per_m2} mg per square metre. What dose is that?",
    ),
    F(
        "creatinine_clearance",
        "medicine",
        "Cockcroft-Gault creatinine clearance",
        [
            I("age", "age in years", 20, 95),
            N("weight_kg", "weight in kg", 40, 140, 1),
            N("serum_creatinine", "serum creatinine in mg/dL", 0.5, 4.5, 2),
            Syn("sex", "female or male", {"female": ("woman", "F"), "male": ("man", "M")}),
        ],
        "CrCl: {age}yo {sex}, {weight_kg} kg, SCr {serum_creatinine}",
        "Estimate creatinine clearance for a {age}-year-old {sex} weighing {weight_kg} kilograms with a creatinine of {serum_creatinine} mg/dL.",
    ),
    F(
        "drug_interactions",
        "medicine",
        "Check a list of medicines for interactions",
        [
            joined(L("drugs", "generic drug names", "string", DRUGS, (2, 4)), "oxford"),
            opt(
                Syn(
                    "min_severity",
                    "lowest severity to report: minor, moderate or major",
                    {
                        "major": ("only the serious ones",),
                        "moderate": ("moderate and up",),
                        "minor": ("everything, even minor ones",),
                    },
                ),
                "minor",
            ),
        ],
        "any interactions between {drugs}?",
        "Patient takes {drugs}. Flag interactions -- {min_severity}.",
    ),
    F(
        "insulin_correction",
        "medicine",
        "Correction insulin units for a high blood glucose",
        [
            I("glucose", "measured blood glucose in mg/dL", 150, 420),
            I("target", "target glucose in mg/dL", 90, 140),
            I("correction_factor", "mg/dL one unit lowers", 20, 80),
        ],
        "BG {glucose}, target {target}, ISF {correction_factor}. units?",
        "My meter reads {glucose} mg/dL two hours after lunch (I had 60 g carbs). Target is {target} and one unit drops me {correction_factor}. How many correction units?",
    ),
    # ---- chemistry lab ----------------------------------------------------------------------------------
    F(
        "titration_molarity",
        "lab",
        "Concentration of an analyte from a titration",
        [
            N("titrant_molarity", "titrant concentration in mol/L", 0.01, 1.5, 3),
            N("titrant_ml", "titrant volume used in mL", 2, 50, 2),
            N("sample_ml", "volume of the sample titrated in mL", 5, 100, 1),
            opt(N("mole_ratio", "moles of analyte per mole of titrant", 0.5, 3, 1), 1),
        ],
        "{titrant_ml} mL of {titrant_molarity} M NaOH neutralised {sample_ml} mL of acid. Molarity of the acid?",
        "Titration, run 3: {titrant_molarity} M titrant, endpoint at {titrant_ml} mL, sample {sample_ml} mL, stoichiometry {mole_ratio} analyte per titrant.",
    ),
    F(
        "buffer_prep",
        "lab",
        "Recipe for a buffer at a target pH",
        [
            N("ph", "target pH", 3.5, 9.5, 2),
            Syn(
                "system",
                "buffer system: phosphate, acetate, tris or citrate",
                {
                    "tris": ("Tris-HCl",),
                    "phosphate": ("PBS-style phosphate",),
                    "acetate": ("sodium acetate",),
                    "citrate": ("citrate",),
                },
            ),
            I("volume_ml", "final volume in mL", 50, 2000),
            opt(I("strength_mm", "buffer strength in mM", 10, 200), 50),
        ],
        "{volume_ml} mL of {system} buffer, pH {ph}, {strength_mm} mM",
        "How do I make up {volume_ml} mL {system} at pH {ph}?",
    ),
    F(
        "percent_yield",
        "lab",
        "Percent yield of a reaction",
        [
            N("actual_g", "product actually recovered in grams", 0.1, 80, 2),
            N("theoretical_g", "theoretical yield in grams", 0.5, 100, 2),
        ],
        "got {actual_g} g, theoretical {theoretical_g} g. yield?",
        "My aspirin synthesis (step 2 of 3) should have given {theoretical_g} grams but I only recovered {actual_g} grams. Percent yield?",
    ),
    F(
        "serial_dilution",
        "lab",
        "Concentrations down a serial dilution",
        [
            N("start_concentration", "starting concentration in mg/mL", 0.5, 100, 1),
            Syn(
                "factor",
                "fold of each step: 2, 5 or 10",
                {"2": ("1:2", "two-fold"), "5": ("1:5", "five-fold"), "10": ("1:10", "ten-fold")},
            ),
            I("steps", "number of dilution steps", 3, 12),
        ],
        "{steps} x {factor} serial dilution starting at {start_concentration} mg/mL",
        "Start {start_concentration} mg/mL, {factor} each tube, {steps} tubes. concentrations?",
    ),
    F(
        "chemical_stock_check",
        "lab",
        "Check stock levels of chemicals in a lab room",
        [
            joined(L("chemicals", "chemical names", "string", CHEMICALS, (2, 4)), "semicolons"),
            S("room", "lab room", "B-104", "C-221", "Annex 3", "B-009"),
        ],
        "stock check in {room}: {chemicals}",
        "Before Friday's 2 practicals, can you check what we have left in room {room} of the following: {chemicals}?",
    ),
    # ---- observing ----------------------------------------------------------------------------------------
    F(
        "object_visibility",
        "astronomy",
        "When a deep-sky object is visible from a latitude on a night",
        [
            E("target", "object", "M31", "M42", "M13", "M57", "M104", "NGC 253", "Omega Centauri"),
            N("latitude", "observer latitude in degrees, negative south", -45, 60, 1),
            D("night", "the night", *DATES),
        ],
        "Is {target} up on {night} from latitude {latitude}?",
        "Observing from {latitude}° on {night} -- when's {target} best?",
    ),
    F(
        "recession_velocity",
        "astronomy",
        "Recession velocity from a redshift",
        [
            N("z", "redshift", 0.001, 0.3, 4),
            opt(
                B(
                    "relativistic",
                    "use the relativistic formula",
                    "use the relativistic formula",
                    "plain v = cz is fine",
                ),
                False,
            ),
        ],
        "z = {z}. how fast is it receding? {relativistic}",
        "A galaxy shows a redshift of {z}. Recession velocity, please.",
    ),
    F(
        "absolute_magnitude",
        "astronomy",
        "Absolute magnitude from apparent magnitude and distance",
        [
            N("apparent_mag", "apparent magnitude", -1.5, 14, 2),
            N("distance_pc", "distance in parsecs", 1.3, 5000, 1),
        ],
        "m = {apparent_mag}, d = {distance_pc} pc. M?",
        "A star of apparent magnitude {apparent_mag} lies {distance_pc} parsecs away; what is its absolute magnitude?",
    ),
    F(
        "meteor_shower",
        "astronomy",
        "Peak date and rate of an annual meteor shower",
        [
            E(
                "shower",
                "shower name",
                "Perseids",
                "Geminids",
                "Leonids",
                "Quadrantids",
                "Lyrids",
                "Orionids",
            ),
            opt(
                Syn(
                    "hemisphere",
                    "observer hemisphere: northern or southern",
                    {"northern": ("I'm in Canada",), "southern": ("I'm in New Zealand",)},
                ),
                "northern",
            ),
        ],
        "{shower} -- when's the peak? {hemisphere}.",
        "When do the {shower} peak this year?",
    ),
    F(
        "astro_exposure",
        "astronomy",
        "Longest untrailed exposure for a camera and lens (NPF rule)",
        [
            N("focal_length_mm", "lens focal length in mm", 12, 200, 0),
            N("f_number", "aperture f-number", 1.4, 5.6, 1),
            N("pixel_um", "pixel pitch in micrometres", 2.4, 8.4, 1),
        ],
        "{focal_length_mm}mm at f/{f_number}, {pixel_um} µm pixels -- max exposure?",
        "Milky Way shoot on the 14th: I'll use a {focal_length_mm} mm lens wide open at f/{f_number}, sensor pixel pitch {pixel_um} µm. How long before stars trail?",
    ),
    # ---- sports statistics --------------------------------------------------------------------------------
    F(
        "cricket_run_rate",
        "sports_stats",
        "Runs per over, and the rate needed to chase a target",
        [
            I("runs", "runs scored so far", 20, 380),
            I("overs", "completed overs", 5, 49),
            opt(I("target", "runs needed to win", 150, 420), None),
        ],
        "{runs} off {overs} overs. chasing {target}. RRR?",
        "We're on {runs} after {overs} overs. Current run rate?",
    ),
    F(
        "true_shooting",
        "sports_stats",
        "A basketball player's true shooting percentage",
        [
            I("points", "points scored", 4, 60),
            I("fga", "field-goal attempts", 3, 40),
            I("fta", "free-throw attempts", 0, 20),
        ],
        "TS% -- {points} pts on {fga} FGA and {fta} FTA",
        "Last night our #23 put up {points} points. He took {fga} shots from the field and went to the line {fta} times. True shooting?",
    ),
    F(
        "passer_rating",
        "sports_stats",
        "NFL passer rating for a game",
        [
            I("completions", "completed passes", 8, 22),
            I("attempts", "pass attempts", 25, 55),
            I("yards", "passing yards", 60, 520),
            I("touchdowns", "touchdown passes", 0, 6),
            I("interceptions", "interceptions thrown", 0, 4),
        ],
        "{completions}/{attempts}, {yards} yds, {touchdowns} TD, {interceptions} INT -- rating?",
        "Passer rating for a line of {completions} of {attempts} for {yards} yards, {touchdowns} touchdowns and {interceptions} picks?",
    ),
    F(
        "cooper_vo2max",
        "sports_stats",
        "VO2max estimated from a 12-minute Cooper run",
        [
            I("distance_m", "metres covered in 12 minutes", 1400, 3800),
            opt(
                Syn(
                    "surface",
                    "where it was run: track, road or treadmill",
                    {
                        "treadmill": ("on a treadmill",),
                        "road": ("on the road",),
                        "track": ("on a 400 m track",),
                    },
                ),
                "track",
            ),
        ],
        "cooper test: {distance_m} m {surface}. vo2max?",
        "I covered {distance_m} metres in the 12-minute test (my 5th attempt this year). Estimate my VO2max.",
    ),
    F(
        "league_points",
        "sports_stats",
        "League points from a win-draw-loss record",
        [
            I("wins", "games won", 0, 30),
            I("draws", "games drawn", 0, 15),
            I("losses", "games lost", 0, 25),
            opt(I("points_per_win", "points for a win", 2, 3), 3),
        ],
        "W{wins} D{draws} L{losses}, {points_per_win} pts a win -- total?",
        "Our Sunday side finished with {wins} wins, {draws} draws and {losses} defeats. How many points?",
    ),
    F(
        "power_to_weight",
        "sports_stats",
        "A cyclist's power-to-weight ratio",
        [I("watts", "sustained power in watts", 120, 450), N("rider_kg", "rider weight in kg", 48, 105, 1)],
        "{watts}W FTP at {rider_kg}kg -> W/kg?",
        "I held {watts} watts for the 20-minute test and weigh {rider_kg} kg (bike is 8.2 kg, ignore it). Power to weight?",
    ),
    F(
        "archery_end_score",
        "sports_stats",
        "Total and average of the arrows shot in one end",
        [
            joined(
                L("arrows", "score of each arrow, 0 (miss) to 10", "integer", (0, 10), (3, 6)), "semicolons"
            )
        ],
        "end scores: {arrows}. total + avg?",
        "Coach here -- Mia's arrows this end (she shot from 70 m): {arrows}. Score it.",
    ),
    # ---- genealogy ---------------------------------------------------------------------------------------
    F(
        "cousin_relationship",
        "genealogy",
        "Name the relationship of two people from their common ancestor",
        [
            I("generations_a", "generations from person A up to the common ancestor", 1, 6),
            I("generations_b", "generations from person B up to the common ancestor", 1, 6),
        ],
        "A is {generations_a} gens below the shared ancestor, B is {generations_b}. what are they?",
        "My grandmother's line: I'm {generations_a} generations down from the common ancestor and my match is {generations_b} generations down. Which cousin is that?",
    ),
    F(
        "search_ancestors",
        "genealogy",
        "Search historical records for a person",
        [
            S("surname", "family name", *SURNAMES),
            I("born_around", "approximate year of birth", 1780, 1935),
            E(
                "country",
                "country of the records",
                "Ireland",
                "Scotland",
                "Poland",
                "Sweden",
                "Italy",
                "Norway",
            ),
            opt(
                B(
                    "spelling_variants",
                    "include spelling variants of the surname",
                    "with spelling variants",
                    "exact spelling only",
                ),
                False,
            ),
        ],
        "{surname}, b. ~{born_around}, {country} records, {spelling_variants}",
        "Looking for a {surname} born about {born_around} in {country}. Any records?",
    ),
    F(
        "add_family_member",
        "genealogy",
        "Add a person to a family tree",
        [
            S("full_name", "the person's full name", *PEOPLE),
            D("born", "date of birth", *PAST_DATES),
            joined(
                L(
                    "parents",
                    "names of known parents",
                    "string",
                    ("Rosa Lind", "Karl Lind", "Ada Moreau", "Paul Moreau", "Ewa Novak"),
                    (1, 2),
                ),
                "oxford",
            ),
            opt(
                B("living", "the person is alive (hides details publicly)", "she's still living", "deceased"),
                None,
            ),
        ],
        'Add "{full_name}" (born {born}), child of {parents}. {living}',
        "new person: {full_name}, dob {born}, parents {parents}",
    ),
    F(
        "generations_between",
        "genealogy",
        "How many generations separate two birth years",
        [
            I("from_year", "earlier birth year", 1650, 1900),
            I("to_year", "later birth year", 1901, 2020),
            opt(N("years_per_generation", "average years per generation", 22, 35, 1), 25),
        ],
        "gens between {from_year} and {to_year} at {years_per_generation} yrs each?",
        "Roughly how many generations from an ancestor born in {from_year} down to me, born {to_year}?",
    ),
    # ---- mapping ------------------------------------------------------------------------------------------
    F(
        "geocode",
        "mapping",
        "Latitude and longitude of a street address",
        [
            S(
                "address",
                "the address as written",
                "221B Baker Street, London",
                "1600 Pennsylvania Ave NW, Washington",
                "Karl Johans gate 22, Oslo",
                "48 Rue de Rivoli, Paris",
                "5 Circular Quay W, Sydney",
            ),
            opt(E("country_hint", "country code to bias results", "GB", "US", "NO", "FR", "AU"), None),
        ],
        'coords for "{address}" ({country_hint})',
        'Where exactly is "{address}"? I need lat/long.',
    ),
    F(
        "bbox_area",
        "mapping",
        "Area of a latitude/longitude bounding box",
        [
            N("north", "northern latitude", 10, 60, 3),
            N("south", "southern latitude", -40, 9, 3),
            N("east", "eastern longitude", 0, 150, 3),
            N("west", "western longitude", -150, -1, 3),
        ],
        "area of box N {north}, S {south}, E {east}, W {west}",
        "Bounding box: west {west}, south {south}, east {east}, north {north} (degrees). Area in km²?",
    ),
    F(
        "elevation_profile",
        "mapping",
        "Elevation along a route through named waypoints",
        [
            joined(
                L(
                    "waypoints",
                    "waypoints in order",
                    "string",
                    ("Col du Galibier", "Briançon", "Lautaret", "Valloire", "Saint-Michel", "Bourg d'Oisans"),
                    (3, 4),
                    ordered=True,
                ),
                "lines",
            ),
            opt(
                Syn(
                    "units",
                    "metric (metres) or imperial (feet)",
                    {"imperial": ("in feet",), "metric": ("in metres",)},
                ),
                "metric",
            ),
        ],
        "Elevation profile, {units}, along:{waypoints}",
        "Ride plan for Saturday, 2 of us. Profile through these in order:{waypoints}",
    ),
    F(
        "tile_for_point",
        "mapping",
        "Slippy-map tile x/y for a point at a zoom level",
        [
            N("lat", "latitude in degrees", -60, 70, 4),
            N("lon", "longitude in degrees", -179, 179, 4),
            I("zoom", "zoom level 0-19", 3, 19),
        ],
        "tile at z{zoom} for {lat}, {lon}",
        "Which map tile covers latitude {lat}, longitude {lon} when zoomed to level {zoom}?",
    ),
    F(
        "walking_isochrone",
        "mapping",
        "Area reachable on foot within a time",
        [
            S(
                "start",
                "starting place",
                "Central Station",
                "Old Town Square",
                "City Hospital",
                "Riverside Park",
                "North Campus",
            ),
            I("minutes", "walking time in minutes", 5, 45),
            opt(
                B(
                    "step_free",
                    "avoid stairs (step-free only)",
                    "step-free only, I'm on crutches",
                    "stairs are fine",
                ),
                False,
            ),
        ],
        "what's within {minutes} min walk of {start}? {step_free}",
        "{minutes}-minute walking radius around {start}, please.",
    ),
    # ---- software operations ------------------------------------------------------------------------------
    F(
        "scale_service",
        "software_ops",
        "Set the replica count of a service",
        [
            E("service", "service name", *SERVICES),
            I("replicas", "replica count", 0, 40),
            Syn(
                "env",
                "environment: dev, staging or production",
                {"production": ("prod", "production"), "staging": ("stage", "staging"), "dev": ("dev",)},
            ),
        ],
        "scale {service} to {replicas} in {env}",
        "Traffic's up 300% since the campaign. Please bump {service} on {env} to {replicas} replicas.",
    ),
    F(
        "rollback_release",
        "software_ops",
        "Roll a service back to an earlier version",
        [
            E("service", "service name", *SERVICES),
            S("version", "version to go back to", "v2.3.1", "v1.18.0", "v4.0.2", "v3.7.12", "v0.9.5"),
            opt(
                S("notify", "chat channel to tell", "#oncall", "#releases", "#payments-team", "#infra"), None
            ),
        ],
        "roll {service} back to {version}, ping {notify}",
        "The deploy at 14:02 broke {service}. Revert it to {version}.",
    ),
    F(
        "search_logs",
        "software_ops",
        "Search service logs",
        [
            S(
                "query",
                "text to search for",
                "connection reset",
                "timeout after 30s",
                "OutOfMemoryError",
                "401 Unauthorized",
                "deadlock detected",
            ),
            I("hours", "how many hours back", 1, 72),
            Syn(
                "min_level",
                "lowest level: debug, info, warning or error",
                {
                    "warning": ("warnings and worse", "WARN+"),
                    "error": ("errors only", "ERROR"),
                    "info": ("info and up",),
                    "debug": ("everything incl. debug",),
                },
            ),
        ],
        'grep logs last {hours}h for "{query}", {min_level}',
        'Can you search the past {hours} hours of logs for "{query}"? {min_level}, please.',
    ),
    F(
        "sla_downtime",
        "software_ops",
        "Downtime allowed by an availability target",
        [
            N("availability_percent", "availability target in percent", 95, 99.999, 3),
            Syn(
                "period",
                "period: month, quarter or year",
                {
                    "month": ("monthly", "per month"),
                    "quarter": ("per quarter",),
                    "year": ("a year", "annually"),
                },
            ),
        ],
        "{availability_percent}% uptime -- allowed downtime {period}?",
        "Our contract promises {availability_percent}% availability. How much downtime does that give us {period}?",
    ),
    F(
        "open_incident",
        "software_ops",
        "Open an incident",
        [
            S(
                "title",
                "short title",
                "Checkout failing for EU users",
                "Login latency above 5s",
                "Search returns empty results",
                "Payments double-charged",
            ),
            Syn(
                "severity",
                "severity: sev1 (critical outage), sev2 (major), sev3 (minor), sev4 (cosmetic)",
                {
                    "sev1": ("critical, full outage", "SEV-1"),
                    "sev2": ("major", "SEV-2"),
                    "sev3": ("minor", "SEV-3"),
                    "sev4": ("cosmetic", "SEV-4"),
                },
            ),
            joined(L("services", "affected services", "string", SERVICES, (1, 3)), "oxford"),
        ],
        'INCIDENT "{title}" -- {severity} -- affects {services}',
        'Please open an incident titled "{title}". I\'d call it {severity}. Affected: {services}.',
    ),
    F(
        "set_feature_flag",
        "software_ops",
        "Turn a feature flag on or off, optionally for a share of users",
        [
            S(
                "flag",
                "flag key",
                "new-checkout",
                "dark-mode",
                "ai-suggestions",
                "v2-search",
                "one-click-pay",
            ),
            B("enabled", "flag on", "switch it on", "kill it (turn it off)"),
            opt(I("rollout_percent", "percent of users", 1, 99), 100),
        ],
        "flag {flag}: {enabled}, {rollout_percent}% of users",
        "{flag} -> {enabled}",
    ),
    # ---- photography ---------------------------------------------------------------------------------------
    F(
        "equivalent_exposure",
        "photography",
        "Shutter speed that keeps exposure when ISO and aperture change",
        [
            N("f_number", "current aperture f-number", 1.4, 16, 1),
            N("shutter_s", "current shutter time in seconds", 0.001, 2, 3),
            I("iso", "current ISO", 100, 3200),
            I("new_iso", "new ISO", 100, 12800),
        ],
        "f/{f_number}, {shutter_s}s, ISO {iso}. going to ISO {new_iso} -- new shutter?",
        "I metered {shutter_s} s at f/{f_number} and ISO {iso}. If I switch to ISO {new_iso} at the same aperture, what shutter time?",
    ),
    F(
        "depth_of_field",
        "photography",
        "Near and far limits of acceptable focus",
        [
            I("focal_length_mm", "focal length in mm", 14, 300),
            N("f_number", "aperture f-number", 1.4, 22, 1),
            N("subject_m", "subject distance in metres", 0.5, 30, 1),
            opt(
                Syn(
                    "sensor",
                    "sensor size: full_frame, aps_c or m43",
                    {
                        "full_frame": ("full-frame", "35mm"),
                        "aps_c": ("APS-C", "crop-sensor"),
                        "m43": ("Micro Four Thirds",),
                    },
                ),
                "full_frame",
            ),
        ],
        "DoF: {focal_length_mm}mm f/{f_number}, subject {subject_m} m, {sensor}",
        "Portrait at {subject_m} metres with an {focal_length_mm} mm lens at f/{f_number}: how deep is the focus?",
    ),
    F(
        "max_print_size",
        "photography",
        "Largest print size for an image at a print resolution",
        [
            I("width_px", "image width in pixels", 1200, 9000),
            I("height_px", "image height in pixels", 800, 6000),
            opt(I("dpi", "print resolution in dots per inch", 150, 600), 300),
        ],
        "{width_px}×{height_px} px at {dpi} dpi -- how big can I print?",
        "My photo is {width_px} by {height_px}. Biggest print that still looks sharp?",
    ),
    F(
        "batch_rename_photos",
        "photography",
        "Rename a folder of photos with a prefix and a counter",
        [
            S(
                "folder",
                "folder path",
                "~/Pictures/Lisbon 2025",
                "D:/shoots/wedding_ana",
                "/mnt/card/DCIM/100CANON",
                "~/Desktop/product shots",
            ),
            S("prefix", "new file-name prefix", "lisbon_", "ANA-", "prod_", "trip2025_"),
            I("start", "first number of the counter", 0, 500),
            opt(
                B(
                    "keep_extension",
                    "keep each file's original extension",
                    "keep the extensions as they are",
                    "lower-case the extensions",
                ),
                True,
            ),
        ],
        'rename everything in "{folder}" to "{prefix}" + number, starting at {start}; {keep_extension}',
        "Files in {folder} need the prefix {prefix}, counting from {start}.",
    ),
    # ---- aviation ------------------------------------------------------------------------------------------
    F(
        "crosswind_component",
        "aviation",
        "Crosswind and headwind for a runway",
        [
            I("wind_dir_deg", "wind direction in degrees", 0, 359),
            I("wind_kt", "wind speed in knots", 3, 40),
            I("runway_heading_deg", "runway heading in degrees", 0, 359),
        ],
        "wind {wind_dir_deg}° at {wind_kt} kt, runway heading {runway_heading_deg}° -- xwind?",
        "Tower's giving {wind_dir_deg} degrees, {wind_kt} knots, gusting a bit. I'm landing on a runway with heading {runway_heading_deg}. Crosswind component?",
    ),
    F(
        "flight_fuel",
        "aviation",
        "Fuel to load for a flight with a reserve",
        [
            N("flight_hours", "planned flight time in hours", 0.5, 6, 1),
            N("burn_gph", "fuel burn in gallons per hour", 6, 45, 1),
            opt(I("reserve_min", "reserve in minutes", 30, 90), 45),
        ],
        "{flight_hours} h leg, {burn_gph} gph, {reserve_min} min reserve. fuel?",
        "How much fuel for a {flight_hours}-hour trip if the engine burns {burn_gph} gallons an hour?",
    ),
    F(
        "density_altitude",
        "aviation",
        "Density altitude from elevation, temperature and altimeter setting",
        [
            I("elevation_ft", "field elevation in feet", -200, 9000),
            N("temp_c", "outside air temperature in °C", -25, 45, 0),
            N("altimeter_inhg", "altimeter setting in inches of mercury", 29.5, 30.5, 2),
        ],
        "DA at {elevation_ft} ft, {temp_c}°C, altimeter {altimeter_inhg}",
        "Field elevation {elevation_ft} feet, OAT {temp_c} degrees Celsius, altimeter {altimeter_inhg} inHg. What's the density altitude?",
    ),
    F(
        "airport_weather",
        "aviation",
        "Current METAR for an airport, optionally with the forecast",
        [
            E("icao", "ICAO airport code", *ICAO),
            opt(B("with_taf", "include the TAF forecast", "and the TAF too", "METAR only"), False),
        ],
        "metar {icao}, {with_taf}",
        "What's the weather at {icao} right now?",
    ),
    F(
        "weight_balance",
        "aviation",
        "Centre of gravity from weights and arms",
        [
            L("weights_lb", "weights in pounds, in station order", "number", (20, 400), (3, 3), ordered=True),
            L(
                "arms_in",
                "arm of each station in inches, same order",
                "number",
                (30, 150),
                (3, 3),
                ordered=True,
            ),
        ],
        "W&B -- weights {weights_lb} lb at arms {arms_in} in. CG?",
        "Station weights (lb): {weights_lb}. Arms (in): {arms_in}. Where is the CG?",
    ),
    # ---- maritime ------------------------------------------------------------------------------------------
    F(
        "tide_table",
        "maritime",
        "High and low tide times at a port on a day",
        [
            E("port", "port name", *PORTS),
            D("day", "the day", *DATES),
            opt(
                Syn("height_unit", "metres or feet", {"feet": ("in feet",), "metres": ("in metres",)}),
                "metres",
            ),
        ],
        "tides {port} {day}, heights {height_unit}",
        "When are high and low water at {port} on {day}?",
    ),
    F(
        "passage_eta",
        "maritime",
        "Arrival time of a passage at a steady speed",
        [
            N("distance_nm", "distance in nautical miles", 5, 600, 1),
            N("speed_kn", "speed in knots", 3, 25, 1),
            T("depart", "departure time", *TIMES),
        ],
        "{distance_nm} nm at {speed_kn} kn leaving {depart} -- ETA?",
        "We slip the lines at {depart}, making {speed_kn} knots over a {distance_nm} nautical-mile passage. When do we arrive?",
    ),
    F(
        "anchor_rode",
        "maritime",
        "Length of anchor rode to let out",
        [
            N("depth_m", "water depth in metres", 2, 30, 1),
            N("bow_height_m", "bow height above water in metres", 0.5, 3, 1),
            opt(I("scope", "scope ratio (rode : depth)", 3, 10), 7),
        ],
        "{depth_m} m deep, bow {bow_height_m} m up, {scope}:1 scope -- how much chain?",
        "Anchoring in {depth_m} metres of water, bow sits {bow_height_m} m above the surface. How much rode?",
    ),
    F(
        "vessel_lookup",
        "maritime",
        "Latest position of a ship by MMSI",
        [
            S("mmsi", "9-digit MMSI", "244660123", "636019825", "311000512", "257334000", "538007451"),
            opt(
                B("with_track", "include the last 24 h track", "with its last 24h track", "position only"),
                False,
            ),
        ],
        "where's MMSI {mmsi}? {with_track}",
        "Position of vessel {mmsi} please",
    ),
    # ---- energy --------------------------------------------------------------------------------------------
    F(
        "heat_pump_size",
        "energy",
        "Heat pump capacity for a home",
        [
            I("floor_m2", "heated floor area in m²", 40, 400),
            Syn(
                "insulation",
                "insulation: poor, average or good",
                {
                    "poor": ("draughty, hardly insulated",),
                    "average": ("average",),
                    "good": ("well insulated, new build",),
                },
            ),
            Syn(
                "climate",
                "climate: mild, cold or very_cold",
                {
                    "mild": ("mild winters",),
                    "cold": ("cold winters",),
                    "very_cold": ("winters down to -25°C",),
                },
            ),
        ],
        "{floor_m2} m² house, {insulation}, {climate} -- what size heat pump?",
        "Sizing a heat pump: house is {floor_m2} square metres, {insulation}, in a place with {climate}.",
    ),
    F(
        "backup_runtime",
        "energy",
        "Hours a home battery runs a load",
        [
            N("battery_kwh", "battery capacity in kWh", 2, 30, 1),
            I("load_w", "load in watts", 150, 5000),
            opt(Pct("usable", "usable share of the capacity", 0.5, 0.95), 0.9),
        ],
        "{battery_kwh} kWh battery, {load_w} W load, {usable}% usable -- runtime?",
        "Power cut tonight from 20:00. How long will my {battery_kwh}kWh battery keep {load_w} watts running?",
    ),
    F(
        "time_of_use_bill",
        "energy",
        "Energy bill under a peak / off-peak tariff",
        [
            I("kwh", "total kWh used", 80, 2500),
            Pct("offpeak_share", "share used off-peak", 0.1, 0.9),
            M("peak_price", "peak price per kWh", 0.2, 0.6),
            M("offpeak_price", "off-peak price per kWh", 0.05, 0.19),
        ],
        "{kwh} kWh, {offpeak_share}% off-peak; peak ${peak_price}, off-peak ${offpeak_price}. bill?",
        "Our 2 EVs charge at night, so {offpeak_share}% of the {kwh} kWh we used fell in the off-peak window (${offpeak_price}/kWh); the rest was at ${peak_price}. What's the bill?",
    ),
    F(
        "wind_turbine_power",
        "energy",
        "Power output of a wind turbine",
        [
            N("rotor_m", "rotor diameter in metres", 2, 160, 1),
            N("wind_ms", "wind speed in m/s", 3, 25, 1),
            opt(Pct("efficiency", "power coefficient", 0.25, 0.48), None),
        ],
        "{rotor_m} m rotor in {wind_ms} m/s wind -- output?",
        "Turbine: rotor diameter {rotor_m} m, wind {wind_ms} m/s, assume a {efficiency}% power coefficient.",
    ),
    F(
        "usage_trend",
        "energy",
        "Trend of monthly electricity use",
        [
            joined(
                L(
                    "monthly_kwh",
                    "kWh used each month, oldest first",
                    "integer",
                    (120, 900),
                    (3, 6),
                    ordered=True,
                ),
                "lines",
            ),
            opt(
                B(
                    "weather_adjust",
                    "correct for heating and cooling degree days",
                    "weather-adjusted",
                    "raw numbers",
                ),
                False,
            ),
        ],
        "kWh by month, oldest first:{monthly_kwh}Trend? {weather_adjust}",
        "Here are our last bills (kWh, oldest at the top):{monthly_kwh}Is usage going up?",
    ),
    F(
        "submit_meter_reading",
        "energy",
        "Send a utility meter reading",
        [
            S("account", "account number", "AC-40918", "AC-55102", "AC-61377", "AC-72045"),
            I("reading", "the meter's reading", 1000, 99999),
            D("read_on", "date of the reading", *PAST_DATES),
            E("meter", "which meter: electricity, gas or water", "electricity", "gas", "water"),
        ],
        "{meter} reading for {account}: {reading}, taken {read_on}",
        "Hello, account {account}. My {meter} meter showed {reading} on {read_on}. Thank you.",
    ),
    # ---- retail inventory ------------------------------------------------------------------------------------
    F(
        "reorder_point",
        "retail",
        "Stock level at which to reorder an item",
        [
            N("daily_demand", "units sold per day", 1, 400, 1),
            I("lead_days", "supplier lead time in days", 1, 45),
            I("safety_stock", "safety stock in units", 0, 2000),
        ],
        "ROP: {daily_demand}/day, {lead_days}-day lead, {safety_stock} safety stock",
        "We sell about {daily_demand} a day, the supplier takes {lead_days} days and we keep {safety_stock} units as a buffer. When do we reorder?",
    ),
    F(
        "transfer_stock",
        "retail",
        "Move units of an item between stores",
        [
            E("sku", "item SKU", *SKUS),
            I("units", "number of units", 1, 600),
            E("from_store", "store sending", *STORES),
            E("to_store", "store receiving", *STORES),
        ],
        "move {units} of {sku} {from_store} -> {to_store}",
        "The {to_store} shop ran out of {sku}. Please send them {units} from {from_store}.",
    ),
    F(
        "shrinkage_rate",
        "retail",
        "Inventory shrinkage as a share of sales",
        [
            M("book_value", "stock value on the books", 200000, 400000),
            M("counted_value", "stock value actually counted", 150000, 199000),
            opt(M("sales", "net sales in the period", 10000, 2000000), None),
        ],
        "book ${book_value}, counted ${counted_value}, sales ${sales}. shrink %?",
        "Year-end count for store 12: books said ${book_value}, we counted ${counted_value}. How much shrinkage?",
    ),
    F(
        "adjust_inventory",
        "retail",
        "Correct the recorded stock of an item after a count",
        [
            E("sku", "item SKU", *SKUS),
            I("counted", "units actually counted", 0, 900),
            Syn(
                "reason",
                "reason: damaged, theft, miscount or expired",
                {
                    "damaged": ("broken in the stockroom",),
                    "theft": ("shoplifting",),
                    "miscount": ("the last count was wrong",),
                    "expired": ("past their sell-by date",),
                },
            ),
        ],
        "{sku}: counted {counted}. reason: {reason}",
        "Cycle count for aisle 9 -- {sku} is actually at {counted} units; the difference is {reason}.",
    ),
    F(
        "shelf_allocation",
        "retail",
        "Split a shelf's width among items",
        [
            joined(L("skus", "item SKUs to place", "string", SKUS, (2, 5)), "semicolons"),
            N("shelf_cm", "shelf width in cm", 60, 360, 0),
        ],
        "{shelf_cm} cm shelf, items: {skus}",
        "How should we split a {shelf_cm}cm shelf between {skus}?",
    ),
    # ---- linguistics -------------------------------------------------------------------------------------------
    F(
        "ipa_transcription",
        "linguistics",
        "IPA transcription of an English word in an accent",
        [
            S("word", "the word", "water", "schedule", "tomato", "aluminium", "either", "garage", "route"),
            Syn(
                "accent",
                "accent: general_american, received_pronunciation or australian",
                {
                    "general_american": ("American", "US"),
                    "received_pronunciation": ("British RP", "posh British"),
                    "australian": ("Aussie", "Australian"),
                },
            ),
        ],
        'ipa for "{word}", {accent}',
        "How is '{word}' transcribed in IPA in {accent} English?",
    ),
    F(
        "readability",
        "linguistics",
        "Readability score of a passage",
        [
            S(
                "text",
                "the passage",
                "The cat sat on the mat. It was warm.",
                "Notwithstanding the foregoing, the lessee shall indemnify the lessor.",
                "Photosynthesis converts light energy into chemical energy.",
                "Keep the receipt for 30 days.",
            ),
            Syn(
                "formula",
                "formula: flesch_kincaid, smog or coleman_liau",
                {"flesch_kincaid": ("Flesch-Kincaid",), "smog": ("SMOG",), "coleman_liau": ("Coleman-Liau",)},
            ),
        ],
        '{formula} score of: "{text}"',
        'Please rate this with {formula}: "{text}"',
    ),
    F(
        "conjugate",
        "linguistics",
        "Conjugate a verb in a language and tense",
        [
            S("verb", "the verb in English", *VERBS),
            E("language", "target language", "Spanish", "French", "German", "Italian", "Portuguese"),
            Syn(
                "tense",
                "tense: present, past or future",
                {"present": ("present",), "past": ("simple past",), "future": ("future",)},
            ),
        ],
        'conjugate "{verb}" in {language}, {tense}',
        'My {language} homework (exercise 4b): the {tense} forms of "{verb}".',
    ),
    F(
        "cognates",
        "linguistics",
        "Words related to a word in other languages",
        [
            S("word", "the word", "night", "mother", "star", "water", "three", "name"),
            joined(
                L(
                    "languages",
                    "languages to compare",
                    "string",
                    ("German", "Dutch", "Latin", "Greek", "Sanskrit", "Russian", "Welsh"),
                    (2, 4),
                ),
                "oxford",
            ),
        ],
        'cognates of "{word}" in {languages}?',
        'For a talk on Indo-European roots: how does "{word}" look in {languages}?',
    ),
    F(
        "minimal_pairs",
        "linguistics",
        "English minimal pairs for two sounds",
        [
            S("sound_a", "first sound", "/p/", "/r/", "/s/", "/i/", "/v/"),
            S("sound_b", "second sound", "/b/", "/l/", "/ʃ/", "/ɪ/", "/w/"),
            opt(I("limit", "how many pairs", 3, 40), 10),
        ],
        "{limit} minimal pairs {sound_a} vs {sound_b}",
        "My student mixes up {sound_a} and {sound_b}; give me minimal pairs.",
    ),
    # ---- calendars ----------------------------------------------------------------------------------------------
    F(
        "recurring_event",
        "calendar",
        "Create an event that repeats every few weeks",
        [
            S(
                "title",
                "event title",
                "Book club",
                "1:1 with Sam",
                "Team retro",
                "Piano lesson",
                "Budget review",
            ),
            D("first", "date of the first occurrence", *DATES),
            I("every_weeks", "repeat every this many weeks", 1, 4),
            opt(
                B("skip_holidays", "skip public holidays", "skip public holidays", "keep it on holidays too"),
                False,
            ),
        ],
        '"{title}" from {first}, every {every_weeks} weeks, {skip_holidays}',
        "Please set up {title}: first one on {first}, then repeating every {every_weeks} week(s).",
    ),
    F(
        "find_free_slot",
        "calendar",
        "First slot when all attendees are free",
        [
            joined(
                L(
                    "attendees",
                    "attendees' emails",
                    "string",
                    ("ana@corp.io", "ben@corp.io", "chen@corp.io", "dee@corp.io", "eli@corp.io"),
                    (2, 4),
                ),
                "semicolons",
            ),
            I("minutes", "meeting length in minutes", 15, 120),
            D("on", "the day", *DATES),
            opt(I("not_before_hour", "earliest hour of the day (0-23)", 7, 11), 9),
        ],
        "{minutes} min slot on {on} for {attendees}, nothing before {not_before_hour}:00",
        "Find {minutes} minutes on {on} when these are all free: {attendees}",
    ),
    F(
        "fiscal_quarter",
        "calendar",
        "Fiscal quarter and year of a date",
        [
            D("date", "the date", *DATES),
            said(
                I("fy_start_month", "month the fiscal year starts, 1-12", 1, 12),
                {m: (MONTHS[m - 1],) for m in range(1, 13)},
            ),
        ],
        "which FQ is {date} if our FY starts in {fy_start_month}?",
        "Our fiscal year begins in {fy_start_month}. What fiscal quarter does {date} fall in?",
    ),
    F(
        "submit_timesheet",
        "calendar",
        "Submit a week's hours, Monday to Friday",
        [
            S("employee", "employee id", "E10293", "E20418", "E33907", "E41152"),
            D(
                "week_of",
                "the Monday the week starts",
                "2026-01-05",
                "2026-03-16",
                "2026-06-15",
                "2026-09-07",
                "2026-11-23",
            ),
            joined(
                L(
                    "hours",
                    "hours worked Monday to Friday, in order",
                    "integer",
                    (0, 12),
                    (5, 5),
                    ordered=True,
                ),
                "semicolons",
            ),
            opt(
                B(
                    "overtime_approved",
                    "overtime was approved",
                    "overtime pre-approved by my manager",
                    "no overtime approval",
                ),
                False,
            ),
        ],
        "timesheet {employee}, week of {week_of}, Mon-Fri: {hours}",
        "Hi, {employee} here. Hours for the week starting {week_of} (Mon to Fri): {hours}. {overtime_approved}.",
    ),
    # ---- baking -------------------------------------------------------------------------------------------------
    F(
        "dough_hydration",
        "baking",
        "Baker's percentages of a dough",
        [
            I("flour_g", "flour in grams", 200, 2000),
            I("water_g", "water in grams", 120, 1600),
            N("salt_g", "salt in grams", 3, 40, 1),
        ],
        "{flour_g}g flour, {water_g}g water, {salt_g}g salt -- hydration?",
        "Loaf #3: I used {water_g} grams of water with {flour_g} g of flour and {salt_g} g salt. Baker's percentages?",
    ),
    F(
        "brine_mix",
        "baking",
        "Salt needed for a brine",
        [
            N("water_l", "water in litres", 0.5, 20, 1),
            N("salt_percent", "brine strength in percent salt by weight", 2, 10, 1),
        ],
        "{salt_percent}% brine, {water_l} L water -- salt?",
        "For a {salt_percent} percent brine for my 2 chickens I have {water_l} litres of water. How much salt?",
    ),
    F(
        "pan_conversion",
        "baking",
        "Adjust a recipe from one pan to another",
        [
            Syn(
                "from_pan",
                "original pan: round_8in, round_9in, square_8in, loaf_9x5 or sheet_9x13",
                {
                    "round_8in": ("8-inch round",),
                    "round_9in": ("9-inch round",),
                    "square_8in": ("8-inch square",),
                    "loaf_9x5": ("9×5 loaf tin",),
                    "sheet_9x13": ("9×13 sheet",),
                },
            ),
            Syn(
                "to_pan",
                "new pan, same choices",
                {
                    "round_8in": ("8-inch round",),
                    "round_9in": ("9-inch round",),
                    "square_8in": ("8-inch square",),
                    "loaf_9x5": ("9×5 loaf tin",),
                    "sheet_9x13": ("9×13 sheet",),
                },
            ),
            opt(I("bake_minutes", "original baking time in minutes", 20, 75), None),
        ],
        "recipe's for a {from_pan}, I only have a {to_pan}. Bakes {bake_minutes} min originally.",
        "Convert a {from_pan} recipe to a {to_pan} pan.",
    ),
    F(
        "sourdough_timeline",
        "baking",
        "Timeline for a sourdough bake",
        [
            E("feed_ratio", "starter:flour:water feed ratio", "1:1:1", "1:2:2", "1:5:5", "1:10:10"),
            N("room_c", "kitchen temperature in °C", 16, 30, 1),
            opt(
                B(
                    "cold_retard",
                    "proof overnight in the fridge",
                    "with an overnight fridge proof",
                    "same-day, no fridge",
                ),
                False,
            ),
        ],
        "feeding {feed_ratio}, kitchen {room_c}°C, {cold_retard}. timeline?",
        "Starter fed at {feed_ratio} and my kitchen is {room_c} °C. When will everything be ready?",
    ),
    # ---- banking -----------------------------------------------------------------------------------------------
    F(
        "send_wire",
        "banking",
        "Send an international wire transfer",
        [
            S(
                "iban",
                "beneficiary IBAN",
                "DE89370400440532013000",
                "GB29NWBK60161331926819",
                "FR1420041010050500013M02606",
                "NL91ABNA0417164300",
            ),
            M("amount", "amount to send", 50, 95000),
            E("currency", "currency code", "EUR", "GBP", "USD", "CHF"),
            opt(
                B(
                    "same_day",
                    "same-day (urgent) transfer",
                    "it must arrive today",
                    "standard timing is fine",
                ),
                False,
            ),
        ],
        "wire {currency} {amount} to {iban}, {same_day}",
        "Please transfer {amount} {currency} to IBAN {iban}.",
    ),
    F(
        "overdraft_check",
        "banking",
        "Fees and options for an overdrawn account",
        [
            S("account", "account id", "CHK-5521-08", "CHK-1187-33", "CHK-9043-12"),
            M("balance", "current balance (negative when overdrawn)", -1500, -5),
            opt(
                B(
                    "linked_savings",
                    "cover from the linked savings account",
                    "pull it from my linked savings",
                    "don't touch my savings",
                ),
                None,
            ),
        ],
        "{account} is at {balance}. fees? {linked_savings}",
        "My checking ({account}) shows a balance of {balance} after rent. What happens now?",
    ),
    F(
        "dispute_card_charge",
        "banking",
        "Dispute a card transaction",
        [
            S("card_last4", "last four digits of the card", "4417", "0932", "7781", "2650"),
            D("charged_on", "date of the charge", *PAST_DATES),
            M("amount", "amount charged", 3, 4000),
            Syn(
                "reason",
                "reason: not_received, duplicate, wrong_amount or fraud",
                {
                    "not_received": ("the item never arrived",),
                    "duplicate": ("I was charged twice",),
                    "wrong_amount": ("they charged more than agreed",),
                    "fraud": ("I never made this purchase",),
                },
            ),
        ],
        "card ending {card_last4}: ${amount} on {charged_on} -- {reason}. dispute it",
        "I'd like to dispute a charge of ${amount} from {charged_on} on my card ending in {card_last4}; {reason}.",
    ),
    F(
        "stop_cheque",
        "banking",
        "Stop payment on a cheque",
        [
            S("account", "account id", "CHK-5521-08", "CHK-1187-33", "CHK-9043-12"),
            I("cheque_number", "cheque number", 100, 9999),
            M("amount", "amount written on the cheque", 10, 12000),
        ],
        "stop cheque #{cheque_number} on {account}, ${amount}",
        "I lost a cheque -- number {cheque_number}, made out for ${amount}, drawn on {account}. Please stop it.",
    ),
    F(
        "loan_apr",
        "banking",
        "True APR of a loan including up-front fees",
        [
            M("principal", "amount borrowed", 1000, 500000),
            M("fees", "up-front fees", 0, 8000),
            N("nominal_rate", "quoted yearly rate in percent", 2, 24, 2),
            I("months", "term in months", 6, 360),
        ],
        "${principal} loan, {nominal_rate}% quoted, ${fees} fees, {months} months. real APR?",
        "The bank quotes {nominal_rate}% on ${principal} over {months} months, but charges ${fees} in fees up front. What's the actual APR?",
    ),
]
