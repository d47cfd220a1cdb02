"""Scoring the engine against gold data (``newsevents eval``).

Each gold format has a module exposing ``evaluate(path, runner, *, limit=None) -> EvalReport``.
``runner`` turns a list of Documents into Extractions (normally ``Pipeline.extract_many``),
so evaluation never builds a pipeline itself.
"""
