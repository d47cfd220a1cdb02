"""Exports of the store: GDELT 2.0 Event TSV, PLOVER JSON records, CSV/Parquet of every table."""

from newsevents.analysis.exports.gdelt import GDELT_COLUMNS, export_gdelt
from newsevents.analysis.exports.plover import export_plover
from newsevents.analysis.exports.tables import export_tables

__all__ = ["GDELT_COLUMNS", "export_gdelt", "export_plover", "export_tables"]
