"""A safeguarding word named as the topic of a lesson, a policy, training or the news.

Teachers, counsellors and parents write about the curriculum's own topics all day: "our
lesson on cyberbullying", "signs of grooming training", "students affected by self-harm",
"the suicide prevention assembly", "talk to pupils about nudes", "la charla sobre el
suicidio". The word is the subject of the teaching, not something that happened to anyone.
This module reads the frame that names a match as a topic:

* a word of teaching, policy or news and a preposition before it: "a lesson on", "training
  about", "the signs of", "students affected by", "at risk of", "a rise in", "la charla
  sobre", "prevención del", "afectados por"; a list may come between ("covered self-harm,
  FGM and county lines");
* a teaching verb before it: "we covered", "taught", "discussed", "looked at", "talk to
  students about", "trató";
* a generic person who discloses it or is supported with it: "a student who discloses",
  "supporting pupils who self-harm", "un alumno cuenta que se autolesiona";
* a word of teaching, policy or news after it: "self-harm awareness", "a grooming policy",
  "the county lines briefing", "a self-harm disclosure".

What is never a topic: a word owned by someone ("my self-harm", "her suicide", "a friend's
overdose"), a person, a means ("how to", "methods") or dwelling ("thinking about") between
the frame and the word. A frame makes a reading, not a verdict: the context rules decide
what it does (``moderation.scanning.context``): a topic with nobody else in its sentence is no
concern; with the writer or someone named elsewhere in the sentence ("the lesson on self-harm
was hard because I do it too") it is recorded lower under the label TOPIC, for staff to read.

Pure Python, no Django.
"""

from __future__ import annotations

import re

# What a frame finds: no frame, a topic with no one else in its sentence, or a topic in a
# sentence that also names the writer or someone in particular.
NONE, IMPERSONAL, PERSONAL = "", "impersonal", "personal"

_TOKEN = re.compile(r"[a-z0-9\u00e0-\u00ff]+(?:['\u2019][a-z]+)?|[,;:]")
_SENTENCE_END = re.compile(r"[.!?\n]")
_UP_TO_SENTENCE_END = re.compile(r".*[.!?\n¿¡]", re.DOTALL)

