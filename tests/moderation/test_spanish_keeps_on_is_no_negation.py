"""In Spanish "no para de" and "no deja de" say that someone keeps on doing something ("no para
de pedirme fotos desnuda": he keeps asking me for nude photos). The "no" there denies nothing,
so the harm is read as written; a real denial ("no me pide fotos") is still read as one."""

from __future__ import annotations

import pytest

from moderation.scanning.context import NEGATED
from tests.moderation.starter_library import HOLD, top_reading


@pytest.mark.parametrize(
    "post",
    [
        "un chico de tercero no para de pedirme fotos desnuda",
        "mi ex no deja de decirme que me mate",
        "no paran de llamarme gorda asquerosa en el grupo",
    ],
)
def test_keeping_on_is_read_as_written(post):
    severity, context = top_reading(post)
    assert severity >= HOLD
    assert context != NEGATED


def test_a_real_denial_is_still_read_as_one():
    assert top_reading("ya no me pide fotos desnuda, lo bloqueé")[1] == NEGATED
