"""Word lists for quote attribution, in match-text form (see tasks/entities/cues.py).

Reporting verbs are listed in their base (past, masculine singular) form and
inflected here: قال -> قالت قالوا قالا قالتا, with an optional و/ف/ل before.
See docs/arabic-text.md (Quotes and attribution).
"""

from __future__ import annotations

from tasks.text.match_text import key_of


def _keys(text: str) -> frozenset[str]:
    return frozenset(key_of(w) for w in text.split())


# Past-tense reporting verbs, masculine singular.
_VERBS = """
قال أكد أضاف أوضح صرح شدد أشار اعتبر كتب ذكر أعلن لفت نوه أفاد أردف استطرد
علق اعترف حذر اختتم أبلغ كشف أقر زعم ادعى نفى رأى توقع رجح استبعد أشاد وصف جدد
"""
# Reporting verbs that are also common other words: "تابع" (affiliated) and "ختم" (a
# seal) count only with و/ف before them; "بين" (between) and "رد" (a reply) only
# when written with a shadda (بيّن، ردّ).
PROCLITIC_VERBS = _keys("تابع ختم")
SHADDA_VERBS = _keys("بين رد")
# Present-tense reporting verbs, listed whole.
_PRESENT = """
يقول تقول يقولون تقولون يؤكد تؤكد يؤكدون يضيف تضيف يوضح توضح يشير تشير
يرى ترى يرون يكتب تكتب يرد ترد
"""
PRESENT_VERBS = _keys(_PRESENT)
# Verbs whose third person forms are irregular enough to list whole.
_IRREGULAR = (
    """
نفت نفوا ادعت ادعوا رأت رأوا ردت ردوا نقل نقلت نقلوا أثنى أثنت أثنوا أبدى أبدت أبدوا
"""
    + _PRESENT
)


def _inflections(base: str) -> set[str]:
    if base.endswith("ى"):
        return {base}
    return {base, base + "ت", base + "وا", base + "ا", base + "تا"}


REPORTING_VERBS: frozenset[str] = frozenset(
    key_of(form) for base in _VERBS.split() for form in _inflections(base)
) | _keys(_IRREGULAR)

# Verbs that report only with عن or أن after them ("نقلت الوكالة عن مسؤول أن", "نقل
# عنه قوله", "ونقلت صحيفة سكاي أن"); without either they carry something somewhere
# ("نقل المصابين إلى المستشفى").
NEEDS_SOURCE = _keys("نقل نقلت نقلوا")
SOURCE_PREPOSITIONS = _keys("عن عنه عنها عنهم عنهما")
SOURCE_REACH = 8  # words from such a verb to its عن or أن

# Verbs whose subject often is the speaker but that need a preposition before
# their complement ("أشار إلى أن", "شدد على أن"): nothing after them is the speaker.
PREPOSITIONS_AFTER_VERB = _keys("إلى الى على عن في ب")

# Participles that attach a quote to the subject of the clause: "..., قائلاً: «...»".
PARTICIPLES = _keys(
    """
    قائلا قائلة قائلين قائلتين مضيفا مضيفة مضيفين مؤكدا مؤكدة مؤكدين موضحا موضحة مشيرا مشيرة
    مشيرين معتبرا معتبرة لافتا لافتة منوها منوهة مشددا مشددة متابعا متابعة معلنا معلنة مستدركا
    محذرا محذرة معربا معربة واصفا واصفة مختتما ومضيفا مدعيا مدعية منتقدا منتقدة مبينا مبينة
    مرجحا مرجحة مستبعدا مستبعدة مطالبا متهما مشيدا
    """
)

# Source phrases: the speaker follows them ("وفقاً للبيت الأبيض", "بحسب مسؤولين").
SOURCE_WORDS = _keys("وفقا وفق طبقا بحسب حسب حسبما نقلا")

# Who a fronted source phrase with no name in it may be ("وفقاً للمراقبين، ..."): people
# who speak, not a law or a plan ("وفقاً للقانون، يحق ..."). Without ال.
SOURCE_HEADS = _keys(
    """
    مراقبين مراقبون محللين محللون خبراء خبير مصادر مصدر مصدرين مسؤولين مسؤولون مسؤول مسئولين
    تقارير تقرير بيان وكالة صحيفة موقع قناة إذاعة شبكة وسائل مصادرنا دبلوماسيين دبلوماسيون
    شهود سكان مقربين مطلعين متحدث مصدرا
    """
)

# Complementizers that open reported speech: إن, أن and بأن, with a pronoun or not.
COMPLEMENTIZERS = _keys(
    """
    إن أن بأن إنه أنه بأنه إنها أنها بأنها إنهم أنهم بأنهم إنهما أنهما بأنهما إنني أنني بأنني
    إننا أننا بأننا إنك أنك وأن وإن وأنه وأنها
    """
)

