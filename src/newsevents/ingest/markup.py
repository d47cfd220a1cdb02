"""HTML fragments (feed content, summaries) to plain text with paragraph breaks."""

from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html

_BLOCKS = frozenset(
    ["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "figure", "figcaption"]
)
_DROP = ("script", "style", "noscript", "template")
_SPACES = re.compile(r"[^\S\n]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment: blocks become paragraphs, scripts/styles are dropped."""
    if "<" not in fragment:
        return _tidy(html.unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _tidy(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    for el in root.iter(lxml.etree.Element):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()
