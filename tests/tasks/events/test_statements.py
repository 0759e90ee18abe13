"""Statement events: whose statement a quote is, at which occasion, and which
statement words with no quote of their own belong to it."""

from __future__ import annotations

import datetime as dt

from tasks.events.events import Event
from tasks.quotes.quotes import find_quotes
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


def test_a_quote_whose_speaker_was_not_found_is_a_statement_of_its_own() -> None:
    # a reporting verb and quote marks: someone said it, though no name is in view
    text = (
        "وانتشر الوسم بين المغردين في ساعات. ومغرد غاضب من الحملة كتب: "
        "«لا يوجد تخلف لدى العرب إلا عند من أطلق هذا الوسم»."
    )
    [statement] = _statements(text)
    assert statement.participants == ()
    assert len(statement.quotes) == 1


def test_what_is_said_at_large_in_the_present_tense_is_no_statement() -> None:
    text = "وفي المجالس يقولون: «الصيف في الخليج لا يرحم أحدا من العمال»."
    assert _statements(text) == []


def test_a_participle_with_no_speaker_continues_the_statement_of_its_paragraph() -> None:
    text = (
        "أكد قائد الجيش الباكستاني الجنرال راحيل شريف أن الحرب على الإرهاب حرب بقاء. "
        "جاء ذلك في تصريحات صحفية في روما أوضح فيها موقف بلاده، قائلاً بأن العمليات "
        "العسكرية في منطقة القبائل تكللت بالنجاح."
    )
    found = found_events(text, PUBLISHED)
    [statement] = [e for e in found.events if e.event_type == "statement"]
    assert len(statement.quotes) == len(find_quotes(text, [])) > 1


def test_a_quote_after_someone_else_is_named_is_not_the_previous_speakers() -> None:
    text = (
        'وقال مسؤول كبير في حلف شمال الأطلسي إن "روسيا لم تقدم تنازلات ذات معنى". '
        "والتقى مسؤولون أمريكيون ووفد أوكراني في ميامي لإجراء محادثات وصفها وزير الخارجية "
        "ماركو روبيو بأنها مثمرة، رغم أنه حذر من أنه لا يزال هناك المزيد من العمل."
    )
    statements = _statements(text)
    assert len(statements) == 2
    assert len(statements[0].quotes) == 1


def test_a_statement_reported_inside_a_quote_is_its_own_speakers() -> None:
    text = (
        "قال مصدران مطلعان إن الرئيس الأمريكي دونالد ترامب حث نظيره الأوكراني فولوديمير "
        "زيلينسكي على قبول شروط روسيا خلال اجتماع متوتر."
    )
    assert len(_statements(text)) == 2


def test_a_speaker_given_again_in_fewer_words_is_the_same_speaker() -> None:
    # "المصدران" is "مصدران مطلعان" again: no entity, no title, the same statement
    text = (
        "قال مصدران مطلعان إن الرئيس الأمريكي رفض تزويد أوكرانيا بصواريخ بعيدة المدى. "
        "وأضاف المصدران أن الاجتماع انتهى دون اتفاق على موعد جديد."
    )
    [statement] = _statements(text)
    assert len(statement.quotes) == 2


def test_a_statement_about_what_is_to_come_or_called_off_was_itself_made() -> None:
    text = (
        "وشدد وزير الخارجية الأمريكي ماركو روبيو على أهمية اللقاءات المقبلة مع موسكو. "
        "وأعلن الكرملين تأجيل القمة المرتقبة في بودابست."
    )
    statements = _statements(text)
    assert [e.status for e in statements] == ["occurred", "occurred"]


def test_a_statement_to_be_made_is_planned() -> None:
    [statement] = _statements("وسيعلن وزير الخارجية الروسي سيرغي لافروف موقف بلاده غدا.")
    assert statement.status == "planned"


def test_a_saying_is_dated_by_a_day_not_by_the_year_it_speaks_of() -> None:
    [statement] = _statements("وقال محافظ المؤسسة خلال العام 2014 إن عدد المتدربين ارتفع إلى الضعف.")
    assert statement.date is None
    [statement] = _statements("وقال محافظ المؤسسة أمس إن عدد المتدربين ارتفع إلى الضعف.")
    assert statement.event_date == PUBLISHED - dt.timedelta(days=1)


def test_a_statement_verbs_speaker_is_the_name_after_it_not_its_object() -> None:
    # Zelensky is named before the verb, Trump after it: the statement is Trump's
    text = (
        'وقال الرئيس الأوكراني فولوديمير زيلينسكي إن "بلاده مستعدة للسلام". '
        "وبعد لقائه زيلينسكي في البيت الأبيض، أشاد الرئيس الأميركي دونالد ترامب بجهود السلام."
    )
    statements = _statements(text)
    assert [e.participants[0] for e in statements] == ["per:volodymyr-zelensky", "per:donald-trump"]


