"""Generated posts that read like what students type, for the engine's benchmark.

Seeded and made from our own word lists (no copied data set): sentences about school,
friends, games and feelings, with what real posts carry and clean test text does not:
@mentions, #hashtags, links, HTML entities left by other systems (``&amp;``, ``&#39;``),
emoji, digits and text-speak (``gr8``, ``2moro``), contractions with straight or curly
apostrophes, capitals and shouting, letters drawn out for emphasis (``sooo``), runs of ``!!``
and ``?!``. About one post in seven is written in Spanish (accents, ``ñ``, ``¿ ¡``, ``q``,
``xq``, ``tmb``). Lengths run from a few characters to long forum posts (5 to 2,000), most short.
About 4% carry a library term, a third of those disguised (leetspeak, dots or spaces between
letters, lookalike letters, drawn-out letters, zero-width characters, capitals).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

SEED = 20261206

_OPENERS = """
honestly ok so wait guys lol ngl tbh idk omg bruh fr yo hey hi um right anyway also
""".split()
_SUBJECTS = [
    "i", "we", "my friend", "my mate", "our class", "the teacher", "mr patel", "ms jones",
    "my mum", "my dad", "my sister", "my brother", "everyone", "nobody", "the team",
    "our group", "this lesson", "that video", "the bus driver", "jo",
]  # fmt: skip
_PHRASES = [
    "really liked the lesson today",
    "forgot my homework again",
    "has a maths test on friday",
    "thinks the quiz was way too hard",
    "is going to the match after school",
    "finished the science project finally",
    "needs help with question four",
    "watched the whole series in one night",
    "was late because the bus broke down",
    "got a new phone for my birthday",
    "made the netball team",
    "is so tired of revision",
    "can't find the worksheet anywhere",
    "thinks the new canteen pizza is actually good",
    "wants to start a book club",
    "has no idea what the homework is",
    "played that new game all weekend",
    "is nervous about the presentation",
    "learned how to bake bread at the weekend",
    "keeps losing at chess to my little brother",
    "saw the funniest video about a cat",
    "doesn't get why we need to learn algebra",
    "is going on a trip to the museum",
    "thinks group chats are too loud at midnight",
    "hopes it snows tomorrow",
    "signed up for the coding club",
    "lost my water bottle in the gym",
    "liked the mindfulness exercise more than expected",
    "had a really long day",
    "is proud of the essay i wrote",
    "wants the holidays to start already",
    "got told off for talking in class",
    "is revising for the history exam",
    "thinks the online safety lesson was useful",
    "walked the dog before school",
    "can't believe how fast this term went",
]
_TAILS = [
    "",
    "",
    "",
    "tbh",
    "lol",
    "honestly",
    "again",
    "i think",
    "or whatever",
    "you know",
    "if that makes sense",
    "which is fine",
    "ngl",
    "fr",
    "haha",
]
_CONTRACTIONS = ["don't", "it's", "i'm", "can't", "didn't", "that's", "we're", "isn't", "i've"]
_QUESTIONS = [
    "does anyone know when it's due",
    "who else thought that was hard",
    "is it just me or",
    "can someone explain number 3",
    "what did you get for the last one",
    "anyone want to swap notes",
]
_SLANG = ["lol", "omg", "ngl", "fr", "tbh", "idk", "smh", "ikr", "bruh", "lowkey", "highkey"]
_TEXT_SPEAK = ["gr8", "l8r", "2moro", "b4", "4ever", "m8", "u", "ur", "r", "w/", "2day", "thx"]
_DRAWN_OUT = ["sooo", "yesss", "noooo", "pleaseee", "whyyy", "omggg", "lmaooo", "reallyyy"]
_NUMBERS = ["2", "3", "10", "7th", "2nd", "10am", "£5", "$20", "100%", "2026", "year 9", "5 mins"]
_EMOJI = ["😂", "😭", "🙂", "👍", "❤️", "🔥", "😅", "🎉", "💀", "🙏🏽", "✨", "😩"]
_ENTITIES = ["&amp;", "&#39;", "&quot;", "&lt;3", "&gt;", "&nbsp;"]
_NAMES = ["sam", "alex", "priya", "jordan", "mia", "leo", "zara", "noah", "ava", "omar"]
_TAGS = ["homework", "revision", "schoollife", "mondays", "friday", "teamwork", "goals"]
# Posts written in Spanish (students and families who write in it), with its own slang,
# text speak (q, xq, k, tmb) and accents, ñ, ¿ and ¡: the share is our estimate for a
# bilingual school, not a measurement.
SPANISH_SHARE = 0.15
_ES_OPENERS = "oye bueno jaja jajaja pues vale hola mira ay porfa xd".split()
_ES_SUBJECTS = [
    "yo", "mi amiga", "mi hermano", "mi mamá", "mi papá", "la profe", "el profe",
    "nuestro grupo", "toda la clase", "nadie", "el equipo", "mi prima", "lucía", "mateo",
]  # fmt: skip
_ES_PHRASES = [
    "no entendió nada de la tarea de mates",
    "quiere ir al partido después de clase",
    "se olvidó el cuaderno otra vez",
    "dice que el examen de historia es el viernes",
    "vio un video buenísimo sobre los volcanes",
    "tiene que terminar el proyecto de ciencias",
    "va a la biblioteca mañana por la tarde",
    "está cansadísimo de estudiar",
    "no encuentra la ficha en ningún lado",
    "piensa que la pizza del comedor está rica",
    "quiere empezar un club de lectura",
    "jugó al fútbol todo el fin de semana",
    "está nerviosa por la presentación",
    "aprendió a hacer pan con su abuela",
    "voy a estudiar con mis compañeros",
    "quiero ver la peli nueva este sábado",
    "dijo que la lección de seguridad en internet fue útil",
    "paseó al perro antes del cole",
    "no puede creer lo rápido que pasó el trimestre",
    "se apuntó al taller de programación",
]
_ES_TAILS = ["", "", "", "jaja", "la verdad", "creo", "o algo así", "sabes", "xd", "tmb", "porfa"]
_ES_QUESTIONS = [
    "alguien sabe cuándo hay que entregarlo",
    "q pusieron en la última pregunta",
    "xq tenemos que aprender esto",
    "me explican el ejercicio 3",
    "quién más pensó que fue difícil",
]
_ES_NOISE = ["q", "xq", "k", "tmb", "bn", "porfa", "xfa", "finde", "profe", "jajaja", "ntp"]
_SITES = ["www.example.org", "docs.example.com", "video.example.net", "forum.example.edu"]
_PATHS = ["watch", "notes", "lesson-4", "quiz", "maths/fractions", "science/cells", "share"]
_PUNCT = [".", ".", ".", ",", "!", "?", "...", "!!", "?!", "!!!"]
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
_LOOKALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "k": "к"}

# Lengths: most posts are a line or two, some are paragraphs, a few are long forum posts.
_LENGTH_BANDS = ((0.45, 5, 80), (0.30, 80, 300), (0.20, 300, 1000), (0.05, 1000, 2000))


def disguise(term: str, rng: random.Random) -> str:
    """``term`` written the way students slip words past filters."""
    how = rng.randrange(7)
    if how == 0:
        return "".join(_LEET.get(c, c) if rng.random() < 0.6 else c for c in term)
    if how == 1:
        sep = rng.choice([".", " ", "-", "_", "*"])
        return " ".join(sep.join(word) for word in term.split(" "))
    if how == 2:
        letters = [i for i, c in enumerate(term) if c.isalpha()]
        i = rng.choice(letters) if letters else 0
        return term[:i] + term[i] * rng.randint(3, 6) + term[i + 1 :]
    if how == 3:
        return "".join(_LOOKALIKE.get(c, c) for c in term)
    if how == 4:
        return "\u200b".join(term)
    if how == 5:
        return term.upper()
    return term.title()


def _word_noise(rng: random.Random) -> str | None:
    """Something other than plain words, as real posts carry now and then."""
    roll = rng.random()
    if roll < 0.03:
        return "@" + rng.choice(_NAMES) + rng.choice(["", "", "_", "99", "x"])
    if roll < 0.05:
        return "#" + rng.choice(_TAGS)
    if roll < 0.06:
        return f"https://{rng.choice(_SITES)}/{rng.choice(_PATHS)}?id={rng.randint(1, 9999)}"
    if roll < 0.075:
        return rng.choice(_ENTITIES)
    if roll < 0.12:
        return rng.choice(_EMOJI) * rng.choice((1, 1, 1, 2, 3))
    if roll < 0.14:
        return rng.choice(_NUMBERS)
    if roll < 0.17:
        return rng.choice(_SLANG)
    if roll < 0.19:
        return rng.choice(_TEXT_SPEAK)
    if roll < 0.205:
        return rng.choice(_DRAWN_OUT)
    return None


def _scattered(
    words: list[str], rng: random.Random, *, local_noise: Sequence[str] = (), shouted: float = 0.0
) -> str:
    """The words joined, with noise before some of them: a language's own shorthand
    (``local_noise``, 4% of words) or else mentions, emoji, links...; ``shouted`` of them in
    capitals."""
    out = []
    for word in words:
        if local_noise and rng.random() < 0.04:
            out.append(rng.choice(local_noise))
        else:
            noise = _word_noise(rng)
            if noise is not None:
                out.append(noise)
        if shouted and rng.random() < shouted:
            word = word.upper()
        out.append(word)
    return " ".join(out)


def _sentence(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        words = rng.choice(_QUESTIONS).split()
        end = rng.choice(["?", "??", "?!", ""])
    else:
        words = [rng.choice(_SUBJECTS), *rng.choice(_PHRASES).split()]
        tail = rng.choice(_TAILS)
        if tail:
            words += tail.split()
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words) + 1), rng.choice(_CONTRACTIONS))
        end = rng.choice(_PUNCT) if rng.random() < 0.8 else ""
    if rng.random() < 0.25:
        words.insert(0, rng.choice(_OPENERS))
    text = _scattered(words, rng, shouted=0.01)
    if rng.random() < 0.7:  # most people capitalise the first letter (phones do)
        text = text[:1].upper() + text[1:]
    return text + end


def _spanish_sentence(rng: random.Random) -> str:
    if rng.random() < 0.2:
        opening, closing = ("¿", "?") if rng.random() < 0.6 else ("", "?")
        return f"{opening}{rng.choice(_ES_QUESTIONS)}{closing}"
    words = [rng.choice(_ES_SUBJECTS), *rng.choice(_ES_PHRASES).split()]
    tail = rng.choice(_ES_TAILS)
    if tail:
        words += tail.split()
    if rng.random() < 0.25:
        words.insert(0, rng.choice(_ES_OPENERS))
    text = _scattered(words, rng, local_noise=_ES_NOISE)
    if rng.random() < 0.6:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.15:
        return f"¡{text}!"
    return text + (rng.choice(_PUNCT) if rng.random() < 0.7 else "")


def _length(rng: random.Random) -> int:
    roll = rng.random()
    for share, low, high in _LENGTH_BANDS:
        if roll < share:
            return rng.randint(low, high)
        roll -= share
    return rng.randint(_LENGTH_BANDS[-1][1], _LENGTH_BANDS[-1][2])


def student_posts(
    count: int, terms: Sequence[str], seed: int = SEED, hit_rate: float = 0.04
) -> list[str]:
    """``count`` posts of 5 to 2,000 characters; ``hit_rate`` of them carry one of
    ``terms``, a third of those disguised."""
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        length = _length(rng)
        write = _spanish_sentence if rng.random() < SPANISH_SHARE else _sentence
        sentences: list[str] = []
        size = 0
        while size < length:
            sentence = write(rng)
            sentences.append(sentence)
            size += len(sentence) + 1
        text = " ".join(sentences)
        if len(text) > length:  # cut at a word, as a short reply would end
            cut = text.rfind(" ", 0, length)
            text = text[: cut if cut >= 5 else length]
        if terms and rng.random() < hit_rate:
            term = rng.choice(terms)
            if rng.random() < 1 / 3:
                term = disguise(term, rng)
            words = text.split(" ")
            words.insert(rng.randrange(len(words) + 1), term)
            text = " ".join(words)
        if rng.random() < 0.3:
            text = text.replace("'", "\u2019")  # phones type curly apostrophes
        posts.append(text)
    return posts
