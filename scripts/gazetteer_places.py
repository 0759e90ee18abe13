"""Regenerate the place and nationality gazetteers: CLDR names (via Babel) merged with hand-written data.

    .venv/bin/python scripts/gazetteer_places.py

reads the hand-written data in tasks/entities/gazetteer/sources/, writes
tasks/entities/gazetteer/places.tsv and nationalities.tsv, sorted by id, and reports on
stderr every CLDR spelling it dropped and why. Where each name comes from:

- CLDR (Babel, locale "ar"): country and territory names (``Locale.territories``), UN M.49 region
  names (150 Europe ...), and time-zone exemplar cities (``Locale.time_zones[tz]["city"]``). A row
  with "*" as its Arabic name takes the CLDR name; otherwise the CLDR name is added as an alias.
- sources/*.tsv: every other spelling (formal names, news variants), the capitals, the cities and regions
  that news mentions, seas, regions and facilities, and nationality adjectives.
- Wikidata QIDs: countries and territories as listed by two public Wikidata-derived country tables;
  capitals and large cities where a Wikidata SPARQL export of cities (by population) gives the QID
  for the same English name; US states from a Wikidata state table (Idaho left empty: sources
  disagree); continents and oceans. Everything else is empty on purpose: a wrong QID is worse.

Precedence: hand-written spellings must be unique (a clash stops the run). A CLDR spelling that clashes
with another entity, is a common word, is too short, or is listed in sources/cldr_rejected.tsv is dropped
and reported: that is how "الكويت" stays the country and Kuwait City keeps "مدينة الكويت" only.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale

from tasks.entities.gazetteer import (
    COMMON_WORDS,
    HEADER,
    MIN_KEY_LETTERS,
    NATIONALITY_FILE,
    NATIONALITY_HEADER,
)
from tasks.text.normalize import normalize_arabic


class GazetteerDataError(ValueError):
    """The hand-written data contradicts itself (a clash, a missing capital, a bad record)."""


OUT_DIR = Path(__file__).resolve().parents[1] / "tasks" / "entities" / "gazetteer"
SOURCES = OUT_DIR / "sources"
PLACES_FILE = "places.tsv"


def _records(name: str, width: int) -> list[list[str]]:
    """The rows of a source file: tab-separated, a header line, '#' lines are comments."""
    lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")][1:]
    for row in rows:
        if len(row) != width:
            raise GazetteerDataError(f"{name}: expected {width} fields: {row!r}")
    return [[value.strip() for value in row] for row in rows]


# CLDR spellings never used, by territory code or time-zone id, or a prefix ending in "/".
REJECTED = dict(_records("cldr_rejected.tsv", 2))
TZ_TO_ID = dict(_records("tz_places.tsv", 2))
REQUIRED = [spelling for (spelling,) in _records("required.tsv", 1)]

CLDR_MARK = "*"
ARABIC = re.compile(r"[\u0600-\u06FF]")
PAREN = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")


@dataclass
class Place:
    id: str
    name_en: str
    wikidata: str
    hand: list[str]  # hand-written spellings, in order
    cldr_first: bool = False  # the CLDR name is the canonical name_ar
    spellings: list[str] = field(default_factory=list)  # accepted, canonical first

    def has(self, key: str) -> bool:
        return any(normalize_arabic(s) == key for s in self.spellings)

    @property
    def type(self) -> str:
        return self.id.split(":", 1)[0].upper()


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _arabic_names(field_text: str) -> tuple[list[str], bool]:
    """'* / alias / alias' -> (hand-written names, whether the CLDR name comes first)."""
    names = [n.strip() for n in field_text.split("/") if n.strip()]
    cldr_first = bool(names) and names[0] == CLDR_MARK
    return [n for n in names if n != CLDR_MARK], cldr_first


def _cldr_spellings(name: str, *, keep_parenthesis: bool) -> list[str]:
    """'هيبرون (مدينة الخليل)' -> both parts for cities; territories keep only the main part."""
    match = PAREN.match(name)
    if not match:
        return [name.strip()]
    parts = [match["main"].strip()]
    if keep_parenthesis:
        parts.append(match["inner"].strip())
    return parts


def _load_places() -> tuple[dict[str, Place], dict[str, str], dict[str, str]]:
    """Places in data order, their CLDR keys (territory / region code), and each country's capital."""
    places: dict[str, Place] = {}
    cldr_key: dict[str, str] = {}
    capitals: dict[str, str] = {}

    def add(place: Place) -> None:
        if place.id in places:
            raise GazetteerDataError(f"duplicate id {place.id}")
        places[place.id] = place

    for code, slug, qid, english, capital, arabic in _records("countries.tsv", 6):
        names, first = _arabic_names(arabic)
        add(Place(f"gpe:{slug}", english, qid, names, first))
        cldr_key[f"gpe:{slug}"] = code
        capitals[f"gpe:{slug}"] = "" if capital == "-" else f"gpe:{capital}"
    for code, slug, qid, english, arabic in _records("territories.tsv", 5):
        names, first = _arabic_names(arabic)
        add(Place(f"gpe:{slug}", english, qid, names, first))
        cldr_key[f"gpe:{slug}"] = code
    for code, slug, qid, english, arabic in _records("regions.tsv", 5):
        names, first = _arabic_names(arabic)
        add(Place(f"loc:{slug}", english, qid, names, first))
        cldr_key[f"loc:{slug}"] = code
    for place_id, qid, english, arabic in _records("hand_places.tsv", 4):
        names, first = _arabic_names(arabic)
        add(Place(place_id, english, qid, names, first))
    return places, cldr_key, capitals