def test_a_reporting_word_is_one_mention_even_when_its_speaker_was_not_found() -> None:
    # "أكد" is both a statement word of the lexicon and the cue of a quote whose speaker
    # was not found: one mention (two at one offset would share their published id)
    text = "غير أن كيري أكد في الوقت نفسه أن إيران لا تزال عدوا للولايات المتحدة."
    found = found_events(text, PUBLISHED)
    assert [(m.trigger, m.trigger_start) for m in found.mentions] == [("أكد", text.index("أكد"))]
    assert len(found.events) == 1


def test_a_phrase_trigger_over_a_quotes_reporting_word_is_that_quotes_mention() -> None:
    # the lexicon's "نقلا عن" starts on the quote's cue "نقلا": one mention there
    text = (
        "وقال دي ميستورا نقلا عن مصادر محلية في بيان صدر الليلة قبل الماضية ان الجيش ألقى "
        'عددا كبيرا من البراميل المتفجرة على الزبداني مما "أوقع مستويات غير مسبوقة من التدمير".'
    )
    starts = [m.trigger_start for m in found_events(text, PUBLISHED).mentions]
    assert len(starts) == len(set(starts))


def test_a_statement_quoted_as_the_speaker_is_its_issuers_statement() -> None:
    # "وأضاف البيان" goes on with the statement the university issued, not a new speaker
    text = (
        "أوضحت جامعة تبوك من خلال بيان إعلامي أصدرته اليوم أن الطالبة غادرت مقر الكلية. "
        "وأضاف البيان أن الجامعة شكلت لجنة للتحقيق في الحادثة."
    )
    [statement] = _statements(text)
    assert len(statement.quotes) == 2


def test_a_speakerless_quote_is_the_one_person_named_before_it_in_its_sentence() -> None:
    # the participle goes on from the sentence's subject: Khamenei, not an unnamed speaker
    text = (
        "صعد المرشد الأعلى الإيراني علي خامنئي، أمس، ضد الولايات المتحدة، "
        "مؤكدًا أن بلاده على خلاف عميق مع واشنطن."
    )
    [statement] = _statements(text)
    assert statement.participants == ("per:ali-khamenei",)
    # two people named: whose saying it is stays unknown
    two = "التقى خامنئي بوتين في طهران أمس، مؤكدًا أن البلدين على وفاق تام في الملف السوري."
    assert [e.participants[:1] for e in _statements(two)] == [()]


def test_a_speaker_cut_short_is_the_name_that_follows_it_in_its_clause() -> None:
    # the quote finder stops the speaker at "لتحلية" (an addressee's ل); the name after
    # it, which the tagger does not know, is who "وأضاف الغفيص" is
    text = (
        "وقال محافظ المؤسسة العامة لتحلية المياه المالحة علي بن ناصر الغفيص، إن ميزانية "
        "المؤسسة لهذا العام ستساعدها على المضي قدما في مشاريعها. "
        "وأضاف الغفيص أن مشاريع المؤسسة الإنشائية تسير وفق الخطة المعتمدة."
    )
    [statement] = _statements(text)
    assert len(statement.quotes) == 2


def test_what_people_not_named_say_in_the_present_plural_is_no_statement() -> None:
    assert _statements('ورواد تويتر يقولون: "ضعوا هذه التغريدة في المفضلة لديكم".') == []
    # a named speaker's present is a statement all the same
    [statement] = _statements('ويقول بوتين: "نحن مستعدون للحوار مع الجميع دون شروط".')
    assert statement.participants == ("per:vladimir-putin",)


def test_a_speaker_before_an_event_and_in_a_campaign_speaks_on_two_occasions() -> None:
    text = (
        "وكان ترامب قد قال قبل القمة إن وقف إطلاق النار هو الهدف الرئيسي للمحادثات. "
        "وكان ترامب قد قال خلال حملته إنه سينهي الحرب الأوكرانية خلال 24 ساعة. "
        "وأضاف ترامب أن الحرب ما كانت لتبدأ لو كان رئيسا."
    )
    statements = _statements(text)
    assert [len(e.quotes) for e in statements] == [1, 2]
    # a time said elsewhere in the sentence is no occasion: "قبل أسبوعين"
    text = (
        "وقال ترامب إن المحادثات التي بدأت قبل أسبوعين كانت مثمرة. "
        "وأضاف ترامب أن اللقاء المقبل سيعقد في بودابست."
    )
    assert [len(e.quotes) for e in _statements(text)] == [2]
