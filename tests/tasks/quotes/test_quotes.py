"""Direct and indirect quotes and their speakers, on sentences from the sample files
and the SaudiNewsNet house styles."""

from __future__ import annotations

import polars as pl
import pytest

from tasks.entities.extract import default_extractor, extract_entities
from tasks.quotes.quotes import EntitySpan, Quote, find_quotes, quote_spans
from tests.conftest import SEED_FILES


def _mentions(text: str) -> list[EntitySpan]:
    frame = extract_entities(pl.DataFrame({"article_id": ["a"], "body": [text]}), default_extractor())
    return [
        EntitySpan(r[0], r[1], r[2], r[3])
        for r in frame.select("entity_id", "entity_type", "start", "end").iter_rows()
    ]


def _quotes(text: str) -> list[Quote]:
    quotes = find_quotes(text, _mentions(text))
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker  # type: ignore[misc]
    return quotes


def _brief(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in _quotes(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'وقال فاديفول: "إذا كانت هناك دولة واحدة لها تأثير فهي الصين".',
            "إذا كانت هناك دولة واحدة لها تأثير فهي الصين",
        ),
        ("وقال لافروف: “أعتقد أن موقف روسيا لم يتغير”.", "أعتقد أن موقف روسيا لم يتغير"),
        ("وقال زيلينسكي: «إذا دعيت إلى بودابست، سنتفق»، منتقداً خيار المجر.", "إذا دعيت إلى بودابست، سنتفق"),
        # ” used as an opener after a proclitic (sample 000)
        (
            "وفقًا للبيت الأبيض، قررت واشنطن ذلك، و”لا توجد خطط للرئيس ترامب للقاء الرئيس بوتين”.",
            "لا توجد خطط للرئيس ترامب للقاء الرئيس بوتين",
        ),
        # » used as an opener, { } as marks (SaudiNewsNet house styles)
        ("واضاف :» الناس اصبحوا يعرفون الحقيقة كاملة» .", "الناس اصبحوا يعرفون الحقيقة كاملة"),
        ("وقال الرئيس هادي: {من عدن سنستعيد اليمن كله}", "من عدن سنستعيد اليمن كله"),
    ],
)
def test_direct_quotes_in_every_mark_style(text: str, quoted: str) -> None:
    assert [q.text for q in _quotes(text) if q.kind == "direct"] == [quoted]


def test_an_unclosed_mark_runs_to_the_end_of_its_sentence() -> None:
    text = (
        "وأوضح بيسكوف أنه «لا يزال هناك الكثير من العمل الذي يتعين القيام به، مشيراً إلى أنه لم يتم. وأوضح أن"
    )
    [span] = quote_spans(text)
    assert (text[span.start : span.end], span.closed) == (
        "لا يزال هناك الكثير من العمل الذي يتعين القيام به",
        False,
    )


def test_terms_names_and_headlines_in_marks_are_not_speech() -> None:
    text = (
        'وصف الزعيمان المحادثات بأنها "مثمرة"، وقال «ترامب» إنه سيتحدث لقناة "فوكس نيوز".'
        '\n"نعتمد على أمريكا"\nوتابع'
    )
    assert [q.kind for q in _quotes(text)] == ["indirect"]


def test_a_colon_makes_even_two_words_speech() -> None:
    assert _brief("وقال أوشاكوف إن العمل جار. وأضاف: “سيستمر العمل”.")[-1] == (
        "direct",
        "سيستمر العمل",
        "أوشاكوف",
    )


def test_segments_of_one_statement_keep_the_speaker_and_cue() -> None:
    text = "وأوضح لافروف: “ما يهم ليس المكان أو الوقت”. “الأهداف التي فهمناها في أنكوريج تظل محور التركيز”."
    quotes = _quotes(text)
    assert [(q.speaker, q.attribution, q.cue) for q in quotes] == [
        ("لافروف", "explicit", "وأوضح"),
        ("لافروف", "continued", "وأوضح"),
    ]


def test_a_verb_without_a_subject_continues_the_previous_speaker() -> None:
    text = 'وقال الوزير الألماني إنه تلقى تأكيدات من بكين. وأضاف: "أعتبر هذا التزاماً إيجابياً من الصين".'
    assert [(q.kind, q.speaker, q.attribution) for q in _quotes(text)] == [
        ("indirect", "الوزير الألماني", "explicit"),
        ("direct", "الوزير الألماني", "inherited"),
    ]


