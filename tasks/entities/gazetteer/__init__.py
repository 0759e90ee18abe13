"""The gazetteer: reviewable TSV files of known entities and their Arabic spellings.

Files in this folder (UTF-8, tab-separated, one header line):

    <category>.tsv      id, type, name_ar, name_en, wikidata, aliases
    nationalities.tsv   country_id, forms
    given_names.tsv     name, aliases, common_word

- id: "<type>:<ascii-slug>" (per:sergey-lavrov, gpe:russia, org:nato), unique.
- type: PER, ORG, GPE (countries, cities, states), LOC (regions, seas, mountains),
  FAC (buildings, airports, bases).
- name_ar: the canonical Arabic name; name_en: the English name.
- wikidata: a QID (Q159) only where known for certain, else empty.
- aliases: other Arabic spellings, "|"-separated. Matching normalises text first
  (أ إ آ -> ا, ى ی -> ي, ة -> ه, ک -> ك, no diacritics or tatweel), so only
  variants beyond that need listing: غ/ج/ك for g, long vowels (بوتين/بوتن),
  spacing (جين بينغ/جينبينغ), أمريكا/أميركا, short forms (لافروف).
- nationalities.tsv maps each country to its nationality adjectives (الروسي،
  الروسية، الروس ...): evidence of the country, not entities of their own.
- given_names.tsv lists first names (محمد، عبد الله، جون، فلاديمير): the evidence
  that a word opens a person's name the gazetteer lacks. common_word "yes" marks
  those that are also everyday words (سعيد، أمل، حسن), trusted only after a title.

``python -m tasks.entities.gazetteer`` checks every file: ids, types, and that no spelling
(after normalisation) names two entities or is a common word.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tasks.text.normalize import normalize_arabic

DIRECTORY = Path(__file__).resolve().parent
TYPES = ("PER", "ORG", "GPE", "LOC", "FAC")
HEADER = ["id", "type", "name_ar", "name_en", "wikidata", "aliases"]
NATIONALITY_HEADER = ["country_id", "forms"]
NATIONALITY_FILE = "nationalities.tsv"
GIVEN_NAMES_HEADER = ["name", "aliases", "common_word"]
GIVEN_NAMES_FILE = "given_names.tsv"
_SPECIAL_FILES = (NATIONALITY_FILE, GIVEN_NAMES_FILE)
_ID = re.compile(r"^(per|org|gpe|loc|fac):[a-z0-9][a-z0-9-]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
MIN_KEY_LETTERS = 3


def _words(text: str) -> list[str]:
    return text.split()


# Everyday words that must never be an entity spelling: matching them would tag
# ordinary text. (Kyiv is كييف, never كيف "how"; Xi is شي جينبينغ, never شي.)
COMMON_WORDS = frozenset(
    normalize_arabic(w)
    for w in _words(
        """
    في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين كان كانت يكون قال قالت أن إن
    لا ما لم لن قد بعد قبل حتى بين عند كل بعض غير أو ثم منذ خلال حول ضد دون كيف شي آب اب
    أب السلام الأمل الحرب الرئيس الحكومة الدولة الشعب اليوم أمس غدا العام الشهر الأسبوع
    الوزير رئيس وزير مدير مجلس وزارة حزب الأمن القوات الجيش الشرق الغرب الشمال الجنوب
    النور الحق العدل الوطن الأرض البحر السماء الخير جديد جديدة كبير كبيرة الأول الثاني
    عربي عربية دولي دولية محلي محلية
    """
    )
)


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name_ar: str
    name_en: str
    wikidata: str
    aliases: tuple[str, ...]
    source: str  # the file it came from

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name_ar, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    spellings: dict[str, str]  # normalised spelling -> entity id
    nationalities: dict[str, str]  # normalised adjective -> country id
    given_names: dict[str, bool]  # normalised first name -> also an everyday word


def _rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != header:
            raise ValueError(f"{path.name}: header must be {header}, not {reader.fieldnames}")
        return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _entries(directory: Path, problems: list[str]) -> list[tuple[str, Entry]]:
    """Every entity row of the category files, with where it is ("people.tsv:12")."""
    found: list[tuple[str, Entry]] = []
    for path in sorted(directory.glob("*.tsv")):
        if path.name in _SPECIAL_FILES:
            continue
        try:
            rows = _rows(path, HEADER)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        for line, row in enumerate(rows, start=2):
            aliases = _split(row["aliases"])
            entry = Entry(
                row["id"], row["type"], row["name_ar"], row["name_en"], row["wikidata"], aliases, path.name
            )
            found.append((f"{path.name}:{line}", entry))
    return found


def _entry_problems(where: str, entry: Entry) -> list[str]:
    problems = []
    if not _ID.match(entry.id):
        problems.append(f"{where}: bad id {entry.id!r}")
    elif entry.id.split(":")[0].upper() != entry.type:
        problems.append(f"{where}: id {entry.id} does not match type {entry.type}")
    if entry.type not in TYPES:
        problems.append(f"{where}: bad type {entry.type!r}")
    if entry.wikidata and not _QID.match(entry.wikidata):
        problems.append(f"{where}: bad wikidata {entry.wikidata!r}")
    if not entry.name_ar or not entry.name_en:
        problems.append(f"{where}: name_ar and name_en are required")
    return problems


def _spelling_problem(where: str, spelling: str, entity_id: str, owner: dict[str, str]) -> str | None:
    key = normalize_arabic(spelling)
    if sum(c.isalpha() for c in key) < MIN_KEY_LETTERS:
        return f"{where}: spelling {spelling!r} is too short"
    if key in COMMON_WORDS:
        return f"{where}: spelling {spelling!r} is a common word"
    if owner.setdefault(key, entity_id) != entity_id:
        return f"{where}: spelling {spelling!r} of {entity_id} also names {owner[key]}"
    return None


def check(directory: Path = DIRECTORY) -> list[str]:
    """Every problem in the gazetteer files, as readable lines; empty when all is well."""
    problems: list[str] = []
    entries: dict[str, Entry] = {}
    owner: dict[str, str] = {}  # normalised spelling -> the entity it names
    for where, entry in _entries(directory, problems):
        problems += _entry_problems(where, entry)
        if entry.id in entries:
            problems.append(f"{where}: duplicate id {entry.id} (also in {entries[entry.id].source})")
        entries[entry.id] = entry
        for spelling in entry.spellings:
            problem = _spelling_problem(where, spelling, entry.id, owner)
            if problem:
                problems.append(problem)
    if (directory / NATIONALITY_FILE).exists():
        problems += _check_nationalities(directory / NATIONALITY_FILE, entries, owner)
    if (directory / GIVEN_NAMES_FILE).exists():
        problems += _check_given_names(directory / GIVEN_NAMES_FILE)
    return problems


def _check_nationalities(path: Path, entries: dict[str, Entry], owner: dict[str, str]) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for line, row in enumerate(_rows(path, NATIONALITY_HEADER), start=2):
        where = f"{path.name}:{line}"
        country = entries.get(row["country_id"])
        if country is None or country.type != "GPE":
            problems.append(f"{where}: {row['country_id']!r} is not a GPE in the gazetteer")
        for form in _split(row["forms"]):
            key = normalize_arabic(form)
            if key in owner:
                problems.append(f"{where}: form {form!r} is also a spelling of {owner[key]}")
            if seen.setdefault(key, row["country_id"]) != row["country_id"]:
                problems.append(f"{where}: form {form!r} also belongs to {seen[key]}")
    return problems


def _given_spellings(row: dict[str, str]) -> tuple[str, ...]:
    return (row["name"], *_split(row["aliases"]))


def _check_given_names(path: Path) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for line, row in enumerate(_rows(path, GIVEN_NAMES_HEADER), start=2):
        where = f"{path.name}:{line}"
        if row["common_word"] not in ("", "yes"):
            problems.append(f"{where}: common_word must be empty or 'yes', not {row['common_word']!r}")
        for spelling in _given_spellings(row):
            key = normalize_arabic(spelling)
            if sum(c.isalpha() for c in key) < MIN_KEY_LETTERS:
                problems.append(f"{where}: given name {spelling!r} is too short")
            elif key in COMMON_WORDS or key.startswith("ال"):
                problems.append(f"{where}: given name {spelling!r} is a common word or has the article")
            elif key in seen:
                problems.append(f"{where}: given name {spelling!r} is listed twice (also for {seen[key]})")
            seen.setdefault(key, row["name"])
    return problems


@lru_cache(maxsize=2)
def load(directory: Path = DIRECTORY) -> Gazetteer:
    """The gazetteer, checked: a broken file stops the run with every problem listed."""
    problems = check(directory)
    if problems:
        raise ValueError("gazetteer problems:\n" + "\n".join(problems))
    entries: dict[str, Entry] = {}
    spellings: dict[str, str] = {}
    for _, entry in _entries(directory, []):
        entries[entry.id] = entry
        for spelling in entry.spellings:
            spellings.setdefault(normalize_arabic(spelling), entry.id)
    nationalities: dict[str, str] = {}
    nationality = directory / NATIONALITY_FILE
    if nationality.exists():
        for row in _rows(nationality, NATIONALITY_HEADER):
            for form in _split(row["forms"]):
                nationalities.setdefault(normalize_arabic(form), row["country_id"])
    given_names: dict[str, bool] = {}
    given = directory / GIVEN_NAMES_FILE
    if given.exists():
        for row in _rows(given, GIVEN_NAMES_HEADER):
            for spelling in _given_spellings(row):
                given_names[normalize_arabic(spelling)] = row["common_word"] == "yes"
    return Gazetteer(entries, spellings, nationalities, given_names)


def summary(gazetteer: Gazetteer) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for entry in gazetteer.entries.values():
        counts[entry.type] += 1
    counts["spellings"] = len(gazetteer.spellings)
    counts["nationality forms"] = len(gazetteer.nationalities)
    counts["given names"] = len(gazetteer.given_names)
    return dict(counts)
