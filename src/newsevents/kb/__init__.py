"""Knowledge bases written by the team: actors, CAMEO/PLOVER tables, the gazetteer, lexicons."""
