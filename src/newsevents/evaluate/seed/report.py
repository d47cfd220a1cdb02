"""Turn seed counts into an EvalReport: flat scores for gates and tables for people."""

from __future__ import annotations

from statistics import median

from newsevents.evaluate.metrics import PRF, PRF_COLUMNS, EvalReport, Table, accuracy
from newsevents.evaluate.seed.scoring import SeedCounts

PROTOCOL = (
    "quotes: one-to-one, lenient = prediction covers >=30% of the gold content, strict >=80%; "
    "speaker judged on lenient matches. events: a prediction matches when its trigger (preferred) or "
    "sentence overlaps the gold text; correct = accepted root and right source/target countries "
    "(either order when reciprocal) and not negated. times: TempEval-3 relaxed extent, value F1 over "
    "relaxed matches with identical value. places: same surface, centres < 10 characters apart "
    "(predicted places absent from the gold list count as false positives)."
)


def _prf_scores(prefix: str, prf: PRF) -> dict[str, float]:
    return {f"{prefix}.precision": prf.precision, f"{prefix}.recall": prf.recall, f"{prefix}.f1": prf.f1}


def build_report(c: SeedCounts, dataset: str, n_docs: int, gold_counts: dict[str, int]) -> EvalReport:
    nq, ne, npl = gold_counts["quotes"], gold_counts["events"], gold_counts["places"]
    scores: dict[str, float] = {"documents": float(n_docs)}
    scores |= _prf_scores("quotes.lenient", c.quotes_lenient) | _prf_scores("quotes.strict", c.quotes_strict)
    for kind, prf in sorted(c.by_kind.items()):
        scores |= _prf_scores(f"quotes.{kind}.lenient", prf)
    scores |= {
        "quotes.gold": float(nq),
        "quotes.found": float(c.quotes_lenient.tp),
        "quotes.speaker_accuracy": accuracy(c.speaker_right, c.quotes_matched),
        "quotes.found_with_speaker": float(c.speaker_right),
        "quotes.kind_accuracy": accuracy(c.kind_right, c.quotes_matched),
        "events.gold": float(ne),
        "events.found": float(c.events.tp),
        "events.root_correct": float(c.events_root),
        "events.dyad_correct": float(c.events_dyad),
        "events.correct": float(c.events_correct),
        "events.correct_rate": accuracy(c.events_correct, ne),
        "events.plover_accuracy": accuracy(c.plover_right, c.events.tp),
        "events.date_accuracy": accuracy(c.date_right, c.dated),
        "events.not_events": float(c.not_events),
        "events.not_events_violated": float(c.not_events_violated),
        "times.gold": float(gold_counts["times"]),
        "times.value_correct": float(c.times_value.tp),
        "places.gold": float(npl),
        "places.found": float(c.places.tp),
        "places.country_correct": float(c.places_country),
    }
    scores |= _prf_scores("events.found", c.events)
    scores |= _prf_scores("times.extent", c.times_extent) | _prf_scores("times.value", c.times_value)
    scores |= _prf_scores("places", c.places)
    if c.distances_km:
        scores["places.median_km"] = median(c.distances_km)
        scores["places.acc161"] = accuracy(sum(d <= 161 for d in c.distances_km), len(c.distances_km))

    summary = Table(
        "Summary",
        ["measure", "count", "of", "rate"],
        [
            ["quotes found (lenient)", c.quotes_lenient.tp, nq, round(c.quotes_lenient.recall, 3)],
            ["quotes found with right speaker", c.speaker_right, nq, round(accuracy(c.speaker_right, nq), 3)],
            ["events found", c.events.tp, ne, round(c.events.recall, 3)],
            ["events found with accepted root", c.events_root, ne, round(accuracy(c.events_root, ne), 3)],
            ["events with right dyad", c.events_dyad, ne, round(accuracy(c.events_dyad, ne), 3)],
            [
                "events correct (root and dyad)",
                c.events_correct,
                ne,
                round(accuracy(c.events_correct, ne), 3),
            ],
            [
                "events with right PLOVER type",
                c.plover_right,
                c.events.tp,
                round(accuracy(c.plover_right, c.events.tp), 3),
            ],
            [
                "events with right date (of matched, gold-dated)",
                c.date_right,
                c.dated,
                round(accuracy(c.date_right, c.dated), 3),
            ],
            [
                "not_events violated",
                c.not_events_violated,
                c.not_events,
                round(accuracy(c.not_events_violated, c.not_events), 3),
            ],
            [
                "times with right value",
                c.times_value.tp,
                gold_counts["times"],
                round(c.times_value.recall, 3),
            ],
            ["places found", c.places.tp, npl, round(c.places.recall, 3)],
            ["places with right country", c.places_country, npl, round(accuracy(c.places_country, npl), 3)],
        ],
    )
    prf = Table(
        "Precision / recall",
        PRF_COLUMNS,
        [
            c.quotes_lenient.row("quotes lenient"),
            c.quotes_strict.row("quotes strict"),
            *(prf.row(f"quotes {kind} (lenient)") for kind, prf in sorted(c.by_kind.items())),
            c.events.row("events found"),
            c.times_extent.row("times extent (relaxed)"),
            c.times_value.row("times value"),
            c.places.row("places surface"),
        ],
    )
    tables = [summary, prf]
    if c.distances_km:
        tables.append(
            Table(
                "Place distance error",
                ["measure", "value"],
                [
                    ["with coordinates", len(c.distances_km)],
                    ["median km", round(median(c.distances_km), 1)],
                    ["acc@161 km", round(scores["places.acc161"], 3)],
                ],
            )
        )
    single = n_docs == 1  # one article: drop the document column of the item tables
    quote_cols = [
        "doc",
        "kind",
        "gold content",
        "gold speaker",
        "found",
        "predicted speaker",
        "speaker right",
    ]
    event_cols = ["doc", "gold event", "gold root, dyad", "best prediction", "root", "dyad", "correct"]
    extra_cols = ["doc", "prediction", "text", "speaker or code"]
    for title, columns, rows in (
        ("Quotes", quote_cols, c.quote_rows),
        ("Events", event_cols, c.event_rows),
        ("Times and places", ["doc", "what", "gold text", "gold value", "prediction", "right"], c.item_rows),
        ("Predictions matching no gold item (false positives)", extra_cols, c.unmatched_rows),
    ):
        tables.append(Table(title, columns[single:], [row[single:] for row in rows]))
    return EvalReport(dataset=dataset, protocol=PROTOCOL, tables=tables, scores=scores, notes=c.notes)
