"""The database schema. ``tests/golden/schema.txt`` pins it: change both together and bump SCHEMA_VERSION.

Offsets are ``char_start``/``char_end`` (Python string indices into
``documents.text``, end exclusive). Child rows are keyed by (doc_id, idx),
idx being the record's position in its document's extraction.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

TABLES: dict[str, str] = {
    "meta": """
        key VARCHAR PRIMARY KEY,
        value VARCHAR
    """,
    "runs": """
        run_id VARCHAR PRIMARY KEY,
        started_at TIMESTAMP,
        finished_at TIMESTAMP,
        options VARCHAR,
        documents_added INTEGER,
        documents_skipped INTEGER,
        failures INTEGER
    """,
    "documents": """
        id VARCHAR PRIMARY KEY,
        text VARCHAR NOT NULL,
        published DATE,
        published_from VARCHAR,
        url VARCHAR,
        title VARCHAR,
        source VARCHAR,
        n_chars INTEGER,
        run_id VARCHAR,
        ingested_at TIMESTAMP
    """,
    "entities": """
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        label VARCHAR,
        PRIMARY KEY (doc_id, idx)
    """,
    "actors": """
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        name VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        kind VARCHAR,
        antecedent_start INTEGER,
        PRIMARY KEY (doc_id, idx)
    """,
    "quotes": """
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        content VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        kind VARCHAR,
        cue VARCHAR,
        cue_start INTEGER,
        cue_end INTEGER,
        speaker VARCHAR,
        speaker_text VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_country VARCHAR,
        speaker_sector VARCHAR,
        speaker_kind VARCHAR,
        clause_start INTEGER,
        clause_end INTEGER,
        PRIMARY KEY (doc_id, idx)
    """,
    "events": """
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        trigger VARCHAR,
        trigger_start INTEGER,
        trigger_end INTEGER,
        sentence_start INTEGER,
        sentence_end INTEGER,
        cameo VARCHAR,
        root VARCHAR,
        plover VARCHAR,
        mode VARCHAR,
        context VARCHAR,
        quad_class INTEGER,
        goldstein DOUBLE,
        source_name VARCHAR,
        source_country VARCHAR,
        source_sector VARCHAR,
        source_text VARCHAR,
        source_start INTEGER,
        source_end INTEGER,
        target_name VARCHAR,
        target_country VARCHAR,
        target_sector VARCHAR,
        target_text VARCHAR,
        target_start INTEGER,
        target_end INTEGER,
        event_date VARCHAR,
        date_source VARCHAR,
        place_name VARCHAR,
        place_country VARCHAR,
        place_lat DOUBLE,
        place_lon DOUBLE,
        negated BOOLEAN,
        modality VARCHAR,
        attributed_speaker VARCHAR,
        attributed_quote_start INTEGER,
        confidence DOUBLE,
        PRIMARY KEY (doc_id, idx)
    """,
    "times": """
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        type VARCHAR,
        value VARCHAR,
        mod VARCHAR,
        PRIMARY KEY (doc_id, idx)
    """,
    "places": """
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        name VARCHAR,
        country VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        geonameid BIGINT,
        feature VARCHAR,
        PRIMARY KEY (doc_id, idx)
    """,
    "failures": """
        origin VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        error VARCHAR,
        doc_id VARCHAR,
        char_offset INTEGER,
        run_id VARCHAR,
        recorded_at TIMESTAMP,
        PRIMARY KEY (origin, reason)
    """,
    "signatures": """
        doc_id VARCHAR PRIMARY KEY,
        num_perm INTEGER,
        shingle_size INTEGER,
        n_shingles INTEGER,
        minhash BLOB
    """,
    "duplicates": """
        doc_id VARCHAR PRIMARY KEY,
        original_id VARCHAR NOT NULL,
        jaccard DOUBLE,
        containment DOUBLE,
        detected_at TIMESTAMP
    """,
    "event_groups": """
        event_id BIGINT PRIMARY KEY,
        source_country VARCHAR,
        source_name VARCHAR,
        target_country VARCHAR,
        target_name VARCHAR,
        cameo VARCHAR,
        root VARCHAR,
        plover VARCHAR,
        quad_class INTEGER,
        goldstein DOUBLE,
        negated BOOLEAN,
        event_date DATE,
        first_seen DATE,
        last_seen DATE,
        num_mentions INTEGER,
        num_sources INTEGER,
        num_articles INTEGER,
        story_id INTEGER,
        place_name VARCHAR,
        place_country VARCHAR,
        place_lat DOUBLE,
        place_lon DOUBLE,
        source_url VARCHAR
    """,
    "event_mentions": """
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        event_id BIGINT NOT NULL,
        duplicate BOOLEAN,
        sentence VARCHAR,
        PRIMARY KEY (doc_id, idx)
    """,
    "stories": """
        story_id INTEGER PRIMARY KEY,
        title VARCHAR,
        first_date DATE,
        last_date DATE,
        n_articles INTEGER,
        n_duplicates INTEGER,
        countries VARCHAR,
        keywords VARCHAR
    """,
    "story_articles": """
        doc_id VARCHAR PRIMARY KEY,
        story_id INTEGER NOT NULL,
        similarity DOUBLE,
        duplicate BOOLEAN
    """,
}

CHILD_TABLES = ("entities", "actors", "quotes", "events", "times", "places")


def ddl() -> list[str]:
    """CREATE statements for every table, in dependency order."""
    return [f"CREATE TABLE IF NOT EXISTS {name} ({body.strip()})" for name, body in TABLES.items()]
