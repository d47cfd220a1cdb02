"""Geographic knowledge behind the gazetteer: data tables, name keys, span helpers, resolution."""
