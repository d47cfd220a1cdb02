from newsevents.ingest.normalize import document_id, normalize_text

TEXT = "The council of Pemberton voted on Wednesday.\nFerries will run twice a day."


def test_normalize_collapses_whitespace_and_strips():
    assert normalize_text("  a\t\tb \r\n\r\n c\u00a0d  ") == "a b c d"


def test_normalize_uses_nfc():
    assert normalize_text("Cafe\u0301") == normalize_text("Caf\u00e9") == "Caf\u00e9"


def test_id_is_sha256_hex():
    doc_id = document_id(TEXT)
    assert len(doc_id) == 64
    assert int(doc_id, 16) >= 0


def test_id_stable_across_line_endings_and_wrapping():
    variants = [
        TEXT,
        TEXT.replace("\n", "\r\n"),
        "\n\n" + TEXT.replace(" ", "  ") + "\n",
        TEXT.replace("\n", " "),
    ]
    assert len({document_id(v) for v in variants}) == 1


def test_id_differs_for_different_text():
    assert document_id(TEXT) != document_id(TEXT.replace("Wednesday", "Thursday"))
