"""Proving a post clean without the full normaliser.

Real posts are full of what the skeleton cannot settle on its own: an @mention or a $20
may be leetspeak ("@ss", "$lut"), a 1 or 8 may be a letter ("gr8" is not, "k1ll" is), and
"!!" or "|" may stand for i or l. The full normaliser (with offsets kept for every step) used
to run on every such post, most of which hold no keyword at all.

Here those posts get a cheaper reading: folded and read back from leetspeak by the
normaliser's own steps (no separator joining, no squeezing, no offsets), blanked where the
normaliser would split words, and screened by the same automaton, once for each way its
| and ! may be read. If no key, phrase or evasion detector fires in any reading, no key can
match: a separated run ("k.i.l.l") trips the separated detector unless the normaliser would
join nothing, and letters written three times trip the elongation detector unless no key can
use them. Anything else that fires sends the post on to the usual path, which decides.
"""

from __future__ import annotations

from itertools import islice

from moderation.scanning.elongation import ElongationChecks
from moderation.scanning.keys import _ELONGATION, _SEPARATED, _phrase_hits
from moderation.scanning.normalize import (
    _LEET_MAP,
    _MEMO_LIMIT,
    _TOKENISE,
    _fold,
    _separated_runs,
    _unleet_token,
    leet_tokens,
)
from moderation.scanning.skeleton import (
    narrow_gaps,
    other_readings,
    skeleton_of_normalized,
    squeeze_skeleton,
)

_UNLEET_MEMO: dict[str, str] = {}


def _unleet_words(folded: str) -> str:
    """``folded`` as the normaliser's leetspeak step writes it (without the positions it
    keeps). The step decides each token on the token alone, so the answer for a token
    ("10am", "@noah", "gr8") is remembered."""
    spans = leet_tokens(folded)
    if not spans:
        return folded
    parts = []
    pos = 0
    memo = _UNLEET_MEMO
    for a, b in spans:
        word = folded[a:b]
        out = memo.get(word)
        if out is None:
            letters = _unleet_token(word)
            out = letters[0] if letters is not None else word
            if len(memo) < _MEMO_LIMIT:
                memo[word] = out
        parts.append(folded[pos:a])
        parts.append(out)
        pos = b
    parts.append(folded[pos:])
    return "".join(parts)


# Folded text (lower case) to the screening alphabet: letters, digits as the skeleton writes
# them, a blank for everything else; a multibyte character's lead byte becomes one blank and
# its continuation bytes go.
_ASCII_WORDS = bytes(
    ord(_LEET_MAP.get(chr(code), chr(code))) if chr(code).isalnum() and code < 128 else 32
    for code in range(256)
)
_CONTINUATION = bytes(range(0x80, 0xC0))

# More hits than this in one reading: not worth proving anything, take the usual path.
_PROOF_HITS = 64
# Posts longer than this are first proved on their opening this long (characters).
_LONG_POST = 4096
_OPENING = 1024


class CleanProof(ElongationChecks):
    """The part of a compiled library that shows a post holds no key, cheaply."""

    __slots__ = ()
    # set by CompiledLibrary
    _squeezable: bool
    _ascii_keys: bool

    def _proves_clean(self, text: str) -> bool:
        """Whether no key can match ``text``, however its symbols are read (False: not
        shown, so the usual path must look)."""
        # | and ! fold to themselves, so the readings of the folded post are the folded
        # readings of the post (or more of them: a dropped apostrophe may put a ! beside a
        # letter, which only asks more of the proof).
        if len(text) > _LONG_POST:
            # A long paste full of evasions ("k1ll " a thousand times): its opening is
            # enough to show the proof will fail, before the whole of it is read.
            cut = text.rfind(" ", 0, _OPENING)
            if cut > 0 and not self._proves_clean(text[:cut]):
                return False
        folded = _fold(text)[0]
        if not self._reading_is_clean(folded):
            return False
        return all(self._reading_is_clean(reading) for reading, _spans in other_readings(folded))

    def _reading_is_clean(self, folded: str) -> bool:
        unleeted = _unleet_words(folded)
        if self._ascii_keys:
            # One translate: words split as the normaliser splits them, leet digits as the
            # skeleton writes them, and every other character a blank (no ASCII key can
            # hold it, so a blank only adds a boundary: a hit to check, never one lost).
            raw = unleeted.encode("utf-8", "surrogatepass")
            padded = f" {raw.translate(_ASCII_WORDS, _CONTINUATION).decode()} "
        else:
            padded = f" {skeleton_of_normalized(_TOKENISE(unleeted))} "
        if "     " in padded:
            padded = narrow_gaps(padded)
        hits = list(islice(self._screen.iter(padded), _PROOF_HITS + 1))
        if not hits:
            return True
        if len(hits) > _PROOF_HITS:
            return False
        elongated = []
        separated = False
        for hit in hits:
            end, (detector, screens, _words, checks) = hit
            if screens or (checks and _phrase_hits(padded, end, checks)):
                return False
            if detector == _ELONGATION:
                elongated.append(hit)
            elif detector == _SEPARATED:
                separated = True
            elif detector:
                return False
        if separated and _separated_runs(folded):
            return False
        if not elongated:
            return True
        if not self._squeezable:
            return False
        if self._no_elongated_key(padded, elongated):
            return True
        # "noooo" beside a "have": look again with the repeats written once, as the scan does
        letters = {padded[end] for end, _value in elongated}
        return not self._elongated_hit(*squeeze_skeleton(padded, letters))
