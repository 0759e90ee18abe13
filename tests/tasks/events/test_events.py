"""Events: trigger types, status, modality, coreference, statements, place, date and
participants."""

from __future__ import annotations

import datetime as dt

import pytest

from tasks.events.events import ArticleEvents, Event, event_types
from tasks.events.lexicon import trigger_hits_in_word
from tests.conftest import SEED_FILES
from tests.tasks.events.found import found_events

PUBLISHED = dt.date(2025, 10, 21)


def _found(text: str, published: dt.date | None = PUBLISHED) -> ArticleEvents:
    return found_events(text, published)


def _events(text: str, published: dt.date | None = PUBLISHED) -> list[Event]:
    return _found(text, published).events


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
        ("وخلال مؤتمر صحفي في موسكو، أكد لافروف موقف بلاده.", "statement", "أكد"),
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
    [e] = [
        e for e in _events("وأعلنت الحكومة تأجيل الانتخابات البلدية إلى موعد لاحق.") if e.cameo_root == "12"
    ]
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


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("لم يتم تحديد موعد لعقد اجتماع بين الوزيرين.", "اجتماع", "negated"),
        ("وقال المتحدث إنه لا يوجد اتفاق حتى الآن.", "اتفاق", "negated"),
        ("وربما نلتقي مرة أخرى في موسكو.", "نلتقي", "hypothetical"),
        ("إذا دعيت إلى قمة في بودابست فسأذهب.", "قمة", "hypothetical"),
        ("وشدد على الحاجة إلى قمة لاحقة بين الزعيمين.", "قمة", "desired"),
        ("ودعا الأمين العام إلى عقد اجتماع طارئ لمجلس الأمن.", "اجتماع", "desired"),
        ("ويتوقع محللون أن يلتقي بوتين وزيلينسكي.", "يلتقي", "hypothetical"),
        ("واقترح ترامب أن يلتقي بوتين وزيلينسكي.", "يلتقي", "desired"),
        ("وقال بوتين إن اللقاء كان مفيدا.", "اللقاء", "reported"),
        ("وعقد الوزيران اجتماعا في الرياض.", "اجتماعا", "asserted"),
    ],
)
def test_every_mention_has_its_modality_and_only_asserted_or_reported_ones_make_events(
    text: str, trigger: str, modality: str
) -> None:
    found = _found(text)
    [(m, event)] = [
        (m, n) for m, n in zip(found.mentions, found.event_of, strict=True) if m.trigger == trigger
    ]
    assert m.modality == modality
    assert (event is not None) == (modality in ("asserted", "reported"))


def test_a_back_reference_is_a_mention_of_the_event_it_refers_to() -> None:
    text = (
        "التقى ترامب وبوتين في قمة بألاسكا يوم الجمعة الماضي. وفي ختام القمة، شكر الرئيس "
        "الأمريكي ضيفه. وكان الاجتماع بمثابة خيبة أمل للأوروبيين."
    )
    found = _found(text)
    [summit] = [e for e in found.events if e.event_type != "statement"]
    assert summit.event_type == "summit"  # the most specific type of its mentions
    assert [found.mentions[i].trigger for i in summit.mentions] == ["التقى", "قمة", "القمة", "الاجتماع"]
    assert summit.participants == ("per:donald-trump", "per:vladimir-putin")
    assert (summit.location_entity_id, summit.event_date) == ("gpe:alaska", dt.date(2025, 10, 17))


def test_two_occasions_of_one_type_stay_two_events() -> None:
    text = "التقى ترامب بوتين في ألاسكا يوم 15 أغسطس. والتقى ماكرون شي جينبينغ في بكين يوم 4 ديسمبر."
    meetings = [e for e in _events(text) if e.event_type == "meeting"]
    assert [e.location_entity_id for e in meetings] == ["gpe:alaska", "gpe:beijing"]


