"""Parsing files into articles, on snippets and whole files from the samples."""

from __future__ import annotations

import datetime as dt

import pytest

from tasks.parse.articles import ParsedFile, first_sentence, parse_text, split_glued_repeats
from tasks.parse.lines import Kind
from tasks.text.clean import text_lines
from tests.conftest import SEED_FILES, seed_text


def _kinds(parsed: ParsedFile) -> list[tuple[int, str]]:
    return [(r.line_no, r.kind.value) for r in parsed.removed]


def test_headline_date_source_and_keywords_are_read_from_their_lines() -> None:
    text = (
        "مباحثات أميركية روسية تمهيداً لقمة ترامب وبوتين\n"
        "تاريخ النشر: 21st, October 2025 GMT\n"
        "موسكو (وكالات)\n"
        "بحث وزيرا الخارجية الروسي سيرغي لافروف والأميركي ماركو روبيو هاتفياً، أمس، "
        "الترتيبات الخاصة بالقمة المرتقبة في بودابست مع الولايات المتحدة.\n"
        "المصدر: صحيفة الاتحاد\n"
        "كلمات دلالية: الولايات المتحدة روسيا أوكرانيا أميركا موسكو\n"
    )
    (article,) = parse_text(text).articles
    assert article.title == "مباحثات أميركية روسية تمهيداً لقمة ترامب وبوتين"
    assert not article.title_is_guess
    assert article.published_date == dt.date(2025, 10, 21)
    assert article.source == "صحيفة الاتحاد"
    assert article.dateline == "موسكو (وكالات)"
    assert article.keywords == ["الولايات المتحدة", "روسيا", "أوكرانيا", "أميركا", "موسكو"]
    assert article.paragraphs == [text.split("\n")[3]]


def test_without_headline_the_first_sentence_stands_in_and_is_flagged() -> None:
    text = (
        "\nصرح وزير الخارجية الروسي أنه أكد بوضوح موقف بلاده. وأضاف أن المطالب لم تتغير.\nإلغاء القمة الثانية"
    )
    (article,) = parse_text(text).articles
    assert article.title_is_guess
    assert article.title == "صرح وزير الخارجية الروسي أنه أكد بوضوح موقف بلاده."
    # the guessed title is not taken out of the body: it is its first sentence
    assert article.paragraphs[0].startswith(article.title)
    # a short line after the body has started is a subheading, kept as text
    assert article.paragraphs[-1] == "إلغاء القمة الثانية"


def test_read_also_section_becomes_its_own_article() -> None:
    text = seed_text("004")
    parsed = parse_text(text)
    main, embedded = parsed.articles
    assert (main.position, main.is_embedded) == (0, False)
    assert (embedded.position, embedded.is_embedded) == (1, True)
    assert embedded.title == "لقاء متوتر في البيت الأبيض.. ماذا طلب ترامب من زيلينسكي"
    assert embedded.paragraphs[0].startswith("قال مصدران مطلعان إن الرئيس الأمريكي")
    assert embedded.paragraphs[-1].endswith('وقال "نحن نريد هذا. بوتين لا يريده".')
    # the main article's header date is not the embedded article's date
    assert main.published_date == dt.date(2025, 10, 21)
    assert embedded.published_date is None
    assert main.line_end == embedded.line_start == 12


def test_related_list_author_bio_and_comment_form_are_boilerplate() -> None:
    parsed = parse_text(seed_text("003"))
    (article,) = parsed.articles
    body = "\n".join(article.paragraphs)
    assert article.author == "Ali Hussain"
    for gone in (
        "award-winning",
        "Leave a Reply",
        "Your email address",
        "More From Author",
        "gettyimages",
    ):
        assert gone not in body
    assert body.endswith("لصحيفة إزفستيا الروسية.")
    kinds = dict(_kinds(parsed))
    assert kinds[0] == "image_credit"
    assert kinds[2] == "headline"
    assert [kinds[n] for n in (50, 52, 54, 56, 58, 60)] == [
        "author_header",
        "author_name",
        "author_bio",
        "related_header",
        "comment_form",
        "comment_form",
    ]


def test_related_links_list_ends_the_embedded_article() -> None:
    parsed = parse_text(seed_text("002"))
    embedded = parsed.articles[1]
    assert embedded.paragraphs[-1].startswith("ورغم تحذير ترامب من «عواقب وخيمة للغاية»")
    links = [r for r in parsed.removed if r.kind is Kind.RELATED_LINK]
    assert len(links) == 9
    assert all(r.text.startswith("•") for r in links)


