"""Discovery of names the gazetteer lacks, from the words around them.

The names here are made up (or too minor for the gazetteer), so only the rules
can find them; the sentences around them are the shapes seen in real news.
"""

from __future__ import annotations

import pytest

from tasks.entities.discovery import GivenNames, with_proclitics
from tasks.entities.extract import extract_mentions


def _discovered(text: str) -> list[tuple[str, str, float]]:
    return [
        (m.surface, m.entity_type, m.confidence) for m in extract_mentions(text) if m.method == "discovered"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title, modifiers, then a name opened by a given name
        ("وقال المتحدث باسم الشركة جون سميثسون إن الأرباح ارتفعت", [("جون سميثسون", "PER", 0.8)]),
        ("وأكد وزير الخارجية الفنلندي كلاوس كورهونينن أن", [("كلاوس كورهونينن", "PER", 0.8)]),
        ("قال مساعد بوتين، يوري كوفالتشوك، إن", [("يوري كوفالتشوك", "PER", 0.8)]),
        # a given name alone opens a name; و before it is a conjunction
        (
            "وشارك في المباراة محمد الشلهوب وقصي هاشم",
            [("محمد الشلهوب", "PER", 0.7), ("قصي هاشم", "PER", 0.7)],
        ),
        ("كما التقى الشيخ عبد الرحمن بن مساعد آل سعود بالوفد", [("عبد الرحمن بن مساعد آل سعود", "PER", 0.8)]),
        # the name stops where the sentence goes on
        ("وقالت وزيرة الخارجية كوندوليزا رايسمان ستزور المنطقة", [("كوندوليزا رايسمان", "PER", 0.8)]),
        # apposition: name, comma, role
        ("وقال ريتشارد بورتس، أستاذ الاقتصاد في كلية لندن للأعمال", [("ريتشارد بورتس", "PER", 0.7)]),
        # head noun + a name that is no common word
        ("ونشرت صحيفة فوليكستا تقريرا", [("فوليكستا", "ORG", 0.7)]),
        ("أعلنت شركة زيمنوفا الروسية", [("زيمنوفا", "ORG", 0.7)]),  # the company's name
        ("وقالت وزارة الزراعة الأوغندية إن", [("وزارة الزراعة الأوغندية", "ORG", 0.7)]),
        ("في بلدة المشنية شمالا", [("المشنية", "GPE", 0.6)]),
        # a title word that is also a first name, followed by بن
        ("ووزير الدولة الدكتور مساعد بن محمد العيبان", [("مساعد بن محمد العيبان", "PER", 0.7)]),
    ],
)
def test_names_found_from_their_context(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert _discovered(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "الزعيم الروسي فاجأ العديد من القادة",  # a verb after the title
        "الرئيس الأمريكي دونالد ترامب حث نظيره على التفاوض",  # the title already has its person
        "وأكد المستشار الألماني فريدريش ميرتس، والتي تستمر حتى الثلاثاء",
        "وقالت وزارة الخارجية إن شركة مدرجة في قاعدة جوية",  # descriptions, not names
        "وأدى اجتماع لاحق إلى اتفاق",  # وأدى is not وادي (valley)
        "وشكلت لجان عسكرية وصدر بيان رسمي",  # لجان is no ل + جان, بيان no name here
        "رحب رئيس مجلس الوزراء بالقرار",
        "استقبل الأمير فهد الوفد",  # a first name alone would merge every Fahd into one ID
        "في عهد الملك فيصل - رحمه الله - وقال إن",  # God rest him
        "تراجع النمو في منطقة اليورو",  # the eurozone: a phrase that names nothing claims its words
        "قال مستشار خادم الحرمين الشريفين أمير منطقة مكة",  # an office, not a person called أمير
    ],
)
def test_descriptions_and_verbs_are_not_names(text: str) -> None:
    assert _discovered(text) == []


def test_a_discovered_span_leaves_out_the_conjunction_before_it() -> None:
    text = "وشارك محمد الشلهوب وقصي هاشم"
    (_, second) = [m for m in extract_mentions(text) if m.method == "discovered"]
    assert text[second.start : second.end] == "قصي هاشم"
    assert second.start == text.index("قصي")


def test_proclitic_index_prefers_the_word_itself() -> None:
    index = with_proclitics(["وليد", "ليد", "المجلس"])
    assert index["وليد"] == ("وليد", 0)  # a name that starts with و
    assert index["ووليد"] == ("وليد", 1)
    assert index["للمجلس"] == ("المجلس", 2)


def test_given_names_are_read_behind_wa_only() -> None:
    names = GivenNames({"جان": False, "سعيد": True})
    assert names.get("وجان", proclitic=True) == (False, 1)
    assert names.get("لجان", proclitic=True) is None  # committees
    assert names.get("وجان", proclitic=False) is None
    assert names.get("سعيد", proclitic=False) == (True, 0)