def test_a_quote_without_a_colon_after_the_speaker_and_an_adjunct() -> None:
    text = 'وقال ترامب للصحفيين "توقفوا عند خط المواجهة وعودوا إلى دياركم".'
    [q] = _quotes(text)
    assert (q.kind, q.speaker, q.speaker_entity_id) == ("direct", "ترامب", "per:donald-trump")


@pytest.mark.parametrize(
    ("text", "speaker", "entity"),
    [
        # adjuncts cut: addressee, time, place
        (
            "وقال بيسكوف، للصحفيين، عندما سئل عن القمة، إن «أول شيء هو المضي قدماً نحو تسوية»",
            "بيسكوف",
            "per:dmitry-peskov",
        ),
        (
            "وقال زيلينسكي قبل المحادثات: “سوف نتلقى إشارات معينة من الوفد”",
            "زيلينسكي",
            "per:volodymyr-zelensky",
        ),
        ('وفي ختام القمة، قال ترامب لبوتين: "أود أن أشكرك جزيل الشكر"', "ترامب", "per:donald-trump"),
        # titles and appositions stay; the person is the entity
        (
            "وأكد المتحدث باسم الكرملين، ديمتري بيسكوف، أن موسكو تتوقع فرصة للتحرك نحو تسوية.",
            "المتحدث باسم الكرملين، ديمتري بيسكوف",
            "per:dmitry-peskov",
        ),
        (
            "وأضاف وزير الخارجية لافروف: “نحن متمسكون تمامًا بهذه الصيغة”.",
            "وزير الخارجية لافروف",
            "per:sergey-lavrov",
        ),
        # descriptions stay text, with no entity; "مساعد بوتين" is not Putin
        (
            'وقال مسؤول في البيت الأبيض للموقع إنه "لا توجد خطط للقاء الرئيسين قريباً".',
            "مسؤول في البيت الأبيض",
            None,
        ),
        ("قال مصدران مطلعان إن الرئيس حث نظيره على قبول الشروط.", "مصدران مطلعان", None),
        ("وأوضح مساعد بوتين أن المحادثات ستركز على الحرب في أوكرانيا.", "مساعد بوتين", None),
        # organizations and countries speak too
        ("وأكدت أوكرانيا أنها ضربت منشأة للغاز في منطقة أورينبورج.", "أوكرانيا", "gpe:ukraine"),
        (
            'أفاد موقع "أكسيوس" نقلا عن مسؤولين أميركيين أن البيت الأبيض أوقف العمل على القمة.',
            'موقع "أكسيوس"',
            "org:axios",
        ),
        # a subject before the verb
        (
            "أما زيلينسكي، فصرّح قبل القمة أن الاجتماع يجب أن يمهد الطريق نحو السلام.",
            "زيلينسكي",
            "per:volodymyr-zelensky",
        ),
        (
            "وفقًا للبيت الأبيض، فإن الرئيس لا يخطط للقاء بوتين في المستقبل القريب.",
            "بيت الأبيض",
            "org:white-house",
        ),
    ],
)
def test_speakers_are_cut_before_adjuncts_and_linked_to_entities(
    text: str, speaker: str, entity: str | None
) -> None:
    q = _quotes(text)[0]
    assert (q.speaker, q.speaker_entity_id) == (speaker, entity)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("صرح لافروف أن روسيا ترفض الإشارات القادمة من واشنطن.", "روسيا ترفض الإشارات القادمة من واشنطن"),
        (
            "وقال الرئيس الأميركي، إنه يرى أن أوكرانيا وروسيا عليهما تجميد خط المواجهة.",
            "يرى أن أوكرانيا وروسيا عليهما تجميد خط المواجهة",
        ),
        ("وأكد شي جينبينغ بأن بلاده ستواصل لعب دور بنّاء في الأزمة.", "بلاده ستواصل لعب دور بنّاء في الأزمة"),
        ("وشدّد على أن أمن آسيا وأوروبا مترابط في عالم متصل.", "أمن آسيا وأوروبا مترابط في عالم متصل"),
        # the reporter's own next clause ends the reported speech
        (
            "أعلن ترامب أنه سيؤجل فرض رسوم جمركية على الصين، مضيفا أن القرار قد يتغير بعد أسبوعين.",
            "سيؤجل فرض رسوم جمركية على الصين",
        ),
    ],
)
def test_indirect_speech_runs_from_the_complementizer(text: str, content: str) -> None:
    assert _quotes(text)[0].kind == "indirect"
    assert _quotes(text)[0].text == content


def test_reported_speech_inside_reported_speech_is_not_a_second_quote() -> None:
    text = "وقال الرئيس الأميركي، إنه يرى أن أوكرانيا وروسيا عليهما تجميد خط المواجهة."
    assert len(_quotes(text)) == 1