# Nouns of teaching, policy, training, support and news that a preposition after them makes
# a frame: "a lesson on", "training about", "guidance on", "la charla sobre".
_FRAME_NOUNS = frozenset(
    """
    lesson lessons unit units module modules session sessions talk talks assembly assemblies
    speaker speakers visitor expert experts
    workshop workshops training trainings course courses briefing briefings guidance policy
    policies procedure procedures protocol protocols leaflet leaflets guide guides resource
    resources materials slides worksheet worksheets video videos documentary documentaries
    film films book books novel novels story stories poem poems play article articles report
    memoir memoirs biography biographies autobiography podcast podcasts series episode episodes
    movie movies song songs album albums musical opera anime manga thriller thrillers
    reports study studies research survey surveys data statistics figures inquiry inquest
    debate debates discussion discussions conversation conversations question questions
    project projects essay essays campaign campaigns charity charities helpline service
    services approach strategy plan plans toolkit pack scheme curriculum programme program
    presentation seminar webinar lecture meeting meetings day week month poster posters
    display case practice focus theme topic topics subject charter awareness
    stigma taboo silence myths
    education prevention information news headline headlines ban bans crackdown amnesty
    amnesties legislation bill law laws
    clase clases charla charlas taller talleres formación formacion unidad sesión sesion
    sesiones protocolo protocolos guía guia campaña campana jornada jornadas semana
    documental tutoría tutoria programa curso materiales prevención prevencion
    reportaje noticia noticias actuación actuacion información informacion asamblea
    normativa política politica estudio datos lucha obra cuento película pelicula libro
    riesgos peligro peligros consecuencias efectos señales senales causas
    """.split()
)
_TOPIC_PREPOSITIONS = frozenset(
    "on about around regarding covering into against sobre acerca contra ante del de".split()
)
# "of" names a topic after these only: "the signs of grooming", "the language of self-harm",
# "victims of abuse"; never "a friend of", "the rest of".
_OF_NOUNS = frozenset(
    """
    sign signs symptom symptoms risk risks danger dangers effect effects impact impacts cause
    causes history language issue issues topic topics subject awareness prevention victim
    victims survivor survivors rate rates prevalence stigma reality realities consequences
    law laws myths facts stories story forms types kinds use misuse verdict verdicts
    age ages number numbers proportion percentage share average count
    """.split()
)
# "a rise in self-harm", "an increase in knife crime".
_IN_NOUNS = frozenset("rise rises increase increases fall drop spike trends trend".split())
# "students affected by", "at risk of", "exposed to", "afectados por".
_BY_WORDS = frozenset(
    "affected impacted bereaved touched afectados afectadas afectado afectada".split()
)
_RISK_WORDS = frozenset("risk riesgo".split())
# Verbs that make what follows them the subject of a lesson or a talk: "we covered nudes",
# "the course taught", "trató las autolesiones".
_TEACHING_VERBS = frozenset(
    """
    covered covers cover covering taught teach teaches teaching discussed discuss discusses
    discussing explored explore explores exploring addressed address addresses addressing
    tackled tackle tackles tackling studied study introduced introduce introduces explained
    explains highlighted highlights examined examines analysed analyzed include included
    includes including
    trató trato tratamos tratan tratar estudiamos estudiaron estudian vimos explicó explico
    abordamos abordó abordo abordar incluye incluía
    """.split()
)
# Verbs that need a preposition to name a topic: "learned about", "looked at", "deals with",
# "focused on", "hablamos de".
_VERBS_WITH_PREPOSITION = frozenset(
    """
    learned learnt learn learning looked look looks looking deals deal dealt dealing focus
    focused focuses focusing touched touches reflect reflected read reading
    hablamos hablaron habló hablo habla aprendimos aprendió aprendio aprenden
    """.split()
)
# What training tells staff to do with signs: "look for", "watch for", "watch out for".
_NOTICING = frozenset("look watch out alert".split())
# ... told to staff, not done by the writer ("where do I look for..."): a look that opens its
# clause or follows what staff are told.
_TOLD_TO_NOTICE = frozenset(": , ; to we staff always should must and also".split())
_VERB_PREPOSITIONS = frozenset("about at with on de del sobre".split())
# "talk to students about", "speak to pupils about", "hablar con los alumnos de".
_TALKING = frozenset("talk talking talked speak speaking spoke hablar hablamos hablaron".split())
_GROUPS = frozenset(
    """
    students pupils children kids young people teenagers teens learners class classes parents
    families staff colleagues tutors boys girls year group groups everyone alumnos alumnas
    chicos chicas niños familias padres estudiantes jóvenes jovenes
    """.split()
)
# A person no one in particular: "a student who discloses", "supporting pupils who".
_GENERIC_PEOPLE = frozenset(
    """
    student students pupil pupils child children kid kids learner learners teenager teenagers
    teen teens boy boys girl girls person people friend friends anyone someone those
    alumno alumna alumnos alumnas estudiante estudiantes niño niña niños chico chica chicos
    """.split()
)
_INDEFINITE = frozenset("a an any un una unos unas".split())
_DISCLOSING = frozenset(
    """
    discloses disclose disclosed disclosing mentions mention mentioned reports report reported
    reveals reveal revealed cuenta dice revela cuentan dicen
    """.split()
)
_HELPING = frozenset(
    "supporting support supports helping help helps handle handling working apoyar ayudar".split()
)
_WHO = frozenset("who that que".split())
# After "who": "is", "has been", "se" ("un alumno que se autolesiona").
_WHO_AUXILIARIES = frozenset(
    "is are was were has have been had may might se ha han está esta están estan".split()
)
# How a death is reported in the news and in a school: "died by suicide", "death by suicide".
_DEATH_BY = frozenset(
    "died die dies death deaths lost loss"
    # ... and in Spanish, where "por" says how: "murió por suicidio", "muertes por suicidio"
    " murió murio muere mueren murieron muerte muertes falleció fallecio fallecido fallecida"
    " fallecidos fallecimiento".split()
)
# Words after a match that name it as a topic: "self-harm awareness", "a grooming policy".
_TOPIC_AFTER = frozenset(
    """
    awareness prevention policy policies training procedure procedures unit units lesson
    lessons module modules curriculum education rate rates statistics research campaign campaigns
    charity charities helpline hotline services service week month resources leaflet leaflets
    poster posters workshop workshops assembly assemblies survey surveys risk risks assessment
    assessments disclosure disclosures incident incidents postvention referral referrals lead
    leads team guidance protocol protocols plan plans strategy toolkit pack scheme charter
    ambassadors talk talks session sessions course courses briefing briefings day scam scams
    data figures rules crime crimes support case cases first law laws legislation trial
    trials ban bans reform debate debates inquiry crisis epidemic victim victims survivor
    survivors response responses flowchart pathway pathways screening content material
    materials advert adverts advertising ads marketing drama dramas documentary documentaries
    warning signs indicators
    prevención prevencion campaña campana charla taller protocolo
    """.split()
)
# Words between a frame and the match that keep it one topic: articles, adjectives of a list,
# conjunctions. A person, an owner, a means or dwelling there ends the frame.
_BLOCKING = frozenset(
    """
    i im ive id ill me my mine myself you u ur your yours youre yourself he hes him his himself
    she shes her hers herself they them their theirs we us our yo mi mis tu tus su sus él ella
    how methods method ways way painless quickest easiest best cómo como manera maneras
    thinking thought thoughts dreaming wanting want wanna planning considering
    """.split()
)
_MEANS = frozenset("method methods painless quickest easiest método métodos".split())
_LIST_WORDS = frozenset("and or y o e ni , ; :".split())
_MOST_BETWEEN = 14  # words from a frame to the match, a list included
_MOST_PER_ITEM = 5  # words of one item of such a list ("the dangers of sharing images")
# The writer, or someone in particular, elsewhere in the sentence: the topic may be theirs.
_PARTICULAR = frozenset(
    "i im ive id ill me myself he hes him himself she shes herself yo él ella".split()
)
# The writer, as subject or object: "I do it too", "it made me want to".
_WRITER = frozenset("i im ive id ill me yo".split())
_SOMEONE = frozenset("he hes she shes él ella".split())
_THIRD_PERSON = frozenset("he hes she shes they theyre him her his their él ella ellos".split())
# What the writer does, did or wants: a disclosure or an intent, kept at its severity.
_WRITERS_ACTS = frozenset(
    """
    want wanna gonna going will try trying tried do did does doing been started start keep
    kept cut cutting hurt hurting thinking stopped stop need cant wish quiero voy pienso
    hago hice me intenté intente quiera empecé empece
    """.split()
)
# ... and in the next sentence, only what discloses: "can we talk about suicide? I have been
# having those thoughts". A teacher's "I will teach it again" is no disclosure.
_WRITERS_DISCLOSURES = frozenset(
    """
    been started starts cut cuts cutting hurt hurts hurting stopped tried tries keep keeps
    thinking wanna gonna quiero empezó empezo empecé empece
    """.split()
)
_WRITERS_ACT_NEAR = 3
# Spanish drops the "yo": a first-person verb after a topic is the writer going on about
# themselves ("... y no puedo dejar de pensar en hacer lo mismo").
_SPANISH_WRITERS_ACTS = frozenset(
    """
    quiero voy pienso puedo hago hice intenté intente empecé empece estoy siento tengo sigo
    """.split()
)
_SPANISH_ACT_NEAR = 12
# Dwelling on a topic is no teaching: "I keep thinking about the lesson on suicide".
_DWELLING = frozenset(
    """
    think thinks thinking thought thoughts dream dreams dreaming fantasise fantasize
    obsessed obsessing considering tempted urge urges pensando pienso
    """.split()
)
# Frames that say how someone stands to a topic: whoever is in their clause is its subject.
_STATES = frozenset(
    "risk risks affected impacted bereaved touched victim victims survivor survivors exposed "
    "exposure riesgo afectados afectadas afectado afectada víctima victima víctimas "
    "victimas expuestos expuestas".split()
)
# Those a school cares for, named as a group: "students affected by", "pupils at risk of".
_GROUPS_IN_CARE = frozenset(
    "students pupils children kids young people teenagers learners families alumnos alumnas "
    "niños estudiantes familias jóvenes jovenes".split()
)
# The writer's own body or mind: "all over my arms", "in my head".
_BODY = frozenset(
    "arm arms wrist wrists leg legs thigh thighs body skin stomach scar scars cuts burns "
    "bruises face head mind brazos brazo muñecas muñeca piernas cuerpo piel cabeza".split()
)
_ARTICLES = frozenset("the a an el la los las un una".split())
# Asking for help with a person in the sentence is their own worry, whatever the frame.
_STRUGGLING = frozenset(
    "struggling struggle struggles struggled cope coping need needs help helps".split()
)
# Owners right before the match: "my self-harm policy" is nobody's, "my self-harm" is mine.
_OWNERS = frozenset("my his her your ur their mi tu su mis tus sus".split())


