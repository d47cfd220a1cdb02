"""Rule-based mention detection and coreference for the actors stage.

No coreference model ships on PyPI, so actor mentions are found and resolved
with rules over the spaCy parse:

- :mod:`.context`: per-document facts (sentences, quote regions, subjects, lemmas);
- :mod:`.mention`: the Atom and Mention records the rules share;
- :mod:`.atoms`: KB phrase matching (longest match) and NER fallbacks;
- :mod:`.mentions`: noun-phrase composites ("China's Ministry of Foreign Affairs",
  "US officials", "Chinese leader Xi Jinping"), capitals as metonyms, demonyms;
- :mod:`.roles`: role-headed mentions (groups, anonymous sources, descriptions, pairs);
- :mod:`.names`: person names, short forms, titles, appositions and gender;
- :mod:`.descriptions`: definite descriptions ("the president", "the ministry", "the two sides");
- :mod:`.pronouns`: he/she/it/they/who by gender, number and salience.
- :mod:`.places`: countries of place names (the gazetteer) and the document's main country.
"""
