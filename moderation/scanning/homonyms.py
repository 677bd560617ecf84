"""Second senses that the words around a match give it: a thing described, a hunt, an animal, a
name or a web address, where the library word is about a person.

Real prose is full of library words in senses that have no person in them, and a list of
allowed phrases ("naked eye", "kill time") only ever covers the phrases someone thought of.
These rules read the kind of sense instead:

* a word that describes things as well as people, used before a thing right after an
  article: "the naked rock", "a lewd carving" (``describes_a_thing``); never a person or an
  image described ("a naked girl", "a naked selfie"), never a feeling ("a hopeless future" is
  despair as often as not), never an insult that is a noun too ("then the freak came in");
* a violent word aimed at game, pests, monsters or things: "shoot a deer", "kill the
  mosquitoes", "killing zombies all night", "guns the engine" (``aimed_at_no_person``);
  never at a pet or a person;
* a word that is also a verb, done to a thing: "retards their growth", "cocked her head",
  "plug your ears" (``a_verb_on_a_thing``);
* a word with an everyday sense that the rest of the sentence names: an animal ("la zorra y
  las gallinas", "the bitch had six puppies"), a cigarette ("light your fag"), a drink or a
  fuel ("a Coke and fries", "coal and coke"), a garden weed, an electric plug, a contest's
  loser (``sense_from_cues``); never aimed at the reader, and a drug's homonym never beside
  a word of using or dealing it;
* a word of despair said of a thing, not of a life: "this team is hopeless", "a hopeless
  jumble of papers", "the statistics are worthless" (``despair_word_of_a_thing``); never of
  a person, a life, a future or a situation ("a hopeless situation at home");
* a purge done to a body of people or a thing: "Stalin purged the army of its officers", "the
  party purged its moderates", "the fire purged the forest of dead wood" (``purged_a_body``);
  never food, a meal or the writer's own ("purged my dinner", "purging after lunch");
* a past tense of a verb of motion: "round and round they sped", "the car sped away"
  (``moved_fast``);
* a mild word written as a name or a brand, capitalised inside a sentence: "Have a Coke",
  "Dick Turpin rode north" (``a_name``);
* a word inside an e-mail address, a name like a person's ("staff@abo.example");
* a word inside a web address, which names a page: "www.example.org/self-harm/support"
  (``in_web_address``): recorded one level lower, not set aside, since a link can be to
  harm as well as to help.

Each is a sense of the words, so (but for the web address) the match is no match at all, as
inside an allowed phrase. Pure Python, no Django; read by ``moderation.scanning.context``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from moderation.scanning.senses import _PEOPLE, _PREPOSITIONS

# Words that describe a person and a thing alike ("the naked rock", "a freak storm", "a lewd
# joke", "fatty tissue"). Not a feeling such as "hopeless" or "worthless": what it describes
# ("a worthless life", "a hopeless future", "a hopeless situation at home") is a student's own
# despair as often as a thing.
# Nor a word that is an insult as a noun ("then the freak came in"): only adjectives.
DESCRIBES_THINGS = frozenset("naked nude lewd".split())
_ARTICLES = frozenset("a an the this that these those its their our some another such".split())
# After the describing word, a word that makes it about a person or a body: "a naked girl",
# "a worthless piece of…", "a hopeless case".
_ABOUT_SOMEONE = _PEOPLE | frozenset(
    "nudes body bodies one ones self selves human humans piece waste excuse sack lump failure "
    "loser idiot case child children baby teen teens teenager teenagers woman women lady ladies "
    "myself yourself himself herself themselves "
    "and or but of in on at to for with by from as is are was were be so too very like than "
    "again now then today tonight here there all alone together rn af lol tbh".split()
)
# ... and for a sexual word, what is made, sent or shared: "a naked selfie", "a naked
# facetime call", "a naked dare".
SEXUAL_DESCRIPTIONS = frozenset("naked nude lewd".split())
_SHARED = frozenset(
    "pic pics picture pictures photo photos pix selfie selfies snap snaps image images video "
    "videos vid vids clip clips shot shots facetime call calls chat chats dm dms message "
    "messages text texts sext sexts webcam cam livestream stream story stories snapchat post "
    "posts photoshoot dare dares challenge".split()
)
# A person described by the clause: "I'm a…", "you are such a…", "he seems a…".
_PERSONS = frozenset(
    "i im you u ur youre he hes she shes they theyre we yo tú tu él ella eres soy".split()
)
_DESCRIBED_BY = frozenset(
    "am is are was were be being been feel feels felt feeling seem seems seemed look looks "
    "looked become became call calls called calling im ur youre hes shes theyre eres soy".split()
)


def describes_a_thing(clause_before: list[str], own: list[str], clause_after: list[str]) -> bool:
    """Whether a describing word sits between an article (or the clause's start) and a thing
    it describes ("the naked rock", "naked branches") in a clause that does not describe a
    person by it ("I'm such a hopeless mess", "you are a worthless piece of…")."""
    if len(own) != 1 or own[0] not in DESCRIBES_THINGS:
        return False
    # an article before it, or nothing: "naked branches of the trees" opens its clause
    if (clause_before and clause_before[-1] not in _ARTICLES) or not clause_after:
        return False
    head = clause_after[0]
    if not head.isalpha() or head in _ABOUT_SOMEONE:
        return False
    if own[0] in SEXUAL_DESCRIPTIONS and head in _SHARED:
        return False
    return _PERSONS.isdisjoint(clause_before) or _DESCRIBED_BY.isdisjoint(clause_before)


# What people hunt, swat or fight in games: never a person, never a pet.
# Never a word that also names people with contempt ("rats", "vermin", "cockroaches", "pests",
# "aliens", "npcs", "creeps", "prey", "monsters"): "kill the vermin" is a threat.
_GAME_AND_PESTS = frozenset(
    "deer stag stags doe elk moose boar boars buffalo bison rabbit rabbits hare hares pheasant "
    "pheasants grouse duck ducks geese goose quail pigeons bird birds elephant elephants lion "
    "lions tiger tigers bear bears wolf wolves fox foxes crow crows fish trout salmon "
    "mosquito mosquitos mosquitoes fly flies bug bugs insect insects ant ants wasp wasps "
    "spider spiders mouse mice moth moths slug slugs snail snails termite termites flea fleas "
    "tick ticks weeds germ germs bacteria mold mould zombie zombies dragon dragons orc orcs "
    "goblin goblins ciervo ciervos conejo conejos pato patos mosca moscas mosquitos zombi "
    "zombis".split()
)
# Things a violent verb is done to in everyday English: "kill the engine", "shoot a scene",
# "guns the engines", "kill all your files", "bombed the exam", "murder a curry".
_THINGS = frozenset(
    "engine engines motor motors file files tab tabs app apps program programs process "
    "processes task tasks server battery batteries lights lamp music sound radio mood vibe "
    "vibes buzz conversation deal bill proposal idea plan scene scenes footage episode "
    "commercial advert ad photo photos picture pictures film movie documentary basket "
    "baskets hoops goal penalty ball puck breeze grass plants weed "
    # what students sit and fail ("bombed the mock exam", "killed that test")
    "exam exams test tests quiz quizzes interview interviews audition presentation assignment "
    "essay mock mocks paper "
    # what a hungry person could "murder": "I could murder a curry"
    "curry pizza burger kebab pint pints beer coffee tea sandwich chips takeaway snack "
    # ... or what it comes in: "I could murder a cup of tea", "a plate of chips"
    "cup cups mug mugs plate plates bowl bowls slice slices packet".split()
)
_READERS_AND_OTHERS = frozenset(
    "me you u ya yall him her them us myself yourself himself herself themselves everyone "
    "everybody someone somebody anyone".split()
)
# What may follow the object itself: the clause going on ("in the shed", "and the plane", "again
# tomorrow"), never another noun that the object only describes ("the exam hall").
_AFTER_AN_OBJECT = _PREPOSITIONS | frozenset(
    "and or but so then again now right today tonight tomorrow later first already too all every "
    "lol haha this that when before because if till until".split()
)
# The verbs whose object this reads: an entry that ends in one ("kill", "want to shoot").
_VIOLENT_VERBS = frozenset(
    "kill kills killing killed shoot shoots shooting shot stab stabs stabbing stabbed bomb "
    "bombs bombing bombed murder murders murdering murdered slaughter slaughtered massacre "
    "hit hits punch punched beat beating smash smashed destroy destroyed attack attacked hurt "
    "gun guns gunned gunning matar mato disparar".split()
)
# In a phrase, what comes just before the verb: "want to kill", "gonna shoot", "ima stab".
_BEFORE_A_VERB = frozenset("to gonna wanna will ll ima imma".split())
_OBJECT_NEAR = 4  # words after a violent word that its object may sit within ("a blue elephant")


def aimed_at_no_person(own: list[str], clause_after: list[str]) -> bool:
    """Whether the object after a violent word is game, a pest, a monster or a thing ("shoot
    some deer", "kill the mosquitoes", "kill zombies", "guns the engine"), before any person
    ("kill him like a rat"), where the entry does not name its own object ("kill you")."""
    if not _READERS_AND_OTHERS.isdisjoint(own) or "up" in own:
        return False  # "kill you", or "shoot up": a place is what is shot up
    if not own or own[-1] not in _VIOLENT_VERBS:
        return False  # a weapon or an attack named ("an acid attack"), not done
    if len(own) > 1 and own[-2] not in _BEFORE_A_VERB:
        return False  # "bring a gun", "make a bomb", "drive by shooting": a thing named
    for at, word in enumerate(clause_after[:_OBJECT_NEAR]):
        if word in _PEOPLE or word in _READERS_AND_OTHERS or word in _PREPOSITIONS:
            return False  # a person, or no object at all ("kys under my photo")
        if word in _GAME_AND_PESTS or word in _THINGS:
            # the object itself, not a word naming a place or a person ("the exam hall",
            # "the test centre", "the fish shop")
            following = clause_after[at + 1 : at + 2]
            if following and (following[0] in _GAME_AND_PESTS or following[0] in _THINGS):
                continue  # "the mock exam": the object is the next word
            return not following or following[0] in _AFTER_AN_OBJECT
    return False


# Grooming in its oldest senses: an animal brushed, a person well turned out, a ski run or a
# pitch made ready ("his horse was always groomed", "a beautifully groomed young man",
# "groomed trails").
GROOMING_HOMONYMS = frozenset("groom grooms groomed grooming".split())
_TURNED_OUT = frozenset(
    "well beautifully immaculately impeccably neatly smartly perfectly elegantly carefully "
    "nicely freshly badly poorly".split()
)
_GROOMED_THINGS = frozenset(
    "trail trails slope slopes piste pistes run runs track tracks pitch pitches lawn lawns "
    "turf course greens snow hair beard moustache mustache mane coat fur nails eyebrows".split()
)


def groomed_as_looked_after(
    clause_before: list[str], own: list[str], clause_after: list[str], sentence: Collection[str]
) -> bool:
    """Whether a grooming word is about looks, an animal or a surface: after a word of manner
    ("beautifully groomed"), before the thing groomed ("groomed trails", "grooming his
    beard"), or in a sentence about an animal ("his horse was always groomed"), and never
    done to a person ("groomed me", "groomed by her coach", "grooming children")."""
    if len(own) != 1 or own[0] not in GROOMING_HOMONYMS:
        return False
    if _prepared_for_a_role(clause_after):
        return True  # "the club is grooming her for the captaincy"
    if _a_thing_groomed(clause_before, clause_after):
        return True  # "ski slopes are groomed each night by snow machines"
    if clause_after[:1] and (clause_after[0] in _READERS_AND_OTHERS or clause_after[0] == "by"):
        return False
    if clause_before[-1:] and clause_before[-1] in _TURNED_OUT:
        # "a beautifully groomed young man", "he was immaculately groomed", "turned up well
        # groomed and early"; not "carefully groomed the boy", where the boy is its object
        described = clause_before[-2:-1] and (
            clause_before[-2] in _ARTICLES or clause_before[-2] in _BEFORE_A_DESCRIPTION
        )
        no_object = not clause_after or (
            clause_after[0] not in _POSSESSIVES and clause_after[0] not in _PEOPLE
        )
        if described or no_object:
            return True
    near = clause_after[:3]
    if not _PEOPLE.isdisjoint(near) or not _READERS_AND_OTHERS.isdisjoint(near):
        return False
    if not _GROOMED_THINGS.isdisjoint(clause_after[:3]):
        return True
    return not _ANIMAL_WORDS.isdisjoint(sentence) and _PEOPLE.isdisjoint(sentence)


# What someone is groomed for in the sense of being prepared: a role, a post, a title.
_ROLES = frozenset(
    "captaincy captain leadership leader role roles job post position presidency president "
    "throne succession successor stardom promotion management manager headship chairman "
    "chair chairmanship career ministry office command title crown premiership "
    "championship championships olympics team squad".split()
)
_ROLE_FRAMES = frozenset("for as to be become".split())
# Whatever is wanted of a child in abuse: never a role, even after "for".
_ABUSE_WORDS = frozenset(
    "sex sexual abuse pictures pics photos nudes secret secrets meet meeting".split()
)


def _prepared_for_a_role(clause_after: list[str]) -> bool:
    """ "grooming her for the captaincy", "groomed him as his successor", "groomed to become
    president": a person prepared for a role, within a few words."""
    near = clause_after[:6]
    if not _ABUSE_WORDS.isdisjoint(clause_after):
        return False
    framed = any(word in _ROLE_FRAMES for word in near[:3])
    return framed and not _ROLES.isdisjoint(near)


def _a_thing_groomed(clause_before: list[str], clause_after: list[str]) -> bool:
    """A surface or a coat groomed in the passive ("the slopes are groomed each night by
    machines"): the thing before, no person on either side."""
    if _GROOMED_THINGS.isdisjoint(clause_before[-4:]):
        return False
    near = clause_before + clause_after[:5]
    return _PEOPLE.isdisjoint(near) and _READERS_AND_OTHERS.isdisjoint(near)


# Violent verbs that are also nouns for a thing: a photo or film shoot, a hunting day, a
# plant's new growth ("they hold a shoot every weekend", "the photo shoot", "bamboo shoots").
NOUN_HOMONYMS = frozenset("shoot shoots".split())
_BEFORE_A_NOUN = frozenset(
    "a the this that every our their his its another photo fashion film video bamboo grouse "
    "pheasant clay location model modelling modeling new green young tender".split()
)


def a_noun_not_a_verb(clause_before: list[str], own: list[str], clause_after: list[str]) -> bool:
    """Whether a violent verb is the noun for a thing, after a determiner or the kind of
    thing ("a shoot", "the photo shoot", "bamboo shoots"), with no one after it."""
    if len(own) != 1 or own[0] not in NOUN_HOMONYMS or not clause_before:
        return False
    if clause_after[:1] and (clause_after[0] in _READERS_AND_OTHERS or clause_after[0] in _PEOPLE):
        return False
    return clause_before[-1] in _BEFORE_A_NOUN


# Library words that are also verbs done to a thing: "retards their growth", "cock one's
# head", "plug your ears", "lean their backs on the wall", "weed the beds".
VERB_HOMONYMS = frozenset(
    "retard retards retarded cock cocks cocked plug plugs plugged lean leans leaned weed weeds "
    "weeded gun guns gunned".split()
)
_POSSESSIVES = frozenset("the a an their its his her my your ur our this that ones".split())
_BEFORE_A_DESCRIPTION = frozenset(
    "is are was were be being been so such too very really proper fully totally literally "
    "thats its im ur youre hes shes theyre".split()
)


# Phrasal verbs and idioms of these words: "weed them out" (sort out the weakest), "a complete
# cock-up" (a blunder, in British English), after a determiner or a word of degree.
_WEEDING = frozenset("weed weeds weeded weeding".split())
_PICKED_OUT = frozenset("it them".split())
_A_BLUNDER_BEFORE = frozenset(
    "a an the this that what complete total massive right proper bit huge almighty".split()
)


def _a_phrasal_verb(clause_before: list[str], own: list[str], clause_after: list[str]) -> bool:
    if own[0] in _WEEDING:
        return clause_after[1:2] == ["out"] and clause_after[0] in _PICKED_OUT
    return (
        own[0] == "cock"
        and clause_after[:1] == ["up"]
        and bool(clause_before)
        and clause_before[-1] in _A_BLUNDER_BEFORE
    )


def a_verb_on_a_thing(clause_before: list[str], own: list[str], clause_after: list[str]) -> bool:
    """Whether a word that is also a verb is used as one, on a thing: a determiner or owner
    right after it ("retards their growth", "cocked her head", "plug your ears" as an
    instruction) and none before it ("the retards", "my plug"), the thing no person; or in a
    phrasal verb or idiom of its own ("weed them out", "a complete cock-up")."""
    if len(own) != 1 or own[0] not in VERB_HOMONYMS:
        return False
    if _a_phrasal_verb(clause_before, own, clause_after):
        return True
    if len(clause_after) < 2:
        return False
    if clause_before and clause_before[-1] in _POSSESSIVES:
        return False  # "the retards", "my plug": the noun
    if clause_before and clause_before[-1] in _BEFORE_A_DESCRIPTION:
        return False  # "that's so retarded the way…": a description, not a verb
    if not _PERSONS.isdisjoint(clause_before) and not _DESCRIBED_BY.isdisjoint(clause_before):
        return False  # "you're retarded the way you act"
    if own[0].endswith("ed") and clause_after[0] == "by" and clause_after[1] in _POSSESSIVES:
        return True  # "growth retarded by the cold", "delinquents retarded by their outlook"
    return (
        clause_after[0] in _POSSESSIVES
        and clause_after[1] not in _PEOPLE
        and clause_after[1] not in _READERS_AND_OTHERS
    )


# Library words with an everyday sense that the rest of the sentence names: an animal (a
# female dog, a rooster, a fox, a dog's shaggy coat), a cigarette, a fizzy drink or a fuel,
# a garden weed, an electric plug, a contest's loser, a joy.
ANIMAL_HOMONYMS = frozenset("bitch bitches cock cocks pussy ass asses shag zorra zorras".split())
# Words that make a sentence about animals, farms or hunting.
_ANIMAL_WORDS = _GAME_AND_PESTS | frozenset(
    "animal animals dog dogs puppy puppies pup pups litter litters kennel breed breeder "
    "breeding whelp whelped hound hounds cat cats kitten kittens kitty donkey donkeys mule "
    "mules horse horses pony ponies saddle cart hen hens chicken chickens chick chicks rooster "
    "roosters farm farmer barn coop henhouse feathers crowed crowing crows den burrow tail "
    "turkey turkeys peacock pheasant partridge robin sparrow sparrows chanticleer dawn "
    "cockcrow weathercock dunghill barnyard farmyard "
    "vixen cub cubs trap traps hunter hunters hunting hunt zoo vet woolly fur mane stable "
    "poodle poodles spaniel spaniels terrier terriers collie collies labrador labradors "
    "retriever retrievers alsatian alsatians greyhound greyhounds "
    "animales perro perros perra perras cachorro cachorros gato gatos gallina gallinas "
    "gallo gallos pollo pollos pollitos gallinero lobo lobos oveja ovejas cordero corderos "
    "liebre conejo conejos uvas grillos madriguera cola trampa cazador cazadores cacería "
    "caza granja burro burros asno caballo caballos zorro zorros".split()
)
_SENSE_CUES: dict[str, frozenset[str]] = dict.fromkeys(ANIMAL_HOMONYMS, _ANIMAL_WORDS)
_SENSE_CUES.update(
    dict.fromkeys(
        ("fag", "fags"),
        frozenset(
            "cigarette cigarettes cig cigs ciggie tobacco lighter light lit ash ashtray packet "
            "puff roll rollup filter matches match lucifer lucifers smoke smoking".split()
        ),
    )
)
_SENSE_CUES.update(
    dict.fromkeys(
        ("coke", "cokes"),
        frozenset(
            "drink drinks drank drinking can cans glass bottle bottles fizzy soda pop pepsi "
            "sprite fanta lemonade fries burger burgers pizza straw diet cola vending ice "
            "coal furnace furnaces oven ovens steel iron fuel smelting distillation petroleum "
            "foundry".split()
        ),
    )
)
_SENSE_CUES.update(
    dict.fromkeys(
        ("weed", "weeds"),
        frozenset(
            "garden gardens gardening gardener lawn lawns flower flowers flowerbed beds soil "
            "hardy bloom blooms blossom patch vegetable vegetables allotment hoe trowel sea "
            "seaweed pond dandelion dandelions nettle nettles thistle thistles invasive "
            "noxious adventive annual perennial species botanist botany wildflower".split()
        ),
    )
)
_SENSE_CUES.update(
    dict.fromkeys(
        ("plug", "plugs"),
        frozenset(
            "socket sockets power cable cables charger usb port ports battery laptop wall "
            "electric electrical electricity outlet adapter extension hdmi speaker lamp "
            "appliance wire wires bath sink drain ears hole leak spark kettle toaster "
            "computer tv device serial".split()
        ),
    )
)
_SENSE_CUES["loser"] = _SENSE_CUES["losers"] = frozenset(
    "winner winners game games match matches contest election elections bet sport sports "
    "golf race tournament final finals league season vote votes".split()
)
# The dice game: "hot at craps", "shooting craps at the casino".
_SENSE_CUES["craps"] = frozenset(
    "at play plays playing played dice casino casinos table tables game games roll rolled "
    "rolling shooter bet bets betting gamble gambling vegas shooting".split()
)
# The sprint drill: "the coach made us run suicides", "suicide sprints at practice".
_SENSE_CUES["suicides"] = frozenset(
    "coach coaches training practice drill drills sprint sprints laps court pitch gym pe "
    "basketball football netball hockey rugby conditioning fitness warmup".split()
)
# The medical sense: "spastic muscles", "spastic paralysis of the legs".
_SENSE_CUES["spastic"] = frozenset(
    "muscle muscles limb limbs leg legs arm arms paralysis palsy cerebral diplegia "
    "hemiplegia quadriplegia colon bowel spasm spasms tone patient patients symptom "
    "symptoms neurological".split()
)
# A noose at a hanging in history, a western or a knot book: "the hangman tied a noose".
_SENSE_CUES["noose"] = frozenset(
    "hangman hangmen gallows scaffold executioner execution executions executed hanged "
    "lynching sheriff cowboy cowboys lasso outlaw outlaws western knot knots".split()
)
# Money or a thing that lost its value: "the coins turned out to be worthless".
_SENSE_CUES["worthless"] = frozenset(
    "coin coins money shares share stock stocks bond bonds currency cheque cheques check "
    "banknote banknotes notes note investment investments land ticket tickets voucher "
    "vouchers antique antiques forgery fake fakes painting paintings warranty guarantee "
    "contract contracts promise promises treaty peso pesos dollar dollars pound pounds "
    "euro euros".split()
)
# Fruit with its stone taken out: "the cherries were stoned".
_SENSE_CUES["stoned"] = frozenset(
    "cherry cherries olive olives date dates plum plums apricot apricots peach peaches "
    "fruit fruits mango mangoes prunes pitted".split()
)
# A bundle of sticks, or a meatball of the English Midlands: "a faggot for the fire",
# "faggots and peas".
_SENSE_CUES["faggot"] = _SENSE_CUES["faggots"] = frozenset(
    "sticks stick firewood kindling bundle bundles wood brushwood twigs hearth fireplace "
    "meatball meatballs offal gravy peas butcher butchers liver pork mince".split()
)
# The American football team's old name: "the Redskins lost again, the defence was a joke".
_SENSE_CUES["redskins"] = frozenset(
    "nfl football quarterback quarterbacks touchdown touchdowns season seasons commanders "
    "washington superbowl bowl coach team draft fans stadium playoffs playoff game games "
    "defence defense offense offence kickoff helmet jersey jerseys cowboys eagles giants "
    "packers patriots".split()
)
# The press studs on clothes: "the poppers on the baby's vest".
_SENSE_CUES["poppers"] = frozenset(
    "vest vests babygrow babygrows bodysuit bodysuits onesie onesies sleepsuit jacket "
    "jackets coat coats shirt shirts cardigan sleeve sleeves buttons button zip zips "
    "clothes fabric sew sewing stud studs baby".split()
)
# A small puncture, and the old sense of a goad or a mark: "a prick of the needle", "the horse
# pricked up its ears", "the pricks of conscience", "a pin prick on the map".
_SENSE_CUES["prick"] = _SENSE_CUES["pricks"] = _SENSE_CUES["pricked"] = frozenset(
    "needle needles pin pins thorn thorns thistle thistles spur spurs ear ears finger fingers "
    "thumb thumbs conscience injection jab vaccine ink map tattoo sting stings stung".split()
)
# A leg, a cut of meat or a tool's shaft: "a lamb shank", "the shank of the drill bit",
# "his shrunk shank in hose" (a shin, in Shakespeare's seven ages).
_SENSE_CUES["shank"] = _SENSE_CUES["shanks"] = frozenset(
    "lamb mutton beef pork veal braised braise roast roasted oven recipe gravy shin shins "
    "shinbone hose stocking stockings drill bit bits screw screws bolt hook hooks anchor "
    "tool tools shaft golf".split()
)
# A narrow crack, or a short ringing sound: "a chink in the curtains", "a chink of light",
# "the chink of coins", "a chink in his armour".
_SENSE_CUES["chink"] = _SENSE_CUES["chinks"] = frozenset(
    "light daylight sunlight curtain curtains blind blinds shutter shutters door doors wall "
    "walls fence plank planks board boards stone stones brick bricks mortar crack cracks "
    "crevice crevices gap gaps armour armor coins rock rocks timber roof".split()
)
# A knife in the kitchen: "sharpen your knives before you joint the chicken", "chop the
# onions with a small knife". The reader's own knife in a recipe's instructions ("your
# knives") is a cook's; see _KITCHEN_HOMONYMS below for what still keeps it a weapon.
_KITCHEN_HOMONYMS = frozenset("knife knives".split())
_SENSE_CUES.update(
    dict.fromkeys(
        _KITCHEN_HOMONYMS,
        frozenset(
            "kitchen chef chefs cook cooks cooking cooked recipe recipes chop chopped chopping "
            "slice sliced slicing dice diced dicing peel peeled peeling julienne mince minced "
            "fillet filleted joint carve carving sharpen sharpened sharpening whetstone blunt "
            "onion onions garlic carrot carrots tomato tomatoes potato potatoes herbs meat beef "
            "pork lamb chicken fish vegetables veg bread butter cheese cake fork forks spoon "
            "spoons cutlery dishwasher bake baking".split()
        ),
    )
)
# In a kitchen, what still makes a knife a weapon: the writer as its object, an intent, a
# school or a day ("sharpening the knife for when he gets home", "chop you up").
_KITCHEN_THREATS = frozenset(
    "me us you u him her them want wanna gonna going will ll planning ima imma school class "
    "tomorrow tonight".split()
)
_SENSE_CUES["ecstasy"] = frozenset(
    "joy bliss delight rapture pure sheer religious spiritual music poem poetry".split()
)
# Nudes in painting and sculpture: "the Renaissance nudes in art history", "Titian's nudes
# in the National Gallery", "a marble nude". Never a phone's gallery or a photographer.
_PAINTERS = frozenset(
    "titian rubens michelangelo botticelli raphael goya manet modigliani rembrandt".split()
)
_SENSE_CUES["nudes"] = _SENSE_CUES["nude"] = (
    frozenset(
        "renaissance baroque classical painting paintings painted painter painters sculpture "
        "sculptures sculpted sculptor sculptors statue statues museum museums portrait "
        "portraits canvas canvases fresco frescoes marble bronze oils watercolour watercolours "
        "watercolor venus".split()
    )
    | _PAINTERS
    | {painter + "s" for painter in _PAINTERS}  # "Titian's", as _words spells it
)
# An illness of the body that comes back: "her cancer relapsed in the spring", "the patient
# relapsed after a month", "a relapse of malaria". Never a mental illness, a harm or an
# addiction, whose relapse is the concern itself ("his depression relapsed", "she relapsed
# into cutting"), nor beside the writer ("I relapsed", see _OF_ONESELF).
_RELAPSES = frozenset("relapse relapses relapsed relapsing".split())
_SENSE_CUES.update(
    dict.fromkeys(
        _RELAPSES,
        frozenset(
            "cancer cancers tumour tumours tumor tumors leukaemia leukemia lymphoma disease "
            "diseases illness infection infections fever malaria tuberculosis patient patients "
            "remission chemotherapy chemo radiotherapy sclerosis arthritis lupus virus viral "
            "symptoms flu pneumonia hepatitis oncologist oncology transplant".split()
        ),
    )
)
# Beside a relapse, words that make it the harm, the eating disorder or the habit after all.
_RELAPSED_INTO_HARM = frozenset(
    "depression depressed anxiety anorexia anorexic bulimia bulimic eating disorder ed "
    "cutting cut cuts self harm selfharm sh suicidal suicide drinking alcohol alcoholic drugs "
    "drug addiction addict addicted heroin cocaine gambling purging bingeing binging "
    "starving restricting mental".split()
)
# A verb that also slows a thing, or the thing slowed: "the retarded growth of the seedlings",
# "growth was retarded by the drought", "the retard on the engine timing". Only in a sentence
# with nobody in it: "the retarded kid set the fire alarm off" is the insult.
_RETARDS = frozenset("retard retards retarded retarding".split())
_SENSE_CUES.update(
    dict.fromkeys(
        _RETARDS,
        frozenset(
            "growth seedling seedlings crop crops plant plants tree trees frost drought "
            "ignition timing spark engine engines combustion flame flames corrosion rust "
            "decay rot ageing aging reaction reactions rate flow motion speed".split()
        ),
    )
)
# Swatting insects: "the swatting of flies", "swatting mosquitoes all night".
_SENSE_CUES["swatting"] = frozenset(
    "fly flies mosquito mosquitos mosquitoes wasp wasps midge midges gnat gnats insect "
    "insects bug bugs bee bees bluebottle bluebottles".split()
)
# A laxative or a water pill taken as a doctor prescribes it: "the doctor prescribed a
# laxative for the constipation", "diuretics for his heart failure". Never beside the writer
# (see _OF_ONESELF) nor beside weight, food or a purge (_WEIGHT_AND_FOOD).
_MEDICINES = frozenset("laxative laxatives diuretic diuretics".split())
_SENSE_CUES.update(
    dict.fromkeys(
        _MEDICINES,
        frozenset(
            "prescribed prescribes prescribe prescription constipation constipated bowel "
            "bowels colonoscopy fibre fiber senna stool stools heart kidney kidneys pressure "
            "hypertension oedema edema swelling fluid retention".split()
        ),
    )
)
_WEIGHT_AND_FOOD = frozenset(
    "weight weigh weighed lose losing lost thin thinner skinny fat calories calorie eat ate "
    "eaten eating meal meals food purge purging binge bingeing binging diet dieting pounds "
    "kilos kg lbs stomach flat abuse abuses abusing abused misuse misusing overuse hide hiding "
    "hides hidden secret secretly handful handfuls whole".split()
)
# Beside an image's word in art, words that make it a picture of someone after all: asked
# for, sent, shared, leaked.
_IMAGE_SHARING = frozenset(
    "send sends sent sending share shares shared sharing ask asks asked asking leak leaked "
    "leaking post posted posting snap snapchat pic pics photo photos selfie selfies phone "
    "camera".split()
)
_IMAGE_HOMONYMS = frozenset("nude nudes".split())
# Beside a drug's everyday homonym, words that make it the drug after all: "a line of coke
# and a drink", "smoke weed in the garden".
_DRUG_USE = frozenset(
    "line lines snort snorted snorting sniff bump gram grams g bag baggie dealer dealers "
    "smoke smoked smoking joint joints blunt bong high stoned pill pills tab mdma molly "
    "sell selling sold buy buying bought drug drugs cocaine addict addicted addiction rails "
    "blow snow weed coke plug grow grows growing grown plant plants".split()
)
# Right before the word, words that point it at someone: "that bitch", "such a", "esa zorra".
_POINTING = frozenset(
    "that this these those such what ur your you ya stupid dumb fat ugly lil little silly "
    "total complete absolute massive huge biggest utter "
    "esa ese esta este eres sos maldita".split()
)
# A violent word anywhere in the sentence: the insult may be a threat ("set the dog on that
# bitch", "burn the fag with a lighter").
_VIOLENT = frozenset(
    "kill killed killing burn burned burnt beat beaten hit punch punched stab stabbed shoot "
    "shot hurt attack attacked die dead set jump jumped matar mato pegar quemar".split()
)
_OWNERS = frozenset("my mine ur your his her our their mi tu su".split())
_DRUG_HOMONYMS = frozenset("coke cokes weed weeds plug plugs ecstasy stoned poppers".split())
# Words a despairing writer uses of themselves: never their everyday sense beside "I".
_OF_ONESELF = frozenset("worthless suicides noose".split()) | _RELAPSES | _MEDICINES
# The drill is run: "we had to run suicides", never "two suicides this year".
_RUN = frozenset("run runs ran running do doing did sprint sprinted".split())
_WRITER_WORDS = frozenset("i im ive id me my myself mine".split())
_AT_THE_READER = frozenset("you u ur your youre yourself eres tú tu te ti".split())


def sense_from_cues(
    own: list[str], sentence: Collection[str], clause_before: list[str], clause_after: list[str]
) -> bool:
    """Whether a library word with an everyday sense sits in a sentence that names that sense
    ("the bitch had six puppies", "light your fag", "a Coke and fries", "weeds in the
    flowerbed", "the plug on the kettle", "a good loser in the final"), with no one addressed
    in its clause, nobody it is done to ("… me") or pointed at ("that bitch"), no violent word
    in the sentence, and, for a drug's homonym, no word of using or dealing a drug."""
    if len(own) != 1 or own[0] not in _SENSE_CUES:
        return False
    if own[0] in _KITCHEN_HOMONYMS:
        if not _KITCHEN_THREATS.isdisjoint(sentence):
            return False
        if clause_before[-1:] in (["your"], ["ur"]):
            clause_before = clause_before[:-1]  # "sharpen your knives": a recipe's reader
    if not _AT_THE_READER.isdisjoint(clause_before + clause_after):
        return False
    if clause_after[:1] and clause_after[0] in _READERS_AND_OTHERS:
        return False
    if not _POINTING.isdisjoint(clause_before[-2:]):
        return False  # "that bitch", "what a loser", "a total loser"
    if not _VIOLENT.isdisjoint(sentence):
        return False
    if own[0] in _DRUG_HOMONYMS and not _DRUG_USE.isdisjoint(set(sentence) - {own[0]}):
        return False
    if own[0] in _DRUG_HOMONYMS and clause_before[-1:] and clause_before[-1] in _OWNERS:
        return False  # "my plug", "his weed": whose drug or dealer it is
    if own[0] in _IMAGE_HOMONYMS and (
        not _IMAGE_SHARING.isdisjoint(sentence)
        or (clause_before[-1:] and clause_before[-1] in _OWNERS)
        or clause_after[:1] == ["of"]
    ):
        return False  # "he asked for nudes for his paintings", "her nudes", "nudes of me"
    if own[0] in _OF_ONESELF and not _WRITER_WORDS.isdisjoint(sentence):
        return False  # "I feel worthless, like my money": the writer's despair
    if own[0] == "suicides" and (not clause_before or clause_before[-1] not in _RUN):
        return False
    if own[0] in _RELAPSES and not _RELAPSED_INTO_HARM.isdisjoint(sentence):
        return False  # "his depression relapsed", "the patient relapsed into drinking"
    if own[0] in _RETARDS and not (_PEOPLE.isdisjoint(sentence) and _PERSONS.isdisjoint(sentence)):
        return False  # "the retarded kid set the fire alarm off"
    if own[0] in _MEDICINES and not _WEIGHT_AND_FOOD.isdisjoint(sentence):
        return False  # "laxatives after every meal, the doctor doesn't know"
    cues = _SENSE_CUES[own[0]]
    return any(word in cues and word != own[0] for word in sentence)


# Words that show a sentence is said to someone, in English and Spanish.
_ADDRESSED = frozenset(
    "you u ur your youre yourself ya yall eres sos tu tú te ti vos usted".split()
)
# Library words that are also a given name or a brand, the only ones a capital may make a
# name of ("Dick Turpin", "a Coke", "Molly from year 8"); any other capitalised word is the
# writer's emphasis or a phone's, not a name.
NAME_HOMONYMS = frozenset("dick dicks coke cokes molly".split())
_NAME_UP_TO = 2  # the severities a capitalised word may be a name at: mild words only
_WORDS = re.compile(r"[^\W\d_]+")
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?\n:;\"\u201c\u2014(])\s*\Z")


def a_name(left: str, matched: str, right: str, severity: int) -> bool:
    """Whether a mild one-word match is written as a name or a brand: capitalised, not opening
    its sentence, in a sentence that is not written in capitals throughout ("Have a Coke",
    "Could Dick Turpin ride?", but not "GET HIGH" or "Then Weed Is What I Need")."""
    if severity > _NAME_UP_TO or not matched.istitle() or not matched.isalpha():
        return False
    if matched.lower() not in NAME_HOMONYMS:
        return False  # "Shit", "Klebold", "Handjob": a capital for emphasis, no name
    sentence_start = max(left.rfind(mark) for mark in ".!?\n")
    before = left[sentence_start + 1 :]
    if _SENTENCE_OPENS.search(before) or not _WORDS.search(before):
        return False
    end = min((at for at in (right.find(mark) for mark in ".!?\n") if at >= 0), default=len(right))
    after = _WORDS.findall(right[:end])
    # An insult at someone is no name, capitalised or not: "you're such a Bitch", "shut up
    # you Dick", "eres una Puta", "my Puto little brother".
    if not _PEOPLE.isdisjoint(word.lower() for word in after[:3]):
        return False
    if not _ADDRESSED.isdisjoint(word.lower() for word in _WORDS.findall(before) + after):
        return False
    if not _DRUG_USE.isdisjoint(
        word.lower() for word in _WORDS.findall(before) + after if word.lower() != matched.lower()
    ):
        return False  # "Have some Coke lol snort it", "Molly has the pills": the drug
    # the sentence's other words, but its first, which is capitalised anyway
    words = (_WORDS.findall(before) + after)[1:]
    capitalised = sum(word[0].isupper() for word in words)
    return bool(words) and capitalised * 2 <= len(words)


# A web address, or the part of one the match sits in: "https://…", "www.…", "site.org/…".
_WEB_ADDRESS_BEFORE = re.compile(
    r"(?:https?://|www\.|\b[\w-]+\.[a-z]{2,}(?:\.[a-z]{2})?/)\S*\Z", re.IGNORECASE
)
# An e-mail address: "someone@host.example".
_MAIL_ADDRESS_BEFORE = re.compile(r"[\w.+-]+@[\w.-]*\Z")


def in_web_address(left: str) -> bool:
    """Whether the match is inside a web address (its host or path), not the writer's words."""
    return _WEB_ADDRESS_BEFORE.search(left[-200:]) is not None


def in_mail_address(left: str) -> bool:
    """Whether the match is inside an e-mail address: a name, like a person's."""
    return _MAIL_ADDRESS_BEFORE.search(left[-100:]) is not None


# Library words that are the first half of a compound naming a thing: "a freak wave", "a freak
# accident", "horny plates" on a turtle's shell. Only the compounds listed: "a freak show"
# may be aimed at a person.
_COMPOUNDS: dict[str, frozenset[str]] = {
    "freak": frozenset(
        "accident accidents wave waves storm storms weather injury injuries result results "
        "event events incident incidents occurrence chance gust gusts flood floods hailstorm "
        "snowstorm snowfall goal tide tides collision mishap".split()
    ),
    # the old and the technical senses: "a bastard file", "the subhuman primates"
    "bastard": frozenset("file files sword swords wing toadflax trowel measure".split()),
    "subhuman": frozenset(
        "primate primates species ancestors ancestor conditions spectacle existence wages "
        "housing squalor".split()
    ),
    # the old sense of plundering a land: "the raped countryside", "a raped forest"
    "raped": frozenset(
        "countryside land lands landscape forest forests earth planet hills valley coast "
        "coastline wilderness".split()
    ),
    # a weapon's look in a video game: "my sniper rifle skin", "a gold knife camo"
    **dict.fromkeys(
        "rifle rifles gun guns knife knives pistol pistols shotgun shotguns sniper".split(),
        frozenset("skin skins camo camos blueprint blueprints attachment attachments".split()),
    ),
    "horny": frozenset(
        "plate plates scale scales beak beaks shell shells hoof hooves layer layers ridge "
        "ridges crest sheath tissue growth growths spines toad toads lizard lizards "
        # hardened like horn: "a horny fist", "the horny coat of the eye"
        "fist fists palm palms coat coats nail nails sole soles".split()
    ),
}


# A phrase whose last word opens a compound noun, or takes a thing of its other sense, right
# after it, or after one determiner: "gave up on life insurance", "given up on life drawing",
# "stopped eating breakfast cereal", "felt like dying my hair" (dye), "beat them up the table".
# The phrase told whole stays what it was: "gave up on life, insurance or not", "felt like
# dying my whole life", "beat him up the stairs".
_PHRASE_RUNS_INTO: dict[str, frozenset[str]] = {
    "life": frozenset(
        "insurance drawing drawings jacket jackets skills lesson lessons cycle cycles span "
        "story stories hacks goals choices sciences science savings expectancy raft rafts "
        "guard guards coach coaching size".split()
    ),
    "breakfast": frozenset("cereal cereals club clubs bar bars table time show".split()),
    "dying": frozenset("hair fringe roots clothes jeans shirt shirts eggs fabric beard".split()),
    "up": frozenset("table league leaderboard rankings ranking ladder standings charts".split()),
}
_ONE_DETERMINER = frozenset("the my your his her their our".split())


def a_phrase_runs_into_a_compound(own: list[str], clause_after: list[str]) -> bool:
    """Whether a phrase's last word is the first half of a compound, or has the thing of its
    other sense, after it ("gave up on life insurance", "felt like dying my hair")."""
    if len(own) < 2 or own[-1] not in _PHRASE_RUNS_INTO or not clause_after:
        return False
    following = clause_after[1:2] if clause_after[0] in _ONE_DETERMINER else clause_after[:1]
    return bool(following) and following[0] in _PHRASE_RUNS_INTO[own[-1]]


# Someone keen on a thing, named by it: "a fitness freak", "a control freak", "neat freaks".
# Never said to the reader ("you fitness freak"): the insult can hide in any compound.
_ENTHUSIASMS = frozenset(
    "fitness health gym control neat tidy clean cleanliness speed film movie music jazz "
    "football sport sports computer tech gadget car nature science weather camera coffee "
    "food diet bodybuilding exercise running cycling detail grammar".split()
)


def an_enthusiast(clause_before: list[str], own: list[str], clause_after: list[str]) -> bool:
    """Whether "freak" names someone by their enthusiasm: "a fitness freak", "control freaks"."""
    return (
        len(own) == 1
        and own[0] in ("freak", "freaks")
        and clause_before[-1:] != []
        and clause_before[-1] in _ENTHUSIASMS
        and _AT_THE_READER.isdisjoint(clause_before + clause_after)
    )


# The chroniclers' formula for an army laying waste to a land: "raped and pillaged", "looted
# and raped", "rape and plunder". The plunder word right beside it (an "and" between) makes it
# the formula; "raped and beat her" stays what it says.
_RAPES = frozenset("rape rapes raped raping".split())
_PLUNDER = frozenset(
    "pillage pillages pillaged pillaging plunder plunders plundered plundering loot loots "
    "looted looting ransack ransacked ransacking".split()
)


def rape_and_pillage(clause_before: list[str], own: list[str], clause_after: list[str]) -> bool:
    """Whether a rape word is half of the plunder formula: "raped and pillaged", "looted and
    raped", "rape, pillage and burn"."""
    if not own or own[-1] not in _RAPES:
        return False
    after = clause_after[1:2] if clause_after[:1] == ["and"] else clause_after[:1]
    before = clause_before[-2:-1] if clause_before[-1:] == ["and"] else clause_before[-1:]
    return not _PLUNDER.isdisjoint(after + before)


# A cut by accident on a thing that cuts: "she cut herself on a broken glass", "he cut
# himself on the rusty fence", "cut myself on a tin lid". Only a thing from this list, a word
# or two of description before it: never a body part ("on the arm"), a place ("on the bathroom
# floor"), a blade or a razor, or "on purpose".
_CUT_ONESELF = frozenset("myself himself herself themselves themself yourself".split())
_SHARP_THINGS = frozenset(
    "glass glasses bottle bottles can cans tin tins lid lids nail nails fence fences wire "
    "paper page pages edge corner rock rocks shell shells coral thorn thorns bramble brambles "
    "barbed plate tile tiles grater mandoline blender stapler window windscreen railing "
    "railings branch branches saw chisel".split()
)
_ON_A_THING = frozenset("a an the some his her their its".split())
_DESCRIBING_A_THING = frozenset(
    "broken sharp rusty jagged old torn cracked tin metal wire barbed bean beans "
    "garden wooden".split()
)


# Anywhere in the sentence, what makes such a cut meant after all: "on purpose", "i wanted
# to", "again", "because i deserve it".
# Nor with what a witness tells of a harm that goes on: a feeling, a habit, a room, the
# body, the thing broken to do it ("the glass she smashed in her room, she does it when she's
# sad").
_MEANT = frozenset(
    "purpose deliberately deliberate intentionally wanted want meant mean again because cos "
    "coz bc needed need deserve deserved deserves punish relapsed relapse "
    "sad upset angry stressed depressed low when whenever every always keeps keep does doing "
    "smashed smash broke snapped room bedroom bathroom toilet toilets hides hiding hide secret "
    "scars scar arm arms wrist wrists leg legs thigh thighs stomach".split()
)


def cut_on_a_thing(own: list[str], clause_after: list[str], sentence: Collection[str]) -> bool:
    """Whether "cut herself" (or any self) is followed by the thing it was done on by
    accident: "on a broken glass", "on the rusty fence"; never in a sentence that says it was
    meant ("on purpose", "and i wanted to")."""
    if len(own) != 2 or own[0] != "cut" or own[1] not in _CUT_ONESELF:
        return False
    if not _MEANT.isdisjoint(sentence):
        return False
    if clause_after[:1] != ["on"] or len(clause_after) < 3 or clause_after[1] not in _ON_A_THING:
        return False
    for word in clause_after[2:5]:
        if word in _SHARP_THINGS:
            return True  # "on the barbed wire", "on a broken glass"
        if word not in _DESCRIBING_A_THING:
            return False
    return False


# Too much of a treat, a pastime or a feeling: "she overdosed on chocolate at the party", "i
# overdosed on netflix this weekend", "we've overdosed on sunshine". Only what is on this list
# right after "on" (an article may come first), and never before pills or tablets ("overdosed
# on sugar pills").
_TREATS = frozenset(
    "chocolate chocolates sugar sweets candy cake cakes biscuits cookies crisps junk carbs "
    "pizza christmas turkey mince pies ice cream icecream tv television netflix telly youtube "
    "tiktok anime films movies box sets sunshine sun love nostalgia cuteness drama gossip "
    "revision homework maths fun music football cheese".split()
)
_ONLY_AN_ARTICLE = frozenset("the a an".split())
# Anywhere in the sentence (a run-on tells the real overdose after "no actually"): pills, a
# medicine or a drug.
_PILLS = frozenset(
    "pills pill tablets tablet capsules gummies meds medication medicine medicines paracetamol "
    "ibuprofen aspirin insulin antidepressants sertraline fluoxetine painkillers codeine "
    "heroin cocaine drugs drug xanax ket ketamine mdma alcohol vodka actually really".split()
)


def overdosed_on_a_treat(
    own: list[str], clause_after: list[str], sentence: Collection[str]
) -> bool:
    """Whether an overdose word is of a treat or a pastime ("overdosed on chocolate"), in a
    sentence that names no pill, medicine or drug."""
    if not own or not own[-1].startswith("overdos") or clause_after[:1] != ["on"]:
        return False
    rest = clause_after[1:]
    if rest[:1] and rest[0] in _ONLY_AN_ARTICLE:
        rest = rest[1:]
    if not rest or rest[0] not in _TREATS:
        return False
    return _PILLS.isdisjoint(sentence)


# A side that outmuscles another in a match: "the forwards bullied the opposition pack",
# "got bullied off the ball", "bullied their opponents at the breakdown". Only a side of a
# match as the one bullied, and never with the writer in the sentence ("the other team
# bullied me", "i got bullied off the team").
_A_SIDE = frozenset(
    "opposition opponents opponent defence defense defenders defender midfield pack scrum "
    "forwards backs rivals visitors hosts champions favourites favorites".split()
)
_A_SIDES_OWNER = frozenset("the their its his her".split())
_A_SIDES_PEOPLE = frozenset(
    "player players keeper goalie goalkeeper captain kid kids boy boys girl girls lad lads "
    "child children striker winger fan fans s".split()
)


def outmuscled_in_a_match(
    own: list[str], clause_after: list[str], sentence: Collection[str]
) -> bool:
    """Whether "bullied" is a side outmuscling another: "bullied the opposition pack",
    "bullied off the ball"."""
    if own != ["bullied"] or not _WRITER_WORDS.isdisjoint(sentence):
        return False
    if clause_after[:3] == ["off", "the", "ball"]:
        return True
    if clause_after[:1] == [] or clause_after[0] not in _A_SIDES_OWNER:
        return False
    side = clause_after[1:3]
    # "the opposition kid", "the opposition's keeper": a person of the side, not the side
    person = side[1:2] and (side[1] in _PEOPLE or side[1] in _A_SIDES_PEOPLE)
    return bool(side) and side[0] in _A_SIDE and not person


# How someone takes a defeat: "a good loser", "bad losers", "a gracious loser". A judgement of
# sportsmanship, not the insult.
_LOSING_WELL_OR_BADLY = frozenset("good bad gracious graceful gallant".split())


def a_way_of_losing(clause_before: list[str], own: list[str]) -> bool:
    """Whether "loser" is how someone takes a defeat: "a good loser", "bad losers"."""
    return (
        len(own) == 1
        and own[0] in ("loser", "losers")
        and bool(clause_before)
        and clause_before[-1] in _LOSING_WELL_OR_BADLY
    )


def first_half_of_a_compound(own: list[str], clause_after: list[str]) -> bool:
    """Whether a library word opens a compound that names a thing ("a freak wave", "a freak
    accident", "the horny plates of its shell", "the subhuman primates")."""
    if len(own) != 1 or not clause_after:
        return False
    return own[0] in _COMPOUNDS and clause_after[0] in _COMPOUNDS[own[0]]


# Shooting at a goal, a hoop or a net: "the shot clock ran out before he could shoot", "she
# shoots from outside the box". A weapon anywhere in the sentence, or a person or "up" right
# after the verb, keeps it what it was.
_SHOOTING = frozenset("shoot shoots shooting".split())
_SPORT = frozenset(
    "goal goals goalie keeper goalkeeper net hoop hoops basket baskets basketball netball "
    "football soccer hockey puck ball striker strikers penalty penalties box pitch court "
    "clock rebound dribble dribbled dribbling free throw throws three pointer pointers shot "
    "layup assist match game half crossbar post corner".split()
)
# What is shot in a game; never a player ("shoot the keeper").
_SHOT_AT = frozenset("ball goal net hoop basket puck three free penalty shot shots rebound".split())
_WEAPONS_NAMED = frozenset(
    "gun guns pistol pistols rifle rifles shotgun weapon weapons bullet bullets ammo "
    "choppa glock strap strapped armed".split()
)


# Singing, playing or dancing something badly or brilliantly: "I murdered that song at
# karaoke", "she killed the solo". A word of performing in the sentence, the verb's object no
# person, and nothing that reaches out of the performance.
_MURDERING = frozenset("kill kills killed killing murder murders murdered murdering".split())
_PERFORMING = frozenset(
    "karaoke sang sing sings singing song songs solo solos cover covers vocals vocal verse "
    "chorus gig gigs audition auditions recital concert stage duet dance routine "
    "performance performed".split()
)
_OFF_STAGE = frozenset(
    "school class tomorrow tonight want wanna gonna going will ll plan ima imma after".split()
)


def murdered_a_song(own: list[str], clause_after: list[str], sentence: Collection[str]) -> bool:
    """Whether "murdered" or "killed" is said of a performance: a word of performing in the
    sentence, no person or pronoun as its object, no intent, school or day."""
    if len(own) != 1 or own[0] not in _MURDERING or _PERFORMING.isdisjoint(sentence):
        return False
    if not _OFF_STAGE.isdisjoint(sentence):
        return False
    following = clause_after[:2]
    if following[:1] and following[0] in ("the", "that", "this", "my", "his", "her", "their"):
        following = following[1:]
    return not following or (
        following[0] not in _READERS_AND_OTHERS and following[0] not in _PEOPLE
    )


def shot_in_a_game(own: list[str], clause_after: list[str], sentence: Collection[str]) -> bool:
    """Whether a word of shooting is a shot at a goal: a sport named in its sentence, no weapon
    in it, and nobody (nor "up") right after the verb."""
    if len(own) != 1 or own[0] not in _SHOOTING:
        return False
    if clause_after[:1] and (
        clause_after[0] in _READERS_AND_OTHERS
        or clause_after[0] in _PEOPLE
        or clause_after[0] == "up"
    ):
        return False
    if clause_after[:1] and clause_after[0] in _POSSESSIVES | _ARTICLES:
        # an object named after it must be the ball or the shot: "shoot the ball", never
        # "shoot the ref"
        if clause_after[1:2] == [] or clause_after[1] not in _SHOT_AT:
            return False
    return _WEAPONS_NAMED.isdisjoint(sentence) and not _SPORT.isdisjoint(sentence)


# "Sped", the past of "speed": "the car sped away", "round and round they sped", "a squadron
# sped across the plain". The insult is a noun, after an article or a word aimed at someone
# ("such a sped", "you sped"): never one of these.
MOTION_HOMONYMS = frozenset({"sped"})
_WHITHER = frozenset(
    "away off past by along up down toward towards through on onward onwards back round "
    "around home out into onto over forward forwards across after from to ahead".split()
)
_MOVERS = frozenset("they he she it we who which".split())
_AIMED_BEFORE = _ARTICLES | frozenset("you u ur your youre such total complete".split())


def moved_fast(clause_before: list[str], own: list[str], clause_after: list[str]) -> bool:
    """Whether "sped" is the verb of motion: a direction after it ("sped across the plain"),
    or a subject pronoun just before it with nothing after ("round and round they sped")."""
    if len(own) != 1 or own[0] not in MOTION_HOMONYMS:
        return False
    if clause_before and clause_before[-1] in _AIMED_BEFORE:
        return False
    if clause_after:
        return clause_after[0] in _WHITHER
    return bool(clause_before) and clause_before[-1] in _MOVERS


# Words of despair that also judge a thing: "this team is hopeless", "a hopeless jumble of
# papers", "the statistics are worthless". What they describe must be a thing: never a
# person, and never what a despairing student says is hopeless (a life, a future, the
# situation, everything).
DESPAIR_WORDS = frozenset("hopeless worthless".split())
_DESPAIRED_OF = frozenset(
    "life lives future futures situation situations everything anything nothing things thing "
    "world existence feeling feelings place home house family families relationship marriage "
    "prognosis state condition outlook day days night nights year years time times cause "
    "it all me self soul heart mind body".split()
)
_OF_A_THING_BEFORE = frozenset(
    "the this that these those its their our his her my your ur a an".split()
)
_COPULAS = frozenset("is are was were seems seem seemed looks look looked".split())
_DEGREES = frozenset(
    "totally completely utterly absolutely so pretty just quite rather really fairly "
    "entirely simply fully almost".split()
)
_ADJECTIVES_BETWEEN = 2  # "this old wooden ladder is worthless"


def _a_thing(word: str) -> bool:
    return (
        word.isalpha()
        and word not in _DESPAIRED_OF
        and word not in _ABOUT_SOMEONE
        and word not in _READERS_AND_OTHERS
        and word not in _PERSONS
    )


def despair_word_of_a_thing(
    clause_before: list[str], own: list[str], clause_after: list[str]
) -> bool:
    """Whether "hopeless" or "worthless" judges a thing: before it after a determiner ("a
    hopeless jumble", "this hopeless printer"), or after "is" with a thing named by a
    determiner as the subject ("the wifi is hopeless", "these statistics are totally
    worthless"); never a person, a life, a future or a situation."""
    if len(own) != 1 or own[0] not in DESPAIR_WORDS:
        return False
    if not _PERSONS.isdisjoint(clause_before) and not _DESCRIBED_BY.isdisjoint(clause_before):
        return False  # "I'm a hopeless mess", "she says her life is hopeless"
    if clause_before and clause_before[-1] in _OF_A_THING_BEFORE:
        return bool(clause_after) and _a_thing(clause_after[0])
    before = list(clause_before)
    while before and before[-1] in _DEGREES:
        before.pop()
    if not before or before[-1] not in _COPULAS:
        return False
    subject = before[:-1][-(_ADJECTIVES_BETWEEN + 2) :]
    for at in range(len(subject) - 2, -1, -1):
        if subject[at] in _OF_A_THING_BEFORE:
            named = subject[at + 1 :]
            return bool(named) and all(_a_thing(word) for word in named)
    return False


# A purge of a body of people, an institution or a thing: "Stalin purged the army of its best
# officers", "the party purged its moderates", "the fire purged the forest of dead wood". The
# eating disorder's purge is of food, a meal, or the writer's own ("I purged my dinner",
# "purged everything I ate"): never these.
PURGE_WORDS = frozenset("purge purges purged purging".split())
_PURGED_BY = frozenset("the its their his all every those these whole entire".split())
_FOOD_AND_BODY = frozenset(
    "food foods meal meals dinner dinners lunch lunches breakfast breakfasts tea supper snack "
    "snacks binge binges everything anything it stomach body calories cake pizza chocolate "
    "ate eaten eat eating".split()
)


def purged_a_body(own: list[str], clause_after: list[str], sentence: Collection[str]) -> bool:
    """Whether a purge is done to a body of people or a thing named by a determiner ("purged
    the army", "purged its moderates"), in a sentence with no food, meal or eating in it."""
    if len(own) != 1 or own[0] not in PURGE_WORDS or len(clause_after) < 2:
        return False
    if clause_after[0] not in _PURGED_BY or not _FOOD_AND_BODY.isdisjoint(sentence):
        return False
    return clause_after[1] not in _READERS_AND_OTHERS
