"""Publication dates from strings and struct_time values."""

from __future__ import annotations

import datetime as dt
import time

from newsevents.model.errors import IngestError


def parse_iso_date(value: object, *, origin: str | None = None, field: str = "published") -> dt.date | None:
    """``YYYY-MM-DD`` or an ISO 8601 datetime (its date as written) -> date.

    ``None`` and blank strings give ``None``; anything else that is not such a
    date raises :class:`IngestError`.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise IngestError(f"invalid {field} date {value!r} (expected YYYY-MM-DD or ISO datetime)", origin=origin)
    text = value.strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise IngestError(
            f"invalid {field} date {value!r} (expected YYYY-MM-DD or ISO datetime)", origin=origin
        ) from None


def lenient_date(value: object) -> dt.date | None:
    """Like :func:`parse_iso_date`, but ``None`` instead of an error (third-party metadata)."""
    if isinstance(value, time.struct_time):
        try:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
        except ValueError:
            return None
    try:
        return parse_iso_date(value)
    except IngestError:
        return None