def _tokens(text: str) -> list[str]:
    """Words (apostrophes dropped: "i'm" -> "im", "woman's" -> "womans'") and list marks."""
    found = []
    for token in _TOKEN.findall(text):
        if "'" in token or "\u2019" in token:
            stem, tail = re.split("['\u2019]", token, maxsplit=1)
            token = stem + "'" if tail == "s" else stem + tail
        found.append(token)
    return found


def reading(left: str, matched: str, right: str) -> str:
    """Whether the words around ``matched`` name it as a topic (``IMPERSONAL`` or
    ``PERSONAL``), or not (``NONE``). ``left`` and ``right`` are lower-cased text either side
    of the match, as far as the caller reads."""
    before, after, following = _sentence(left, right)
    own = _tokens(matched)
    if not own or _owned(before):
        return NONE  # "my self-harm", "a friend's overdose": someone's own
    if not (_PARTICULAR | _OWNERS).isdisjoint(own):
        return NONE  # "hit my mum", "kill myself": a topic's name names nobody
    if not _DWELLING.isdisjoint(before):
        return NONE
    if not _WRITER.isdisjoint(before) and not _CONSUMING.isdisjoint(before):
        return NONE  # "i keep watching self-harm content": what the writer seeks out
    opened = _frame_before(before)
    counted = opened is None and _a_death_counted(before, _tokens(matched), after)
    if opened is None and not counted and not _named_by_what_follows(after):
        return NONE
    if counted and before:
        opened = len(before) - 1  # the article or "as" before the death told
    whose = _whose(before, after, following, len(before) if opened is None else opened)
    if opened is not None and before[opened] == "committed":
        # whoever did it is the point: "i almost committed suicide" is the writer's own,
        # "she committed suicide" someone's in particular
        subject = set(before[max(0, opened - 4) : opened])
        if not _WRITER.isdisjoint(subject) or "nearly" in subject or "almost" in subject:
            return NONE
        if whose == IMPERSONAL and not (
            _SOMEONE.isdisjoint(subject) and _OWNERS.isdisjoint(subject)
        ):
            return PERSONAL
    if whose == IMPERSONAL and _reports_a_death(before) and not _OWNERS.isdisjoint(before):
        return PERSONAL  # "my brother died by suicide": whose death is the point
    return whose