def test_glued_related_widget_keeps_the_content_sentence_after_it() -> None:
    parsed = parse_text(seed_text("001"))
    embedded = parsed.articles[1]
    assert any(p.startswith("وشهدت العلاقات بين ألمانيا والصين") for p in embedded.paragraphs)
    assert not any("Related" in p for p in embedded.paragraphs)
    # the chrome glued to the end of a main-article paragraph is cut off
    main = parsed.articles[0]
    assert main.paragraphs[-1].endswith("ومصفاة نفط في منطقة سامارا.")
    assert "انتقل إلى اختصارات الوصول" not in "\n".join(embedded.paragraphs)


def test_subheading_glued_to_a_repeated_lead_is_split_at_the_seam() -> None:
    embedded = parse_text(seed_text("001")).articles[1]
    assert "النقد الغربي لدور الصين" in embedded.paragraphs
    assert embedded.paragraphs[embedded.paragraphs.index("النقد الغربي لدور الصين") + 1].startswith(
        "وتشغل الصين، الشريك التجاري"
    )


def test_inline_read_also_link_is_not_an_embedded_article() -> None:
    text = (
        "عنوان الخبر الرئيسي\n"
        "فقرة أولى من الخبر تكفي لتكون نصاً كاملاً للمقال.\n"
        "اقرأ أيضاً: ترامب يلتقي بوتين في ألاسكا\n"
        "فقرة ثانية من الخبر نفسه بعد الرابط.\n"
    )
    parsed = parse_text(text)
    (article,) = parsed.articles
    assert len(article.paragraphs) == 2
    assert (2, "related_link") in _kinds(parsed)


def test_read_also_with_only_a_link_title_gives_no_extra_article() -> None:
    text = "عنوان\nفقرة الخبر الوحيدة وهي طويلة بما يكفي.\nإقرأ أيضاً:\nعنوان مقال آخر بلا نص\n"
    parsed = parse_text(text)
    assert len(parsed.articles) == 1
    assert (3, "related_link") in _kinds(parsed)
    assert all(r.article == 0 for r in parsed.removed)


def test_lone_headline_file_keeps_its_text_as_body() -> None:
    (article,) = parse_text("عاجل: انفجار في بيروت").articles
    assert article.paragraphs == ["عاجل: انفجار في بيروت"]
    assert article.title == "عاجل: انفجار في بيروت"


def test_file_of_only_boilerplate_gives_no_article() -> None:
    parsed = parse_text("إقرأ أيضاً:\nشارك\nLeave a Reply\nتاريخ النشر: 21st, October 2025 GMT\n")
    assert parsed.articles == []
    assert {r.kind for r in parsed.removed} >= {Kind.READ_ALSO, Kind.COMMENT_FORM}


def test_zero_width_and_bidi_marks_are_stripped_and_crlf_is_handled() -> None:
    text = "عنوان\u200f الخبر\r\nقال\u200e ترامب\u202b إن الاجتماع كان مثمراً.\r\n"
    (article,) = parse_text(text).articles
    assert article.title == "عنوان الخبر"
    assert article.paragraphs == ["قال ترامب إن الاجتماع كان مثمراً."]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_every_line_of_a_sample_file_is_body_or_boilerplate(path: object) -> None:
    """Lossless accounting: each non-empty line's words reappear in a body or a removed line."""
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    parsed = parse_text(text)
    kept = " ".join(" ".join(a.paragraphs) for a in parsed.articles).split()
    removed = " ".join(r.text for r in parsed.removed).split()
    source = [w for line in text_lines(text) for w in line.split()]
    recovered = kept + removed
    # glued texts are split at letter seams, so compare letters, not tokens
    assert sorted("".join(source)) == sorted("".join(recovered))


def test_sample_files_give_the_expected_articles() -> None:
    expected = {
        "000": [(True, None, None)],
        "001": [(False, dt.date(2025, 10, 21), "صحيفة الاتحاد"), (False, None, None)],
        "002": [(True, None, "بوابة الوفد"), (False, None, None)],
        "003": [(False, None, None)],
        "004": [(False, dt.date(2025, 10, 21), "سكاي نيوز عربية"), (False, None, None)],
    }
    for path in SEED_FILES:
        parsed = parse_text(path.read_text(encoding="utf-8"))
        got = [(a.title_is_guess, a.published_date, a.source) for a in parsed.articles]
        assert got == expected[path.name[:3]], path.name


def test_first_sentence_skips_abbreviations_and_caps_length() -> None:
    assert first_sentence("قال د. أحمد إن الاجتماع انتهى. ثم غادر.") == "قال د. أحمد إن الاجتماع انتهى."
    long = "كلمة، " * 60 + "نهاية."
    guess = first_sentence(long)
    assert len(guess) <= 200
    assert not guess.endswith("،")