def test_unmarked_direct_speech_after_a_colon() -> None:
    [q] = _quotes("وقال اليامي: إنه قد تم الانتهاء من المشروع في موعده.")
    assert (q.kind, q.text, q.speaker) == ("direct", "إنه قد تم الانتهاء من المشروع في موعده", "اليامي")


def test_every_quote_in_the_sample_files_keeps_its_offsets() -> None:
    from tasks.parse.articles import parse_text

    count = 0
    for path in SEED_FILES:
        for article in parse_text(path.read_text(encoding="utf-8")).articles:
            count += len(_quotes(article.body))
    assert count >= 100


def test_marks_with_no_one_to_say_them_are_not_quotes() -> None:
    text = "وتضم القائمة “طب بشري، طب أسنان، صيدلة” هذا العام.\nوعرض كتابه الجديد «حليف: رحلتي عبر الصدع»."
    assert _quotes(text) == []


def test_titles_after_a_name_head_are_not_speech() -> None:
    text = "وعرض فيلم «العراب الجزء الثاني» في صالة كبرى، ونشرت صحيفة «وول ستريت جورنال» تقريرا."
    assert _quotes(text) == []


def test_a_pronoun_speaker_is_the_one_spoken_of_before() -> None:
    text = "وقال وزير الصحة إن المستشفيات جاهزة تماماً. وأضاف معاليه أن الخدمات ستتوسع هذا العام."
    assert [q.speaker for q in _quotes(text)] == ["وزير الصحة", "وزير الصحة"]


def test_a_speaker_is_not_carried_over_far_paragraphs() -> None:
    text = "وقال الوزير إن الخطة جاهزة للتنفيذ.\nفقرة أولى.\nفقرة ثانية.\nفقرة ثالثة."
    text += "\nوأضاف: «سنبدأ التنفيذ الشهر المقبل»."
    assert [q.speaker for q in _quotes(text)] == ["الوزير", None]


def test_a_participle_after_a_verb_opens_the_speech_of_the_verbs_subject() -> None:
    # one quote, the participle's, said by the subject of استبعد
    text = (
        "استبعد زيلينسكي تقديم أي تنازلات إقليمية لموسكو، مؤكدا أنه يسعى للحصول على "
        "ضمانة أمنية مدعومة من الولايات المتحدة."
    )
    assert [(q.cue, q.speaker) for q in _quotes(text)] == [("مؤكدا", "زيلينسكي")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وفقًا للمراقبين، أنهى الرئيس ترامب القمة في ألاسكا دون الحصول على أي تنازلات.",
            "مراقبين",
            "أنهى الرئيس ترامب القمة في ألاسكا دون الحصول على أي تنازلات",
        ),
        (
            "ووفق محللين، تسببت الحرب في مقتل أو إصابة أكثر من مليون شخص من الجانبين.",
            "محللين",
            "تسببت الحرب في مقتل أو إصابة أكثر من مليون شخص من الجانبين",
        ),
        (
            "وبحسب وكالة رويترز، عقد الاجتماع في البيت الأبيض يوم الجمعة.",
            "وكالة رويترز",
            "عقد الاجتماع في البيت الأبيض يوم الجمعة",
        ),
    ],
)
def test_a_fronted_source_phrase_reports_the_clause_after_its_comma(
    text: str, speaker: str, content: str
) -> None:
    assert _brief(text) == [("indirect", content, speaker)]


def test_a_fronted_source_that_speaks_not_is_no_quote() -> None:
    assert _quotes("وفقا للقانون، يحق للموظف الحصول على إجازة سنوية مدفوعة.") == []


def test_a_present_verb_after_ma_is_what_shows_not_who_says() -> None:
    assert _quotes("وارتفعت الأسعار للشهر الثالث، وهو ما يؤكد أن التضخم لم يبلغ ذروته بعد.") == []
    assert _quotes("وتراجعت المبيعات، مما يشير إلى أن الطلب ضعيف في الأسواق.") == []
    # a past verb after ما is someone's saying: "وفق ما أعلن الجانبان"
    assert [q.speaker for q in _quotes("وفق ما أعلن الجانبان أن الاتفاق بات قريبا جدا.")] == ["الجانبان"]