def whose_topic(left: str, right: str) -> str:
    """For a match the caller has read as a topic by its own clause: ``IMPERSONAL`` where
    nobody else is in its sentence, ``PERSONAL`` where the writer or someone in particular
    is, ``NONE`` where the writer goes on to say what they do or want ("... and now I want
    to try it")."""
    before, after, following = _sentence(left, right)
    return _whose(before, after, following, len(before))


def _sentence(left: str, right: str) -> tuple[list[str], list[str], list[str]]:
    """The words of the sentence before the match, after it, and of what follows."""
    start = _UP_TO_SENTENCE_END.match(left)
    end = _SENTENCE_END.search(right)
    before = _tokens(left[start.end() :] if start else left)
    if end is None:
        return before, _tokens(right), []
    return before, _tokens(right[: end.start()]), _tokens(right[end.end() :])


def _whose(before: list[str], after: list[str], following: list[str], frame_start: int) -> str:
    """Who else the sentence names, outside the clause the frame opens (the teacher who
    "taught the lesson on ..." is in that clause)."""
    sentence = before + after
    if _names_means(sentence):
        return NONE  # "a video about suicide methods": how it is done is a plan, not a topic
    if not _STRUGGLING.isdisjoint(sentence) and not _PARTICULAR.isdisjoint(sentence):
        return NONE  # "I'm struggling, is there any help on self-harm": a student's own worry
    if any(
        word in ("my", "mi") and not _BODY.isdisjoint(sentence[at + 1 : at + 3])
        for at, word in enumerate(sentence)
    ):
        return NONE  # "the signs of self-harm are all over my arms"
    if (
        _goes_on(after, _WRITER, _WRITERS_ACTS)
        or _goes_on(after, _SOMEONE, _WRITERS_DISCLOSURES)
        or _goes_on(following, _WRITER | _SOMEONE, _WRITERS_DISCLOSURES)
    ):
        return NONE  # "the self-harm lesson was hard because I do it too", "she started"
    if not _SPANISH_WRITERS_ACTS.isdisjoint(after + following[:_SPANISH_ACT_NEAR]):
        return NONE  # "mi tío murió por suicidio y no puedo dejar de pensar en hacerlo"
    if _the_writer_does_it(after) or _the_writer_does_it(following):
        return NONE  # "the lesson was about self-harm. i do it every night", "i think i'm next"
    clause_start = frame_start
    while clause_start > 0 and before[clause_start - 1] not in _LIST_WORDS:
        clause_start -= 1
    # Who opens a frame with a verb or a state is in it: "I taught" is a teacher, "she
    # taught" may be anyone; "my friend learned about", "I'm at risk of" are about someone.
    opener = before[frame_start] if frame_start < len(before) else ""
    subject = set(before[clause_start:frame_start])
    someone = not (_PARTICULAR.isdisjoint(subject) and _OWNERS.isdisjoint(subject))
    if opener in _STATES and someone and not _a_group_in_care(before, clause_start, frame_start):
        return NONE  # "I'm at risk of suicide", "my friend is a victim of grooming"
    if opener in _VERBS_WITH_PREPOSITION and someone:
        return NONE  # "my friend learned about self-harm": what someone did, not a lesson
    # Someone no one in particular who discloses it ("when a pupil discloses self-harm, I
    # ring the DSL"): the writer after it is the adult who responds.
    responding = opener in _INDEFINITE or opener in _GENERIC_PEOPLE
    if (
        not responding
        and not _PARTICULAR.isdisjoint(before[:clause_start] + after)
        and not _the_teacher_at_work(before[:clause_start] + after)
    ):
        return PERSONAL
    if (opener in _TEACHING_VERBS or opener in _TALKING) and not _THIRD_PERSON.isdisjoint(subject):
        return PERSONAL
    return IMPERSONAL


