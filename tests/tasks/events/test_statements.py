"""Statement events: whose statement a quote is, at which occasion, and which
statement words with no quote of their own belong to it."""

from __future__ import annotations

import datetime as dt

from tasks.events.events import Event
from tests.tasks.events.found import found_events

PUBLISHED = dt.date(2015, 10, 19)


def _statements(text: str) -> list[Event]:
    """The statement events of a text, found as the pipeline finds them."""
    return [e for e in found_events(text, PUBLISHED).events if e.event_type == "statement"]


def test_a_description_given_once_before_a_name_describes_its_later_mentions() -> None:
    # "رئيس الوزراء البريطاني" stands before the first mention of Cameron only, a dozen
    # names before the quote it introduces
    text = (
        "حدد رئيس الوزراء البريطاني ديفيد كاميرون اليوم ملامح استراتيجية جديدة للتصدي للتطرف. "
        "وبحث كاميرون الاستراتيجية مع أنجيلا ميركل وفرانسوا هولاند وماتيو رينزي وماريانو راخوي "
        "ودونالد توسك وجان كلود يونكر وباراك أوباما وفلاديمير بوتين وشي جين بينغ ورجب طيب أردوغان "
        "وناريندرا مودي وشينزو آبي. "
        'وقال كاميرون: "نحن أمام صراع جيلنا". '
        'كما أكد رئيس الوزراء البريطاني أن "المجتمع البريطاني مجتمع متعدد الأعراق".'
    )
    [statement] = _statements(text)
    assert statement.participants == ("per:david-cameron",)
    assert len(statement.quotes) == 2


def test_a_quote_with_no_occasion_was_said_at_its_speakers_nearest_one() -> None:
    text = (
        'يقول كاميرون إن "الأمر لا يمكن دون فهم الأسباب". '
        'وقال كاميرون في خطابه: "نحن أمام صراع جيلنا". '
        'وفي تصريحات لصحيفة محلية، قال كاميرون إن "بريطانيا ستساعد حلفاءها".'
    )
    assert [len(e.quotes) for e in _statements(text)] == [2, 1]


def test_a_statement_noun_that_names_no_one_is_the_statement_quoted_before_it() -> None:
    text = (
        'وقال وزير الخارجية الروسي سيرغي لافروف إن "الحوار مع واشنطن مستمر". '
        "جاء ذلك في تصريحات صحفية أدلى بها في موسكو."
    )
    [statement] = _statements(text)
    assert statement.mention_count == 2
    assert len(statement.quotes) == 1


def test_a_statement_verb_with_a_subject_of_its_own_is_another_statement() -> None:
    text = (
        'وقال وزير الخارجية الروسي سيرغي لافروف إن "الحوار مع واشنطن مستمر". '
        "ودعا زعماء أوروبيون واشنطن إلى التمسك بمطالبها."
    )
    assert len(_statements(text)) == 2


def test_a_saying_is_no_ones_statement() -> None:
    text = (
        'والخدمات متأخرة تقنيا.. كما يقول المثل "المرعى أخضر لكن العنز مريضة". '
        'وقال وزير الاتصالات إن "التحديث سيبدأ العام المقبل".'
    )
    [statement] = _statements(text)
    assert statement.trigger == "وقال"
