"""Event coding pieces: syntax helpers, lexicon classification, arguments, modality, attachment."""