# What a teacher does with a topic: "for the county lines lesson I use a case study", "I always
# show the film first", "I'm setting Lord of the Flies".
_TEACHERS_ACTS = frozenset(
    """
    use uses using used show shows showing showed teach teaching taught set setting plan
    planning run running deliver delivering cover covering introduce introducing start
    starting begin end ending warn warning remind reminding put follow mark marking read
    reading share sharing
    """.split()
)
_BEFORE_AN_ACT = frozenset("always usually normally then also will ll am m now still often".split())
# What the writer seeks out: "i keep watching self-harm content", "i look at videos about".
_CONSUMING = frozenset(
    "watch watches watching watched look looking looked search searching searched scroll "
    "scrolling view viewing viewed follow following save saving saved google googling".split()
)


def _the_teacher_at_work(words: list[str]) -> bool:
    """Whether the only particular person among ``words`` is the writer, each time followed by
    what a teacher does with a topic ("i use", "i always show", "i'm setting")."""
    found = False
    for at, word in enumerate(words):
        if word not in _PARTICULAR:
            continue
        if word not in _WRITER or word == "me":
            return False
        following = words[at + 1 : at + 4]
        while following and following[0] in _BEFORE_AN_ACT:
            following = following[1:]
        if not following or following[0] not in _TEACHERS_ACTS:
            return False
        found = True
    return found


def _a_group_in_care(before: list[str], clause_start: int, frame_start: int) -> bool:
    """ "referrals for students affected by self-harm", "the exposure of children to": the
    state's own subject, right before it or in it, is a group the school cares for, not
    anyone's ("my students" is)."""
    return any(
        before[at] in _GROUPS_IN_CARE and (at == 0 or before[at - 1] not in _OWNERS)
        for at in range(max(clause_start, frame_start - 3), len(before))
    )


def _goes_on(after: list[str], people: frozenset[str], acts: frozenset[str]) -> bool:
    """The writer (or someone), after the match, saying what they do, did or want: "because
    I do it too", "and now I want to try it", "she started doing it", "y yo me corto"."""
    return any(
        word in people
        and (
            not acts.isdisjoint(after[at + 1 : at + 1 + _WRITERS_ACT_NEAR])
            or after[at + 1 : at + 3] in (["think", "about"], ["thought", "about"])
        )
        for at, word in enumerate(after)
    )


# The writer saying they do it, or will be the next to die, in the sentence of a topic or the
# one after: "lesson today was about self-harm. i do it every night", "a boy in my year died by
# suicide, i think i'm next". Only with a word that makes it theirs: a teacher's "I do it every
# year" or "I'm next to speak" is no disclosure.
_DOES_IT_TOO = frozenset("too also still again myself night nights tonight sometimes".split())
_NEXT = frozenset("im ill be".split())
_NOT_A_TURN = frozenset("week year term lesson month time day to in on up".split())


def _the_writer_does_it(words: list[str]) -> bool:
    for at, word in enumerate(words):
        if (
            word in ("i", "yo")
            and words[at + 1 : at + 2] in (["do"], ["did"], ["still"])
            and not _DOES_IT_TOO.isdisjoint(words[at + 1 : at + 6])
            and ("it" in words[at + 2 : at + 4] or "that" in words[at + 2 : at + 4])
        ):
            return True
        if (
            word == "next"
            and at
            and words[at - 1] in _NEXT
            and (at + 1 == len(words) or words[at + 1] not in _NOT_A_TURN)
        ):
            return True
    return False


_WITHOUT = frozenset("without no not never dont cant shouldnt avoid avoiding sin".split())


def _names_means(words: list[str]) -> bool:
    """A means named among ``words``, not one left out: "how to teach self-harm without
    describing methods" names none."""
    return any(
        word in _MEANS and _WITHOUT.isdisjoint(words[max(0, at - 3) : at])
        for at, word in enumerate(words)
    )


