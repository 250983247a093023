# ruff: noqa: E501  (a data table: one function per entry reads better than wrapped lines)
"""The function catalogue of the ``fncall`` suite: what each function takes and how people ask for it.

Read by ``make_fncall.py``, which draws the argument values and writes the shipped JSON. Each function has
a JSON schema built from typed parameters (numbers, integers, enums, strings, booleans, lists; some
optional with a default) and two or three request templates written by hand in different styles
(questions, commands, values inside a story, the asked-for value last or first). A template names the
parameters it mentions as ``{param}``; an optional parameter a template does not mention is expected to be
omitted (or sent with its default).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Param:
    name: str
    type: str  # number | integer | string | boolean | array
    description: str
    draw: Any = None
    """number/integer: (lo, hi); string: a pool of values; boolean: (phrase if true, phrase if false);
    array: (item type, pool or (lo, hi))."""
    enum: list[str] | None = None
    decimals: int = 2
    default: Any = None
    optional: bool = False
    k: tuple[int, int] = (2, 4)
    ordered: bool = False
    say: dict[Any, tuple[str, ...]] | None = None
    """How a drawn value may be written instead of itself (an enum member by a synonym, a date as
    "March 4, 2026"); the generator picks one phrase per request. None: the value as it is."""
    joiner: str | None = None
    """How a list is written: "semicolons" (x; y; z), "oxford" (x, y, and z), "lines" (one "- item" a
    line). None: "x, y and z" (ordered lists "x, y, z")."""
    fmt: str | None = None
    """A format spec for a number (",.2f" writes 1200.5 as 1,200.50). None: as drawn."""
    scale: float = 1
    """A number is written as value * scale (a fraction 0.45 said as "45" percent)."""
    bounds: tuple[float, float] | None = None
    """The schema's ``minimum`` and ``maximum`` for a number or integer (a real API's limits); None: the
    schema states none (every parameter of ``fncall`` and ``fncall-unseen``)."""


@dataclass
class Function:
    name: str
    domain: str
    description: str
    params: list[Param]
    templates: list[str] = field(default_factory=list)


def N(name: str, desc: str, lo: float, hi: float, dp: int = 2) -> Param:
    return Param(name, "number", desc, (lo, hi), decimals=dp)


def I(name: str, desc: str, lo: int, hi: int) -> Param:  # noqa: E743
    return Param(name, "integer", desc, (lo, hi))


def E(name: str, desc: str, *values: str) -> Param:
    return Param(name, "string", desc, list(values), enum=list(values))


def S(name: str, desc: str, *pool: str) -> Param:
    return Param(name, "string", desc, list(pool))


def B(name: str, desc: str, yes: str, no: str) -> Param:
    return Param(name, "boolean", desc, (yes, no))


def L(
    name: str, desc: str, item: str, pool: Any, k: tuple[int, int] = (2, 4), ordered: bool = False
) -> Param:
    return Param(name, "array", desc, (item, pool), k=k, ordered=ordered)


def opt(param: Param, default: Any) -> Param:
    param.optional = True
    param.default = default
    return param


def said(param: Param, phrases: dict[Any, tuple[str, ...]]) -> Param:
    """``param`` written by one of ``phrases`` (per value) instead of the value itself."""
    param.say = phrases
    return param


def Syn(name: str, desc: str, members: dict[str, tuple[str, ...]]) -> Param:
    """An enum whose members a request may say by a synonym (the description lists what each means)."""
    return said(E(name, desc, *members), {m: p for m, p in members.items() if p})


def M(name: str, desc: str, lo: float, hi: float) -> Param:
    """An amount of money, written with thousands separators and cents ("1,200.50")."""
    param = N(name, desc, lo, hi, 2)
    param.fmt = ",.2f"
    return param


def Pct(name: str, desc: str, lo: float, hi: float) -> Param:
    """A fraction between 0 and 1 that the request says as a percentage (0.35 as "35%")."""
    param = N(name, f"{desc}, as a fraction between 0 and 1 (0.35 for 35%)", lo, hi, 2)
    param.scale = 100
    return param


def joined(param: Param, joiner: str) -> Param:
    param.joiner = joiner
    return param


def F(name: str, domain: str, desc: str, params: list[Param], *templates: str) -> Function:
    return Function(name, domain, desc, params, list(templates))


CITIES = (
    "Paris",
    "Tokyo",
    "Nairobi",
    "Lima",
    "Oslo",
    "Toronto",
    "Madrid",
    "Cairo",
    "Sydney",
    "Denver",
    "Mumbai",
    "Berlin",
    "Lisbon",
    "Seoul",
    "Chicago",
    "Dublin",
)
AIRPORTS = ("JFK", "LHR", "CDG", "NRT", "SFO", "DXB", "SYD", "FRA", "AMS", "ORD", "MAD", "YYZ")
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR")
TEAMS = ("Lakers", "Celtics", "Arsenal", "Chelsea", "Yankees", "Dodgers", "Packers", "Bruins")
NAMES = ("Alice", "Bob", "Carmen", "Dmitri", "Emeka", "Fatima", "Gustav", "Hana", "Ivan", "Julia")
INGREDIENTS = ("flour", "sugar", "butter", "eggs", "milk", "rice", "garlic", "onion", "tomato", "basil")
WORDS = ("river", "planet", "garden", "silver", "window", "market", "thunder", "pencil", "orange", "castle")
LANGS = ("French", "Spanish", "German", "Japanese", "Italian", "Portuguese")
TICKERS = ("AAPL", "MSFT", "TSLA", "AMZN", "NVDA", "GOOG", "META", "IBM")
ELEMENTS = ("carbon", "oxygen", "iron", "gold", "helium", "sodium", "copper", "neon")
COUNTRIES = ("Japan", "Brazil", "Kenya", "Canada", "India", "Norway", "Mexico", "Egypt")
SENTENCES = (
    "the quick brown fox jumps over the lazy dog",
    "to be or not to be",
    "all that glitters is not gold",
    "practice makes perfect",
    "time flies like an arrow",
)


FUNCTIONS: list[Function] = [
    # ---- finance ----------------------------------------------------------------------------------
    F(
        "compound_interest",
        "finance",
        "Future value of a deposit that earns compound interest",
        [
            N("principal", "amount deposited", 500, 20000, 0),
            N("annual_rate", "yearly interest rate in percent", 1, 9, 1),
            I("years", "number of years", 2, 30),
            opt(
                E("compounding", "how often interest is added", "annual", "quarterly", "monthly", "daily"),
                "annual",
            ),
        ],
        "What will {principal} dollars be worth after {years} years at {annual_rate}% interest compounded {compounding}?",
        "I put {principal} in a savings account paying {annual_rate} percent a year. How much after {years} years?",
        "Compute the future value: rate {annual_rate}%, {years} years, starting amount {principal}.",
    ),
    F(
        "loan_monthly_payment",
        "finance",
        "Fixed monthly payment of an amortizing loan",
        [
            N("amount", "loan amount", 5000, 400000, 0),
            N("annual_rate", "yearly rate in percent", 2, 12, 2),
            I("term_months", "length of the loan in months", 12, 360),
        ],
        "My mortgage is {amount} over {term_months} months at {annual_rate}% APR. What's the monthly payment?",
        "Monthly installment for a {term_months}-month loan of {amount} with an annual rate of {annual_rate} percent?",
    ),
    F(
        "convert_currency",
        "finance",
        "Convert an amount of money between two currencies",
        [
            N("amount", "amount of money", 5, 5000, 2),
            E("from_currency", "currency code to convert from", *CURRENCIES),
            E("to_currency", "currency code to convert into", *CURRENCIES),
        ],
        "How much is {amount} {from_currency} in {to_currency}?",
        "Convert {amount} from {from_currency} to {to_currency} please.",
        "I'm travelling and need {to_currency}: I have {amount} {from_currency}, what does that come to?",
    ),
    F(
        "stock_quote",
        "finance",
        "Latest price of a stock by ticker symbol",
        [
            E("ticker", "stock ticker symbol", *TICKERS),
            opt(
                B(
                    "include_after_hours",
                    "add after-hours trading",
                    "including after-hours trading",
                    "regular session only",
                ),
                False,
            ),
        ],
        "What's {ticker} trading at right now?",
        "Get me a quote for {ticker}, {include_after_hours}.",
    ),
    F(
        "portfolio_return",
        "finance",
        "Percentage return of a portfolio between two values",
        [
            N("start_value", "value at the start", 1000, 100000, 2),
            N("end_value", "value at the end", 1000, 100000, 2),
            opt(N("dividends", "dividends received", 10, 2000, 2), 0),
        ],
        "My portfolio went from {start_value} to {end_value}. What's my return?",
        "Return on investment: began at {start_value}, ended at {end_value}, plus {dividends} in dividends.",
    ),
    F(
        "sales_tax",
        "finance",
        "Sales tax owed on a purchase",
        [N("price", "price before tax", 3, 900, 2), N("tax_rate", "tax rate in percent", 4, 11, 2)],
        "How much tax do I pay on a {price} item if the rate is {tax_rate}%?",
        "With a {tax_rate} percent sales tax, what's the tax on {price}?",
    ),
    F(
        "tip_split",
        "finance",
        "Tip and per-person share of a restaurant bill",
        [
            N("bill", "bill total", 20, 600, 2),
            N("tip_percent", "tip in percent", 10, 25, 0),
            I("people", "number of people paying", 2, 12),
        ],
        "We're {people} people, the bill is {bill} and we want to tip {tip_percent}%. How much each?",
        "Split a {bill} check {people} ways with a {tip_percent} percent tip.",
        "Tip {tip_percent}% on {bill}, divided among {people} friends: what does each owe?",
    ),
    F(
        "depreciation_straight_line",
        "finance",
        "Yearly straight-line depreciation of an asset",
        [
            N("cost", "purchase cost", 1000, 90000, 0),
            N("salvage_value", "value at the end of its life", 0, 5000, 0),
            I("useful_life_years", "useful life in years", 3, 20),
        ],
        "A machine cost {cost}, will be worth {salvage_value} at the end and lasts {useful_life_years} years. Annual depreciation?",
        "Straight-line depreciation for an asset: {useful_life_years}-year life, cost {cost}, salvage {salvage_value}.",
    ),
    F(
        "break_even_units",
        "finance",
        "Units that must be sold to break even",
        [
            N("fixed_costs", "fixed costs", 1000, 100000, 0),
            N("price_per_unit", "selling price per unit", 5, 200, 2),
            N("variable_cost_per_unit", "variable cost per unit", 1, 4, 2),
        ],
        "Fixed costs are {fixed_costs}, each unit sells for {price_per_unit} and costs {variable_cost_per_unit} to make. How many units to break even?",
        "Break-even point: price {price_per_unit}, variable cost {variable_cost_per_unit}, fixed costs {fixed_costs}.",
    ),
    F(
        "inflation_adjust",
        "finance",
        "What an amount from one year is worth in another year's money",
        [
            N("amount", "amount of money", 10, 10000, 2),
            I("from_year", "year of the amount", 1950, 2000),
            I("to_year", "year to express it in", 2001, 2024),
            opt(E("country", "country whose price index is used", "US", "UK", "Canada", "Australia"), "US"),
        ],
        "What is {amount} dollars from {from_year} worth in {to_year}?",
        "Adjust {amount} for inflation from {from_year} to {to_year} using {country} prices.",
    ),
    F(
        "credit_card_payoff",
        "finance",
        "Months needed to pay off a credit card balance",
        [
            N("balance", "current balance", 500, 20000, 2),
            N("apr", "annual percentage rate", 12, 29, 2),
            N("monthly_payment", "payment each month", 50, 900, 0),
        ],
        "If I pay {monthly_payment} a month on a {balance} card balance at {apr}% APR, how long until it's paid off?",
        "Card balance {balance}, interest {apr} percent, paying {monthly_payment} monthly: months to zero?",
    ),
    F(
        "retirement_savings",
        "finance",
        "Savings at retirement from regular contributions",
        [
            I("current_age", "age now", 22, 50),
            I("retirement_age", "age at retirement", 60, 70),
            N("monthly_contribution", "saved each month", 100, 3000, 0),
            opt(N("expected_return", "yearly return in percent", 3, 9, 1), 6.0),
        ],
        "I'm {current_age}, I save {monthly_contribution} a month and want to retire at {retirement_age}. How much will I have?",
        "Project my retirement pot: contribute {monthly_contribution}/month from age {current_age} to {retirement_age} with {expected_return}% growth.",
    ),
    F(
        "invoice_total",
        "finance",
        "Total of an invoice from line amounts, with optional discount",
        [
            L("line_amounts", "amount of each line", "number", (5, 500)),
            opt(N("discount_percent", "discount in percent", 5, 30, 0), 0),
        ],
        "Add up these invoice lines: {line_amounts}.",
        "Invoice with items costing {line_amounts}, and the client gets {discount_percent}% off. Total?",
    ),
    F(
        "exchange_rate_history",
        "finance",
        "Historical exchange rate between two currencies on a date",
        [
            E("base", "base currency", *CURRENCIES),
            E("quote", "quote currency", *CURRENCIES),
            S(
                "date",
                "date as YYYY-MM-DD",
                "2021-03-15",
                "2019-11-02",
                "2022-07-30",
                "2020-01-10",
                "2023-05-05",
            ),
        ],
        "What was the {base} to {quote} rate on {date}?",
        "On {date}, how many {quote} did one {base} buy?",
    ),
    F(
        "payroll_net_pay",
        "finance",
        "Net pay after tax and deductions",
        [
            N("gross_pay", "gross pay for the period", 1000, 12000, 2),
            N("tax_rate", "income tax rate in percent", 10, 40, 1),
            opt(N("retirement_percent", "share put into retirement in percent", 2, 10, 0), 0),
            E("pay_period", "pay period", "weekly", "biweekly", "monthly"),
        ],
        "My {pay_period} gross is {gross_pay} and I'm taxed at {tax_rate}%. What's my take-home?",
        "Net pay for a {pay_period} paycheck of {gross_pay}: {tax_rate}% tax and {retirement_percent}% to my 401k.",
    ),
    # ---- science ----------------------------------------------------------------------------------
    F(
        "kinetic_energy",
        "physics",
        "Kinetic energy of a moving mass",
        [
            N("mass_kg", "mass in kilograms", 0.5, 2000, 1),
            N("velocity_ms", "speed in metres per second", 1, 120, 1),
        ],
        "What's the kinetic energy of a {mass_kg} kg object moving at {velocity_ms} m/s?",
        "A car of {mass_kg} kilograms travels at {velocity_ms} metres per second. Find its kinetic energy.",
    ),
    F(
        "projectile_range",
        "physics",
        "Horizontal range of a projectile on flat ground",
        [
            N("speed_ms", "launch speed in m/s", 5, 80, 1),
            N("angle_degrees", "launch angle in degrees", 10, 80, 0),
            opt(N("gravity", "gravitational acceleration in m/s^2", 1.6, 24.8, 1), 9.81),
        ],
        "A ball is launched at {speed_ms} m/s at {angle_degrees} degrees. How far does it land?",
        "Range of a projectile fired at {angle_degrees} degrees with speed {speed_ms} m/s where gravity is {gravity} m/s^2?",
    ),
    F(
        "ohms_law",
        "physics",
        "Solve Ohm's law for the missing quantity",
        [
            E("solve_for", "quantity to compute", "voltage", "current", "resistance"),
            N("known_a", "first known value", 1, 240, 1),
            N("known_b", "second known value", 1, 100, 1),
        ],
        "Use Ohm's law to find the {solve_for}; the two known values are {known_a} and {known_b}.",
        "Given {known_a} and {known_b}, solve for {solve_for} with Ohm's law.",
    ),
    F(
        "wave_frequency",
        "physics",
        "Frequency of a wave from its speed and wavelength",
        [
            N("speed", "wave speed in m/s", 100, 3000, 0),
            N("wavelength_m", "wavelength in metres", 0.1, 20, 2),
        ],
        "A wave moves at {speed} m/s with a wavelength of {wavelength_m} m. What's its frequency?",
        "Frequency for wavelength {wavelength_m} metres and speed {speed} metres per second?",
    ),
    F(
        "half_life_remaining",
        "science",
        "Amount of a radioactive substance left after some time",
        [
            N("initial_amount", "starting amount in grams", 1, 500, 1),
            N("half_life", "half-life", 1, 5000, 1),
            N("elapsed", "time elapsed, same unit as the half-life", 1, 20000, 1),
        ],
        "Starting with {initial_amount} g of an isotope with half-life {half_life} years, how much is left after {elapsed} years?",
        "Radioactive decay: half-life {half_life}, elapsed time {elapsed}, initial mass {initial_amount} grams. Remaining?",
    ),
    F(
        "ideal_gas_pressure",
        "chemistry",
        "Pressure of an ideal gas",
        [
            N("moles", "amount of gas in moles", 0.1, 10, 2),
            N("temperature_k", "temperature in kelvin", 200, 600, 1),
            N("volume_l", "volume in litres", 1, 100, 1),
        ],
        "What pressure do {moles} moles of gas exert at {temperature_k} K in {volume_l} litres?",
        "Ideal gas: V = {volume_l} L, T = {temperature_k} K, n = {moles} mol. Find P.",
    ),
    F(
        "molar_mass",
        "chemistry",
        "Molar mass of a chemical formula",
        [S("formula", "chemical formula", "H2O", "CO2", "NaCl", "C6H12O6", "H2SO4", "CaCO3", "NH3", "CH4")],
        "What's the molar mass of {formula}?",
        "Give me the molecular weight of {formula} in g/mol.",
    ),
    F(
        "element_info",
        "chemistry",
        "Facts about a chemical element",
        [
            E("element", "element name", *ELEMENTS),
            opt(
                L(
                    "fields",
                    "which facts to return",
                    "string",
                    ("atomic_number", "symbol", "melting_point", "density"),
                    (1, 3),
                ),
                None,
            ),
        ],
        "Tell me about {element}.",
        "For {element}, I need these fields: {fields}.",
    ),
    F(
        "dilution_volume",
        "chemistry",
        "Volume of stock solution needed for a dilution",
        [
            N("stock_concentration", "stock concentration in mol/L", 1, 18, 1),
            N("target_concentration", "wanted concentration in mol/L", 0.01, 0.9, 2),
            N("target_volume_ml", "final volume in mL", 50, 2000, 0),
        ],
        "How much {stock_concentration} M stock do I need to make {target_volume_ml} mL of {target_concentration} M solution?",
        "Dilution: I want {target_volume_ml} millilitres at {target_concentration} mol/L from a {stock_concentration} mol/L stock.",
    ),
    F(
        "ph_from_concentration",
        "chemistry",
        "pH of a solution from its hydrogen ion concentration",
        [N("h_concentration", "hydrogen ion concentration in mol/L", 0.0001, 0.09, 4)],
        "What is the pH if [H+] = {h_concentration} mol/L?",
        "A solution has a hydrogen ion concentration of {h_concentration}. Calculate its pH.",
    ),
    F(
        "gravitational_force",
        "physics",
        "Gravitational force between two masses",
        [
            N("mass1_kg", "first mass in kg", 1, 1000, 1),
            N("mass2_kg", "second mass in kg", 1, 1000, 1),
            N("distance_m", "distance between centres in m", 0.1, 50, 2),
        ],
        "Gravitational pull between a {mass1_kg} kg and a {mass2_kg} kg mass {distance_m} m apart?",
        "Two bodies, {distance_m} metres apart, weigh {mass1_kg} kg and {mass2_kg} kg. What's the force of gravity between them?",
    ),
    F(
        "lens_focal_length",
        "physics",
        "Image distance of a thin lens",
        [
            N("focal_length_cm", "focal length in cm", 2, 50, 1),
            N("object_distance_cm", "object distance in cm", 10, 200, 1),
        ],
        "An object sits {object_distance_cm} cm from a lens with focal length {focal_length_cm} cm. Where is the image?",
        "Thin lens: f = {focal_length_cm} cm, object at {object_distance_cm} cm; image distance?",
    ),
    F(
        "speed_of_sound",
        "physics",
        "Speed of sound in air at a temperature",
        [
            N("temperature_c", "air temperature in Celsius", -30, 45, 1),
            opt(N("humidity_percent", "relative humidity in percent", 10, 95, 0), 0),
        ],
        "How fast does sound travel at {temperature_c} degrees Celsius?",
        "Speed of sound at {temperature_c} C and {humidity_percent}% humidity.",
    ),
    F(
        "dna_gc_content",
        "biology",
        "Share of G and C bases in a DNA sequence",
        [
            S(
                "sequence",
                "DNA sequence",
                "ATGCGCTA",
                "GGCCATAT",
                "ATATATGC",
                "CGCGTTAA",
                "GATTACA",
                "TTGACCGA",
            )
        ],
        "What's the GC content of {sequence}?",
        "Compute the percentage of G and C in the DNA strand {sequence}.",
    ),
    F(
        "punnett_square",
        "biology",
        "Offspring genotype ratios of a cross",
        [
            S("parent1", "first parent's genotype", "Aa", "AA", "aa", "Bb", "BB"),
            S("parent2", "second parent's genotype", "Aa", "aa", "AA", "Bb", "bb"),
        ],
        "Cross {parent1} with {parent2}: what are the offspring ratios?",
        "Make a Punnett square for parents {parent1} and {parent2}.",
    ),
    F(
        "cell_doubling_count",
        "biology",
        "Cell count after a number of hours of growth",
        [
            I("initial_cells", "cells at the start", 10, 5000),
            N("doubling_time_h", "doubling time in hours", 0.5, 24, 1),
            N("hours", "hours of growth", 1, 72, 1),
        ],
        "A culture starts with {initial_cells} cells and doubles every {doubling_time_h} hours. How many after {hours} hours?",
        "Growth for {hours} h, doubling time {doubling_time_h} h, starting count {initial_cells}.",
    ),
    # ---- astronomy ----------------------------------------------------------------------------------
    F(
        "planet_info",
        "astronomy",
        "Facts about a planet",
        [
            E(
                "planet",
                "planet name",
                "mercury",
                "venus",
                "earth",
                "mars",
                "jupiter",
                "saturn",
                "uranus",
                "neptune",
            ),
            opt(
                B("include_moons", "list the planet's moons", "and list its moons", "without the moons"),
                False,
            ),
        ],
        "Tell me about {planet}.",
        "Planet facts for {planet}, {include_moons}.",
    ),
    F(
        "light_travel_time",
        "astronomy",
        "Time light takes to cover a distance",
        [
            N("distance_km", "distance in km", 1000, 900000000, 0),
            opt(E("unit", "unit of the answer", "seconds", "minutes", "hours"), "seconds"),
        ],
        "How long does light take to travel {distance_km} km?",
        "Give the light travel time over {distance_km} kilometres in {unit}.",
    ),
    F(
        "moon_phase",
        "astronomy",
        "Phase of the Moon on a date",
        [
            S(
                "date",
                "date as YYYY-MM-DD",
                "2024-01-11",
                "2023-08-30",
                "2025-03-14",
                "2022-12-08",
                "2024-06-21",
            )
        ],
        "What phase is the moon in on {date}?",
        "On {date}, will the moon be full, new or in between?",
    ),
    F(
        "orbital_period",
        "astronomy",
        "Orbital period from the semi-major axis (Kepler's third law)",
        [N("semi_major_axis_au", "semi-major axis in AU", 0.3, 40, 2)],
        "How long is a year for a planet orbiting the Sun at {semi_major_axis_au} AU?",
        "Kepler's third law: period for a semi-major axis of {semi_major_axis_au} astronomical units?",
    ),
    # ---- geometry ---------------------------------------------------------------------------------
    F(
        "circle_area",
        "geometry",
        "Area of a circle",
        [N("radius", "radius", 0.5, 100, 1)],
        "What is the area of a circle with radius {radius}?",
        "A round table has a radius of {radius}. How much surface does it have?",
    ),
    F(
        "rectangle_perimeter",
        "geometry",
        "Perimeter of a rectangle",
        [N("length", "length", 1, 500, 1), N("width", "width", 1, 300, 1)],
        "Perimeter of a {length} by {width} rectangle?",
        "I'm fencing a yard {width} wide and {length} long. How much fence?",
    ),
    F(
        "triangle_area_heron",
        "geometry",
        "Area of a triangle from its three sides",
        [
            N("side_a", "first side", 3, 20, 1),
            N("side_b", "second side", 3, 20, 1),
            N("side_c", "third side", 3, 20, 1),
        ],
        "Find the area of a triangle with sides {side_a}, {side_b} and {side_c}.",
        "Heron's formula for sides a={side_a}, b={side_b}, c={side_c}?",
    ),
    F(
        "sphere_volume",
        "geometry",
        "Volume of a sphere",
        [
            N("radius", "radius", 0.5, 50, 1),
            opt(E("unit", "length unit of the radius", "cm", "m", "in", "ft"), "cm"),
        ],
        "Volume of a sphere of radius {radius}?",
        "A ball has radius {radius} {unit}. What's its volume?",
    ),
    F(
        "cylinder_surface_area",
        "geometry",
        "Total surface area of a cylinder",
        [
            N("radius", "radius", 1, 30, 1),
            N("height", "height", 1, 60, 1),
            opt(B("include_caps", "count the top and bottom", "including both ends", "side only"), True),
        ],
        "Surface area of a cylinder with radius {radius} and height {height}?",
        "Cylinder, height {height}, radius {radius}: surface area, {include_caps}.",
    ),
    F(
        "polygon_interior_angle",
        "geometry",
        "Interior angle of a regular polygon",
        [I("sides", "number of sides", 3, 20)],
        "What is each interior angle of a regular polygon with {sides} sides?",
        "Regular {sides}-gon: size of one interior angle?",
    ),
    F(
        "distance_2d",
        "geometry",
        "Distance between two points in the plane",
        [
            L("point_a", "first point as [x, y]", "number", (-20, 20), (2, 2), ordered=True),
            L("point_b", "second point as [x, y]", "number", (-20, 20), (2, 2), ordered=True),
        ],
        "How far apart are the points {point_a} and {point_b}?",
        "Distance from {point_a} to {point_b} on the plane?",
    ),
    F(
        "cone_volume",
        "geometry",
        "Volume of a cone",
        [N("radius", "base radius", 1, 20, 1), N("height", "height", 1, 40, 1)],
        "An ice-cream cone is {height} tall with radius {radius}. What volume?",
        "Cone volume, r = {radius}, h = {height}.",
    ),
    F(
        "slope_of_line",
        "geometry",
        "Slope of the line through two points",
        [
            N("x1", "x of the first point", -10, 10, 0),
            N("y1", "y of the first point", -10, 10, 0),
            N("x2", "x of the second point", 11, 30, 0),
            N("y2", "y of the second point", -10, 30, 0),
        ],
        "Slope of the line through ({x1}, {y1}) and ({x2}, {y2})?",
        "Find the gradient between the points x={x1}, y={y1} and x={x2}, y={y2}.",
    ),
    F(
        "trapezoid_area",
        "geometry",
        "Area of a trapezoid",
        [
            N("base1", "one parallel side", 2, 40, 1),
            N("base2", "the other parallel side", 2, 40, 1),
            N("height", "height", 1, 30, 1),
        ],
        "Area of a trapezoid with bases {base1} and {base2} and height {height}?",
        "My garden is a trapezoid: parallel sides {base1} and {base2}, {height} apart. Area?",
    ),
    F(
        "pythagorean_hypotenuse",
        "geometry",
        "Hypotenuse of a right triangle",
        [N("leg_a", "first leg", 1, 50, 1), N("leg_b", "second leg", 1, 50, 1)],
        "A right triangle has legs {leg_a} and {leg_b}. How long is the hypotenuse?",
        "Hypotenuse for legs of {leg_a} and {leg_b}?",
    ),
    F(
        "arc_length",
        "geometry",
        "Length of a circular arc",
        [
            N("radius", "radius", 1, 50, 1),
            N("angle", "central angle", 10, 350, 0),
            opt(E("angle_unit", "unit of the angle", "degrees", "radians"), "degrees"),
        ],
        "Arc length on a circle of radius {radius} for a {angle} degree angle?",
        "Radius {radius}, central angle {angle} {angle_unit}: how long is the arc?",
    ),
    F(
        "cube_diagonal",
        "geometry",
        "Space diagonal of a cube",
        [N("edge", "edge length", 1, 30, 1)],
        "What's the space diagonal of a cube with edge {edge}?",
        "Corner-to-corner length through a cube whose sides are {edge}?",
    ),
    # ---- travel -----------------------------------------------------------------------------------
    F(
        "search_flights",
        "travel",
        "Find flights between two airports",
        [
            E("origin", "origin airport code", *AIRPORTS),
            E("destination", "destination airport code", *AIRPORTS),
            S("date", "departure date YYYY-MM-DD", "2025-04-12", "2025-06-01", "2025-09-19", "2025-12-22"),
            opt(E("cabin", "cabin class", "economy", "premium_economy", "business", "first"), "economy"),
            opt(I("passengers", "number of passengers", 1, 6), 1),
        ],
        "Find flights from {origin} to {destination} on {date}.",
        "I need {passengers} seats in {cabin} from {origin} to {destination}, leaving {date}.",
        "On {date}, what flies {origin} -> {destination}? {cabin} class please.",
    ),
    F(
        "book_hotel",
        "travel",
        "Book a hotel room",
        [
            E("city", "city", *CITIES),
            S("check_in", "check-in date YYYY-MM-DD", "2025-05-03", "2025-07-14", "2025-10-09"),
            I("nights", "number of nights", 1, 14),
            opt(I("guests", "number of guests", 1, 5), 2),
            opt(B("breakfast", "include breakfast", "with breakfast included", "no breakfast"), False),
        ],
        "Book me a hotel in {city} for {nights} nights from {check_in}.",
        "Reserve a room, {check_in}, {nights} nights, {guests} guests, {breakfast}, in {city}.",
    ),
    F(
        "rent_car",
        "travel",
        "Reserve a rental car",
        [
            E("pickup_city", "city of pickup", *CITIES),
            I("days", "rental days", 1, 21),
            E("car_class", "car size", "compact", "midsize", "suv", "van"),
            opt(B("one_way", "drop off in another city", "one-way", "round trip"), False),
        ],
        "I want a {car_class} car in {pickup_city} for {days} days.",
        "Rent a car: {days} days, pick up in {pickup_city}, {car_class}, {one_way}.",
    ),
    F(
        "travel_time_estimate",
        "travel",
        "Driving time for a distance at an average speed",
        [
            N("distance_km", "distance in km", 20, 2000, 0),
            N("average_speed_kmh", "average speed in km/h", 40, 120, 0),
            opt(I("breaks", "number of 15-minute breaks", 1, 6), 0),
        ],
        "How long to drive {distance_km} km at {average_speed_kmh} km/h?",
        "Road trip of {distance_km} km, averaging {average_speed_kmh} km/h with {breaks} breaks. Time?",
    ),
    F(
        "visa_requirements",
        "travel",
        "Visa rules for a citizen visiting a country",
        [
            E("citizenship", "traveller's citizenship", *COUNTRIES),
            E("destination", "country visited", *COUNTRIES),
            opt(I("stay_days", "length of stay in days", 3, 180), 30),
        ],
        "Does a citizen of {citizenship} need a visa for {destination}?",
        "Visa rules: {citizenship} passport, going to {destination} for {stay_days} days.",
    ),
    F(
        "timezone_convert",
        "travel",
        "Convert a clock time between cities",
        [
            S("time", "time as HH:MM", "09:30", "14:00", "18:45", "07:15", "22:10"),
            E("from_city", "city the time is in", *CITIES),
            E("to_city", "city to convert to", *CITIES),
        ],
        "When it's {time} in {from_city}, what time is it in {to_city}?",
        "Convert {time} {from_city} time to {to_city} time.",
    ),
    F(
        "train_schedule",
        "travel",
        "Train departures between two stations",
        [
            E("from_station", "departure city", *CITIES),
            E("to_station", "arrival city", *CITIES),
            opt(S("after_time", "earliest departure HH:MM", "08:00", "12:30", "17:00"), None),
            opt(
                B("direct_only", "exclude trains with changes", "direct trains only", "changes are fine"),
                False,
            ),
        ],
        "Trains from {from_station} to {to_station}?",
        "Show me {direct_only} from {from_station} to {to_station} leaving after {after_time}.",
    ),
    F(
        "baggage_fee",
        "travel",
        "Checked baggage fee",
        [
            N("weight_kg", "bag weight in kg", 10, 35, 1),
            I("bags", "number of bags", 1, 4),
            E("fare_type", "fare type", "basic", "standard", "flex"),
        ],
        "What do {bags} checked bags of {weight_kg} kg cost on a {fare_type} fare?",
        "I'm on a {fare_type} ticket with {bags} bags, each {weight_kg} kg. Fee?",
    ),
    F(
        "packing_list",
        "travel",
        "Suggested packing list for a trip",
        [
            E(
                "destination_climate",
                "climate at the destination",
                "tropical",
                "desert",
                "temperate",
                "arctic",
            ),
            I("days", "trip length in days", 2, 30),
            opt(
                L(
                    "activities",
                    "planned activities",
                    "string",
                    ("hiking", "swimming", "skiing", "business", "camping"),
                ),
                None,
            ),
        ],
        "What should I pack for {days} days somewhere {destination_climate}?",
        "Packing list: {destination_climate} climate, {days}-day trip, activities {activities}.",
    ),
    F(
        "airport_distance",
        "travel",
        "Great-circle distance between two airports",
        [
            E("airport_a", "first airport code", *AIRPORTS),
            E("airport_b", "second airport code", *AIRPORTS),
            opt(E("unit", "distance unit", "km", "miles", "nautical_miles"), "km"),
        ],
        "How far is {airport_a} from {airport_b}?",
        "Distance between {airport_a} and {airport_b} in {unit}.",
    ),
    F(
        "tour_price",
        "travel",
        "Price of a group tour",
        [
            I("adults", "number of adults", 1, 8),
            opt(I("children", "number of children", 1, 5), 0),
            E("tour", "which tour", "city_walk", "museum_pass", "boat_cruise", "food_tasting"),
        ],
        "Price of the {tour} tour for {adults} adults?",
        "{adults} adults and {children} kids want the {tour}. How much?",
    ),
    # ---- sports -----------------------------------------------------------------------------------
    F(
        "team_standings",
        "sports",
        "League standings of a team in a season",
        [E("team", "team name", *TEAMS), I("season", "season year", 2010, 2024)],
        "Where did the {team} finish in {season}?",
        "Show the {season} standings for {team}.",
    ),
    F(
        "player_stats",
        "sports",
        "Statistics of a player",
        [
            S(
                "player",
                "player's full name",
                "LeBron James",
                "Lionel Messi",
                "Serena Williams",
                "Tom Brady",
                "Shohei Ohtani",
            ),
            opt(I("season", "season year", 2015, 2024), None),
            opt(
                L("stats", "which statistics", "string", ("points", "assists", "goals", "games", "rebounds")),
                None,
            ),
        ],
        "Get stats for {player}.",
        "I want {player}'s {stats} for the {season} season.",
    ),
    F(
        "batting_average",
        "sports",
        "Batting average from hits and at-bats",
        [I("hits", "number of hits", 20, 200), I("at_bats", "number of at-bats", 201, 650)],
        "A hitter has {hits} hits in {at_bats} at-bats. What's the average?",
        "Batting average with {at_bats} at bats and {hits} hits?",
    ),
    F(
        "race_pace",
        "sports",
        "Running pace for a distance and finishing time",
        [
            N("distance_km", "race distance in km", 3, 42.2, 1),
            I("minutes", "finishing time in minutes", 12, 300),
            opt(E("unit", "pace unit", "per_km", "per_mile"), "per_km"),
        ],
        "I ran {distance_km} km in {minutes} minutes. What's my pace?",
        "Pace {unit} for a {minutes}-minute {distance_km} km race?",
    ),
    F(
        "match_schedule",
        "sports",
        "Upcoming matches of a team",
        [
            E("team", "team name", *TEAMS),
            opt(I("limit", "how many matches", 1, 10), 5),
            opt(B("home_only", "only home games", "home games only", "home and away"), False),
        ],
        "When do the {team} play next?",
        "List the next {limit} {team} games, {home_only}.",
    ),
    F(
        "elo_expected_score",
        "sports",
        "Expected score of a player from Elo ratings",
        [I("rating_a", "player's rating", 1000, 2800), I("rating_b", "opponent's rating", 1000, 2800)],
        "A {rating_a}-rated chess player faces a {rating_b}. Expected score?",
        "Elo: what are the chances for rating {rating_a} against {rating_b}?",
    ),
    F(
        "calories_burned_exercise",
        "sports",
        "Calories burned by an activity",
        [
            E("activity", "the activity", "running", "cycling", "swimming", "walking", "rowing"),
            I("minutes", "duration in minutes", 10, 180),
            N("weight_kg", "body weight in kg", 45, 130, 1),
        ],
        "How many calories does a {weight_kg} kg person burn {activity} for {minutes} minutes?",
        "Calories for {minutes} min of {activity}, I weigh {weight_kg} kilos.",
    ),
    F(
        "golf_handicap",
        "sports",
        "Golf handicap differential of a round",
        [
            I("score", "gross score", 70, 120),
            N("course_rating", "course rating", 67, 76, 1),
            I("slope_rating", "slope rating", 100, 150),
        ],
        "I shot {score} on a course rated {course_rating} with slope {slope_rating}. Differential?",
        "Handicap differential: slope {slope_rating}, rating {course_rating}, score {score}.",
    ),
    F(
        "tournament_bracket",
        "sports",
        "Generate a knockout bracket",
        [
            L("teams", "team names", "string", TEAMS, (4, 4)),
            opt(B("seeded", "keep the given order as seeding", "seeded in that order", "random draw"), False),
        ],
        "Make a knockout bracket for {teams}.",
        "Bracket for {teams}, {seeded}.",
    ),
    F(
        "swim_pace_converter",
        "sports",
        "Convert a swim time per 100 between pool lengths",
        [
            N("seconds_per_100", "time per 100 in seconds", 60, 180, 1),
            E("from_pool", "pool it was swum in", "25m", "50m", "25y"),
            E("to_pool", "pool to convert to", "25m", "50m", "25y"),
        ],
        "I swim {seconds_per_100} s per 100 in a {from_pool} pool. What's that in a {to_pool} pool?",
        "Convert a {from_pool} pace of {seconds_per_100} seconds/100 to {to_pool}.",
    ),
    # ---- text -------------------------------------------------------------------------------------
    F(
        "word_count",
        "text",
        "Count the words of a text",
        [S("text", "the text", *SENTENCES)],
        "How many words are in '{text}'?",
        "Count the words: {text}",
    ),
    F(
        "translate_text",
        "text",
        "Translate a text into another language",
        [
            S(
                "text",
                "text to translate",
                "good morning",
                "where is the station",
                "thank you very much",
                "I love books",
            ),
            E("target_language", "language to translate into", *LANGS),
            opt(E("formality", "register", "formal", "informal"), "formal"),
        ],
        "Translate '{text}' into {target_language}.",
        "How do you say '{text}' in {target_language}? Keep it {formality}.",
    ),
    F(
        "reverse_string",
        "text",
        "Reverse the characters of a string",
        [S("text", "the string", *WORDS)],
        "Reverse the string {text}.",
        "What is '{text}' spelled backwards?",
    ),
    F(
        "count_character",
        "text",
        "Count how often a character occurs in a text",
        [
            S("text", "the text", *SENTENCES),
            S("character", "the character", "a", "e", "o", "t", "s"),
            opt(
                B("case_sensitive", "distinguish upper and lower case", "case-sensitive", "ignoring case"),
                False,
            ),
        ],
        "How many times does '{character}' appear in '{text}'?",
        'Count the letter {character} in "{text}", {case_sensitive}.',
    ),
    F(
        "summarize_text",
        "text",
        "Summarize a text in a few sentences",
        [
            S(
                "text",
                "the text",
                "The council met on Monday and approved the new park budget after a long debate.",
                "Researchers found that the bees preferred blue flowers in all three experiments.",
                "The train was delayed by two hours because of snow on the tracks near the border.",
            ),
            opt(I("max_sentences", "longest summary in sentences", 1, 3), 2),
        ],
        "Summarize: {text}",
        "Give me a {max_sentences}-sentence summary of this: {text}",
    ),
    F(
        "is_palindrome",
        "text",
        "Whether a text reads the same backwards",
        [
            S("text", "the text", "racecar", "level", "banana", "noon", "kayak", "planet"),
            opt(
                B("ignore_spaces", "ignore spaces and punctuation", "ignoring spaces", "counting spaces"),
                True,
            ),
        ],
        "Is {text} a palindrome?",
        "Check whether '{text}' reads the same both ways, {ignore_spaces}.",
    ),
    F(
        "change_case",
        "text",
        "Change the letter case of a text",
        [
            S("text", "the text", *SENTENCES),
            E("style", "target case", "upper", "lower", "title", "snake", "camel"),
        ],
        "Convert '{text}' to {style} case.",
        "Put this in {style} case: {text}",
    ),
    F(
        "find_replace",
        "text",
        "Replace occurrences of a word in a text",
        [
            S("text", "the text", *SENTENCES),
            S("find", "word to find", "the", "is", "to", "not"),
            S("replace_with", "replacement", "a", "was", "into", "never"),
            opt(I("max_replacements", "replace at most this many", 1, 3), None),
        ],
        "In '{text}', replace '{find}' with '{replace_with}'.",
        'Swap the first {max_replacements} occurrences of "{find}" for "{replace_with}" in: {text}',
    ),
    F(
        "extract_emails",
        "text",
        "Extract e-mail addresses from a text",
        [
            S(
                "text",
                "the text",
                "Contact ana@example.org or sales@shop.test for details.",
                "Write to bo@mail.test today.",
                "Reach us at info@site.test, help@site.test.",
            )
        ],
        "Pull out the email addresses from this: {text}",
        "Which emails appear in '{text}'?",
    ),
    F(
        "sentiment_analysis",
        "text",
        "Sentiment of a text",
        [
            S(
                "text",
                "the text",
                "I absolutely loved this movie!",
                "The service was slow and the food cold.",
                "It was fine, nothing special.",
                "Best purchase I made this year.",
            ),
            opt(E("granularity", "how detailed", "binary", "three_way", "five_star"), "three_way"),
        ],
        'What\'s the sentiment of: "{text}"',
        'Classify "{text}" on a {granularity} scale.',
    ),
    F(
        "anagram_check",
        "text",
        "Whether two words are anagrams",
        [
            S("word_a", "first word", "listen", "evil", "dusty", "night", "heart"),
            S("word_b", "second word", "silent", "vile", "study", "thing", "earth", "plant"),
        ],
        "Are {word_a} and {word_b} anagrams?",
        "Do '{word_b}' and '{word_a}' use the same letters?",
    ),
    F(
        "truncate_text",
        "text",
        "Shorten a text to a number of characters",
        [
            S("text", "the text", *SENTENCES),
            I("max_chars", "maximum length", 5, 20),
            opt(S("ellipsis", "text put at the end", "...", "~", " [more]"), "..."),
        ],
        "Cut '{text}' down to {max_chars} characters.",
        "Truncate this to {max_chars} chars and end it with '{ellipsis}': {text}",
    ),
    F(
        "syllable_count",
        "text",
        "Count syllables in a word",
        [S("word", "the word", "banana", "elephant", "computer", "strength", "umbrella", "idea")],
        "How many syllables does '{word}' have?",
        "Syllable count for the word {word}?",
    ),
    F(
        "rhyme_finder",
        "text",
        "Words that rhyme with a word",
        [
            S("word", "the word", "cat", "light", "moon", "tree", "stone"),
            opt(I("max_results", "how many rhymes", 3, 20), 10),
        ],
        "What rhymes with {word}?",
        "Give me {max_results} rhymes for {word}.",
    ),
    F(
        "spell_check",
        "text",
        "Find misspelled words in a text",
        [
            S(
                "text",
                "the text",
                "I recieved the pakage yesterday",
                "Their going too the libary",
                "definately a good idea",
            ),
            opt(E("dialect", "spelling variety", "us", "uk"), "us"),
        ],
        "Spell-check this: {text}",
        "Which words are misspelled in '{text}' ({dialect} English)?",
    ),
    # ---- dates ------------------------------------------------------------------------------------
    F(
        "days_between",
        "dates",
        "Number of days between two dates",
        [
            S("start_date", "first date YYYY-MM-DD", "2024-01-15", "2023-03-01", "2022-11-20", "2025-02-10"),
            S("end_date", "second date YYYY-MM-DD", "2024-12-25", "2025-07-04", "2026-01-01"),
            opt(
                B("include_end", "count the end date too", "counting both ends", "not counting the last day"),
                False,
            ),
        ],
        "How many days from {start_date} to {end_date}?",
        "Days between {start_date} and {end_date}, {include_end}?",
    ),
    F(
        "add_days",
        "dates",
        "Date a number of days after (or before) a date",
        [
            S("date", "start date YYYY-MM-DD", "2024-02-20", "2025-01-31", "2023-10-05", "2024-12-30"),
            I("days", "days to add (negative to subtract)", -120, 400),
            opt(
                B("business_days", "count only weekdays", "counting business days only", "calendar days"),
                False,
            ),
        ],
        "What date is {days} days after {date}?",
        "Add {days} days to {date}, {business_days}.",
    ),
    F(
        "day_of_week",
        "dates",
        "Weekday of a date",
        [S("date", "date YYYY-MM-DD", "1999-12-31", "2024-07-04", "2000-01-01", "2023-11-23", "1969-07-20")],
        "What day of the week was {date}?",
        "{date}: which weekday?",
    ),
    F(
        "age_from_birthdate",
        "dates",
        "Age on a date from a birth date",
        [
            S("birth_date", "birth date YYYY-MM-DD", "1990-05-17", "1985-12-02", "2001-08-09", "1975-03-30"),
            opt(S("on_date", "date to compute the age on", "2025-01-01", "2030-06-15"), None),
        ],
        "How old is someone born on {birth_date}?",
        "Born {birth_date}; how old will they be on {on_date}?",
    ),
    F(
        "is_leap_year",
        "dates",
        "Whether a year is a leap year",
        [I("year", "the year", 1600, 2400)],
        "Is {year} a leap year?",
        "Does February have 29 days in {year}?",
    ),
    F(
        "next_holiday",
        "dates",
        "Next public holiday in a country",
        [
            E("country", "country", *COUNTRIES),
            opt(S("after_date", "look after this date", "2025-03-01", "2025-08-15", "2025-11-01"), None),
        ],
        "What's the next public holiday in {country}?",
        "After {after_date}, when is the next holiday in {country}?",
    ),
    F(
        "week_number",
        "dates",
        "ISO week number of a date",
        [S("date", "date YYYY-MM-DD", "2024-03-14", "2025-12-29", "2023-01-01", "2024-09-09")],
        "Which ISO week is {date} in?",
        "Week number for {date}?",
    ),
    F(
        "countdown",
        "dates",
        "Time left until an event",
        [
            S("event_date", "date of the event YYYY-MM-DD", "2025-12-25", "2026-07-01", "2025-10-31"),
            opt(E("unit", "unit of the answer", "days", "weeks", "hours"), "days"),
        ],
        "How long until {event_date}?",
        "Count down to {event_date} in {unit}.",
    ),
    F(
        "schedule_meeting",
        "dates",
        "Schedule a meeting",
        [
            S("title", "meeting title", "Budget review", "Team sync", "Design critique", "Hiring panel"),
            S("date", "date YYYY-MM-DD", "2025-04-08", "2025-05-19", "2025-06-02"),
            S("start_time", "start HH:MM", "09:00", "11:30", "15:00"),
            I("duration_minutes", "length in minutes", 15, 120),
            opt(L("attendees", "people invited", "string", NAMES), None),
        ],
        "Set up '{title}' on {date} at {start_time} for {duration_minutes} minutes.",
        "Schedule a {duration_minutes}-minute meeting called {title} with {attendees} on {date}, starting {start_time}.",
    ),
    F(
        "business_days_between",
        "dates",
        "Working days between two dates",
        [
            S("start_date", "first date YYYY-MM-DD", "2025-01-06", "2025-03-03", "2025-09-01"),
            S("end_date", "last date YYYY-MM-DD", "2025-01-31", "2025-04-30", "2025-10-15"),
            opt(E("country", "country whose holidays are skipped", *COUNTRIES), None),
        ],
        "How many working days between {start_date} and {end_date}?",
        "Business days from {start_date} to {end_date} excluding {country} holidays?",
    ),
    # ---- units ------------------------------------------------------------------------------------
    F(
        "convert_length",
        "units",
        "Convert a length between units",
        [
            N("value", "the length", 0.5, 5000, 2),
            E("from_unit", "unit of the value", "mm", "cm", "m", "km", "in", "ft", "yd", "mi"),
            E("to_unit", "unit to convert to", "mm", "cm", "m", "km", "in", "ft", "yd", "mi"),
        ],
        "Convert {value} {from_unit} to {to_unit}.",
        "How many {to_unit} are in {value} {from_unit}?",
    ),
    F(
        "convert_temperature",
        "units",
        "Convert a temperature between scales",
        [
            N("value", "the temperature", -40, 250, 1),
            E("from_scale", "scale of the value", "celsius", "fahrenheit", "kelvin"),
            E("to_scale", "scale to convert to", "celsius", "fahrenheit", "kelvin"),
        ],
        "What is {value} degrees {from_scale} in {to_scale}?",
        "Turn {value} {from_scale} into {to_scale}.",
    ),
    F(
        "convert_weight",
        "units",
        "Convert a mass between units",
        [
            N("value", "the mass", 0.1, 1000, 2),
            E("from_unit", "unit of the value", "g", "kg", "lb", "oz", "stone"),
            E("to_unit", "unit to convert to", "g", "kg", "lb", "oz", "stone"),
        ],
        "{value} {from_unit} is how many {to_unit}?",
        "Please convert a weight of {value} {from_unit} to {to_unit}.",
    ),
    F(
        "convert_volume",
        "units",
        "Convert a volume between units",
        [
            N("value", "the volume", 0.1, 500, 2),
            E("from_unit", "unit of the value", "ml", "l", "cup", "tbsp", "tsp", "gallon", "pint"),
            E("to_unit", "unit to convert to", "ml", "l", "cup", "tbsp", "tsp", "gallon", "pint"),
        ],
        "How many {to_unit} is {value} {from_unit}?",
        "Convert {value} {from_unit} into {to_unit}.",
    ),
    F(
        "convert_speed",
        "units",
        "Convert a speed between units",
        [
            N("value", "the speed", 1, 300, 1),
            E("from_unit", "unit of the value", "kmh", "mph", "ms", "knots"),
            E("to_unit", "unit to convert to", "kmh", "mph", "ms", "knots"),
        ],
        "{value} {from_unit} in {to_unit}?",
        "My speed is {value} {from_unit}; express it in {to_unit}.",
    ),
    F(
        "convert_area",
        "units",
        "Convert an area between units",
        [
            N("value", "the area", 1, 10000, 1),
            E("from_unit", "unit of the value", "sqm", "sqft", "acre", "hectare", "sqkm"),
            E("to_unit", "unit to convert to", "sqm", "sqft", "acre", "hectare", "sqkm"),
        ],
        "Convert {value} {from_unit} to {to_unit}.",
        "A plot of {value} {from_unit}: how big in {to_unit}?",
    ),
    F(
        "convert_pressure",
        "units",
        "Convert a pressure between units",
        [
            N("value", "the pressure", 0.5, 300, 1),
            E("from_unit", "unit of the value", "psi", "bar", "kpa", "atm"),
            E("to_unit", "unit to convert to", "psi", "bar", "kpa", "atm"),
        ],
        "My tyres are at {value} {from_unit}. What's that in {to_unit}?",
        "Pressure conversion: {value} {from_unit} -> {to_unit}.",
    ),
    F(
        "convert_data_size",
        "units",
        "Convert a data size between units",
        [
            N("value", "the size", 1, 100000, 0),
            E("from_unit", "unit of the value", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB"),
            E("to_unit", "unit to convert to", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB"),
        ],
        "How many {to_unit} is {value} {from_unit}?",
        "Convert a {value} {from_unit} file size into {to_unit}.",
    ),
    F(
        "convert_energy",
        "units",
        "Convert energy between units",
        [
            N("value", "the energy", 1, 50000, 1),
            E("from_unit", "unit of the value", "joule", "calorie", "kcal", "kwh", "btu"),
            E("to_unit", "unit to convert to", "joule", "calorie", "kcal", "kwh", "btu"),
        ],
        "Express {value} {from_unit} in {to_unit}.",
        "How much is {value} {from_unit} of energy in {to_unit}?",
    ),
    F(
        "convert_fuel_economy",
        "units",
        "Convert fuel economy between units",
        [
            N("value", "the fuel economy", 3, 60, 1),
            E("from_unit", "unit of the value", "mpg_us", "mpg_uk", "l_per_100km", "km_per_l"),
            E("to_unit", "unit to convert to", "mpg_us", "mpg_uk", "l_per_100km", "km_per_l"),
        ],
        "My car does {value} {from_unit}. What's that in {to_unit}?",
        "Fuel economy {value} ({from_unit}) converted to {to_unit}?",
    ),
    F(
        "convert_time_units",
        "units",
        "Convert a duration between units",
        [
            N("value", "the duration", 1, 100000, 0),
            E("from_unit", "unit of the value", "seconds", "minutes", "hours", "days", "weeks"),
            E("to_unit", "unit to convert to", "seconds", "minutes", "hours", "days", "weeks"),
        ],
        "How many {to_unit} are {value} {from_unit}?",
        "Convert {value} {from_unit} to {to_unit}.",
    ),
    F(
        "shoe_size_convert",
        "units",
        "Convert a shoe size between systems",
        [
            N("size", "the shoe size", 4, 14, 1),
            E("from_system", "sizing system of the size", "us", "uk", "eu"),
            E("to_system", "sizing system to convert to", "us", "uk", "eu"),
            opt(E("gender", "sizing chart", "men", "women"), "men"),
        ],
        "I wear a {from_system} {size}. What's that in {to_system} sizes?",
        "Convert {gender}'s shoe size {size} from {from_system} to {to_system}.",
    ),
    # ---- health -----------------------------------------------------------------------------------
    F(
        "bmi",
        "health",
        "Body mass index",
        [N("weight_kg", "weight in kg", 40, 150, 1), N("height_cm", "height in cm", 140, 205, 0)],
        "What's the BMI of someone who is {height_cm} cm and {weight_kg} kg?",
        "I weigh {weight_kg} kilos and I'm {height_cm} centimetres tall. Calculate my BMI.",
    ),
    F(
        "daily_calories",
        "health",
        "Daily calorie needs (Mifflin-St Jeor)",
        [
            N("weight_kg", "weight in kg", 45, 130, 1),
            N("height_cm", "height in cm", 150, 200, 0),
            I("age", "age in years", 18, 80),
            E("sex", "sex", "male", "female"),
            E("activity_level", "activity level", "sedentary", "light", "moderate", "active", "very_active"),
        ],
        "How many calories a day does a {age}-year-old {sex}, {height_cm} cm, {weight_kg} kg, {activity_level} activity, need?",
        "Daily energy needs: {sex}, {weight_kg} kg, {height_cm} cm tall, age {age}, {activity_level} lifestyle.",
    ),
    F(
        "target_heart_rate",
        "health",
        "Target heart-rate zone for exercise",
        [
            I("age", "age in years", 18, 80),
            opt(I("resting_hr", "resting heart rate", 45, 90), None),
            opt(E("intensity", "training intensity", "light", "moderate", "vigorous"), "moderate"),
        ],
        "What's the target heart rate for a {age}-year-old?",
        "Heart-rate zone at {intensity} intensity, age {age}, resting pulse {resting_hr}.",
    ),
    F(
        "water_intake",
        "health",
        "Recommended daily water intake",
        [
            N("weight_kg", "weight in kg", 40, 130, 1),
            opt(I("exercise_minutes", "minutes of exercise", 15, 120), 0),
            opt(E("climate", "climate", "cool", "temperate", "hot"), "temperate"),
        ],
        "How much water should a {weight_kg} kg person drink a day?",
        "Daily water for me: {weight_kg} kg, {exercise_minutes} minutes of exercise, {climate} weather.",
    ),
    F(
        "medication_dose",
        "health",
        "Weight-based medication dose",
        [
            N("weight_kg", "patient weight in kg", 5, 100, 1),
            N("mg_per_kg", "dose in mg per kg", 1, 20, 1),
            opt(I("doses_per_day", "doses per day", 2, 4), 1),
        ],
        "Dose for a {weight_kg} kg patient at {mg_per_kg} mg/kg?",
        "At {mg_per_kg} mg per kilo, split into {doses_per_day} doses a day, what's each dose for {weight_kg} kg?",
    ),
    F(
        "sleep_cycles",
        "health",
        "Good bedtimes for waking at a given time",
        [
            S("wake_time", "wake-up time HH:MM", "06:00", "06:30", "07:15", "05:45"),
            opt(I("cycles", "number of 90-minute cycles", 4, 6), 5),
        ],
        "If I need to get up at {wake_time}, when should I go to bed?",
        "Bedtime for {cycles} sleep cycles, alarm at {wake_time}?",
    ),
    F(
        "blood_alcohol",
        "health",
        "Estimated blood alcohol content",
        [
            I("drinks", "standard drinks", 1, 8),
            N("weight_kg", "weight in kg", 45, 120, 1),
            N("hours", "hours since the first drink", 0.5, 6, 1),
            E("sex", "sex", "male", "female"),
        ],
        "Estimate BAC for a {weight_kg} kg {sex} after {drinks} drinks over {hours} hours.",
        "{drinks} standard drinks, {hours} hours, {sex}, {weight_kg} kg: blood alcohol?",
    ),
    F(
        "body_fat_navy",
        "health",
        "Body-fat percentage by the US Navy method",
        [
            E("sex", "sex", "male", "female"),
            N("waist_cm", "waist in cm", 60, 120, 1),
            N("neck_cm", "neck in cm", 28, 48, 1),
            N("height_cm", "height in cm", 150, 200, 0),
            opt(N("hip_cm", "hip in cm (women)", 80, 120, 1), None),
        ],
        "Body fat for a {sex}: waist {waist_cm} cm, neck {neck_cm} cm, height {height_cm} cm.",
        "Navy method, {sex}, height {height_cm}, neck {neck_cm}, waist {waist_cm}, hips {hip_cm} (all cm).",
    ),
    F(
        "pregnancy_due_date",
        "health",
        "Estimated due date from the last period",
        [
            S(
                "last_period_date",
                "first day of the last period YYYY-MM-DD",
                "2025-01-10",
                "2024-11-03",
                "2025-03-22",
            ),
            opt(I("cycle_length_days", "cycle length in days", 24, 35), 28),
        ],
        "My last period started {last_period_date}. When is the baby due?",
        "Due date with a {cycle_length_days}-day cycle, LMP {last_period_date}?",
    ),
    F(
        "vaccine_schedule",
        "health",
        "Vaccines due at an age",
        [I("age_months", "age in months", 0, 72), E("country", "country", *COUNTRIES)],
        "Which vaccines are due at {age_months} months in {country}?",
        "Vaccination schedule for a {age_months}-month-old living in {country}.",
    ),
    F(
        "step_goal_progress",
        "health",
        "Progress toward a daily step goal",
        [I("steps", "steps taken", 500, 20000), opt(I("goal", "daily goal", 5000, 15000), 10000)],
        "I've done {steps} steps today. How close am I to my goal?",
        "Progress: {steps} steps against a goal of {goal}.",
    ),
    # ---- cooking ----------------------------------------------------------------------------------
    F(
        "scale_recipe",
        "cooking",
        "Scale a recipe to a number of servings",
        [
            S("recipe", "recipe name", "pancakes", "lasagna", "banana bread", "chili", "risotto"),
            I("original_servings", "servings the recipe makes", 2, 8),
            I("target_servings", "servings wanted", 1, 30),
        ],
        "The {recipe} recipe serves {original_servings}; I need {target_servings} servings.",
        "Scale {recipe} from {original_servings} to {target_servings} people.",
    ),
    F(
        "find_recipes",
        "cooking",
        "Recipes that use given ingredients",
        [
            L("ingredients", "ingredients at hand", "string", INGREDIENTS),
            opt(E("diet", "dietary restriction", "vegetarian", "vegan", "gluten_free", "keto"), None),
            opt(I("max_minutes", "longest total time in minutes", 10, 90), None),
        ],
        "What can I cook with {ingredients}?",
        "Find {diet} recipes under {max_minutes} minutes using {ingredients}.",
    ),
    F(
        "cooking_time_meat",
        "cooking",
        "Roasting time for a cut of meat",
        [
            E("meat", "kind of meat", "chicken", "turkey", "beef", "pork", "lamb"),
            N("weight_kg", "weight in kg", 0.5, 9, 1),
            opt(E("doneness", "doneness", "rare", "medium", "well_done"), "medium"),
        ],
        "How long do I roast a {weight_kg} kg {meat}?",
        "Roasting time for {meat}, {weight_kg} kilograms, cooked {doneness}.",
    ),
    F(
        "oven_temp_convert",
        "cooking",
        "Convert an oven setting between scales",
        [
            N("temperature", "the setting", 120, 500, 0),
            E("from_scale", "scale of the setting", "celsius", "fahrenheit", "gas_mark"),
            E("to_scale", "scale to convert to", "celsius", "fahrenheit", "gas_mark"),
            opt(B("fan_oven", "adjust for a fan oven", "for a fan oven", "conventional oven"), False),
        ],
        "The recipe says {temperature} {from_scale}; what's that in {to_scale}?",
        "Convert an oven temperature of {temperature} from {from_scale} to {to_scale}, {fan_oven}.",
    ),
    F(
        "nutrition_facts",
        "cooking",
        "Nutrition facts of a food portion",
        [
            E("food", "the food", "apple", "banana", "rice", "chicken_breast", "egg", "oats", "almonds"),
            N("grams", "portion in grams", 20, 500, 0),
        ],
        "Nutrition for {grams} g of {food}?",
        "How many calories and how much protein in {grams} grams of {food}?",
    ),
    F(
        "substitute_ingredient",
        "cooking",
        "Substitutes for an ingredient",
        [
            S("ingredient", "the ingredient", "buttermilk", "eggs", "butter", "baking powder", "sour cream"),
            opt(E("diet", "dietary restriction", "vegan", "dairy_free", "low_fat"), None),
        ],
        "What can I use instead of {ingredient}?",
        "I'm {diet}; give me a substitute for {ingredient}.",
    ),
    F(
        "bake_timer",
        "cooking",
        "Start a kitchen timer",
        [
            I("minutes", "timer length in minutes", 1, 180),
            opt(S("label", "name shown on the timer", "cookies", "pasta", "bread", "eggs"), None),
            opt(B("loud", "loud alarm", "loud alarm", "quiet alarm"), False),
        ],
        "Set a timer for {minutes} minutes.",
        "Start a {minutes} minute timer labelled {label} with a {loud}.",
    ),
    F(
        "meal_plan",
        "cooking",
        "Weekly meal plan",
        [
            I("days", "number of days", 1, 7),
            I("calories_per_day", "daily calorie target", 1200, 3500),
            opt(E("diet", "diet", "omnivore", "vegetarian", "vegan", "pescatarian"), "omnivore"),
            opt(L("exclude", "ingredients to avoid", "string", INGREDIENTS, (1, 3)), None),
        ],
        "Plan {days} days of meals at {calories_per_day} kcal a day.",
        "Make me a {diet} meal plan for {days} days, {calories_per_day} calories daily, no {exclude}.",
    ),
    F(
        "coffee_ratio",
        "cooking",
        "Coffee and water amounts for a brew",
        [
            N("water_ml", "water in ml", 150, 1500, 0),
            opt(N("ratio", "water to coffee ratio", 12, 18, 0), 16),
            E("method", "brewing method", "pour_over", "french_press", "aeropress", "cold_brew"),
        ],
        "How much coffee for {water_ml} ml of water in a {method}?",
        "{method} at 1:{ratio} with {water_ml} mL water: grams of coffee?",
    ),
    # ---- weather / environment ---------------------------------------------------------------------
    F(
        "weather_forecast",
        "weather",
        "Weather forecast for a city",
        [
            E("city", "city", *CITIES),
            opt(I("days", "days ahead", 1, 10), 3),
            opt(E("units", "unit system", "metric", "imperial"), "metric"),
        ],
        "What's the weather going to be in {city}?",
        "Give me a {days}-day forecast for {city} in {units} units.",
    ),
    F(
        "uv_index",
        "weather",
        "UV index for a place and hour",
        [
            N("latitude", "latitude", -60, 60, 2),
            N("longitude", "longitude", -179, 179, 2),
            opt(I("hour", "hour of day 0-23", 8, 18), 12),
        ],
        "UV index at latitude {latitude}, longitude {longitude}?",
        "How strong is the sun at {hour}:00 at coordinates {latitude}, {longitude}?",
    ),
    F(
        "wind_chill",
        "weather",
        "Wind-chill temperature",
        [
            N("temperature_c", "air temperature in C", -30, 10, 1),
            N("wind_speed_kmh", "wind speed in km/h", 5, 80, 0),
        ],
        "It's {temperature_c} C with wind at {wind_speed_kmh} km/h. What does it feel like?",
        "Wind chill for {wind_speed_kmh} km/h winds and {temperature_c} degrees?",
    ),
    F(
        "dew_point",
        "weather",
        "Dew point from temperature and humidity",
        [
            N("temperature_c", "temperature in C", -5, 40, 1),
            N("relative_humidity", "relative humidity in percent", 10, 100, 0),
        ],
        "Dew point at {temperature_c} C and {relative_humidity}% humidity?",
        "Humidity {relative_humidity} percent, temperature {temperature_c} degrees: find the dew point.",
    ),
    F(
        "air_quality",
        "weather",
        "Air quality index of a city",
        [
            E("city", "city", *CITIES),
            opt(E("pollutant", "pollutant", "pm25", "pm10", "ozone", "no2"), "pm25"),
        ],
        "How's the air quality in {city}?",
        "Current {pollutant} level in {city}?",
    ),
    F(
        "carbon_footprint_flight",
        "environment",
        "CO2 emitted by a flight",
        [
            N("distance_km", "flight distance in km", 300, 15000, 0),
            E("cabin", "cabin class", "economy", "business", "first"),
            opt(B("round_trip", "count both directions", "round trip", "one way"), False),
        ],
        "CO2 for a {distance_km} km flight in {cabin}?",
        "Carbon footprint of flying {distance_km} km {cabin} class, {round_trip}.",
    ),
    F(
        "solar_panel_output",
        "environment",
        "Yearly energy from solar panels",
        [
            I("panels", "number of panels", 2, 40),
            N("watts_per_panel", "rated watts per panel", 200, 450, 0),
            N("sun_hours_per_day", "average sun hours a day", 2, 7, 1),
        ],
        "{panels} panels of {watts_per_panel} W with {sun_hours_per_day} sun hours a day produce how much a year?",
        "Annual solar output: {sun_hours_per_day} peak hours daily, {panels} panels rated {watts_per_panel} watts.",
    ),
    F(
        "electricity_cost",
        "environment",
        "Cost of running an appliance",
        [
            N("watts", "power draw in watts", 5, 3000, 0),
            N("hours_per_day", "hours used a day", 0.5, 24, 1),
            N("price_per_kwh", "price per kWh", 0.08, 0.45, 2),
            opt(I("days", "number of days", 7, 365), 30),
        ],
        "A {watts} W heater runs {hours_per_day} hours a day at {price_per_kwh} per kWh. Monthly cost?",
        "Running cost over {days} days for {watts} watts, {hours_per_day} h/day, {price_per_kwh}/kWh?",
    ),
    F(
        "recycling_info",
        "environment",
        "How to recycle an item in a city",
        [
            S("item", "the item", "pizza box", "glass jar", "battery", "plastic bag", "old phone"),
            E("city", "city", *CITIES),
        ],
        "How do I recycle a {item} in {city}?",
        "In {city}, which bin does a {item} go in?",
    ),
    F(
        "tree_carbon_offset",
        "environment",
        "Trees needed to offset an amount of CO2",
        [N("co2_tonnes", "CO2 in tonnes", 0.5, 50, 1), opt(I("years", "years of growth", 5, 50), 10)],
        "How many trees offset {co2_tonnes} tonnes of CO2?",
        "Trees needed to absorb {co2_tonnes} t CO2 within {years} years?",
    ),
    # ---- math / statistics ------------------------------------------------------------------------
    F(
        "mean_median_mode",
        "statistics",
        "Mean, median and mode of numbers",
        [L("values", "the numbers", "number", (1, 99), (4, 6))],
        "Give me the mean, median and mode of {values}.",
        "Summary statistics for these numbers: {values}.",
    ),
    F(
        "standard_deviation",
        "statistics",
        "Standard deviation of numbers",
        [
            L("values", "the numbers", "number", (1, 50), (3, 6)),
            opt(B("sample", "sample rather than population", "as a sample", "as a population"), True),
        ],
        "What's the standard deviation of {values}?",
        "Standard deviation of {values}, treated {sample}.",
    ),
    F(
        "percentage_change",
        "math",
        "Percentage change from an old to a new value",
        [N("old_value", "old value", 10, 1000, 1), N("new_value", "new value", 10, 1000, 1)],
        "By what percentage did it change from {old_value} to {new_value}?",
        "Percent change: was {old_value}, now {new_value}.",
    ),
    F(
        "gcd_lcm",
        "math",
        "Greatest common divisor or least common multiple",
        [
            L("numbers", "the integers", "integer", (6, 240), (2, 3)),
            E("operation", "which one", "gcd", "lcm"),
        ],
        "What's the {operation} of {numbers}?",
        "Compute {operation} for {numbers}.",
    ),
    F(
        "prime_factors",
        "math",
        "Prime factorization of an integer",
        [I("number", "the integer", 12, 99999)],
        "Factor {number} into primes.",
        "What are the prime factors of {number}?",
    ),
    F(
        "solve_quadratic",
        "math",
        "Roots of a quadratic equation",
        [
            N("a", "coefficient of x^2", 1, 9, 0),
            N("b", "coefficient of x", -20, 20, 0),
            N("c", "constant term", -30, 30, 0),
            opt(
                B("allow_complex", "return complex roots", "allowing complex roots", "real roots only"), False
            ),
        ],
        "Solve {a}x^2 + {b}x + {c} = 0.",
        "Roots of the quadratic with a={a}, b={b}, c={c}, {allow_complex}?",
    ),
    F(
        "binomial_probability",
        "statistics",
        "Probability of k successes in n trials",
        [
            I("n", "number of trials", 5, 50),
            I("k", "number of successes", 0, 5),
            N("p", "success probability per trial", 0.05, 0.95, 2),
        ],
        "What's the chance of exactly {k} successes in {n} trials with p = {p}?",
        "Flip a biased coin {n} times (heads probability {p}). Probability of {k} heads?",
    ),
    F(
        "combinations",
        "math",
        "Number of ways to choose items",
        [
            I("n", "items to choose from", 5, 60),
            I("r", "items chosen", 1, 5),
            opt(B("with_repetition", "allow repeats", "with repetition", "without repetition"), False),
        ],
        "How many ways to choose {r} from {n}?",
        "{n} choose {r}, {with_repetition}?",
    ),
    F(
        "matrix_determinant",
        "math",
        "Determinant of a 2x2 matrix given row by row",
        [L("entries", "the four entries row by row", "number", (-9, 9), (4, 4), ordered=True)],
        "Determinant of the 2x2 matrix with entries {entries} (row by row)?",
        "Compute det for a 2 by 2 matrix: {entries}.",
    ),
    F(
        "number_base_convert",
        "math",
        "Convert an integer between bases",
        [
            S("number", "the number as written", "255", "1010", "777", "1f4", "4096"),
            I("from_base", "base it is written in", 2, 16),
            I("to_base", "base to convert to", 2, 16),
        ],
        "Convert {number} from base {from_base} to base {to_base}.",
        "What is {number} (base {from_base}) written in base {to_base}?",
    ),
    F(
        "round_number",
        "math",
        "Round a number to a number of decimals",
        [
            N("value", "the number", 0, 1000, 4),
            I("decimals", "decimal places", 0, 3),
            opt(E("mode", "rounding mode", "half_up", "half_even", "floor", "ceil"), "half_up"),
        ],
        "Round {value} to {decimals} decimal places.",
        "Round {value} with {mode} rounding to {decimals} decimals.",
    ),
    F(
        "fibonacci",
        "math",
        "n-th Fibonacci number",
        [I("n", "position in the sequence", 5, 90)],
        "What's the {n}th Fibonacci number?",
        "Fibonacci number at position {n}?",
    ),
    F(
        "weighted_average",
        "statistics",
        "Weighted average of values",
        [
            L("values", "the values", "number", (50, 100), (3, 3), ordered=True),
            L("weights", "their weights", "number", (1, 5), (3, 3), ordered=True),
        ],
        "Weighted average of {values} with weights {weights}?",
        "My grades are {values}, weighted {weights}. Overall?",
    ),
    F(
        "z_score",
        "statistics",
        "Z-score of a value",
        [
            N("value", "the value", 40, 160, 1),
            N("mean", "mean", 50, 150, 1),
            N("std_dev", "standard deviation", 2, 25, 1),
        ],
        "Z-score of {value} if the mean is {mean} and the SD is {std_dev}?",
        "How many standard deviations is {value} from a mean of {mean} (sd {std_dev})?",
    ),
    # ---- computing --------------------------------------------------------------------------------
    F(
        "ip_subnet_info",
        "computing",
        "Facts about an IPv4 subnet",
        [
            S(
                "cidr",
                "subnet in CIDR notation",
                "192.168.1.0/24",
                "10.0.0.0/8",
                "172.16.5.0/22",
                "192.168.10.64/26",
            )
        ],
        "How many hosts fit in {cidr}?",
        "Give me the network and broadcast addresses of {cidr}.",
    ),
    F(
        "hash_text",
        "computing",
        "Hash of a text",
        [S("text", "the text", *WORDS), E("algorithm", "hash algorithm", "md5", "sha1", "sha256", "sha512")],
        "What's the {algorithm} hash of '{text}'?",
        "Hash the string {text} with {algorithm}.",
    ),
    F(
        "generate_password",
        "computing",
        "Generate a random password",
        [
            I("length", "number of characters", 8, 40),
            opt(B("include_symbols", "use symbols", "with symbols", "no symbols"), True),
            opt(B("include_digits", "use digits", "with digits", "no digits"), True),
        ],
        "Make me a {length}-character password.",
        "Generate a password, {length} characters long, {include_symbols}, {include_digits}.",
    ),
    F(
        "download_time",
        "computing",
        "Time to download a file",
        [
            N("file_size_gb", "file size in GB", 0.1, 150, 1),
            N("speed_mbps", "connection speed in Mbit/s", 5, 1000, 0),
        ],
        "How long to download a {file_size_gb} GB file at {speed_mbps} Mbps?",
        "With a {speed_mbps} megabit connection, download time for {file_size_gb} gigabytes?",
    ),
    F(
        "dns_lookup",
        "computing",
        "DNS records of a domain",
        [
            S("domain", "domain name", "example.org", "python.test", "mysite.test", "shop.example"),
            opt(E("record_type", "record type", "A", "AAAA", "MX", "TXT", "CNAME"), "A"),
        ],
        "Look up {domain}.",
        "What are the {record_type} records for {domain}?",
    ),
    F(
        "cron_next_runs",
        "computing",
        "Next run times of a cron expression",
        [
            S("expression", "cron expression", "0 9 * * 1", "*/15 * * * *", "30 2 1 * *", "0 0 * * 0"),
            opt(I("count", "how many run times", 1, 10), 5),
        ],
        "When does the cron job '{expression}' run next?",
        "List the next {count} firing times of {expression}.",
    ),
    F(
        "json_validate",
        "computing",
        "Check whether a text is valid JSON",
        [
            S(
                "document",
                "the text",
                '{"a": 1}',
                "[1, 2, 3",
                '{"name": "x", "ok": true}',
                "{'single': 'quotes'}",
            ),
            opt(B("strict", "reject duplicate keys", "in strict mode", "lenient"), False),
        ],
        "Is this valid JSON: {document}",
        "Validate the JSON {document}, {strict}.",
    ),
    F(
        "regex_test",
        "computing",
        "Test a regular expression against a text",
        [
            S("pattern", "the regular expression", "\\d+", "^a.*z$", "[A-Z]{2}", "colou?r"),
            S("text", "the text", "order 66", "amaze", "NYC", "color", "abc"),
            opt(B("ignore_case", "case-insensitive match", "ignoring case", "case-sensitive"), False),
        ],
        "Does the regex {pattern} match '{text}'?",
        "Test pattern {pattern} on the string {text}, {ignore_case}.",
    ),
    F(
        "storage_raid_capacity",
        "computing",
        "Usable capacity of a RAID array",
        [
            I("disks", "number of disks", 2, 16),
            N("disk_tb", "capacity per disk in TB", 1, 20, 1),
            E("raid_level", "RAID level", "raid0", "raid1", "raid5", "raid6", "raid10"),
        ],
        "Usable space with {disks} disks of {disk_tb} TB in {raid_level}?",
        "{raid_level} array, {disks} drives, {disk_tb} TB each: how much usable?",
    ),
    F(
        "http_status_lookup",
        "computing",
        "Meaning of an HTTP status code",
        [I("code", "status code", 100, 511)],
        "What does HTTP {code} mean?",
        "Explain status code {code}.",
    ),
    # ---- shopping ---------------------------------------------------------------------------------
    F(
        "discount_price",
        "shopping",
        "Price after a percentage discount",
        [
            N("price", "original price", 5, 2000, 2),
            N("discount_percent", "discount in percent", 5, 70, 0),
            opt(
                B("stackable_coupon", "apply an extra 10% coupon", "plus my extra coupon", "no coupon"), False
            ),
        ],
        "What's {price} with {discount_percent}% off?",
        "Sale price: {discount_percent} percent off {price}, {stackable_coupon}.",
    ),
    F(
        "unit_price_compare",
        "shopping",
        "Compare unit prices of two package sizes",
        [
            N("price_a", "price of package A", 1, 30, 2),
            N("size_a", "size of package A", 100, 2000, 0),
            N("price_b", "price of package B", 1, 30, 2),
            N("size_b", "size of package B", 100, 2000, 0),
        ],
        "Which is cheaper per unit: {size_a} g for {price_a} or {size_b} g for {price_b}?",
        "Package A costs {price_a} for {size_a}; package B costs {price_b} for {size_b}. Better deal?",
    ),
    F(
        "track_package",
        "shopping",
        "Status of a shipment",
        [
            S(
                "tracking_number",
                "tracking number",
                "1Z999AA10123456784",
                "940011189922385",
                "JD014600003828",
                "RR123456785GB",
            ),
            opt(E("carrier", "carrier", "ups", "usps", "dhl", "fedex"), None),
        ],
        "Where's my package {tracking_number}?",
        "Track {carrier} shipment {tracking_number}.",
    ),
    F(
        "shipping_cost",
        "shopping",
        "Shipping cost for a parcel",
        [
            N("weight_kg", "parcel weight in kg", 0.2, 30, 1),
            E("destination_country", "destination country", *COUNTRIES),
            E("speed", "delivery speed", "standard", "express", "overnight"),
            opt(B("insured", "add insurance", "insured", "uninsured"), False),
        ],
        "How much to ship {weight_kg} kg to {destination_country} by {speed}?",
        "Ship a {weight_kg} kg parcel, {speed} delivery, {insured}, to {destination_country}: cost?",
    ),
    F(
        "add_to_cart",
        "shopping",
        "Add a product to the shopping cart",
        [
            S("product_id", "product identifier", "SKU-1042", "SKU-2291", "SKU-7730", "SKU-0419"),
            I("quantity", "how many", 1, 12),
            opt(E("size", "size", "xs", "s", "m", "l", "xl"), None),
            opt(B("gift_wrap", "gift-wrap it", "gift wrapped", "not wrapped"), False),
        ],
        "Add {quantity} of {product_id} to my cart.",
        "Put {product_id} in the cart: quantity {quantity}, size {size}, {gift_wrap}.",
    ),
    F(
        "price_history",
        "shopping",
        "Price history of a product",
        [
            S("product_id", "product identifier", "SKU-1042", "SKU-5512", "SKU-8830"),
            I("days", "days of history", 7, 365),
        ],
        "Show the last {days} days of prices for {product_id}.",
        "How has the price of {product_id} moved over {days} days?",
    ),
    F(
        "return_eligibility",
        "shopping",
        "Whether an order can still be returned",
        [
            S("order_id", "order number", "ORD-55102", "ORD-60318", "ORD-71239"),
            I("days_since_delivery", "days since delivery", 1, 90),
            opt(B("opened", "packaging opened", "opened", "still sealed"), False),
        ],
        "Can I still return order {order_id}? It arrived {days_since_delivery} days ago.",
        "Return check for {order_id}: delivered {days_since_delivery} days ago, {opened}.",
    ),
    F(
        "gift_card_balance",
        "shopping",
        "Balance of a gift card",
        [
            S("card_number", "gift card number", "6006491234567890", "6035710987654321", "7777123412341234"),
            opt(S("pin", "card PIN", "1234", "9087", "4410"), None),
        ],
        "What's left on gift card {card_number}?",
        "Check the balance of card {card_number}, PIN {pin}.",
    ),
    F(
        "bulk_order_quote",
        "shopping",
        "Quote for a bulk order",
        [
            L(
                "items",
                "product identifiers",
                "string",
                ("SKU-1042", "SKU-2291", "SKU-7730", "SKU-0419", "SKU-5512"),
            ),
            I("units_each", "units of each item", 10, 500),
            opt(E("payment_terms", "payment terms", "net30", "net60", "prepaid"), "prepaid"),
        ],
        "Quote me {units_each} units each of {items}.",
        "Bulk quote: {items}, {units_each} of each, {payment_terms} terms.",
    ),
    # ---- real estate / home -----------------------------------------------------------------------
    F(
        "mortgage_affordability",
        "real_estate",
        "Largest affordable home price",
        [
            N("annual_income", "yearly income", 30000, 300000, 0),
            N("monthly_debts", "other monthly debt payments", 0, 3000, 0),
            N("down_payment", "down payment", 5000, 200000, 0),
            opt(N("interest_rate", "mortgage rate in percent", 3, 9, 2), 6.5),
        ],
        "I earn {annual_income} a year, pay {monthly_debts} a month in debts and have {down_payment} saved. What house can I afford?",
        "Affordability at {interest_rate}%: income {annual_income}, debts {monthly_debts}/month, down payment {down_payment}.",
    ),
    F(
        "rent_vs_buy",
        "real_estate",
        "Compare renting with buying over some years",
        [
            N("monthly_rent", "monthly rent", 600, 5000, 0),
            N("home_price", "home price", 100000, 1500000, 0),
            I("years", "years compared", 2, 30),
        ],
        "Should I rent at {monthly_rent} a month or buy a {home_price} home, over {years} years?",
        "Rent vs buy for {years} years: home costs {home_price}, rent is {monthly_rent}.",
    ),
    F(
        "paint_needed",
        "home",
        "Paint needed for a room",
        [
            N("wall_area_sqm", "wall area in square metres", 10, 200, 1),
            opt(I("coats", "number of coats", 1, 3), 2),
            opt(N("coverage_sqm_per_l", "coverage per litre", 8, 14, 0), 10),
        ],
        "How much paint for {wall_area_sqm} m2 of wall?",
        "Paint for {wall_area_sqm} square metres, {coats} coats, {coverage_sqm_per_l} m2 per litre?",
    ),
    F(
        "flooring_cost",
        "home",
        "Cost of flooring a room",
        [
            N("length_m", "room length in m", 2, 12, 1),
            N("width_m", "room width in m", 2, 10, 1),
            N("price_per_sqm", "price per square metre", 10, 120, 2),
            opt(N("waste_percent", "extra for waste in percent", 5, 15, 0), 10),
        ],
        "Flooring a {length_m} by {width_m} m room at {price_per_sqm} per m2 costs what?",
        "Cost for flooring at {price_per_sqm}/sqm, room {width_m} m x {length_m} m, add {waste_percent}% waste.",
    ),
    F(
        "property_tax",
        "real_estate",
        "Yearly property tax",
        [
            N("assessed_value", "assessed value", 80000, 2000000, 0),
            N("mill_rate", "mill rate", 5, 40, 2),
            opt(N("exemption", "homestead exemption", 5000, 50000, 0), 0),
        ],
        "Property tax on a home assessed at {assessed_value} with a mill rate of {mill_rate}?",
        "Mill rate {mill_rate}, assessed {assessed_value}, exemption {exemption}: yearly tax?",
    ),
    # ---- vehicles / transport ---------------------------------------------------------------------
    F(
        "fuel_cost_trip",
        "transport",
        "Fuel cost of a trip",
        [
            N("distance_km", "trip distance in km", 20, 3000, 0),
            N("consumption_l_per_100km", "fuel use in l/100 km", 4, 15, 1),
            N("price_per_litre", "fuel price per litre", 1, 2.5, 2),
        ],
        "Fuel for {distance_km} km at {consumption_l_per_100km} L/100km and {price_per_litre} a litre?",
        "My car uses {consumption_l_per_100km} litres per 100 km and fuel is {price_per_litre}. Cost of a {distance_km} km drive?",
    ),
    F(
        "ev_charging_time",
        "transport",
        "Time to charge an electric car",
        [
            N("battery_kwh", "battery size in kWh", 30, 120, 0),
            I("from_percent", "charge now in percent", 5, 40),
            I("to_percent", "target charge in percent", 60, 100),
            N("charger_kw", "charger power in kW", 3.7, 250, 1),
        ],
        "Charging a {battery_kwh} kWh battery from {from_percent}% to {to_percent}% on a {charger_kw} kW charger takes how long?",
        "Charge time: charger {charger_kw} kW, battery {battery_kwh} kWh, {from_percent} to {to_percent} percent.",
    ),
    F(
        "tire_size_info",
        "transport",
        "Dimensions of a tyre size",
        [S("size_code", "tyre size code", "205/55R16", "225/45R17", "265/70R17", "195/65R15")],
        "How tall is a {size_code} tyre?",
        "Decode the tire size {size_code}.",
    ),
    F(
        "vehicle_registration_fee",
        "transport",
        "Registration fee of a vehicle",
        [
            E("vehicle_type", "type of vehicle", "car", "motorcycle", "truck", "trailer"),
            I("model_year", "model year", 2000, 2025),
            N("weight_kg", "vehicle weight in kg", 150, 9000, 0),
        ],
        "What's the registration fee for a {model_year} {vehicle_type} weighing {weight_kg} kg?",
        "Register a {vehicle_type}: {weight_kg} kg, built {model_year}. Fee?",
    ),
    F(
        "transit_route",
        "transport",
        "Public transport route between two addresses",
        [
            S(
                "from_address",
                "start address",
                "12 Oak Street",
                "Central Station",
                "45 Harbor Road",
                "City Library",
            ),
            S(
                "to_address",
                "destination address",
                "Airport Terminal 2",
                "Museum of Art",
                "5 Pine Avenue",
                "University Hall",
            ),
            opt(
                L(
                    "modes",
                    "transport modes allowed",
                    "string",
                    ("bus", "tram", "subway", "train", "ferry"),
                    (1, 3),
                ),
                None,
            ),
            opt(B("wheelchair_accessible", "step-free route", "step-free", "any route"), False),
        ],
        "How do I get from {from_address} to {to_address} by public transport?",
        "Route from {from_address} to {to_address} using {modes}, {wheelchair_accessible}.",
    ),
    # ---- education / misc -------------------------------------------------------------------------
    F(
        "grade_needed",
        "education",
        "Final-exam score needed for a target grade",
        [
            N("current_grade", "current grade in percent", 50, 98, 1),
            N("target_grade", "target grade in percent", 60, 95, 1),
            N("final_weight", "weight of the final in percent", 10, 50, 0),
        ],
        "I have {current_grade}% and the final counts {final_weight}%. What do I need to get {target_grade}%?",
        "Needed on the final: target {target_grade}, current {current_grade}, final worth {final_weight} percent.",
    ),
    F(
        "gpa_calculator",
        "education",
        "Grade point average from grades and credits",
        [
            L(
                "grades",
                "letter grades",
                "string",
                ("A", "A-", "B+", "B", "B-", "C+", "C"),
                (3, 5),
                ordered=True,
            ),
            L("credits", "credits of each course", "integer", (1, 5), (3, 5), ordered=True),
        ],
        "My grades are {grades} with credits {credits}. GPA?",
        "GPA for courses graded {grades}, worth {credits} credits respectively.",
    ),
    F(
        "reading_time",
        "education",
        "Time to read a text",
        [
            I("word_count", "number of words", 300, 200000),
            opt(I("words_per_minute", "reading speed", 150, 400), 238),
        ],
        "How long to read {word_count} words?",
        "Reading {word_count} words at {words_per_minute} wpm takes how long?",
    ),
    F(
        "citation_format",
        "education",
        "Format a citation",
        [
            S("title", "work title", "Deep Learning", "The Selfish Gene", "A Brief History of Time"),
            L("authors", "author names", "string", NAMES, (1, 3)),
            I("year", "publication year", 1950, 2024),
            E("style", "citation style", "apa", "mla", "chicago", "ieee"),
        ],
        "Cite '{title}' by {authors} ({year}) in {style} style.",
        '{style} citation please: {authors}, {year}, "{title}".',
    ),
    F(
        "flashcard_schedule",
        "education",
        "Next review of a flashcard (spaced repetition)",
        [
            I("repetitions", "successful reviews so far", 0, 10),
            N("ease_factor", "ease factor", 1.3, 3, 2),
            I("quality", "answer quality 0-5", 0, 5),
        ],
        "When should I next review a card with {repetitions} reviews, ease {ease_factor}, answered with quality {quality}?",
        "Spaced repetition: quality {quality}, ease factor {ease_factor}, {repetitions} repetitions. Next interval?",
    ),
    # ---- music / media / games --------------------------------------------------------------------
    F(
        "bpm_to_ms",
        "music",
        "Length of a beat in milliseconds",
        [
            N("bpm", "tempo in beats per minute", 40, 220, 0),
            opt(E("note", "note value", "whole", "half", "quarter", "eighth", "sixteenth"), "quarter"),
        ],
        "How many milliseconds is a beat at {bpm} BPM?",
        "Delay time for {note} notes at {bpm} bpm?",
    ),
    F(
        "transpose_chords",
        "music",
        "Transpose chords by semitones",
        [
            L(
                "chords",
                "the chords",
                "string",
                ("C", "G", "Am", "F", "Dm", "E7", "Bb"),
                (3, 4),
                ordered=True,
            ),
            I("semitones", "semitones to shift (negative is down)", -6, 6),
        ],
        "Transpose {chords} by {semitones} semitones.",
        "Shift the progression {chords} {semitones} half steps.",
    ),
    F(
        "movie_search",
        "media",
        "Search movies",
        [
            S("query", "title words", "space", "detective", "dragon", "robot", "ocean"),
            opt(I("year", "release year", 1980, 2024), None),
            opt(E("genre", "genre", "action", "comedy", "drama", "horror", "animation"), None),
        ],
        "Find movies about {query}.",
        "Search for {genre} films from {year} about {query}.",
    ),
    F(
        "playlist_duration",
        "music",
        "Total length of a playlist",
        [L("track_seconds", "length of each track in seconds", "integer", (120, 420), (3, 6))],
        "How long is a playlist with tracks of {track_seconds} seconds?",
        "Total running time of songs lasting {track_seconds} seconds?",
    ),
    F(
        "dice_roll",
        "games",
        "Roll dice",
        [
            I("count", "number of dice", 1, 10),
            E("sides", "sides per die", "4", "6", "8", "10", "12", "20"),
            opt(I("modifier", "number added to the total", 1, 10), 0),
        ],
        "Roll {count} d{sides}.",
        "Throw {count} dice with {sides} sides and add {modifier}.",
    ),
    F(
        "chess_move_validate",
        "games",
        "Check whether a chess move is legal in a position",
        [
            S(
                "fen",
                "position in FEN",
                "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
                "8/8/8/4k3/8/8/4K3/8 w - - 0 1",
            ),
            S("move", "move in UCI notation", "e2e4", "g1f3", "e2e3", "a2a5"),
        ],
        "Is {move} legal in the position {fen}?",
        "Validate the move {move} for FEN {fen}.",
    ),
    F(
        "lottery_odds",
        "games",
        "Odds of winning a lottery",
        [
            I("pool_size", "numbers in the pool", 30, 70),
            I("picks", "numbers drawn", 4, 7),
            opt(I("bonus_pool", "size of the bonus ball pool", 10, 30), None),
        ],
        "Odds of matching {picks} numbers from {pool_size}?",
        "Lottery odds: pick {picks} of {pool_size}, plus a bonus ball from {bonus_pool}.",
    ),
    # ---- pets / gardening / agriculture -----------------------------------------------------------
    F(
        "dog_age_human_years",
        "pets",
        "A dog's age in human years",
        [
            N("dog_age", "the dog's age in years", 1, 18, 1),
            opt(E("size", "dog size", "small", "medium", "large", "giant"), "medium"),
        ],
        "My dog is {dog_age} years old. How old is that in human years?",
        "Human-years age of a {size} dog aged {dog_age}?",
    ),
    F(
        "pet_food_portion",
        "pets",
        "Daily food portion for a pet",
        [
            E("species", "species", "dog", "cat", "rabbit"),
            N("weight_kg", "pet weight in kg", 1, 60, 1),
            opt(E("activity", "activity level", "low", "normal", "high"), "normal"),
        ],
        "How much should a {weight_kg} kg {species} eat a day?",
        "Daily food for my {activity}-activity {species}, {weight_kg} kilograms.",
    ),
    F(
        "plant_watering",
        "gardening",
        "Watering schedule for a plant",
        [
            S("plant", "plant name", "tomato", "basil", "fern", "cactus", "rose"),
            E("season", "season", "spring", "summer", "autumn", "winter"),
            opt(B("indoor", "grown indoors", "indoors", "outdoors"), False),
        ],
        "How often should I water my {plant} in {season}?",
        "Watering schedule for a {plant} {indoor} during {season}.",
    ),
    F(
        "seed_spacing",
        "gardening",
        "How many plants fit in a bed",
        [
            N("bed_length_m", "bed length in m", 1, 20, 1),
            N("bed_width_m", "bed width in m", 0.5, 3, 1),
            N("spacing_cm", "spacing between plants in cm", 5, 60, 0),
        ],
        "How many plants fit in a {bed_length_m} m by {bed_width_m} m bed with {spacing_cm} cm spacing?",
        "Bed {bed_width_m} x {bed_length_m} metres, plants every {spacing_cm} cm: count?",
    ),
    F(
        "fertilizer_amount",
        "agriculture",
        "Fertilizer needed for a field",
        [
            N("area_hectares", "field area in hectares", 0.5, 200, 1),
            N("rate_kg_per_ha", "rate in kg per hectare", 20, 300, 0),
            E("product", "fertilizer", "urea", "npk_15_15_15", "ammonium_nitrate", "compost"),
        ],
        "How much {product} for {area_hectares} ha at {rate_kg_per_ha} kg/ha?",
        "Spread {product} over {area_hectares} hectares, rate {rate_kg_per_ha} kg per hectare: total?",
    ),
    F(
        "crop_yield_estimate",
        "agriculture",
        "Estimated harvest of a crop",
        [
            E("crop", "crop", "wheat", "corn", "soybean", "rice", "barley"),
            N("area_hectares", "area in hectares", 1, 500, 1),
            opt(B("irrigated", "irrigated field", "irrigated", "rain-fed"), False),
        ],
        "Expected {crop} harvest from {area_hectares} hectares?",
        "Yield estimate: {area_hectares} ha of {irrigated} {crop}.",
    ),
    F(
        "frost_date",
        "gardening",
        "Average last spring frost date",
        [
            S("zip_code", "postal code", "10001", "60614", "94110", "80202", "98101"),
            opt(I("probability_percent", "chance of frost after the date", 10, 90), 50),
        ],
        "When is the last frost for zip {zip_code}?",
        "Last spring frost date in {zip_code} with {probability_percent}% probability?",
    ),
    # ---- people / productivity --------------------------------------------------------------------
    F(
        "send_email",
        "productivity",
        "Send an e-mail",
        [
            S("to", "recipient address", "ana@example.org", "team@corp.test", "bo@mail.test"),
            S("subject", "subject line", "Quarterly report", "Lunch on Friday", "Invoice 2291"),
            S(
                "body",
                "message text",
                "Please see the attached file.",
                "Are you free at noon?",
                "Thanks for your help.",
            ),
            opt(B("high_priority", "mark as important", "marked urgent", "normal priority"), False),
        ],
        "Email {to} with subject '{subject}' saying: {body}",
        "Send an {high_priority} message to {to}. Subject: {subject}. Body: {body}",
    ),
    F(
        "create_reminder",
        "productivity",
        "Create a reminder",
        [
            S(
                "text",
                "what to be reminded of",
                "call the dentist",
                "pay rent",
                "water the plants",
                "submit the report",
            ),
            S(
                "when",
                "date and time YYYY-MM-DD HH:MM",
                "2025-05-02 09:00",
                "2025-06-10 18:30",
                "2025-07-01 12:00",
            ),
            opt(E("repeat", "repetition", "none", "daily", "weekly", "monthly"), "none"),
        ],
        "Remind me to {text} at {when}.",
        "Set a {repeat} reminder, starting {when}: {text}.",
    ),
    F(
        "todo_add",
        "productivity",
        "Add a task to a to-do list",
        [
            S("task", "the task", "buy milk", "book flights", "renew passport", "fix the bike"),
            opt(E("priority", "priority", "low", "medium", "high"), "medium"),
            opt(L("tags", "labels", "string", ("home", "work", "errand", "urgent", "family"), (1, 2)), None),
        ],
        "Add '{task}' to my to-do list.",
        "New {priority} priority task: {task}, tagged {tags}.",
    ),
    F(
        "contact_lookup",
        "productivity",
        "Look up a contact",
        [
            E("name", "contact name", *NAMES),
            opt(
                L("fields", "which fields", "string", ("phone", "email", "address", "birthday"), (1, 2)), None
            ),
        ],
        "Find {name}'s contact details.",
        "I need {name}'s {fields}.",
    ),
    F(
        "word_definition",
        "reference",
        "Dictionary definition of a word",
        [
            S("word", "the word", "serendipity", "ephemeral", "ubiquitous", "laconic", "gregarious"),
            opt(
                B("include_examples", "add example sentences", "with example sentences", "definition only"),
                False,
            ),
        ],
        "Define {word}.",
        "What does {word} mean? {include_examples}.",
    ),
    F(
        "population_lookup",
        "reference",
        "Population of a country in a year",
        [E("country", "country", *COUNTRIES), opt(I("year", "year", 1960, 2023), None)],
        "What's the population of {country}?",
        "How many people lived in {country} in {year}?",
    ),
    F(
        "capital_city",
        "reference",
        "Capital city of a country",
        [E("country", "country", *COUNTRIES)],
        "What's the capital of {country}?",
        "Name the capital city of {country}.",
    ),
    F(
        "distance_between_cities",
        "reference",
        "Straight-line distance between two cities",
        [
            E("city_a", "first city", *CITIES),
            E("city_b", "second city", *CITIES),
            opt(E("unit", "distance unit", "km", "miles"), "km"),
        ],
        "How far is {city_a} from {city_b}?",
        "Distance {city_a} to {city_b} in {unit}.",
    ),
    F(
        "sunrise_sunset",
        "reference",
        "Sunrise and sunset times",
        [
            E("city", "city", *CITIES),
            S("date", "date YYYY-MM-DD", "2025-03-20", "2025-06-21", "2025-12-21", "2025-09-23"),
        ],
        "When does the sun rise and set in {city} on {date}?",
        "Sunrise/sunset for {date} in {city}.",
    ),
    F(
        "roman_numeral",
        "reference",
        "Convert an integer to Roman numerals",
        [I("number", "the integer", 1, 3999)],
        "Write {number} in Roman numerals.",
        "What's {number} as a Roman numeral?",
    ),
    F(
        "morse_code",
        "reference",
        "Encode a text in Morse code",
        [
            S("text", "the text", "SOS", "hello", "help me", "ok"),
            opt(
                B(
                    "use_slashes",
                    "separate words with a slash",
                    "with slashes between words",
                    "with spaces between words",
                ),
                True,
            ),
        ],
        "Encode '{text}' in Morse code.",
        "Morse for {text}, {use_slashes}.",
    ),
    F(
        "nato_spelling",
        "reference",
        "Spell a word in the NATO alphabet",
        [S("text", "the word", "Purpose", "Zulu", "Kayak", "Vector", "Quebec")],
        "Spell {text} in the NATO alphabet.",
        "NATO phonetic spelling of '{text}'?",
    ),
    # ---- HR / business ----------------------------------------------------------------------------
    F(
        "overtime_pay",
        "business",
        "Pay including overtime",
        [
            N("hourly_rate", "hourly rate", 10, 80, 2),
            N("hours_worked", "hours worked in the week", 35, 70, 1),
            opt(N("overtime_multiplier", "overtime multiplier", 1.5, 2, 1), 1.5),
        ],
        "I earn {hourly_rate} an hour and worked {hours_worked} hours this week. Pay with overtime?",
        "Weekly pay: {hours_worked} hours at {hourly_rate}/h, overtime at {overtime_multiplier}x after 40.",
    ),
    F(
        "vacation_accrual",
        "business",
        "Vacation days accrued",
        [
            I("months_worked", "months worked", 1, 120),
            N("days_per_year", "vacation days per year", 10, 35, 0),
            opt(N("carryover_days", "days carried over", 1, 10, 0), 0),
        ],
        "How many vacation days have I earned after {months_worked} months with {days_per_year} days a year?",
        "Accrued leave: {days_per_year} days/year, {months_worked} months in, {carryover_days} carried over.",
    ),
    F(
        "meeting_cost",
        "business",
        "Cost of a meeting in salaries",
        [
            I("attendees", "number of attendees", 2, 40),
            N("average_hourly_rate", "average hourly cost", 20, 200, 0),
            I("minutes", "meeting length in minutes", 15, 240),
        ],
        "What does a {minutes}-minute meeting with {attendees} people at {average_hourly_rate}/h cost?",
        "Meeting cost: {attendees} attendees, {minutes} minutes, average rate {average_hourly_rate} an hour.",
    ),
    F(
        "profit_margin",
        "business",
        "Profit margin from revenue and cost",
        [
            N("revenue", "revenue", 1000, 1000000, 0),
            N("cost", "cost", 500, 900000, 0),
            opt(E("margin_type", "which margin", "gross", "net", "markup"), "gross"),
        ],
        "Revenue {revenue}, costs {cost}. What's the margin?",
        "Compute the {margin_type} margin with cost {cost} and revenue {revenue}.",
    ),
    F(
        "headcount_forecast",
        "business",
        "Projected headcount with growth and attrition",
        [
            I("current_headcount", "employees now", 10, 5000),
            N("growth_percent", "yearly growth in percent", 1, 40, 1),
            N("attrition_percent", "yearly attrition in percent", 2, 25, 1),
            I("years", "years ahead", 1, 5),
        ],
        "We have {current_headcount} staff, grow {growth_percent}% a year and lose {attrition_percent}%. Headcount in {years} years?",
        "Forecast headcount: {years} years, attrition {attrition_percent}%, growth {growth_percent}%, starting at {current_headcount}.",
    ),
    F(
        "customer_lifetime_value",
        "business",
        "Customer lifetime value",
        [
            N("average_order", "average order value", 10, 500, 2),
            N("orders_per_year", "orders per year", 1, 24, 1),
            N("retention_years", "years a customer stays", 1, 10, 1),
            opt(N("margin_percent", "profit margin in percent", 10, 60, 0), 100),
        ],
        "Lifetime value of a customer who spends {average_order} per order, {orders_per_year} orders a year, for {retention_years} years?",
        "CLV with {margin_percent}% margin: orders of {average_order}, {orders_per_year} per year, stays {retention_years} years.",
    ),
    F(
        "shift_schedule",
        "business",
        "Build a shift schedule",
        [
            L("employees", "employee names", "string", NAMES, (2, 4)),
            I("shifts_per_day", "shifts per day", 1, 3),
            I("days", "days to schedule", 1, 14),
            opt(B("allow_doubles", "allow double shifts", "allowing doubles", "no double shifts"), False),
        ],
        "Schedule {employees} over {days} days with {shifts_per_day} shifts a day.",
        "Make a {days}-day rota, {shifts_per_day} shifts daily, staff {employees}, {allow_doubles}.",
    ),
    F(
        "tax_bracket",
        "finance",
        "Income tax and marginal bracket",
        [
            N("taxable_income", "taxable income", 10000, 500000, 0),
            E(
                "filing_status",
                "filing status",
                "single",
                "married_joint",
                "married_separate",
                "head_of_household",
            ),
            opt(I("tax_year", "tax year", 2018, 2024), 2024),
        ],
        "What tax bracket is {taxable_income} for a {filing_status} filer?",
        "Tax on {taxable_income} filing {filing_status} for {tax_year}?",
    ),
    F(
        "savings_goal",
        "finance",
        "Monthly saving needed to reach a goal",
        [
            N("goal_amount", "amount wanted", 1000, 100000, 0),
            I("months", "months to save", 3, 120),
            opt(N("current_savings", "already saved", 100, 20000, 0), 0),
        ],
        "I want {goal_amount} in {months} months. How much per month?",
        "Goal {goal_amount}, I have {current_savings} already, {months} months left: monthly saving?",
    ),
    F(
        "crypto_price",
        "finance",
        "Price of a cryptocurrency",
        [
            E("coin", "coin symbol", "BTC", "ETH", "SOL", "ADA", "DOGE"),
            opt(E("vs_currency", "currency of the price", *CURRENCIES), "USD"),
        ],
        "What's {coin} worth right now?",
        "Price of {coin} in {vs_currency}?",
    ),
    F(
        "dividend_yield",
        "finance",
        "Dividend yield of a stock",
        [
            N("annual_dividend", "dividend per share per year", 0.1, 10, 2),
            N("share_price", "price per share", 5, 500, 2),
        ],
        "A stock pays {annual_dividend} a year and trades at {share_price}. Yield?",
        "Dividend yield for price {share_price} and yearly dividend {annual_dividend}?",
    ),
    # ---- more science/space/earth ------------------------------------------------------------------
    F(
        "earthquake_energy",
        "science",
        "Energy released by an earthquake of a magnitude",
        [N("magnitude", "moment magnitude", 2, 9.5, 1)],
        "How much energy does a magnitude {magnitude} earthquake release?",
        "Energy of a M{magnitude} quake?",
    ),
    F(
        "density",
        "science",
        "Density from mass and volume",
        [N("mass_g", "mass in grams", 1, 5000, 1), N("volume_cm3", "volume in cubic cm", 1, 2000, 1)],
        "An object has mass {mass_g} g and volume {volume_cm3} cm3. Density?",
        "Density if volume is {volume_cm3} cubic centimetres and mass {mass_g} grams?",
    ),
    F(
        "resistor_color_code",
        "science",
        "Resistance from resistor colour bands",
        [
            L(
                "bands",
                "band colours in order",
                "string",
                ("brown", "red", "orange", "yellow", "green", "blue", "violet", "black"),
                (3, 3),
                ordered=True,
            ),
            opt(E("tolerance_band", "tolerance band colour", "gold", "silver", "none"), "gold"),
        ],
        "What resistance has a resistor with bands {bands}?",
        "Bands {bands} and a {tolerance_band} tolerance band: resistance?",
    ),
    F(
        "altitude_boiling_point",
        "science",
        "Boiling point of water at an altitude",
        [
            N("altitude_m", "altitude in metres", 0, 8000, 0),
            opt(E("unit", "temperature unit", "celsius", "fahrenheit"), "celsius"),
        ],
        "At what temperature does water boil at {altitude_m} m?",
        "Boiling point of water at {altitude_m} metres altitude, in {unit}.",
    ),
    F(
        "telescope_magnification",
        "astronomy",
        "Magnification of a telescope",
        [
            N("focal_length_mm", "telescope focal length in mm", 400, 3000, 0),
            N("eyepiece_mm", "eyepiece focal length in mm", 4, 40, 0),
        ],
        "Magnification of a {focal_length_mm} mm telescope with a {eyepiece_mm} mm eyepiece?",
        "With a {eyepiece_mm} mm eyepiece in a scope of focal length {focal_length_mm} mm, what magnification?",
    ),
    F(
        "enzyme_rate",
        "biology",
        "Michaelis-Menten reaction rate",
        [
            N("vmax", "maximum rate", 1, 100, 1),
            N("km", "Michaelis constant", 0.1, 10, 2),
            N("substrate", "substrate concentration", 0.1, 50, 2),
        ],
        "Reaction rate with Vmax {vmax}, Km {km} and substrate {substrate}?",
        "Michaelis-Menten: [S] = {substrate}, Km = {km}, Vmax = {vmax}. Rate?",
    ),
    F(
        "population_growth",
        "biology",
        "Logistic population after some time",
        [
            I("initial_population", "starting population", 10, 10000),
            N("growth_rate", "growth rate per year", 0.01, 0.9, 2),
            I("carrying_capacity", "carrying capacity", 20000, 1000000),
            I("years", "years", 1, 50),
        ],
        "A population of {initial_population} grows at rate {growth_rate} with capacity {carrying_capacity}. Size after {years} years?",
        "Logistic growth: K = {carrying_capacity}, r = {growth_rate}, t = {years}, N0 = {initial_population}.",
    ),
    F(
        "sound_intensity_db",
        "physics",
        "Combined sound level of several sources",
        [L("levels_db", "each source's level in dB", "number", (40, 100), (2, 4))],
        "What's the total noise level of sources at {levels_db} dB?",
        "Combine these decibel levels: {levels_db}.",
    ),
    F(
        "pendulum_period",
        "physics",
        "Period of a simple pendulum",
        [
            N("length_m", "pendulum length in m", 0.1, 20, 2),
            opt(N("gravity", "gravitational acceleration", 1.6, 24.8, 1), 9.81),
        ],
        "Period of a {length_m} m pendulum?",
        "How long is one swing of a pendulum {length_m} metres long where g is {gravity}?",
    ),
    F(
        "power_from_work",
        "physics",
        "Power from work and time",
        [N("work_j", "work in joules", 10, 100000, 0), N("time_s", "time in seconds", 0.5, 600, 1)],
        "What power does {work_j} J of work in {time_s} s take?",
        "Doing {work_j} joules of work over {time_s} seconds: power?",
    ),
]
