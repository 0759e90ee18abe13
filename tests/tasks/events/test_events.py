"""Events: trigger types, status, negation, place, date and participants."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from tasks.dates.expressions import find_dates
from tasks.entities.extract import default_extractor, extract_entities
from tasks.events.events import Event, Participant, event_types, find_events
from tests.conftest import SEED_FILES

PUBLISHED = dt.date(2025, 10, 21)


def _events(text: str, published: dt.date | None = PUBLISHED) -> list[Event]:
    frame = extract_entities(pl.DataFrame({"article_id": ["a"], "body": [text]}), default_extractor())
    mentions = [
        Participant(*r)
        for r in frame.select("entity_id", "entity_type", "start", "end", "method").iter_rows()
    ]
    events = find_events(text, mentions, find_dates(text, published), published)
    for e in events:
        assert text[e.start : e.end] == e.evidence
        assert text[e.trigger_start : e.trigger_end] == e.trigger
        if e.date is not None:
            assert text[e.date.start : e.date.end] == e.date.text
    return events


def test_every_type_has_a_cameo_root_and_triggers() -> None:
    types = event_types()
    assert {t: types[t].cameo_root for t in types} == {
        "statement": "01",
        "proposal": "03",
        "meeting": "04",
        "summit": "04",
        "phone_call": "04",
        "visit": "04",
        "agreement": "05",
        "cancellation": "12",
        "threat": "13",
        "sanction": "16",
        "attack": "19",
    }


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("اجتمع الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين في ألاسكا.", "meeting", "اجتمع"),
        ("وعقدت القمة في ولاية ألاسكا.", "summit", "القمة"),
        ("ناقش لافروف وروبيو خلال مكالمتهما الهاتفية الأزمة.", "phone_call", "مكالمتهما"),
        ("وجاء ذلك خلال زيارته الأولى للصين.", "visit", "زيارته"),
        ("وخلال مؤتمر صحفي في موسكو، أكد لافروف موقف بلاده.", "statement", "مؤتمر صحفي"),
        ("ووقع الطرفان اتفاقية للتعاون الاقتصادي.", "agreement", "اتفاقية"),
        ("واقترح ترامب عقد لقاء بين بوتين وزيلينسكي.", "proposal", "اقترح"),
        ("قال مصدران إن هجوما بطائرات مسيرة أوكرانية استهدف محطة للغاز.", "attack", "هجوما"),
        ("وفرضت واشنطن عقوبات على شركتي النفط الروسيتين.", "sanction", "عقوبات"),
        ("وهدد ترامب بفرض رسوم على الصين.", "threat", "هدد"),
    ],
)
def test_triggers_of_each_type(text: str, kind: str, trigger: str) -> None:
    assert [(e.event_type, e.trigger) for e in _events(text) if e.event_type == kind] == [(kind, trigger)]


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("عقدت القمة في ألاسكا الجمعة الماضي.", "summit", "occurred"),
        ("بحث الوزيران الترتيبات الخاصة بالقمة المرتقبة في بودابست.", "summit", "planned"),
        ("وكان فاديفول قد ألغى زيارة مقررة للصين.", "visit", "cancelled"),
        ("وقام الجانبان بتأجيل اجتماع تحضيري بين روبيو ولافروف.", "meeting", "cancelled"),
        ("وأوضح أنه سيلتقي الرئيس الأوكراني.", "meeting", "planned"),
        ("من المتوقع أن تعقد القمة يوم الخميس.", "summit", "planned"),
    ],
)
def test_status_occurred_planned_or_cancelled(text: str, kind: str, status: str) -> None:
    [e] = [e for e in _events(text) if e.event_type == kind]
    assert e.status == status


def test_a_cancellation_with_nothing_to_cancel_is_an_event_of_its_own() -> None:
    [e] = _events("وأعلنت الحكومة تأجيل الانتخابات البلدية إلى موعد لاحق.")[-1:]
    assert (e.event_type, e.cameo_root, e.status) == ("cancellation", "12", "occurred")


@pytest.mark.parametrize(
    "text",
    [
        "لم تسفر القمة عن أي اتفاق.",  # negated agreement (the summit is an event)
        "وقررت واشنطن أنه ليست هناك حاجة إلى اجتماعات إضافية بين الدبلوماسيين.",
        "إذا دعيت إلى قمة في بودابست فسأذهب.",
        "لوّح بوتين باحتمال التوصل إلى اتفاق جديد.",  # a possibility (the threat stays)
        "ويطالب برفع العقوبات الأمريكية عن صناعة الطيران.",
    ],
)
def test_negated_conditional_and_possible_events_are_no_events(text: str) -> None:
    kinds = {e.event_type for e in _events(text)}
    assert kinds.isdisjoint({"agreement", "meeting", "sanction"})
    assert "summit" not in kinds or text.startswith("لم")


def test_place_date_and_participants_come_from_the_clause() -> None:
    text = (
        "اجتمع الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين في ألاسكا يوم الجمعة الماضي، "
        "وقال إنه متفائل."
    )
    [e] = _events(text)
    assert e.location_entity_id == "gpe:alaska"
    assert (e.event_date, e.date.precision if e.date else None) == (dt.date(2025, 10, 17), "day")
    # people only: the nationalities qualify their titles, not the meeting
    assert e.participants == ("per:donald-trump", "per:vladimir-putin")


def test_nationalities_of_the_event_are_its_participants() -> None:
    [e] = _events("وتأتي هذه التطورات بعد مباحثات أميركية روسية مطولة.")
    assert e.participants == ("gpe:united-states", "gpe:russia")


def test_the_summit_spoken_of_before_keeps_its_participants() -> None:
    text = "التقى ترامب وبوتين في قمة بألاسكا. وفي ختام القمة، شكر الرئيس الأمريكي ضيفه."
    summits = [e for e in _events(text) if e.event_type == "summit"]
    assert [e.participants for e in summits] == [("per:donald-trump", "per:vladimir-putin")] * 2


def test_events_of_the_sample_files_keep_their_offsets() -> None:
    from tasks.parse.articles import parse_text

    count = sum(
        len(_events(article.body, article.published_date))
        for path in SEED_FILES
        for article in parse_text(path.read_text(encoding="utf-8")).articles
    )
    assert count >= 100