def test_a_planned_back_reference_is_not_the_event_that_took_place() -> None:
    # "اجتماعه" is a back-reference, but to a meeting still to come, not to the visit
    text = (
        "وزار الرئيس الأوكراني فولوديمير زيلينسكي البيت الأبيض يوم الجمعة والتقى الرئيس دونالد ترامب. "
        "وتحدث ترامب بعد ذلك عن اجتماعه المقرر مع الرئيس الروسي فلاديمير بوتين في بودابست."
    )
    found = _found(text)
    planned = [e for e in found.events if e.status == "planned"]
    assert [e.event_type for e in planned] == ["meeting"]
    assert "per:vladimir-putin" in planned[0].participants
    assert any(e.status == "occurred" and e.event_type == "visit" for e in found.events)


def test_a_plural_with_nothing_specific_is_generic() -> None:
    found = _found("وشدد الوزير على أهمية اللقاءات بين الشعوب.")
    [m] = [m for m in found.mentions if m.trigger == "اللقاءات"]
    assert found.event_of[found.mentions.index(m)] is None


def test_a_noun_with_no_one_no_place_and_no_date_is_generic() -> None:
    # "open for visits at night": no visitor, no one named, no date: no event
    found = _found("وتقرر فتح المقابر الأثرية للزيارة ليلا طوال فصل الصيف.")
    [m] = [m for m in found.mentions if m.event_type == "visit"]
    assert found.event_of[found.mentions.index(m)] is None
    # "open to visits before tourists" is the sense of access, no visit at all (senses.tsv)
    found = _found("وتقرر فتح المقابر الأثرية للزيارة ليلا أمام السياح طوال فصل الصيف.")
    assert [m for m in found.mentions if m.event_type == "visit"] == []
    # the same word with someone named is a visit
    found = _found("وبدأ وزير الخارجية الأمريكي جون كيري اليوم زيارة إلى القاهرة.")
    assert [e.event_type for e in found.events] == ["visit"]


def test_a_verb_of_purpose_is_planned() -> None:
    # "travelled to Cairo to meet": the meeting is still to come
    [meeting] = [
        e
        for e in _events("وسافر وزير الخارجية الأمريكي جون كيري إلى القاهرة ليلتقي الرئيس المصري.")
        if e.event_type == "meeting"
    ]
    assert meeting.status == "planned"


def test_a_present_verb_after_ma_is_no_statement() -> None:
    text = "وارتفعت الأسعار للشهر الثالث، وهو ما يؤكد أن التضخم لم يبلغ ذروته بعد."
    assert [m.event_type for m in _found(text).mentions] == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وأثير الموضوع عبر لقاء تلفزيوني مع وزير الصحة السعودي توفيق الربيعة.", "meeting"),
        ("ويحرص المواطنون في العيد على زيارة الأهل في الرياض وجدة.", "visit"),
    ],
)
def test_a_word_next_to_a_trigger_can_give_it_another_sense(text: str, event_type: str) -> None:
    assert event_type not in {m.event_type for m in _found(text).mentions}


def test_a_nouns_place_follows_it() -> None:
    # Tehran is where the celebrations are, not the agreement
    [agreement] = [
        e
        for e in _events("وأقيمت احتفالات في شوارع طهران بعد إبرام الاتفاق النووي مع القوى الكبرى.")
        if e.event_type == "agreement"
    ]
    assert agreement.location_entity_id is None
    [summit] = _events("وتستضيف الحكومة المجرية القمة الثانية في بودابست.")
    assert summit.location_entity_id == "gpe:budapest"


def test_a_statement_is_one_event_per_speaker_and_occasion_with_its_quotes() -> None:
    text = (
        'وقال لافروف في مؤتمر صحفي في موسكو: "نحن مستعدون للحوار". '
        'وأضاف: "لن نتنازل عن مصالحنا". '
        "وأكد لافروف أن بلاده تدعم الجهود الدبلوماسية. "
        'من جهته، قال روبيو للصحفيين إن "الطريق لا يزال طويلا".'
    )
    found = _found(text)
    statements = [e for e in found.events if e.event_type == "statement"]
    assert [len(e.quotes) for e in statements] == [3, 1]
    lavrov, rubio = statements
    assert lavrov.participants == ("per:sergey-lavrov",)
    assert rubio.participants == ("per:marco-rubio",)