def _owned(before: list[str]) -> bool:
    """Whether the word right before the match makes it someone's: "my self-harm", "his
    overdose", "a friend's suicide". An owner named after an article is the news's or a
    book's ("the teenager's suicide", "a young woman's suicide")."""
    if not before:
        return False
    if before[-1] in _OWNERS:
        return True
    if not before[-1].endswith("'"):
        return False
    ahead = before[max(0, len(before) - 4) : -1]
    for word in reversed(ahead):
        if word in _OWNERS or word in _PARTICULAR:
            return True
        if word in _ARTICLES:
            return False
    # A name right after a frame is a story's or history's person: "a whole lesson on Eva
    # Smith's suicide", "an essay about Ophelia's death"; never one's kin or friend.
    for at in (len(before) - 2, len(before) - 3):
        if at >= 0 and _opens_frame(before, at) is not None:
            return not _KIN.isdisjoint(before[at + 1 :])
    return True


_KIN = frozenset(
    """
    friend friends mate mates bestie bff bf gf boyfriend girlfriend mum mom mam mums moms dad
    dads brother brothers sister sisters cousin cousins uncle aunt auntie nan nana gran
    grandma grandad grandpa son daughter husband wife partner classmate classmates neighbour
    neighbor stepdad stepmum stepmom
    """.split()
)


def _reports_a_death(before: list[str]) -> bool:
    return (
        (len(before) >= 2 and before[-1] in ("by", "to", "por") and before[-2] in _DEATH_BY)
        or before[-1:] == ["committed"]
        or _lost_to(before) is not None
    )


# "lost my uncle to suicide", "we lost three pupils to suicide": a death reported, as "died by".
_LOST = frozenset("lost lose losing loses".split())
_MOST_BEFORE_TO = 4


def _lost_to(before: list[str]) -> int | None:
    """Where "lost" stands in "lost <someone> to" right before the match, or None."""
    if before[-1:] != ["to"]:
        return None
    for at in range(len(before) - 2, max(-1, len(before) - 3 - _MOST_BEFORE_TO), -1):
        if before[at] in _LOST:
            return at
    return None


# A death as an event: "a suicide on the line", "the suicide in the film", "suicides among
# farmers", "treated as suicide". Never a noun the word qualifies ("a suicide attempt", "the
# suicide note": the writer's act or plan), nor where the writer says they will.
_EVENT_BEFORE = frozenset("a an the another every this that as".split())
_DEATHS = frozenset("suicide suicides".split())
_QUALIFIED = frozenset(
    "attempt attempts attempted note notes letter letters plan plans pact pacts thought thoughts "
    "idea ideas ideation watch risk method methods vest bomber bombers mission".split()
)


# Deaths in the writer's own place or circle: "in our town", "at my school", "near us".
_NEAR_THE_WRITER = frozenset("our ours my us we here local nuestro nuestra mi".split())


# ... but "my train", "my bus" is the writer's journey a death on the line delayed.
_JOURNEYS = frozenset(
    "train trains bus commute journey tram route trip flight tren autobús".split()
)


def _near_the_writer(words: list[str]) -> bool:
    return any(
        word in _NEAR_THE_WRITER
        and not (word in ("my", "mi") and words[at + 1 : at + 2] and words[at + 1] in _JOURNEYS)
        for at, word in enumerate(words)
    )


def _a_death_counted(before: list[str], matched: list[str], after: list[str]) -> bool:
    if len(matched) != 1 or matched[0] not in _DEATHS or after[:1] and after[0] in _QUALIFIED:
        return False
    if not _WRITER.isdisjoint(before):
        return False  # "i'm planning a suicide", "i saw a suicide": the writer's own, told
    if _near_the_writer(before + after):
        return False  # "two suicides in our town": deaths close by spread; a lead must see
    return matched[0] == "suicides" or (bool(before) and before[-1] in _EVENT_BEFORE)


_FRAME_COPULAS = frozenset("is was are were be fue es".split())
# "is committed to", "are committed": a pledge, not a death.
_TAKING_PART = frozenset("is are am were was be been being".split())


def _named_by_what_follows(after: list[str]) -> bool:
    """ "self-harm awareness", "the grooming policy", "self-harm and suicide prevention"."""
    if after[:1] and after[0] in _TOPIC_AFTER:
        return True
    # one more item of a list of topics, then the topic's word: "sexting and the law"
    if after[:1] and after[0] in _LIST_WORDS:
        rest = after[1:4]
        return any(
            word in _TOPIC_AFTER and not (word in _TIMES and at and rest[at - 1] in _WHEN)
            for at, word in enumerate(rest)
        ) and _BLOCKING.isdisjoint(rest)
    return False


# A time said after a comma is when, not a topic's day: "i can't go on, every day is the same",
# beside "self-harm, suicide awareness day".
_TIMES = frozenset("day week month".split())
_WHEN = frozenset("every each this that next last the all one some any".split())