def test_split_glued_repeats_leaves_unrelated_paragraphs_alone() -> None:
    paragraphs = [
        "فقرة أولى طويلة بما يكفي لتكون أكثر من أربعين حرفاً في النص.",
        "فقرة ثانية مختلفة تماماً.",
    ]
    assert split_glued_repeats(paragraphs) == paragraphs


BODY_1 = "قال مسؤول في البيت الأبيض إنه لا توجد خطط للقاء الرئيسين في المستقبل القريب."
BODY_2 = "وأضاف المسؤول أن الاتصال بين الوزيرين كان مثمراً وأن العمل مستمر."


def test_share_bar_and_menu_labels_do_not_swallow_the_article() -> None:
    text = f"عنوان الخبر\nFacebook\nTwitter\nEmail\nالتعليقات\n{BODY_1}\nComments\n{BODY_2}\n"
    parsed = parse_text(text)
    (article,) = parsed.articles
    assert article.paragraphs == [BODY_1, BODY_2]
    assert [r.kind.value for r in parsed.removed] == [
        "headline", "site_chrome", "site_chrome", "comment_form", "comment_form", "comment_form",
    ]  # fmt: skip


def test_comment_section_heading_does_end_the_article() -> None:
    text = f"عنوان\n{BODY_1}\nLeave a Reply\n{BODY_2}\n"
    (article,) = parse_text(text).articles
    assert article.paragraphs == [BODY_1]


def test_byline_above_the_article_is_not_a_bio() -> None:
    text = f"عنوان الخبر\nالكاتب\nأحمد علي\n{BODY_1}\n{BODY_2}\n"
    (article,) = parse_text(text).articles
    assert article.author == "أحمد علي"
    assert article.paragraphs == [BODY_1, BODY_2]


def test_related_list_ends_at_a_gap_and_keeps_the_subheading_after_it() -> None:
    text = f"عنوان\n{BODY_1}\nمقالات ذات صلة\nرابط أول\nرابط ثان\n\nعنوان فرعي في المقال\n{BODY_2}\n"
    parsed = parse_text(text)
    (article,) = parsed.articles
    assert article.paragraphs == [BODY_1, "عنوان فرعي في المقال", BODY_2]
    assert [r.text for r in parsed.removed if r.kind is Kind.RELATED_LINK] == ["رابط أول", "رابط ثان"]


def test_bulleted_related_list_ends_at_the_first_line_without_a_bullet() -> None:
    text = f"عنوان\n{BODY_1}\nRelated\n• رابط أول\n• رابط ثان\nعنوان فرعي\n{BODY_2}\n"
    (article,) = parse_text(text).articles
    assert article.paragraphs == [BODY_1, "عنوان فرعي", BODY_2]


def test_read_also_followed_only_by_link_titles_is_not_an_article() -> None:
    text = f"عنوان\n{BODY_1}\nإقرأ أيضاً:\nترامب يلتقي بوتين\nزيلينسكي في واشنطن\nقمة جديدة في بودابست\n"
    parsed = parse_text(text)
    assert len(parsed.articles) == 1
    assert [r.kind.value for r in parsed.removed] == ["headline", "read_also"] + ["related_link"] * 3
    assert {r.article for r in parsed.removed} == {0}


def test_labels_alone_on_a_line_take_the_next_line_as_value() -> None:
    text = (
        f"عنوان\nتاريخ النشر:\n21 أكتوبر 2025\n{BODY_1}\n"
        "المصدر:\nسكاي نيوز عربية\nكلمات دلالية:\nروسيا، أوكرانيا\n"
    )
    parsed = parse_text(text)
    (article,) = parsed.articles
    assert article.published_date == dt.date(2025, 10, 21)
    assert article.source == "سكاي نيوز عربية"
    assert article.keywords == ["روسيا", "أوكرانيا"]
    assert article.paragraphs == [BODY_1]


def test_a_date_label_without_a_date_after_it_leaves_the_next_line_alone() -> None:
    (article,) = parse_text(f"عنوان\nتاريخ النشر:\n{BODY_1}\n").articles
    assert article.published_date is None
    assert article.paragraphs == [BODY_1]


def test_line_numbers_index_splitlines_of_the_raw_text() -> None:
    text = f"عنوان\rالمصدر: الوفد\f{BODY_1}\u2028{BODY_2}"
    parsed = parse_text(text)
    lines = text.splitlines()
    for removed in parsed.removed:
        assert lines[removed.line_no] == removed.text
    assert parsed.articles[0].paragraphs == [BODY_1, BODY_2]
    assert parsed.articles[0].source == "الوفد"


def test_control_characters_inside_lines_are_dropped() -> None:
    (article,) = parse_text(f"عنوان\n{BODY_1[:10]}\x00\x1b{BODY_1[10:]}\n").articles
    assert article.paragraphs == [BODY_1]