def test_a_trigger_is_a_whole_word_after_its_proclitics() -> None:
    assert [h.trigger.event_type for h in trigger_hits_in_word("وزيارته")] == ["visit"]
    assert [h.trigger.event_type for h in trigger_hits_in_word("سيلتقي")] == ["meeting"]
    # a root و, an adjective, a device, data: no triggers
    for word in ["وزارة", "الوزارات", "الاجتماعي", "الهاتف", "البيانات", "لوحات", "بالغت"]:
        assert trigger_hits_in_word(word) == [], word
    # reporting verbs, but not the noun "إشارة" (a signal) nor "ستوقع" (will sign)
    for word in ["وأشار", "وأعربت", "ونوه", "وتوقعت"]:
        assert [h.trigger.event_type for h in trigger_hits_in_word(word)] == ["statement"], word
    for word in ["إشارة", "وإشارته", "ستوقع"]:
        assert trigger_hits_in_word(word) == [], word


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


def test_the_summit_spoken_of_before_is_the_same_event() -> None:
    text = "التقى ترامب وبوتين في قمة بألاسكا. وفي ختام القمة، شكر الرئيس الأمريكي ضيفه."
    [summit] = [e for e in _events(text) if e.event_type == "summit"]
    assert summit.participants == ("per:donald-trump", "per:vladimir-putin")
    assert summit.mention_count == 3


def test_events_of_the_sample_files_keep_their_offsets() -> None:
    from tasks.parse.articles import parse_text

    found = [
        _found(article.body, article.published_date)
        for path in SEED_FILES
        for article in parse_text(path.read_text(encoding="utf-8")).articles
    ]
    assert sum(len(f.events) for f in found) >= 80
    assert sum(len(f.mentions) for f in found) >= 200


def test_a_name_right_before_a_verb_is_its_subject() -> None:
    # subject, verb, object: Trump urged Zelensky, not the other way round
    text = "وأكدت المصادر أن الرئيس الأمريكي دونالد ترامب حث نظيره الأوكراني فولوديمير زيلينسكي على القبول."
    urged = next(e for e in _events(text) if e.trigger == "حث")
    assert urged.participants[:2] == ("per:donald-trump", "per:volodymyr-zelensky")
    # a place before the verb is where, not who: Kerry meets
    text = "وفي مصر سيلتقي كيري الأحد نظيره المصري سامح شكري في حوار استراتيجي."
    [meeting] = _events(text, dt.date(2015, 7, 20))
    assert meeting.participants[0] == "per:john-kerry"


def test_a_plan_is_a_proposal_only_when_put_forward() -> None:
    in_place = "وشارك رجال الدفاع المدني في تنفيذ خطة مواجهة الطوارئ بالعاصمة المقدسة."
    assert [e.event_type for e in _events(in_place)] == []
    put_forward = "وطرح رئيس الوزراء البريطاني ديفيد كاميرون خطة جديدة لمواجهة التطرف."
    assert [e.event_type for e in _events(put_forward)] == ["proposal"]


def test_a_hospital_receiving_patients_is_no_meeting() -> None:
    text = "واستقبل قسم الطوارئ بمستشفى الملك خالد أمس 17 حالة من ضحايا الحادث."
    assert [e.event_type for e in _events(text)] == []
    text = "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز رئيس الوزراء الباكستاني نواز شريف."
    assert [e.event_type for e in _events(text)] == ["meeting"]


def test_penalties_in_a_regulation_are_no_sanctions() -> None:
    text = "كما تم تطبيق لائحة الغرامات والعقوبات بوزارة الشؤون البلدية والقروية على المخالفين."
    assert [e.event_type for e in _events(text)] == []
    text = "وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا بسبب الحرب في أوكرانيا."
    assert "sanction" in [e.event_type for e in _events(text)]