def _frame_before(before: list[str]) -> int | None:
    """Where the frame that names the match as a topic starts in ``before`` (the words of
    its sentence before it), or None. Between the frame and the match only a short list of
    topics may stand."""
    item_words = 0
    for at in range(len(before) - 1, max(-1, len(before) - 1 - _MOST_BETWEEN), -1):
        word = before[at]
        opens = _opens_frame(before, at)
        if opens is not None:
            return opens
        if word in _BLOCKING or word in _DWELLING:
            return None
        if word in _LIST_WORDS:
            item_words = 0
            continue
        item_words += 1
        if item_words > _MOST_PER_ITEM:
            return None
    return None


def _opens_frame(before: list[str], at: int) -> int | None:
    """Whether ``before[at]`` ends a frame; if so, where the frame starts."""
    word = before[at]
    previous = before[at - 1] if at else ""
    if word in _TEACHING_VERBS:
        return at
    if word == "that" and _reminded(before[:at]):
        return at
    if word in ("to", "with") and not _RESEARCH_VERBS.isdisjoint(before[max(0, at - 6) : at]):
        # "a study links social media use to self-harm"
        return next(i for i in range(max(0, at - 6), at) if before[i] in _RESEARCH_VERBS)
    if word in _TOPIC_PREPOSITIONS and previous in _FRAME_NOUNS:
        return at - 1
    if word in _TOPIC_PREPOSITIONS and previous in _FRAME_COPULAS:
        # "our PSHE lesson today was about", "the assembly is on": the noun a word or two back
        for back in range(at - 2, max(-1, at - 4), -1):
            if before[back] in _FRAME_NOUNS:
                return back
    if word in _VERB_PREPOSITIONS and previous in _VERBS_WITH_PREPOSITION:
        return at - 1
    if word == "for" and previous in _NOTICING and (at < 2 or before[at - 2] in _TOLD_TO_NOTICE):
        return at - 1  # training's "look for older boyfriends, new clothes, ..."
    if word == "of" and previous in _OF_NOUNS:
        return at - 1
    if word == "in" and previous in _IN_NOUNS:
        return at - 1
    if word in ("by", "por") and previous in _BY_WORDS:
        return at - 1
    if word in ("of", "de") and previous in _RISK_WORDS:
        return at - 1
    if word in ("by", "to", "por") and previous in _DEATH_BY:
        return at - 1
    if word == "to" and at == len(before) - 1 and (lost := _lost_to(before)) is not None:
        return lost
    if word == "committed" and not _TAKING_PART.isdisjoint(before[max(0, at - 2) : at]):
        return None  # "they were all committed to suicide prevention": see the frame's noun
    if word == "committed":
        return at  # "our head of sixth form committed suicide": a death reported
    if word in ("about", "de", "sobre"):
        # "talk to students about", "talk to their kids about", "hablar con los alumnos de"
        window = before[max(0, at - 5) : at]
        if not _TALKING.isdisjoint(window) and not _GROUPS.isdisjoint(window):
            return next(i for i in range(max(0, at - 5), at) if before[i] in _TALKING)
    if word in _DISCLOSING or word in _WHO_AUXILIARIES or word in _WHO or word in _MIGHT_BE:
        return _generic_person_before(before, at)
    if word in _CHILDREN and word.endswith(("s", "ren")) and previous in _COUNTING:
        return at - 1  # "so many children self-harming", "more teenagers vaping": a prevalence
    return None


# What research finds between two things, and what children are exposed to: "links heavy
# use to", "is associated with", "the exposure of children to".
_RESEARCH_VERBS = frozenset(
    "links linked link linking associated associates correlated correlates connected "
    "connects exposure exposed exposing relacionado relacionada vinculado vinculada "
    "expuestos expuestas exposición exposicion".split()
)
# "the training reminded us that…", "the speaker explained to parents that…"
_REMINDING = frozenset(
    "reminded reminds explained explains stressed stresses emphasised emphasized emphasises "
    "emphasizes showed shows taught teaches highlighted".split()
)
_TOLD = frozenset("us staff parents students pupils everyone colleagues to".split())


def _reminded(before: list[str]) -> bool:
    near = before[-3:]
    while near and near[-1] in _TOLD:
        near = near[:-1]
    return bool(near) and near[-1] in _REMINDING


# What training teaches staff to notice in a generic child: "signs a child may be...".
_SIGNS = frozenset("signs indicators symptoms señales indicadores".split())
# Modal words between a generic person and the match: "a child may be", "a pupil might be".
_MIGHT_BE = frozenset("may might could can be".split())