# Words at which a speaker description ends: addressees, times, places, manner.
SPEAKER_STOPS = _keys(
    """
    قبل بعد خلال عقب أثناء اثناء عند عندما حين حينما لدى أمس اليوم غدا مساء صباح يوم فجر ليلة
    ظهر على عبر من إلى الى عن ضمن بحسب حسب وفق وفقا نقلا أيضا كذلك بدوره بدورها مؤخرا أمام
    مع نفسه نفسها أنفسهم بوضوح مجددا مرارا صراحة سابقا لاحقا علنا رسميا شخصيا الذي التي
    الذين اللذين اللتين إن أن إنه أنه بأن ان في فى الآن حاليا الأسبوع الشهر العام
    السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة ردا تعليقا جوابا سئل لدي وهو
    وهي وذلك حيث بينما فيما كما لكن لكنه لكنها بشأن حول ضد تجاه أنذاك مجددا مرة
    فيه فيها فيهم منه منها منهم عنه عنها عنهم له لها لهم لنا به بها بهم إليه إليها عليه عليها
    كلامه كلامها حديثه حديثها تصريحه تصريحها تصريحاته قوله قولها
    بصوت بلهجة بنبرة بكل بحزم بصراحة بفخر بغضب بحسرة بثقة بقوله بالقول
    """
)

# Descriptions that may go on with one "في" phrase: "مسؤول في البيت الأبيض".
DESCRIPTION_HEADS = _keys(
    """
    مسؤول مسؤولة مسؤولون مسؤولين مصدر مصادر مصدران مساعد مستشار دبلوماسي دبلوماسيون دبلوماسيين
    متحدث متحدثة ناطق عضو أعضاء خبير خبراء محلل محللون باحث مراقبون قيادي قياديون ضابط مسؤولو
    نائب وزير سفير موظف موظفون مصدرا مصدري مسئول مسئولون
    """
)

# Words before a person mention that make the mention a modifier, not the speaker:
# "مساعد بوتين", "المتحدث باسم الكرملين", "مبعوث ترامب".
RELATION_WORDS = _keys(
    """
    مساعد مساعدة مستشار مستشارة نائب نائبة مبعوث المبعوث باسم متحدث زوجة زوج ابن ابنة نجل شقيق
    حكومة إدارة فريق حملة مكتب محامي محامية
    """
)

# Words after which a reporting verb with no subject of its own continues the
# previous speaker ("لكنه شدد على أن"); a verb opening its clause does too.
CONTINUERS = _keys("لكنه لكنها ولكنه ولكنها كما ثم وقد فقد قد وكان وكانت")

# Words that start another clause: the search for "إن/أن" after a verb stops there.
CLAUSE_BREAKERS = _keys("علما وعلما بينما حيث لكن ولكن إلا رغم ورغم برغم إذ فيما كما وكما بعدما عندما")

# Relative pronouns: in "ترامب، الذي قال ... إن" the speaker is the name before them.
RELATIVES = _keys("الذي التي الذين اللذين اللتين")

# Source nouns that stand for the previous speaker: "وبحسب قولها".
PRONOUN_SOURCES = _keys("قوله قولها قولهم تعبيره تعبيرها وصفه وصفها")

# Words that refer to someone named before: "وقال معاليه", "وأضاف سموه".
PRONOUN_SPEAKERS = _keys("معاليه سموه فضيلته سعادته هؤلاء هو هي هم")

# Nouns whose name follows in quote marks: the marks hold a title, not speech.
NAME_HEADS = _keys(
    """
    فيلم مسلسل كتاب رواية ديوان قصيدة أغنية ألبوم برنامج صحيفة جريدة مجلة قناة موقع وكالة
    شبكة إذاعة تطبيق حملة شعار عنوان بعنوان مبادرة مشروع مهرجان معرض مسابقة جائزة ملعب فندق
    شركة مجموعة تنظيم حركة حزب جمعية مركز مؤسسة رحلة عملية هاشتاق وسم وثيقة تقرير دراسة مسرحية
    """
)

# Sentence openers before a fronted subject: "أما زيلينسكي، فصرح ...".
SUBJECT_OPENERS = _keys("أما وأما لكن ولكن بينما فيما")

# Quote marks and the marks that close each: directions are read from context, as
# house styles use ” and » as openers too ("و”لا توجد", "بـ»الحازم»"), ″ as a closer
# after a digit, and { } for quotes (aawsat: بـ{الشرق الأوسط}).
PAIRS: dict[str, str] = {
    "«": "»",
    "{": "}",
    '"': '"″',
    "“": "”“″",
    "”": "”“″",
    "»": "»«",
    "„": "“”",
}
OPENERS = "".join(PAIRS)
CLOSERS = "".join(sorted(set("".join(PAIRS.values()))))
