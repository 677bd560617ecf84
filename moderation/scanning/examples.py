"""Words quoted as an example in teaching: what groomers, scammers and bullies say, on a slide.

Online-safety lessons and safeguarding training teach children and staff to recognise a lure by
quoting it: 'groomers say things like "you're so mature for your age"', 'scenario card: a
stranger on a game says "send me a pic and I'll give you V-bucks"', 'we showed examples of
sextortion messages: "pay me or I'll send your nudes to everyone"', 'explicamos que un acosador
puede decir "no se lo cuentes a tus padres"'. The quotation is the lesson's material, said by no
one to anyone: a lead who is shown every such slide stops reading the flags.

A match is such an example when it sits inside quotation marks and the sentence around the
quotation (the quoted words left out) names the teaching it comes from (a slide, a scenario, a
lesson, training, a video, examples, a role play, "a red flag") or the offenders it teaches
about as a class ("groomers", "abusers", "scammers"), and names nobody in particular: not the
writer ("I", "me", "my"), not a "he" or a "she" who said it. 'My coach says "keep it our
secret", like the groomers in the video' is a student's own worry, and stays flagged; so does
'a Year 7 told me "he touches me"', a disclosure passed on.

Pure Python, no Django; read by ``moderation.scanning.context``.
"""

from __future__ import annotations

import re

# What teaching material is and does: "slide", "scenario card", "examples of", "role play".
_TEACHING = frozenset(
    """
    slide slides scenario scenarios card cards example examples lesson lessons worksheet
    worksheets training trainer trainers course video videos clip clips film role roleplay
    script scripts assembly poster posters quiz activity activities resource resources
    session sessions textbook ceop thinkuknow module unit workshop flag flags warning
    diapositiva diapositivas ejemplo ejemplos clase taller charla tutoría tutoria vídeo
    explicamos explicó explico enseñamos enseñan
    """.split()
)
# Offenders named as a class, as lessons teach about them: "groomers use lines like".
_OFFENDERS = frozenset(
    """
    groomers abusers predators paedophiles pedophiles offenders perpetrators scammers
    extortionists catfishers recruiters acosador acosadores depredador depredadores abusador
    abusadores
    """.split()
)
# Someone in particular outside the quotation: the writer, or a "he" or "she" who said it.
_PARTICULAR = frozenset(
    """
    i im ive id ill me my mine myself he hes him his himself she shes her hers herself
    yo mi mis conmigo él ella
    """.split()
)
_WORD = re.compile(r"[a-z\u00e0-\u00ff]+(?:'[a-z]+)?")
_SENTENCE_START = re.compile(r".*[.!?\n]", re.DOTALL)
_SENTENCE_END = re.compile(r"[.!?\n]")
# A quotation in straight or curly double marks, or in Spanish angle marks.
_QUOTATION = re.compile('"[^"\n]*"|\u201c[^\u201d\n]*\u201d|\u00ab[^\u00bb\n]*\u00bb')
_OPEN = re.compile('["\u201c\u00ab]')


def _outside_the_quotation(left: str, right: str) -> list[str]:
    """The words of the sentence around a quoted match with every quotation left out
    (lower-cased ``left`` and ``right`` either side of the match)."""
    start = _SENTENCE_START.match(left)
    before = left[start.end() :] if start else left
    if not _inside(before):
        return []
    opened = [m.start() for m in _OPEN.finditer(before)]
    # the quotation the match is in: from its opening mark to the closing one after the match
    close = re.search('["\u201d\u00bb]', right)
    if close is None:
        return []
    after = right[close.end() :]
    end = _SENTENCE_END.search(after)
    after = after[: end.start()] if end else after
    text = _QUOTATION.sub(" ", before[: opened[-1]]) + " " + _QUOTATION.sub(" ", after)
    return [word.replace("'", "") for word in _WORD.findall(text)]


def _inside(before: str) -> bool:
    """Whether the end of ``before`` (a sentence up to a match) is inside a quotation."""
    if before.count('"') % 2:
        return True
    return before.rfind("\u201c") > before.rfind("\u201d") or before.rfind("\u00ab") > before.rfind(
        "\u00bb"
    )


def quoted_as_an_example(left: str, right: str) -> bool:
    """Whether a quoted match is a lure or a threat quoted as teaching material: its sentence,
    the quotations left out, names the teaching or the offenders as a class, and nobody in
    particular (``left`` and ``right``: lower-cased text either side of the match)."""
    words = _outside_the_quotation(left, right)
    if not words or not _PARTICULAR.isdisjoint(words):
        return False
    return not (_TEACHING.isdisjoint(words) and _OFFENDERS.isdisjoint(words))
