"""The spaCy layer: one pipeline per process, never downloaded at run time."""

from newsevents.nlp.loader import load_pipeline, resolve_model_name

__all__ = ["load_pipeline", "resolve_model_name"]
