"""What we keep of a student's markup, and the text a person would read in it.

Two functions, one rule: everything `clean_html` lets through as visible text is also in
`visible_text`, so nothing can be shown that was not scanned. Both read the markup with the
parser bleach uses (html5lib) and first drop the elements whose content a browser never shows
as text (scripts, styles, frames), because bleach strips the tags of disallowed elements but
keeps what is inside them.

Neither function raises on what students or integrations send: broken markup, binary junk,
lone surrogates and NUL bytes come out as safe text (a size limit is the caller's decision).
"""

from __future__ import annotations

import html
import re
from typing import Any

from bleach import html5lib_shim
from bleach.html5lib_shim import Filter
from bleach.sanitizer import BleachSanitizerFilter

ALLOWED_TAGS = frozenset({"p", "br", "ul", "ol", "li", "em", "strong", "b", "i", "a"})
ALLOWED_ATTRIBUTES = {"a": ["href"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener"

# Elements whose content is code or a separate document, never text on the page.
_HIDDEN_CONTENT = frozenset(
    {"script", "style", "template", "iframe", "object", "embed", "noscript", "frame", "frameset"}
)
# Elements a browser puts on their own line: their edges are word boundaries.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "legend", "li", "main", "nav", "ol", "option", "p", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
# Attributes whose words a person sees in place of the element.
_TEXT_ATTRIBUTES = {"img": "alt", "area": "alt", "input": "alt"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r" *\n[ \n]*")
_MARKUP = re.compile(r"<[A-Za-z!/?]|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")


def as_text(value: Any) -> str:
    """Any input as a str with nothing a database or a template can choke on."""
    if isinstance(value, bytes | bytearray | memoryview):
        value = bytes(value).decode("utf-8", errors="replace")
    elif not isinstance(value, str):
        value = "" if value is None else str(value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _SURROGATE.sub("\ufffd", value)
    return _CONTROL.sub("", value)


# html5lib is quadratic on some markup (thousands of unclosed formatting tags); no real post has
# this many tags, so beyond it the markup is read by a linear fallback that keeps only text.
MAX_TAGS = 2000
_TAG = re.compile(r"<[^<>]*>?")
_HIDDEN_NAMES = "|".join(sorted(_HIDDEN_CONTENT))
_HIDDEN_START = re.compile(rf"<({_HIDDEN_NAMES})\b", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)


def _too_many_tags(markup: str) -> bool:
    return markup.count("<") > MAX_TAGS


def _fallback_text(markup: str, *, drop_hidden: bool) -> str:
    """Text of pathological markup, in linear time: hidden elements, comments and tags go."""
    kept: list[str] = []
    position = 0
    for start in _HIDDEN_START.finditer(markup) if drop_hidden else ():
        if start.start() < position:
            continue
        kept.append(markup[position : start.start()])
        close = re.compile(rf"</{start.group(1)}\s*>", re.IGNORECASE).search(markup, start.end())
        if close is None:
            position = len(markup)  # a browser treats the rest as code as well
            break
        position = close.end()
    kept.append(markup[position:])
    text = _COMMENT.sub(" ", "".join(kept))
    return html.unescape(_TAG.sub(" ", text))


def _parse(markup: str) -> Any:
    # The parser bleach itself uses (html5lib, linear in the input; html.parser is quadratic on
    # unclosed tags), with no tag filter yet: hidden elements must be seen to be dropped whole.
    parser = html5lib_shim.BleachHTMLParser(
        tags=None, strip=False, consume_entities=False, namespaceHTMLElements=False
    )
    return parser.parseFragment(markup)


class _HiddenContentFilter(Filter):
    """Drops hidden elements with everything in them, and comments."""

    drop_hidden = True

    def __iter__(self):
        hidden = 0
        for token in super().__iter__():
            kind = token["type"]
            name = token.get("name")
            if kind == "Comment" or not self.drop_hidden:
                if kind != "Comment":
                    yield token
            elif kind == "StartTag" and name in _HIDDEN_CONTENT:
                hidden += 1
            elif kind == "EndTag" and name in _HIDDEN_CONTENT:
                hidden = max(0, hidden - 1)
            elif not hidden and name not in _HIDDEN_CONTENT:
                yield token


class _CommentFilter(_HiddenContentFilter):
    """Drops comments only: in typed text, whatever is between tags was typed to be read."""

    drop_hidden = False


def _tokens(markup: str, *, drop_hidden: bool = True) -> Any:
    kind = _HiddenContentFilter if drop_hidden else _CommentFilter
    return kind(source=_WALKER(_parse(markup)))


def _extract(markup: str, *, collapse: bool, drop_hidden: bool = True) -> str:
    if _too_many_tags(markup):
        text = _fallback_text(markup, drop_hidden=drop_hidden)
        return _BLANK_LINES.sub("\n", _SPACES.sub(" ", text)) if collapse else text
    parts: list[str] = []
    for token in _tokens(markup, drop_hidden=drop_hidden):
        kind = token["type"]
        if kind in ("Characters", "SpaceCharacters"):
            data = html.unescape(token["data"])
            parts.append(data.replace("\n", " ") if collapse else data)
        elif kind in ("StartTag", "EndTag", "EmptyTag"):
            name = token["name"]
            if name == "br" or name in _BLOCKS:
                parts.append("\n")
            elif name in _CELLS:
                parts.append(" ")
            attribute = _TEXT_ATTRIBUTES.get(name) if kind != "EndTag" else None
            if attribute:
                words = (token.get("data") or {}).get((None, attribute), "")
                if words:
                    parts.append(f" {html.unescape(words)} ")
    text = "".join(parts)
    if collapse:
        # As a browser renders HTML: line breaks in the source are spaces, runs collapse.
        text = _BLANK_LINES.sub("\n", _SPACES.sub(" ", text))
    return text


def visible_text(html_text: Any) -> str:
    """The text a person would see if ``html_text`` were shown, with link text and image
    ``alt`` included and a line break wherever a block element begins or ends."""
    text = _extract(as_text(html_text), collapse=True)
    return as_text("\n".join(line.strip() for line in text.split("\n")).strip())


def plain_text(text: Any) -> str:
    """Text typed as plain text, without any tag or comment typed into it.

    Unlike `visible_text`, the words inside a typed ``<script>`` stay: the student typed them
    to be read (and they are scanned); only the tags go. Markup written as entities
    (``&lt;b&gt;``) is read again, a few times, so that no tag can come back to life wherever
    the text is shown without escaping. Line breaks are kept.
    """
    text = as_text(text)
    for _ in range(3):
        if not _MARKUP.search(text):
            break
        text = as_text(_extract(text, collapse=False, drop_hidden=False))
    return text.strip()


def stored_text(markup: Any, *, is_html: bool) -> str:
    """The text we store, scan and show for a post: what a person sees, and nothing more."""
    if is_html:
        return plain_text(visible_text(markup))
    return plain_text(markup)


class _BlockBreakFilter(Filter):
    """A stripped block element still separates words, as it did on the screen: "ki</div>ll"
    must not be shown as one word that the scan read as two."""

    def __iter__(self):
        for token in super().__iter__():
            name = token.get("name")
            if name not in ALLOWED_TAGS and (name in _BLOCKS or name in _CELLS):
                yield {"type": "SpaceCharacters", "data": "\n" if name in _BLOCKS else " "}
            yield token


class _LinkRelFilter(Filter):
    """Every kept link gets rel="nofollow noopener"; href is the only other attribute left."""

    def __iter__(self):
        for token in super().__iter__():
            if token["type"] in ("StartTag", "EmptyTag") and token["name"] == "a":
                attrs = dict(token.get("data") or {})
                attrs[(None, "rel")] = LINK_REL
                token["data"] = attrs
            yield token


_WALKER = html5lib_shim.getTreeWalker("etree")
_SERIALIZER = html5lib_shim.BleachHTMLSerializer(
    quote_attr_values="always",
    omit_optional_tags=False,
    escape_lt_in_attrs=True,
    resolve_entities=False,
    sanitize=False,
    alphabetical_attributes=False,
)


def clean_html(html_text: Any) -> str:
    """``html_text`` reduced to the allow-list: paragraphs, line breaks, lists, emphasis and
    links (href only, with rel="nofollow noopener"). Scripts and styles go with their content."""
    markup = as_text(html_text)
    if not markup:
        return ""
    if _too_many_tags(markup):
        paragraphs = visible_text(markup).split("\n")
        return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs if p)
    # bleach.Cleaner.clean, with hidden elements dropped before its sanitiser strips their tags.
    sanitised = BleachSanitizerFilter(
        source=_BlockBreakFilter(source=_tokens(markup)),
        allowed_tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        strip_disallowed_tags=True,
        strip_html_comments=True,
        css_sanitizer=None,
        allowed_protocols=ALLOWED_PROTOCOLS,
    )
    return _SERIALIZER.render(_LinkRelFilter(source=sanitised)).strip()