def test_a_participle_beginning_with_waw_ends_the_reported_speech_before_it() -> None:
    # the و of "واصفاً" is the word's own, not a conjunction
    text = (
        "وقال الرئيس الفرنسي إيمانويل ماكرون إنه ناقش مطولا ملف الحرب في أوكرانيا، "
        "واصفاً إياها بأنها تهديد حيوي للأمن الأوروبي."
    )
    assert [(q.cue, q.text) for q in _quotes(text)] == [
        ("وقال", "ناقش مطولا ملف الحرب في أوكرانيا"),
        ("واصفاً", "تهديد حيوي للأمن الأوروبي"),
    ]


def test_a_named_speaker_quoted_inside_reported_speech_has_a_quote_of_their_own() -> None:
    text = (
        "وذكر شخص ثالث أن ترامب اقترح ذلك خلال الاجتماع بعد أن قال زيلينسكي إنه لن يتنازل "
        "طوعا عن أي أراض لموسكو."
    )
    outer, inner = _quotes(text)
    assert (outer.speaker, outer.text) == ("شخص ثالث", text[text.index("ترامب") : -1])
    assert (inner.speaker, inner.text) == ("زيلينسكي", "لن يتنازل طوعا عن أي أراض لموسكو")
    # a verb inside reported speech with no name after it stays part of it
    assert len(_quotes("وقال الوزير إن الحكومة ترى أن الخطة جاهزة للتنفيذ.")) == 1


def test_a_prayer_is_no_quote() -> None:
    text = "وقدم المحافظ التهنئة للجميع بمناسبة عيد الفطر، داعيا الله أن يعيده على الوطن بالخير والبركات."
    assert _quotes(text) == []


def test_naqala_reports_only_with_an_or_anna_after_it() -> None:
    # "نقل" carries someone somewhere unless a source (عن) or reported speech (أن) follows
    carried = "وبعد أن نقل أفراد العائلة الطفل إلى مستشفى رفيديا الحكومي في نابلس، تبين أنه فارق الحياة."
    assert _quotes(carried) == []
    reported = "ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن المحادثات ستستأنف الأسبوع المقبل."
    assert [(q.cue, q.speaker) for q in _quotes(reported)] == [("ونقلت", "وكالة رويترز")]


def test_a_noun_in_the_accusative_is_no_reporting_verb() -> None:
    # "حذرًا" (caution) is spelled like the dual of "حذر" (warned) but for its tanween
    text = "لكن خامنئي قرر اتخاذ موقف أكثر حذرًا ليرى إن كان قد تم انتهاك أي من الخطوط الحمراء."
    assert _quotes(text) == []
    assert [q.cue for q in _quotes("وحذرا من أن الهدنة قد تنهار في أي لحظة.")] == ["وحذرا"]


def test_li_with_a_verb_of_seeing_is_a_purpose_but_with_a_saying_a_reply() -> None:
    seeing = "لكن خامنئي قرر الانتظار ليرى إن كان قد تم انتهاك أي من الخطوط الحمراء."
    assert _quotes(seeing) == []
    reply = 'ليرد بوتين قائلاً: "المرة القادمة في موسكو".'
    assert [q.speaker for q in _quotes(reply)] == ["بوتين"]


def test_a_trailing_source_reports_the_clause_before_it() -> None:
    text = (
        "وفي وقت سابق، تناول ويتكوف ودميترييف الغداء في أحد مطاعم موسكو، "
        "حسبما قال مدير المطعم، مكسيم رومانتسيف، لصحيفة إزفستيا الروسية."
    )
    [q] = _quotes(text)
    assert (q.kind, q.cue, q.speaker) == ("indirect", "حسبما", "مدير المطعم، مكسيم رومانتسيف")
    assert q.text == "وفي وقت سابق، تناول ويتكوف ودميترييف الغداء في أحد مطاعم موسكو"
    assert [q.speaker for q in _quotes("وسيعقد الاجتماع في جنيف الأسبوع المقبل، وفقا لمسؤول أمريكي.")] == [
        "مسؤول أمريكي"
    ]
    # "بحسب ما نقلته وكالة رويترز": the agency, not what it carried
    text = "وتراجع مؤشر دبي 1.3 في المائة مع انخفاض كل الأسهم، بحسب ما نقلته وكالة رويترز."
    assert [q.speaker for q in _quotes(text)] == ["وكالة رويترز"]
    # a plan or figures are no one who speaks
    assert _quotes("وسيتم توزيع المساعدات على الأسر المحتاجة، حسب الخطة المعتمدة من الوزارة.") == []
    # a reporting verb of the sentence has the clause already
    [verb] = _quotes("وقال الوزير إن الاجتماع سيعقد في جنيف، وفقا لمسؤول أمريكي.")
    assert verb.cue == "وقال"
