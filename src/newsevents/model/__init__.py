"""Records, options and errors shared by every layer (the bottom of the import graph)."""