# Children and young people as a service or a statistic counts them: "for a child who", "so
# many children", "more and more teenagers".
_CHILDREN = frozenset(
    """
    child children kid kids pupil pupils student students teenager teenagers teen teens
    youngsters niño niños niña niñas alumno alumnos alumna alumnas adolescente adolescentes
    """.split()
)
_A_WAIT = frozenset(
    "days weeks months years wait waits waiting list lists queue beds places días semanas meses "
    "años año espera lista listas plazas camas".split()
)
_COUNTING = frozenset("many more fewer most numbers thousands hundreds muchos muchas más".split())


def _generic_person_before(before: list[str], at: int) -> int | None:
    """ "a student who discloses", "pupils who", "when a pupil discloses", "supporting a
    friend who", "un alumno cuenta que se": someone no one in particular."""
    start = at
    while start > 0 and before[start] in (_WHO_AUXILIARIES | _WHO | _DISCLOSING | _MIGHT_BE):
        start -= 1
        if at - start > 3:
            return None
    person = before[start]
    if person not in _GENERIC_PEOPLE:
        return None
    plural = person.endswith("s") or person in ("children", "people", "those")
    ahead = before[max(0, start - 2) : start]
    disclosing = not _DISCLOSING.isdisjoint(before[start + 1 : at + 1])
    if not plural and not (ahead and ahead[-1] in _INDEFINITE):
        return None  # "the girl who", "my friend who": someone in particular
    # a generic person who discloses it, one a frame names ("supporting pupils who"), or one the
    # signs of it are taught for ("signs a child may be self-harming")
    if (
        disclosing
        or not _HELPING.isdisjoint(ahead)
        # a service's wait, and a child no one in particular: "eighteen months for a child who
        # is self-harming", "un año de espera para un niño que se autolesiona"
        or (
            ahead[:1] in (["for"], ["para"])
            and person in _CHILDREN
            and before[start - 3 : start - 2] != []
            and before[start - 3] in _A_WAIT
        )
        or not _SIGNS.isdisjoint(before[max(0, start - 3) : start])
        or _frame_before(before[:start]) is not None
    ):
        return start - 1 if ahead and ahead[-1] in _INDEFINITE else start
    return None


# Advice about anyone: "if a friend tells you they want to die, tell an adult", "if someone is
# talking about killing themselves, take it seriously", "signs someone might be suicidal". A
# conditional or a sign, a person no one in particular, and the harm theirs: the writer is
# teaching what to do, as a lesson does.
_SUPPOSING = frozenset("if when whenever whether signs sign si cuando".split())
_ANYONE = frozenset("someone somebody anyone anybody people alguien".split())
_ANY_OF = frozenset("a an your any un una tu".split())
_SOMEONES = frozenset(
    "friend friends mate mates child children kid kids student students pupil pupils person "
    "teen teenager teenagers loved peer peers amigo amiga compañero compañera".split()
)
_THE_WRITER = frozenset("i im ive id ill me my mine myself yo me mi conmigo".split())
_MOST_FROM_PERSON = 9  # words from the person to the match ("tells you they want to")


def about_anyone(left: str, matched: str, right: str) -> bool:
    """Whether the match is a harm of someone no one in particular, in advice or a sign
    (``left``, ``right``: lower-cased text either side)."""
    before, after, _ = _sentence(left, right)
    if not _THE_WRITER.isdisjoint(_tokens(matched)) or not _THE_WRITER.isdisjoint(after):
        return False
    if _asks_for_means(after):
        return False  # "if a friend wanted to die, how would they get pills": asking for a plan
    for at in range(len(before) - 1, max(-1, len(before) - 1 - _MOST_FROM_PERSON), -1):
        word = before[at]
        if word in _THE_WRITER:
            return False  # "if someone asks me, i want to die": the writer's own
        generic = word in _ANYONE or (word in _SOMEONES and at > 0 and before[at - 1] in _ANY_OF)
        if generic:
            start = at - 1 if word in _SOMEONES else at
            # "if someone", "someone whether", and one word between: "asking someone directly
            # whether they are thinking about suicide"
            near = before[max(0, start - 2) : start] + before[at + 1 : at + 3]
            return not _SUPPOSING.isdisjoint(near)
    return False


# Advice tells what to do; a question about anyone that asks how to get or use a means, or how
# to hide it, asks for a plan: "if a friend wanted to die, how would they get pills without
# their parents knowing", "if someone wants to die, how many tablets would it take".
_A_MEANS = frozenset(
    "pills tablets paracetamol rope noose blade blades razor dose overdose pastillas cuerda "
    "cuchilla".split()
)
_HOW = frozenset("how cuántas cuantas cómo como".split())
_UNSEEN = frozenset("knowing noticing finding seeing".split())


def _asks_for_means(after: list[str]) -> bool:
    if not _HOW.isdisjoint(after) and not _A_MEANS.isdisjoint(after):
        return True
    return "without" in after and not _UNSEEN.isdisjoint(after[after.index("without") :])
