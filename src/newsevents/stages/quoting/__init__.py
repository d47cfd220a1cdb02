"""Building blocks of the quotes stage: quote marks, cue lexicon, speakers, the three quote kinds."""
