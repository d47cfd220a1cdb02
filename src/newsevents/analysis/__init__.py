"""Corpus-level work over the store: summaries, de-duplication, aggregation, stories, narratives."""
