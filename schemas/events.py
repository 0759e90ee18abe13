"""`events`: what happened, is planned or was called off; when, where and between whom."""

import pyarrow as pa

from schemas.spec import TableSpec, column

EVENTS = TableSpec(
    name="events",
    description=(
        "One row per event an article reports, at most one per sentence and type: a "
        "meeting, summit, phone call, visit, statement, agreement, proposal, cancellation, "
        "attack, sanction or threat, with its CAMEO root code. articles.body[start:end] == "
        "evidence and articles.body[trigger_start:trigger_end] == trigger."
    ),
    schema=pa.schema(
        [
            column("event_id", pa.string(), "Stable ID from the article ID, type and trigger offset."),
            column("article_id", pa.string(), "The article (articles.article_id)."),
            column(
                "event_type",
                pa.string(),
                "meeting, summit, phone_call, visit, statement, agreement, proposal, "
                "cancellation, attack, sanction or threat (tasks/events/lexicons/event_types.tsv).",
            ),
            column(
                "cameo_root",
                pa.string(),
                "CAMEO root code of the type: 01 statement, 03 proposal, 04 meeting, summit, "
                "phone call and visit, 05 agreement, 12 cancellation, 13 threat, 16 sanction, "
                "19 attack.",
            ),
            column("trigger", pa.string(), "The word or phrase that names the event, as written."),
            column("trigger_start", pa.int32(), "Offset of the trigger in articles.body."),
            column("trigger_end", pa.int32(), "Offset one past the trigger in articles.body."),
            column("evidence", pa.string(), "The sentence that reports the event."),
            column("start", pa.int32(), "Offset of the evidence sentence in articles.body."),
            column("end", pa.int32(), "Offset one past the evidence sentence in articles.body."),
            column(
                "event_date",
                pa.date32(),
                "When: the Gregorian date of the date expression nearest the trigger in its "
                "clause (the first day of a week or month). Null when there is none, or when "
                "nothing anchors it (date_text still says what was written).",
                nullable=True,
            ),
            column(
                "date_precision",
                pa.string(),
                "day, week or month: the precision of the date expression. Null without one.",
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
                "Where: the place (entities.entity_id) after في or ب near the trigger. Null "
                "when the clause names none.",
                nullable=True,
            ),
            column(
                "participants",
                pa.list_(pa.string()),
                "Who: entity IDs of the people and organizations near the trigger, and "
                "countries named by a nationality (مباحثات أميركية روسية); the location excluded.",
            ),
            column(
                "status",
                pa.string(),
                "occurred; planned (المرتقبة، المقبل، المقررة، a future verb, or a date after "
                "publication); cancelled (إلغاء، تأجيل، جمد in the sentence).",
            ),
            column(
                "confidence",
                pa.float64(),
                "How likely the event is right: 0.6, plus 0.1 each for a participant, a place "
                "or date, and a trigger with no other common sense; at most 0.9.",
            ),
        ]
    ),
    primary_key=("event_id",),
    per_file=True,
    sort_by=(),
    order_note="in the order of articles (source_path, article position), then start",
)
