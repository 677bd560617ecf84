"""A biology worksheet says "the bitch fed her puppies for eight weeks", a Spanish fable reads
"la zorra miraba las gallinas desde el bosque", a student writes "I found a weed in the
flowerbed" and "I had a cold coke with my burger": a library word with an everyday sense is
that sense when the rest of the sentence names it (an animal, a garden, a drink, a socket, a
contest). Aimed at the reader, done to someone, pointed at someone ("that bitch"), beside a
violent word, or beside a word of using or dealing a drug, it is read as before; and grooming
is never a horse's."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "The bitch fed her puppies for eight weeks before they went to new homes.",
        "La zorra miraba las gallinas desde el bosque.",
        "The farmer sold his best cock at the market with three hens.",
        "Una zorra entró en el gallinero y se llevó dos pollos.",
        "I found a weed in the flowerbed by the gate this morning.",
        "I had a cold coke with my burger at the fair",
        "The plug on the kettle has a loose wire again.",
        "He was a gracious loser after the final whistle of the league decider.",
        "He lit his fag with a lighter that barely worked.",
    ],
)
def test_the_sense_the_sentence_names_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "you are such a bitch, go walk your dog",
        "eres una zorra y tu perro también",
        "shut up bitch",
        "who wants to smoke weed in the garden after school",
        "i grow weed in my garden and nobody knows",
        "hit up my plug, he works at the phone charger shop",
        "selling coke, cans of it too, message me",
        "my plug sells out of his garden shed",
        "you are such a loser, you lost the game for us",
        "what a loser, he lost the game again",
        "jake is a total loser at every match",
        "he groomed me for months before he asked for pictures",
        "she was groomed by her riding coach, the one with all the horses",
        "he is grooming my sister with pony rides",
        "im gonna set my dog on that bitch",
        "burn the fag with a lighter after school",
        "coke is my favourite drug, had some with a drink at the party",
    ],
)
def test_the_insult_the_drug_or_the_abuse_is_still_flagged(post):
    assert worst(post) >= 1