class Registry:
    """Who owns each normalised spelling; hand-written clashes raise, CLDR clashes are dropped and logged."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}
        self.log: list[str] = []

    @staticmethod
    def problem(spelling: str) -> str:
        key = normalize_arabic(spelling)
        if not ARABIC.search(spelling):
            return "not Arabic script"
        if sum(c.isalpha() for c in key) < MIN_KEY_LETTERS:
            return "too short"
        if key in COMMON_WORDS:
            return "a common word"
        return ""

    def claim_hand(self, place: Place, spelling: str) -> None:
        key = normalize_arabic(spelling)
        if place.has(key):
            return
        if problem := self.problem(spelling):
            raise GazetteerDataError(f"{place.id}: {spelling!r} is {problem}")
        if self.owner.setdefault(key, place.id) != place.id:
            raise GazetteerDataError(f"{place.id}: {spelling!r} also names {self.owner[key]}")
        place.spellings.append(spelling)

    def offer_cldr(self, place: Place, spelling: str, source: str, *, canonical: bool = False) -> bool:
        key = normalize_arabic(spelling)
        if place.has(key):
            if canonical:  # the CLDR form becomes canonical
                place.spellings.remove(next(s for s in place.spellings if normalize_arabic(s) == key))
                place.spellings.insert(0, spelling)
            return True
        reason = self.problem(spelling)
        if not reason and self.owner.get(key, place.id) != place.id:
            reason = f"also names {self.owner[key]}"
        if reason:
            self.log.append(f"dropped CLDR {source} {spelling!r} for {place.id}: {reason}")
            return False
        self.owner[key] = place.id
        if canonical:
            place.spellings.insert(0, spelling)
        else:
            place.spellings.append(spelling)
        return True


def _rejected(source: str) -> str:
    """Why a CLDR name is not used ("" when it is)."""
    if source in REJECTED:
        return REJECTED[source]
    prefixes = [key for key in REJECTED if key.endswith("/") and source.startswith(key)]
    return REJECTED[prefixes[0]] if prefixes else ""


def _claim_cldr(places: dict[str, Place], cldr_key: dict[str, str], registry: Registry) -> None:
    """Country, territory and region names, then the time-zone exemplar cities."""
    territories = Locale("ar").territories
    for place_id, code in cldr_key.items():
        if reason := _rejected(code):
            registry.log.append(f"rejected CLDR {code} {territories[code]!r}: {reason}")
            continue
        for spelling in _cldr_spellings(territories[code], keep_parenthesis=False):
            registry.offer_cldr(places[place_id], spelling, code, canonical=places[place_id].cldr_first)
    for tz, names in sorted(Locale("ar").time_zones.items()):
        city = names.get("city", "")
        if not city or not ARABIC.search(city):
            continue
        if reason := _rejected(tz):
            registry.log.append(f"rejected CLDR {tz} {city!r}: {reason}")
            continue
        place_id = TZ_TO_ID.get(tz, f"gpe:{_slug(tz.rsplit('/', 1)[-1])}")
        place = places.get(place_id) or Place(place_id, tz.rsplit("/", 1)[-1].replace("_", " "), "", [])
        accepted = [registry.offer_cldr(place, s, tz) for s in _cldr_spellings(city, keep_parenthesis=True)]
        if place_id not in places and any(accepted):
            places[place_id] = place
            registry.log.append(f"added CLDR exemplar city {tz} as {place_id}")


def _check(places: dict[str, Place], capitals: dict[str, str], owner: dict[str, str]) -> None:
    for place in places.values():
        if not place.spellings:
            raise GazetteerDataError(f"{place.id} has no usable spelling")
    for country, capital in capitals.items():
        if capital and capital not in places:
            raise GazetteerDataError(f"capital {capital} of {country} is not listed")
    missing = [s for s in REQUIRED if normalize_arabic(s) not in owner]
    if missing:
        raise GazetteerDataError(f"required spellings missing: {missing}")


def build_places() -> tuple[dict[str, Place], dict[str, str], list[str]]:
    """Every place with its accepted spellings, the spelling owners, and the log of dropped CLDR names."""
    places, cldr_key, capitals = _load_places()
    registry = Registry()
    for place in places.values():
        for spelling in place.hand:
            registry.claim_hand(place, spelling)
    _claim_cldr(places, cldr_key, registry)
    _check(places, capitals, registry.owner)
    return places, registry.owner, registry.log


def _forms(stem: str) -> list[str]:
    """Masculine singular stem (روسي) -> singular, plural and dual forms with and without the article."""
    bare = [stem, stem + "ة", stem + "ون", stem + "ين"]
    return [*("ال" + f for f in bare), *bare, "ال" + stem + "ات", "ال" + stem + "ان", "ال" + stem + "تان"]


def build_nationalities(
    places: dict[str, Place], owner: dict[str, str]
) -> tuple[dict[str, list[str]], list[str]]:
    log: list[str] = []
    result: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for slug, stems, extra, excluded in _records("nationality_stems.tsv", 4):
        country = f"gpe:{slug}"
        if country not in places:
            raise GazetteerDataError(f"nationality row for unknown country {country}")
        leave_out = {normalize_arabic(f) for f in excluded.split("/") if f.strip()}
        candidates = [f for s in stems.split("/") if s.strip() for f in _forms(s.strip())]
        candidates += [f.strip() for f in extra.split("/") if f.strip()]
        forms: list[str] = []
        for form in candidates:
            key = normalize_arabic(form)
            if key in leave_out or seen.get(key) == country:
                continue
            if key in owner or key in COMMON_WORDS:
                log.append(
                    f"nationality form {form!r} of {country} left out: also a place spelling or common word"
                )
                continue
            if seen.setdefault(key, country) != country:
                raise GazetteerDataError(
                    f"nationality form {form!r} of {country} also belongs to {seen[key]}"
                )
            forms.append(form)
        result[country] = forms
    return result, log


def _other_files_clashes(owner: dict[str, str], forms: dict[str, list[str]]) -> list[str]:
    """Spellings shared with organizations.tsv, people.tsv ...: reported, never edited here."""
    ours = set(owner) | {normalize_arabic(f) for fs in forms.values() for f in fs}
    notes = []
    for path in sorted(OUT_DIR.glob("*.tsv")):
        if path.name in (PLACES_FILE, NATIONALITY_FILE):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                for spelling in [row.get("name_ar") or "", *(row.get("aliases") or "").split("|")]:
                    if spelling.strip() and normalize_arabic(spelling) in ours:
                        notes.append(f"clash with {path.name}: {row.get('id')} {spelling!r}")
    return notes


# "ولاية ألاسكا" adds nothing when "ألاسكا" names the same place: the bare name
# matches anyway, and a mention's span is then the name alone, not its head noun.
_REGION_HEADS = ("مدينة", "ولاية", "محافظة", "منطقة", "جزيرة", "إقليم", "بلدة", "قرية")


def _without_redundant_heads(spellings: list[str]) -> list[str]:
    keys = {normalize_arabic(s) for s in spellings}

    def redundant(spelling: str) -> bool:
        head, _, rest = spelling.partition(" ")
        return head in _REGION_HEADS and normalize_arabic(rest) in keys

    return spellings[:1] + [s for s in spellings[1:] if not redundant(s)]


def write(places: dict[str, Place], forms: dict[str, list[str]], out_dir: Path = OUT_DIR) -> None:
    with (out_dir / PLACES_FILE).open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        out.writerow(HEADER)
        for place in sorted(places.values(), key=lambda p: p.id):
            name_ar, *aliases = _without_redundant_heads(list(place.spellings))
            out.writerow([place.id, place.type, name_ar, place.name_en, place.wikidata, "|".join(aliases)])
    with (out_dir / NATIONALITY_FILE).open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        out.writerow(NATIONALITY_HEADER)
        for country in sorted(forms):
            if forms[country]:
                out.writerow([country, "|".join(forms[country])])


def main() -> int:
    places, owner, log = build_places()
    forms, nationality_log = build_nationalities(places, owner)
    write(places, forms)
    for line in [*log, *nationality_log, *_other_files_clashes(owner, forms)]:
        print(line, file=sys.stderr)
    counts: dict[str, int] = {}
    for place in places.values():
        counts[place.type] = counts.get(place.type, 0) + 1
    print(f"wrote {len(places)} places {counts} and {sum(map(bool, forms.values()))} nationality rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
