"""`events`: what happened, is planned or was called off; when, where and between whom."""

import pyarrow as pa

from schemas.spec import TableSpec, column

EVENTS = TableSpec(
    name="events",
    description=(
        "One row per event an article reports, after within-article coreference: a "
        "meeting, summit, phone call, visit, statement, agreement, proposal, cancellation, "
        "attack, sanction or threat, with its CAMEO codes. Every back-reference to it "
        '("القمة", "اللقاء") is a row of event_mentions, not a new event; negated, '
        "hypothetical and merely desired mentions make no event. A statement is one per "
        "speaker and occasion, with its quotes. story_event_id groups the same real-world "
        "event across articles. articles.body[start:end] == evidence and "
        "articles.body[trigger_start:trigger_end] == trigger."
    ),
    schema=pa.schema(
        [
            column(
                "event_id",
                pa.string(),
                "Stable ID from the article ID, the offset of the event's first mention and its type.",
            ),
            column(
                "story_event_id",
                pa.string(),
                "The same real-world event in every article that reports it: same type "
                "(a summit and a meeting count as one), a participant in common (or, "
                "between copies of one duplicate cluster, the same trigger), the same day "
                "(the event's date, else the article's publication date, one day apart at "
                "most) and no other place. Stable ID from the event that starts the story.",
            ),
            column("article_id", pa.string(), "The article (articles.article_id)."),
            column(
                "event_type",
                pa.string(),
                "meeting, summit, phone_call, visit, statement, agreement, proposal, "
                "cancellation, attack, sanction or threat (tasks/events/lexicons/event_types.tsv): "
                "the most specific type of its mentions.",
            ),
            column(
                "cameo_root",
                pa.string(),
                "CAMEO root code of the type: 01 statement, 03 proposal, 04 meeting, summit, "
                "phone call and visit, 05 agreement, 12 cancellation, 13 threat, 16 sanction, "
                "19 attack.",
            ),
            column(
                "cameo_code",
                pa.string(),
                "A finer CAMEO code where a trigger word determines it (041 phone call, 042 "
                "visit, 043 host a visit, 046 negotiation, 057 sign an agreement, 163 "
                "sanctions, 195 air strike ...). Null otherwise.",
                nullable=True,
            ),
            column(
                "trigger",
                pa.string(),
                "The trigger of its most informative mention, as written (empty for a "
                "statement whose quotes have no reporting word).",
            ),
            column("trigger_start", pa.int32(), "Offset of the trigger in articles.body."),
            column("trigger_end", pa.int32(), "Offset one past the trigger in articles.body."),
            column("evidence", pa.string(), "The sentence of its most informative mention."),
            column("start", pa.int32(), "Offset of the evidence sentence in articles.body."),
            column("end", pa.int32(), "Offset one past the evidence sentence in articles.body."),
            column(
                "event_date",
                pa.date32(),
                "When: the first day-precise date of its mentions, else the first date (the "
                "first day of a week or month). Null when none is given, or when nothing "
                "anchors it (date_text still says what was written).",
                nullable=True,
            ),
            column(
                "date_precision",
                pa.string(),
                "day, week, month or year: the precision of the date. Null without one.",
                nullable=True,
            ),
            column("date_text", pa.string(), "The date expression as written.", nullable=True),
            column(
                "date_start", pa.int32(), "Offset of the date expression in articles.body.", nullable=True
            ),
            column("date_end", pa.int32(), "Offset one past the date expression.", nullable=True),
            column(
                "location_entity_id",
                pa.string(),
                "Where: the place (entities.entity_id) after في or ب near a mention. Null "
                "when none is named.",
                nullable=True,
            ),
            column(
                "participants",
                pa.list_(pa.string()),
                "Who: entity IDs of the people and organizations of its mentions, and "
                "countries named by a nationality (مباحثات أميركية روسية); the location "
                "excluded; for a statement, the speaker.",
            ),
            column(
                "status",
                pa.string(),
                "cancelled if a mention calls it off (إلغاء، تأجيل، جمد); planned if one says "
                "it is to come (المرتقبة، المقبل، المقررة، a future verb, or a date after "
                "publication); occurred otherwise.",
            ),
            column(
                "confidence",
                pa.float64(),
                "How likely the event is right: 0.6, plus 0.1 each for a participant, a place "
                "or date, and a trigger with no other common sense, plus 0.05 for more than "
                "one mention; at most 0.95.",
            ),
            column("mention_count", pa.int32(), "How many mentions name it (event_mentions rows)."),
            column(
                "quote_ids",
                pa.list_(pa.string()),
                "A statement's quotes (quotes.quote_id) made on this occasion; empty for other events.",
            ),
        ]
    ),
    primary_key=("event_id",),
    per_file=True,
    corpus_columns=("story_event_id",),
    sort_by=(),
    order_note="in the order of articles (source_path, article position), then first mention",
)

EVENT_MENTIONS = TableSpec(
    name="event_mentions",
    description=(
        "Every mention of an event in an article: a trigger word, or a quote's reporting "
        "word for a statement, with its modality. Asserted and reported mentions belong "
        "to an event (event_id); negated, hypothetical and desired ones, and generic "
        "plurals (no name or date in their clause, no event named before), to none. "
        "articles.body[trigger_start:trigger_end] == trigger; its sentence is "
        "articles.body[start:end]."
    ),
    schema=pa.schema(
        [
            column("mention_id", pa.string(), "Stable ID from the article ID, type and trigger offset."),
            column(
                "event_id",
                pa.string(),
                "The event it names (events.event_id); null for a mention that makes none.",
                nullable=True,
            ),
            column("article_id", pa.string(), "The article (articles.article_id)."),
            column("event_type", pa.string(), "The type its trigger names (before coreference)."),
            column("trigger", pa.string(), "The word or phrase, as written."),
            column("trigger_start", pa.int32(), "Offset of the trigger in articles.body."),
            column("trigger_end", pa.int32(), "Offset one past the trigger in articles.body."),
            column(
                "start",
                pa.int32(),
                "Offset of the mention's sentence, its evidence, in articles.body (the "
                "text is not repeated here: with it the table was 3.7 times larger).",
            ),
            column("end", pa.int32(), "Offset one past the sentence in articles.body."),
            column(
                "modality",
                pa.string(),
                "asserted; reported (inside a quote); negated (لم يعقد، لا يوجد اتفاق); "
                "hypothetical (إذا، ربما، احتمال، محتمل); desired (الحاجة إلى، دعا إلى، يأمل). "
                "Words in tasks/events/lexicons/modality.tsv.",
            ),
            column("status", pa.string(), "occurred, planned or cancelled, as this mention says."),
            column("event_date", pa.date32(), "The date this mention gives, if any.", nullable=True),
            column("date_precision", pa.string(), "Its precision.", nullable=True),
            column("location_entity_id", pa.string(), "The place this mention names, if any.", nullable=True),
            column("participants", pa.list_(pa.string()), "The participants this mention names."),
            column(
                "quote_id",
                pa.string(),
                "For a statement mention, the quote its reporting word introduces (quotes.quote_id).",
                nullable=True,
            ),
        ]
    ),
    primary_key=("mention_id",),
    per_file=True,
    sort_by=(),
    order_note="in the order of articles (source_path, article position), then trigger_start",
)
