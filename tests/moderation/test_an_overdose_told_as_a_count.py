"""A student tells an overdose by how much they took: "took like 20 paracetamol", a whole pack
of pills, "me tomé un montón de pastillas". That is the overdose the library's own words ("took
all my pills") hold as critical. A normal dose for a headache, a medicine merely named, someone
else's count, a whole pack of something that is no medicine, or a count told of years ago is
no flag (the library's own overdose words told as past are the recovery reader's)."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "took like 20 paracetamol",
        "took a whole pack of pills last night",
        "i took about 30 ibuprofen an hour ago and feel sick",
        "swallowed 25 painkillers before bed",
        "took 12 sleeping pills",
        "me tomé un montón de pastillas",
        "me tome 15 ibuprofenos",
        "anoche me tomé una caja entera de paracetamol",
    ],
)
def test_an_overdose_told_as_a_count_is_critical_self_harm(post):
    assert worst_in(post, "self_harm") == 4, post


@pytest.mark.parametrize(
    "post",
    [
        "took 2 paracetamol for my headache",
        "i took like 3 paracetamol before the match",
        "me tomé 2 ibuprofenos para el dolor de cabeza",
        "ayer me tomé una pastilla para la alergia",
        "took a whole pack of gum to school lol",
        "me tomé un montón de fotos en la excursión",
        "the nurse gave me paracetamol",
        "never take more than 8 paracetamol in a day",
        "my tablets are charging in the ict room",
        "i didnt take 20 paracetamol, the packet says two",
        "I have Tylenol!!",
        "in year 9 i took too many pills, im in year 12 now and doing fine",
        "hace dos años me tomé un montón de pastillas, ahora estoy bien",
    ],
)
def test_a_dose_a_medicine_named_a_pack_of_sweets_or_a_count_years_ago_is_no_flag(post):
    assert worst(post) == 0, post


def test_someone_elses_count_is_not_read_as_the_writers_overdose():
    assert worst_in("he took 20 pills at the party", "self_harm") < 4
