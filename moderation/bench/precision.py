"""How often the starter libraries flag text that is fine, and how much of what matters they catch.

``python -m moderation.bench.precision`` (part of ``make bench``) prints:

- flag and hold rates on clean text the project assembles itself (``moderation.bench.clean_text``):
  its own lessons, family pages and docs, sentence by sentence as a student would quote them;
  the docstrings of Python's standard library; Debian's licence texts and a fixed sample of its
  package descriptions; everyday sentences we wrote about history, news, sport, cooking,
  science, health and school life, rich in violence and drug words used neutrally
  (``data/everyday_sentences.txt``, also by topic); dictionary-style sentences around the
  innocent senses of library words (``data/dictionary_sentences.txt``); and a second
  development set written in one sitting before anything was run on it
  (``data/dev_sentences_2.txt``, also by kind: dictionary senses, teachers' forum posts,
  everyday tweets, identity groups in English and Spanish, everyday Spanish, dark-sounding
  chat), and a third one written the same way (``data/dev_sentences_3.txt``, by kind: what
  teachers, counsellors, coaches, parents and older students write on a school forum, by
  kind of post, then everyday tweets and identity groups), with the staff and parents' kinds
  together, the tweets and the identity lines against the outside evaluation's targets; and a
  fourth (``data/dev_sentences_4.txt``, by kind: what teachers write to each other on an open
  forum, UK and US) against the forum targets, beside recall on what a forum moderator should
  see flagged in the same register (``data/forum_concerns_4.tsv``: teachers harassed,
  threatened or in crisis); and a fifth (``data/dev_sentences_5.txt``, by kind: everyday
  social-media posts by adults and teenagers: sport and fandom, gaming chat, TV, film and book
  plots, lyrics quoted, news reactions, cooking, gym and health, memes and hyperbole, slang with
  emoji, mentions, hashtags and links, identity groups) against the tweet, identity and
  critical-hold targets, beside recall on what should be flagged in the same register
  (``data/concerns_5.tsv``: threats, hate at someone, self-harm disclosures, in the same slang);
  and a sixth (``data/dev_sentences_6.txt``, by kind: mental-health talk that is not the
  writer's intent, from campaigns and a friend's support to memes and grief, against the
  critical-hold target; everyday Spanish from Spain and Latin America against the tweet target),
  beside recall in the same registers (``data/concerns_6.tsv``: suicidal intent at critical,
  Spanish concerns of every category, insults and hate in slang, against the evaluation's
  recall targets); and a sixth written for the staff forum (``data/forum_posts_6.txt``, by kind:
  what teachers, teaching assistants, pastoral and safeguarding staff write on a professional
  forum: behaviour incidents in staff language, safeguarding procedures, the signs staff are
  trained to notice, sensitive units taught, workload venting, SEND, science practicals,
  computing, first aid, lockdown drills, a pupil's words quoted when reported) against the
  forum targets, beside recall at severity on what must still be flagged in that register
  (``data/forum_concerns_6.tsv``: a member of staff's own despair or intent, threats the poster
  makes, a colleague's grooming left unreported, hate the poster writes, a pupil's disclosure
  quoted to ask what to do); and a seventh, of harmful posts only, written before the engine
  read them (``data/concerns_7.tsv``: every category in English and Spanish, with joking
  threats that end in a laugh, which must not be critical); and an eighth, harmful posts in
  students' typing (``data/concerns_8.tsv``: abuse at home told plainly, an overdose told as
  done, slurs misspelt, spaced or run together), beside their innocent twins as a clean set
  (``data/dev_sentences_8.txt``: "hit me up", "kicked out of class", pills as prescribed); a
  ninth, of the same making (``data/concerns_9.tsv``: a friend's self-harm told by a witness,
  dehumanising hate said of a whole people, Spanish threats against a place, Spanish drug
  selling), beside its twins (``data/dev_sentences_9.txt``: "cut himself shaving", lab rats); a
  tenth, of the same making (``data/concerns_10.tsv``: ten or more posts a category in English
  and Spanish in the plainest words, with inflected forms and the kinds an attack missed); an
  eleventh, of the same making (``data/concerns_11.tsv``: twelve or more posts a category in the
  words students really type, slang, typos, run-ons, emoji, Spanish mixed with English, with
  witness reports, past-tense disclosures and drugs sold to younger pupils); and
  a forum set for the school platform (``data/forum_posts_8.txt``, by kind: a pupil's words
  reported by staff after they acted, pastoral notes, a student supporting a friend, recovery
  told in the past, lesson posts on hard topics, fiction and games, hyperbole, a quarter in
  Spanish) against the forum targets, beside what must still be flagged there
  (``data/forum_concerns_8.tsv``: a member of staff's own crisis, a pupil's disclosure in the
  pupil's words, a real threat); with the entries that flag each source most;
- forum posts by teachers, counsellors and parents that discuss the curriculum's own topics
  (``data/forum_posts.txt``: lessons on self-harm, grooming training, the knife crime talk,
  sport and news, in English and Spanish), against the forum targets (a flag other than
  profanity on at most 2%, held at most 0.5%);
- the same rates on real sentences nobody on the project wrote, read from Debian packages when
  they are installed (``moderation.bench.clean_text.debian_prose``: WordNet's example
  sentences, English and Spanish fortune cookies), each split by hash into a development half
  (whose false alarms ``-v`` prints, and the only one mechanisms are built on) and a held-back
  half (figures only), so that a mechanism fitted to the first half shows whether it holds on
  the second; a package that is missing is named with the line that installs it;
- flags on neutral statements about identity groups (``data/identity_neutral.txt``),
  which must be zero;
- recall and false alarms on a labelled set of English and Spanish sentences written for the
  project (``data/labelled.tsv``), disclosures that must stay flagged at their severity
  (``data/disclosures.tsv``), wishes to die that are hyperbole or real intent
  (``data/hyperbole.tsv``), recall on the engine's own evasion table, and on posts with
  spelling changes beside their plain posts, by kind of change (``data/spelling_dev.tsv``: typos,
  inflections, run-together and split words, repeated letters, lookalikes, missing apostrophes,
  chat spellings; caught where the plain post is caught), and on the second spelling table
  (``data/spelling_dev_2.tsv``, written by ``tools/spelling_variants.py``: hateful, threatening
  and offensive posts, each with one variant per kind of change an outside evaluator makes:
  four kinds of typo, run-together, spaced and dotted letters, leetspeak, symbols, repeated
  letters, homoglyphs, accents, punctuation inside a word, a word split), against the
  evaluation's targets (a mean of 0.9 over the kinds, 0.7 for each);
- the hard case: real sentences nobody on the project wrote (WordNet's examples, English
  fortunes, GCIDE's literary quotations from ``dict-gcide``) kept only where a library term or
  one of its forms occurs as a whole word, read plainly; the outside evaluation's clean sets
  are chosen this way ("the soldiers were killed", "a shot at goal"), random prose rarely is.
  Development and held-back halves by hash, with the terms that flag the development half;
- apart from all of these, the held-out check (``data/heldout.tsv``): clean sentences in several
  registers and harmful posts with typos, run-together words and inflections, written before
  anyone looked at what the engine flags. Only its figures are printed, never its lines, even
  with ``-v``: it is there to be measured at the start and end of a change, not tuned on.

``--positives`` prints instead every line that should be flagged (labelled positives, disclosures,
the forum concerns, real intent, the evasion table, spelling changes with their plain posts)
with the highest severity it is recorded at, one a line, so that two runs (before and after a
change) can be compared with ``diff``: a line caught before must stay caught at its level.
``--holding`` prints only the hard case (real sentences holding a library word), with every
false alarm of its development half, never a line of the held-back half.

Every post goes through ``moderation.scanning.spanish.scan_post``, the path ``record_post`` uses,
and is held at the default hold severity (high). The figures are only as good as these corpora:
they are a floor for regressions, not a promise about real student writing.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from moderation.bench.clean_text import (
    data_lines,
    debian_prose,
    debian_sentences,
    halves,
    holding_prose,
    holding_words,
    licence_sentences,
    plain_words,
    project_sentences,
    stdlib_sentences,
    topics,
)
from moderation.engine import CompiledLibrary, compile_library
from moderation.keywords.starter import starter_entries
from moderation.scanning.entries import Entry
from moderation.scanning.forms import derived_keys, load_word_lists
from moderation.scanning.normalize import normalize
from moderation.scanning.spanish import scan_post

HOLD_SEVERITY = 3  # ModerationSettings.hold_severity's default
CLEAN_FLAG_TARGET = 0.002
# The outside evaluation's targets for teachers' forum posts: a flag other than profanity on
# at most 2%, held at most 0.5%.
FORUM_FLAG_TARGET = 0.02
FORUM_HOLD_TARGET = 0.005
# ... for everyday tweets labelled neither hateful nor offensive: a flag on at most 4%.
TWEET_FLAG_TARGET = 0.04
# The third development set's kinds that are not staff, parents or older students.
THIRD_SET_TWEETS = "everyday tweets and chat"
THIRD_SET_IDENTITY = ("identity groups (en)", "identity groups (es)")
# What a forum moderator should see flagged, in the fourth set's register.
FORUM_CONCERNS = "forum_concerns_4.tsv"
# The fifth development set: its identity kinds (which must raise no flag at all), the target for
# non-suicidal posts held at critical, and what should be flagged in its register.
FIFTH_SET_IDENTITY = ("identity groups (en)", "identity groups (es)")
CRITICAL_TARGET = 0.05
FIFTH_SET_CONCERNS = "concerns_5.tsv"
# The sixth development set: mental-health talk that is not intent (its English kinds, which must
# not be held at critical), everyday Spanish (its kinds ending "(es)", flagged at most as everyday
# tweets), and what should be flagged in the same registers; suicidal intent there (self-harm at
# critical) must stay caught at critical at least INTENT_RECALL_TARGET of the time.
SIXTH_SET_CONCERNS = "concerns_6.tsv"
INTENT_RECALL_TARGET = 0.6
HATE_RECALL_TARGET = 0.85
OFFENSIVE_RECALL_TARGET = 0.9
# The staff-forum set written beside the sixth (teachers and pastoral staff on a professional
# forum), and what must still be flagged in its register.
STAFF_FORUM_SET = "forum_posts_6.txt"
STAFF_FORUM_CONCERNS = "forum_concerns_6.tsv"
# The seventh forum set: adults in registers the staff-forum set lacks (parents' groups, news
# comments, hobby forums, long lesson posts, behaviour logs, Spanish families and teachers),
# written before anything ran on it, and what must still be flagged in those registers.
ADULT_FORUM_SET = "forum_posts_7.txt"
ADULT_FORUM_CONCERNS = "forum_concerns_7.tsv"
# The eighth forum set: the kinds that raise most false alarms (a pupil's words reported by staff
# after they acted, pastoral notes, a student supporting a friend, recovery told in the past,
# lesson posts, fiction, hyperbole), a quarter in Spanish, written before anything ran on it, and
# what must still be flagged beside them (a member of staff's own crisis, a pupil's disclosure in
# the pupil's words, a real threat).
SCHOOL_PLATFORM_SET = "forum_posts_8.txt"
SCHOOL_PLATFORM_CONCERNS = "forum_concerns_8.tsv"
SPANISH_RECALL_TARGET = 0.8
# The seventh set: harmful posts only, written before the engine was run on them (issue 17,
# recall), with Spanish joking threats that end in a laugh, which must never be critical.
SEVENTH_SET_CONCERNS = "concerns_7.tsv"
# The eighth set: harmful posts only, written before the engine was run on them, of the kinds the
# seventh set's misses named (abuse at home told plainly, an overdose told as done, slurs
# misspelt or run together), and their innocent twins ("hit me up", "kicked out of class") as a
# clean set.
EIGHTH_SET_CONCERNS = "concerns_8.tsv"
EIGHTH_SET = "dev_sentences_8.txt"
# The ninth set: harmful posts only, written before the engine was run on them, of the kinds the
# eighth set leaves out (a friend's self-harm told by a witness, dehumanising hate said of a whole
# people, Spanish threats against a place, Spanish drug selling), and their innocent twins ("cut
# himself shaving", "the rats in the science lab", "vendo mi bici") as a clean set.
NINTH_SET_CONCERNS = "concerns_9.tsv"
NINTH_SET = "dev_sentences_9.txt"
# The tenth set: harmful posts only, written before the engine was run on them, ten or more a
# category in English and Spanish in the plainest words a student of 13-16 uses, with the forms
# students inflect ("kill yourselves", "slit my wrist") and the kinds an attack on the engine
# missed (a promise of secrecy an adult asked for, an archaic threat, a relapse after "used to").
TENTH_SET_CONCERNS = "concerns_10.tsv"
# The eleventh set: harmful posts only, written before the engine was run on them, twelve or more
# a category in the words a student of 13-16 really types (slang, typos, run-ons, emoji, Spanish
# mixed with English), with witness reports about a friend, disclosures told in the past tense
# and drugs sold to younger pupils.
ELEVENTH_SET_CONCERNS = "concerns_11.tsv"
_LAUGH_AT_THE_END = re.compile(r"(?:ja(?:ja)+|je(?:je)+|xd+|lol|haha(?:ha)*)\W*$", re.IGNORECASE)
# ... for dictionary example sentences: a flag on at most 0.2% (their sentences hold library
# words in benign senses, as the sentences holding a library word do).
DICTIONARY_TARGET = 0.002
TOP_ENTRIES = 6  # the entries that flag a source most, printed beside its rates


@dataclass(frozen=True, slots=True)
class Rates:
    name: str
    posts: int
    flagged: int
    flagged_not_profanity: int
    held: int
    offenders: tuple[tuple[str, int], ...] = ()

    def line(self) -> str:
        def share(count: int) -> str:
            return f"{count / self.posts:.2%}" if self.posts else "n/a"

        return (
            f"{self.name:<40} {self.posts:>6} posts  flagged {share(self.flagged):>6}"
            f"  (not profanity {share(self.flagged_not_profanity):>6})  held {share(self.held):>6}"
        )

    def top(self) -> str:
        """The entries that flag this text most: where to look first."""
        return ", ".join(f"{term} x{count}" for term, count in self.offenders)


@dataclass(frozen=True, slots=True)
class Labelled:
    language: str
    positive: bool
    category: str
    text: str


def labelled_set() -> list[Labelled]:
    rows = []
    for line in data_lines("labelled.tsv"):
        language, label, category, text = line.split("\t")
        rows.append(Labelled(language, label == "pos", category, text))
    return rows


@dataclass(frozen=True, slots=True)
class Disclosure:
    language: str
    severity: int  # the least it must be recorded at
    category: str
    text: str


def disclosures(name: str = "disclosures.tsv") -> list[Disclosure]:
    """Disclosures that must stay flagged at their severity (``data/disclosures.tsv``; or the
    teachers' forum concerns, ``data/forum_concerns_4.tsv``, in the same format)."""
    rows = []
    for line in data_lines(name):
        language, severity, category, text = line.split("\t")
        rows.append(Disclosure(language, int(severity), category, text))
    return rows


def disclosure_misses(
    library: CompiledLibrary, name: str = "disclosures.tsv"
) -> list[tuple[Disclosure, int]]:
    """Each disclosure recorded below its severity, with the severity it got (0: no flag)."""
    misses = []
    for row in disclosures(name):
        found = max((m.severity for m in scan_post(library, row.text)), default=0)
        if found < row.severity:
            misses.append((row, found))
    return misses


def hyperbole_and_intent(
    library: CompiledLibrary,
) -> tuple[tuple[int, int], tuple[int, int, int]]:
    """(hyperbole held at critical, hyperbole), (intent flagged, intent critical, intent) on
    ``data/hyperbole.tsv``."""
    critical_hyperbole = hyperbole = flagged = critical = intent = 0
    for line in data_lines("hyperbole.tsv"):
        kind, text = line.split("\t")
        highest = max((m.severity for m in scan_post(library, text)), default=0)
        if kind == "hyperbole":
            hyperbole += 1
            critical_hyperbole += highest >= 4
        else:
            intent += 1
            flagged += highest > 0
            critical += highest >= 4
    return (critical_hyperbole, hyperbole), (flagged, critical, intent)


def rates(name: str, library: CompiledLibrary, posts: Iterable[str]) -> Rates:
    count = flagged = not_profanity = held = 0
    offenders: Counter[str] = Counter()
    for post in posts:
        count += 1
        matches = scan_post(library, post)
        if matches:
            flagged += 1
            not_profanity += any(m.category != "profanity" for m in matches)
            held += max(m.severity for m in matches) >= HOLD_SEVERITY
            offenders.update({m.entry.term for m in matches})
    return Rates(
        name, count, flagged, not_profanity, held, tuple(offenders.most_common(TOP_ENTRIES))
    )


def flagged_examples(library: CompiledLibrary, posts: Iterable[str], limit: int) -> list[str]:
    shown = []
    for post in posts:
        matches = scan_post(library, post)
        if matches:
            terms = ", ".join(sorted({f"{m.entry.term}/{m.severity}" for m in matches}))
            shown.append(f"    [{terms}] {post[:110]}")
            if len(shown) >= limit:
                break
    return shown


def _held(library: CompiledLibrary, text: str) -> bool:
    return any(m.severity >= HOLD_SEVERITY for m in scan_post(library, text))


def evasion_recall(library: CompiledLibrary) -> tuple[int, int]:
    try:
        from tests.moderation.test_evasions import EVASIONS
    except ImportError:  # the tests are not shipped: no table to measure against
        return 0, 0
    terms = {entry.term for entry in library.entries}
    table = [(typed, term) for _, typed, term in EVASIONS if term in terms]
    found = sum(any(m.entry.term == term for m in library.scan(typed)) for typed, term in table)
    return found, len(table)


@dataclass(frozen=True, slots=True)
class SpellingChange:
    language: str
    kind: str  # typo, inflection, run-together, split, repeated, lookalike, apostrophe, chat
    plain: str
    changed: str


def spelling_changes() -> list[SpellingChange]:
    """Posts with a spelling change, each beside the plain post it comes from
    (``data/spelling_dev.tsv``, a development set)."""
    rows = []
    for line in data_lines("spelling_dev.tsv"):
        language, kind, plain, changed = line.split("\t")
        rows.append(SpellingChange(language, kind, plain, changed))
    return rows


def spelling_recall(library: CompiledLibrary) -> dict[str, tuple[int, int, int]]:
    """By kind of spelling change (Spanish apart): (changed posts caught, plain posts caught,
    rows). A changed post is caught when it raises a category its plain post raises; a row
    whose plain post is not caught says nothing about the change, and is not counted."""
    found: dict[str, tuple[int, int, int]] = {}
    for row in spelling_changes():
        kind = row.kind if row.language == "en" else f"{row.kind} ({row.language})"
        caught, plain_caught, count = found.get(kind, (0, 0, 0))
        plain = {m.category for m in scan_post(library, row.plain)}
        changed = {m.category for m in scan_post(library, row.changed)} if plain else set()
        found[kind] = (caught + bool(plain & changed), plain_caught + bool(plain), count + 1)
    return found


def spelling_report(library: CompiledLibrary, verbose: bool) -> list[str]:
    """The "spelling changes by kind" table: caught / plain caught per kind."""
    lines = ["  spelling changes by kind (data/spelling_dev.tsv): caught where the plain is caught"]
    by_kind = spelling_recall(library)
    for kind in sorted(by_kind):
        caught, plain, count = by_kind[kind]
        share = f"{caught / plain:.2f}" if plain else "n/a"
        lines.append(f"    {kind:<22} {caught:>3}/{plain:<3} {share}  ({count} rows)")
    caught = sum(c for c, _, _ in by_kind.values())
    plain = sum(p for _, p, _ in by_kind.values())
    mean = sum(c / p for c, p, _ in by_kind.values() if p) / sum(
        1 for _, p, _ in by_kind.values() if p
    )
    lines.append(
        f"    {'all':<22} {caught:>3}/{plain:<3} {caught / plain:.2f}  (mean by kind {mean:.2f})"
    )
    if verbose:
        for row in spelling_changes():
            plain_found = {m.category for m in scan_post(library, row.plain)}
            changed = {m.category for m in scan_post(library, row.changed)}
            if plain_found and not plain_found & changed:
                lines.append(f"    missed [{row.kind}] {row.changed}  (plain: {row.plain})")
    return lines


SECOND_SPELLING = "spelling_dev_2.tsv"
# The outside evaluation's targets for spelling changes: caught where the plain post is caught,
# at least this on average over the kinds, and at least SPELLING_KIND_TARGET for each kind.
SPELLING_MEAN_TARGET = 0.9
SPELLING_KIND_TARGET = 0.7


def second_spelling_changes() -> list[tuple[str, SpellingChange]]:
    """(class: hate, threat or offensive; the change) of the second spelling table
    (``data/spelling_dev_2.tsv``, written by ``tools/spelling_variants.py``)."""
    rows = []
    for line in data_lines(SECOND_SPELLING):
        klass, kind, plain, changed = line.split("\t")
        rows.append((klass, SpellingChange("en", kind, plain, changed)))
    return rows


def second_spelling_report(library: CompiledLibrary, verbose: bool) -> list[str]:
    """Catch rates on the second spelling table by kind of change (the four kinds of typo
    also together), against the outside evaluation's targets, and its plain posts by class."""
    rows = second_spelling_changes()
    plains: dict[str, set[str]] = {}
    for _klass, row in rows:
        if row.plain not in plains:
            plains[row.plain] = {m.category for m in scan_post(library, row.plain)}
    by_kind: dict[str, list[int]] = {}
    missed = []
    for _klass, row in rows:
        plain = plains[row.plain]
        if not plain:
            continue
        caught = bool(plain & {m.category for m in scan_post(library, row.changed)})
        for kind in {row.kind, row.kind.split(":")[0]}:
            counted = by_kind.setdefault(kind, [0, 0])
            counted[0] += caught
            counted[1] += 1
        if not caught:
            missed.append(f"    missed [{row.kind}] {row.changed}")
    lines = [f"  spelling changes by kind ({SECOND_SPELLING}): caught where the plain is caught"]
    for klass in dict.fromkeys(klass for klass, _ in rows):
        posts = {row.plain for k, row in rows if k == klass}
        caught = sum(bool(plains[post]) for post in posts)
        lines.append(f"    plain {klass:<16} {caught:>3}/{len(posts):<3} caught")
    kinds = [kind for kind in by_kind if kind != "typo"]
    for kind in sorted(by_kind):
        found, count = by_kind[kind]
        mark = "" if found / count >= SPELLING_KIND_TARGET else f"  (below {SPELLING_KIND_TARGET})"
        lines.append(f"    {kind:<22} {found:>3}/{count:<3} {found / count:.2f}{mark}")
    mean = sum(by_kind[k][0] / by_kind[k][1] for k in kinds) / len(kinds) if kinds else 0.0
    weakest = min((by_kind[k][0] / by_kind[k][1] for k in kinds), default=0.0)
    verdict = (
        "met" if mean >= SPELLING_MEAN_TARGET and weakest >= SPELLING_KIND_TARGET else "NOT met"
    )
    lines.append(
        f"  target mean >= {SPELLING_MEAN_TARGET} and each kind >= {SPELLING_KIND_TARGET}:"
        f" {verdict} (mean by kind {mean:.2f}, weakest {weakest:.2f})"
    )
    return lines + (missed if verbose else [])


@dataclass(frozen=True, slots=True)
class HeldOut:
    language: str
    positive: bool
    kind: str  # clean: the register; harmful: category/spelling change
    text: str


def held_out_set() -> list[HeldOut]:
    rows = []
    for line in data_lines("heldout.tsv"):
        language, label, kind, text = line.split("\t")
        rows.append(HeldOut(language, label == "pos", kind, text))
    return rows


def held_out_report(library: CompiledLibrary) -> list[str]:
    """Figures on the held-out set: clean rates by register, recall by language and by the kind
    of spelling change. No line of the set is printed."""
    rows = held_out_set()
    lines = ["Held-out check (data/heldout.tsv; never tune on it)"]
    clean = [r for r in rows if not r.positive]
    for register in dict.fromkeys(r.kind for r in clean):
        posts = [r.text for r in clean if r.kind == register]
        lines.append("  " + rates(f"clean: {register}", library, posts).line())
    lines.append("  " + rates("clean: all", library, [r.text for r in clean]).line())
    harmful = [r for r in rows if r.positive]
    caught = {r.text for r in harmful if scan_post(library, r.text)}

    def recall(name: str, subset: list[HeldOut]) -> str:
        found = sum(r.text in caught for r in subset)
        held = sum(_held(library, r.text) for r in subset)
        return f"  {name:<40} caught {found}/{len(subset)}, held {held}/{len(subset)}"

    for language in ("en", "es"):
        subset = [r for r in harmful if r.language == language]
        lines.append(recall(f"harmful ({language})", subset))
    changes = sorted({r.kind.split("/")[1] for r in harmful})
    for change in changes:
        subset = [r for r in harmful if r.kind.split("/")[1] == change]
        lines.append(recall(f"  spelling: {change}", subset))
    return lines


def forum_report(library: CompiledLibrary, verbose: bool) -> Rates:
    """Rates on forum posts by teachers, counsellors and parents about the curriculum's own
    topics (``data/forum_posts.txt``, a development set: ``-v`` prints what flags), by group,
    against the forum targets."""
    groups = topics("forum_posts.txt")
    posts = [line for lines in groups.values() for line in lines]
    print("Forum posts by staff and parents (ours, development set)")
    for group, lines in groups.items():
        print("  " + rates(f"  {group}", library, lines).line())
    result = rates("forum posts, all", library, posts)
    print("  " + result.line())
    if result.offenders:
        print(f"    most flagged by: {result.top()}")
    if verbose:
        print("\n".join(flagged_examples(library, posts, 40)))
    flagged, held = result.flagged_not_profanity / result.posts, result.held / result.posts
    for name, share, target in (
        ("a flag other than profanity", flagged, FORUM_FLAG_TARGET),
        ("held", held, FORUM_HOLD_TARGET),
    ):
        verdict = "met" if share <= target else "NOT met"
        print(f"  target {name} <= {target:.1%} on forum posts: {verdict} ({share:.2%})")
    return result


def third_set_report(library: CompiledLibrary, third: dict[str, list[str]]) -> None:
    """The third development set against the outside evaluation's targets: its staff,
    parents' and older students' kinds together as forum posts, its tweets, its identity
    lines."""
    print("Third development set (ours) against the targets")
    others = {THIRD_SET_TWEETS, *THIRD_SET_IDENTITY}
    staff = rates(
        "staff, parents, older students",
        library,
        [line for kind, lines in third.items() if kind not in others for line in lines],
    )
    tweets = rates("everyday tweets", library, third.get(THIRD_SET_TWEETS, []))
    identity = rates(
        "identity groups", library, [line for kind in THIRD_SET_IDENTITY for line in third[kind]]
    )
    checks = (
        (staff, "a flag other than profanity", staff.flagged_not_profanity, FORUM_FLAG_TARGET),
        (staff, "held", staff.held, FORUM_HOLD_TARGET),
        (tweets, "flagged", tweets.flagged, TWEET_FLAG_TARGET),
        (identity, "flagged", identity.flagged, 0.0),
    )
    for result in (staff, tweets, identity):
        print("  " + result.line())
    for result, what, count, target in checks:
        share = count / result.posts if result.posts else 0.0
        verdict = "met" if share <= target else "NOT met"
        print(f"  target {what} <= {target:.1%} on {result.name}: {verdict} ({share:.2%})")


def concerns_report(library: CompiledLibrary, label: str, path: str, verbose: bool) -> None:
    """How many of a set's concerns (posts that must be flagged) are flagged, and at the
    severity they need; with ``verbose``, each one short of it."""
    rows, misses = disclosures(path), disclosure_misses(library, path)
    flagged = sum(got > 0 for _, got in misses) + len(rows) - len(misses)
    print(
        f"  {label} ({path}): flagged {flagged}/{len(rows)},"
        f" at their severity {len(rows) - len(misses)}/{len(rows)}"
    )
    for row, got in misses if verbose else []:
        print(f"    recorded at {got}, needs {row.severity} [{row.category}] {row.text}")


def forum_targets_report(staff: Rates) -> None:
    """A set of staff posts against the forum targets: a flag other than profanity, held."""
    for what, count, target in (
        ("a flag other than profanity", staff.flagged_not_profanity, FORUM_FLAG_TARGET),
        ("held", staff.held, FORUM_HOLD_TARGET),
    ):
        share = count / staff.posts if staff.posts else 0.0
        verdict = "met" if share <= target else "NOT met"
        print(f"  target {what} <= {target:.1%} on {staff.name}: {verdict} ({share:.2%})")


def fourth_set_report(
    library: CompiledLibrary, fourth: dict[str, list[str]], verbose: bool
) -> None:
    """The fourth development set (teachers writing to each other on an open forum) against
    the forum targets, and recall on what a forum moderator should see flagged in the same
    register (``data/forum_concerns_4.tsv``)."""
    print("Fourth development set (ours): teachers on an open forum, against the targets")
    staff = rates("teachers' forum", library, [line for lines in fourth.values() for line in lines])
    print("  " + staff.line())
    forum_targets_report(staff)
    concerns_report(library, "forum concerns", FORUM_CONCERNS, verbose)


def fifth_set_report(library: CompiledLibrary, fifth: dict[str, list[str]], verbose: bool) -> None:
    """The fifth development set (everyday social-media posts) against the outside evaluation's
    targets for everyday tweets (flagged), identity statements (none flagged) and non-suicidal
    posts held at critical, and recall on what should be flagged in the same register
    (``data/concerns_5.tsv``)."""
    print("Fifth development set (ours): everyday social-media posts, against the targets")
    posts = [
        line for kind, lines in fifth.items() if kind not in FIFTH_SET_IDENTITY for line in lines
    ]
    everyday = rates("everyday posts", library, posts)
    identity = rates(
        "identity groups",
        library,
        [line for kind in FIFTH_SET_IDENTITY for line in fifth.get(kind, [])],
    )
    critical = sum(
        max((m.severity for m in scan_post(library, post)), default=0) >= 4 for post in posts
    )
    for result in (everyday, identity):
        print("  " + result.line())
    for what, count, result, target in (
        ("flagged", everyday.flagged, everyday, TWEET_FLAG_TARGET),
        ("not profanity", everyday.flagged_not_profanity, everyday, TWEET_FLAG_TARGET),
        ("held at critical", critical, everyday, CRITICAL_TARGET),
        ("flagged", identity.flagged, identity, 0.0),
    ):
        share = count / result.posts if result.posts else 0.0
        verdict = "met" if share <= target else "NOT met"
        print(f"  target {what} <= {target:.1%} on {result.name}: {verdict} ({share:.2%})")
    concerns_report(library, "concerns", FIFTH_SET_CONCERNS, verbose)


def sixth_set_report(library: CompiledLibrary, sixth: dict[str, list[str]], verbose: bool) -> None:
    """The sixth development set: mental-health talk that is not the writer's intent against the
    critical-hold target, everyday Spanish against the tweet target, and recall on what should be
    flagged in the same registers (``data/concerns_6.tsv``): suicidal intent at critical, Spanish
    concerns, hate and offence (insults, bullying, profanity) caught, against the evaluation's
    targets."""
    print(
        "Sixth development set (ours): mental-health talk and everyday Spanish, against the targets"
    )
    talk = [line for kind, lines in sixth.items() if not kind.endswith("(es)") for line in lines]
    spanish = [line for kind, lines in sixth.items() if kind.endswith("(es)") for line in lines]
    talk_rates = rates("mental-health talk", library, talk)
    spanish_rates = rates("everyday Spanish", library, spanish)
    critical = sum(
        max((m.severity for m in scan_post(library, post)), default=0) >= 4 for post in talk
    )
    for result in (talk_rates, spanish_rates):
        print("  " + result.line())
    for what, count, result, target in (
        ("held at critical", critical, talk_rates, CRITICAL_TARGET),
        ("flagged", spanish_rates.flagged, spanish_rates, TWEET_FLAG_TARGET),
    ):
        share = count / result.posts if result.posts else 0.0
        verdict = "met" if share <= target else "NOT met"
        print(f"  target {what} <= {target:.1%} on {result.name}: {verdict} ({share:.2%})")
    if verbose:
        for post in talk:
            found = scan_post(library, post)
            if max((m.severity for m in found), default=0) >= 4:
                terms = ", ".join(sorted({f"{m.entry.term}/{m.severity}" for m in found}))
                print(f"    critical [{terms}] {post[:110]}")
        print("\n".join(flagged_examples(library, spanish, 40)))
    concerns_report(library, "concerns", SIXTH_SET_CONCERNS, verbose)
    rows = disclosures(SIXTH_SET_CONCERNS)
    found = {
        row.text: max((m.severity for m in scan_post(library, row.text)), default=0) for row in rows
    }
    groups = (
        (
            "suicidal intent at critical",
            INTENT_RECALL_TARGET,
            [r for r in rows if r.category == "self_harm" and r.severity >= 4],
            4,
        ),
        (
            "Spanish concerns caught",
            SPANISH_RECALL_TARGET,
            [r for r in rows if r.language == "es"],
            1,
        ),
        ("hate caught", HATE_RECALL_TARGET, [r for r in rows if r.category == "hate"], 1),
        (
            "offence caught (insults, bullying, profanity)",
            OFFENSIVE_RECALL_TARGET,
            [r for r in rows if r.category in ("bullying", "profanity")],
            1,
        ),
    )
    for what, target, subset, least in groups:
        caught = sum(found[r.text] >= least for r in subset)
        share = caught / len(subset) if subset else 0.0
        verdict = "met" if share >= target else "NOT met"
        print(f"  target {what} >= {target:.2f}: {verdict} ({caught}/{len(subset)})")


def staff_forum_report(
    library: CompiledLibrary,
    staff_forum: dict[str, list[str]],
    verbose: bool,
    name: str = STAFF_FORUM_SET,
    concerns: str = STAFF_FORUM_CONCERNS,
    who: str = "staff on a professional forum",
) -> None:
    """A forum set of adults' posts (``data/forum_posts_6.txt`` by default) against the forum
    targets, and recall at severity on what must still be flagged in its register."""
    heading, label = {
        STAFF_FORUM_SET: ("Staff-forum set", "staff forum"),
        SCHOOL_PLATFORM_SET: ("School-platform set", f"school platform ({name})"),
    }.get(name, ("Adults'-forum set", f"adults' forum ({name})"))
    print(f"{heading} (ours, {name}): {who}, against the targets")
    staff = rates(label, library, [line for lines in staff_forum.values() for line in lines])
    print("  " + staff.line())
    forum_targets_report(staff)
    concerns_report(library, f"{label} concerns", concerns, verbose)


def seventh_set_report(
    library: CompiledLibrary, verbose: bool, name: str = SEVENTH_SET_CONCERNS
) -> None:
    """A set of harmful posts only (``data/concerns_7.tsv``, or the eighth in its format): every
    category in English and Spanish, flagged at their severity, by language; and its joking
    threats (a laugh at the end) kept below critical."""
    which = {
        SEVENTH_SET_CONCERNS: "Seventh",
        EIGHTH_SET_CONCERNS: "Eighth",
        TENTH_SET_CONCERNS: "Tenth",
        ELEVENTH_SET_CONCERNS: "Eleventh",
    }.get(name, "Ninth")
    print(f"{which} set (ours, {name}): harmful posts written before the engine read them")
    concerns_report(library, "concerns", name, verbose)
    rows = disclosures(name)
    worst = {
        row.text: max((m.severity for m in scan_post(library, row.text)), default=0) for row in rows
    }
    for language in ("en", "es"):
        subset = [r for r in rows if r.language == language]
        flagged = sum(worst[r.text] > 0 for r in subset)
        at = sum(worst[r.text] >= r.severity for r in subset)
        print(
            f"  {language}: flagged {flagged}/{len(subset)}, at their severity {at}/{len(subset)}"
        )
    jokes = [r for r in rows if _LAUGH_AT_THE_END.search(r.text)]
    critical = sum(worst[r.text] >= 4 for r in jokes)
    verdict = "met" if critical == 0 else "NOT met"
    print(f"  target joking threats held at critical = 0: {verdict} ({critical}/{len(jokes)})")


def positive_lines(library: CompiledLibrary) -> list[str]:
    """Every line that should be flagged, with the highest severity it is recorded at (0:
    none): labelled positives, disclosures, real intent, the evasion table and the spelling
    changes beside their plain posts. For ``diff`` between two runs."""

    def highest(text: str) -> int:
        return max((m.severity for m in scan_post(library, text)), default=0)

    lines = [
        f"labelled\t{highest(r.text)}\t{r.language}/{r.category}\t{r.text}"
        for r in labelled_set()
        if r.positive
    ]
    lines += [
        f"disclosure\t{highest(r.text)}\t{r.language}/{r.category}\t{r.text}" for r in disclosures()
    ]
    for source, name in (
        ("forum concern", FORUM_CONCERNS),
        ("concern 5", FIFTH_SET_CONCERNS),
        ("concern 6", SIXTH_SET_CONCERNS),
        ("forum concern 6", STAFF_FORUM_CONCERNS),
        ("concern 7", SEVENTH_SET_CONCERNS),
        ("concern 8", EIGHTH_SET_CONCERNS),
        ("concern 9", NINTH_SET_CONCERNS),
        ("concern 10", TENTH_SET_CONCERNS),
        ("concern 11", ELEVENTH_SET_CONCERNS),
        ("forum concern 7", ADULT_FORUM_CONCERNS),
        ("forum concern 8", SCHOOL_PLATFORM_CONCERNS),
    ):
        lines += [
            f"{source}\t{highest(r.text)}\t{r.language}/{r.category}\t{r.text}"
            for r in disclosures(name)
        ]
    for line in data_lines("hyperbole.tsv"):
        kind, text = line.split("\t")
        if kind != "hyperbole":
            lines.append(f"intent\t{highest(text)}\t{kind}\t{text}")
    try:
        from tests.moderation.test_evasions import EVASIONS
    except ImportError:
        EVASIONS = []
    for _, typed, term in EVASIONS:
        found = max((m.severity for m in library.scan(typed) if m.entry.term == term), default=0)
        lines.append(f"evasion\t{found}\t{term}\t{typed}")
    for row in spelling_changes():
        for which, text in (("plain", row.plain), ("changed", row.changed)):
            lines.append(f"spelling {which}\t{highest(text)}\t{row.language}/{row.kind}\t{text}")
    plains_seen = set()
    for klass, row in second_spelling_changes():
        if row.plain not in plains_seen:
            plains_seen.add(row.plain)
            lines.append(f"spelling 2 plain\t{highest(row.plain)}\t{klass}\t{row.plain}")
        lines.append(f"spelling 2 changed\t{highest(row.changed)}\t{row.kind}\t{row.changed}")
    return lines


def debian_prose_report(library: CompiledLibrary, verbose: bool) -> dict[str, tuple[Rates, float]]:
    """Rates on real sentences from Debian packages, each source's development half (the one
    whose false alarms mechanisms are built on; ``-v`` prints them) beside its held-back half
    (only figures, never lines: it says whether a mechanism generalises)."""
    print("Real sentences from Debian packages (development half / held-back half, by hash)")
    results: dict[str, tuple[Rates, float]] = {}
    for source in debian_prose():
        posts = source.read()
        if not posts:
            print(f"  {source.name}: skipped, not installed (apt-get install {source.packages})")
            continue
        development, held_back = halves(posts)
        for half, lines in (("dev", development), ("held back", held_back)):
            result = rates(f"{source.name} ({half})", library, lines)
            results[result.name] = (result, source.target)
            print("  " + result.line())
        top = results[f"{source.name} (dev)"][0].top()
        if top:
            print(f"    most flagged by (dev): {top}")
        if verbose:
            print("\n".join(flagged_examples(library, development, 40)))
    return results


def library_words(entries: Iterable[Entry]) -> tuple[frozenset[str], frozenset[str]]:
    """(every term and its declared word forms, plainly lowercased; the stems of prefix-mode
    terms), for ``holding_words``. Forms with masking characters ("f*ck") are left out: the
    sentences are read plainly."""
    known = load_word_lists()
    keys: set[str] = set()
    stems: set[str] = set()
    for entry in entries:
        key = plain_words(entry.term)
        if not key:
            continue
        (stems if entry.mode == "prefix" else keys).add(key)
        key_forms = derived_keys(
            normalize(entry.term), entry.severity, entry.category, entry.mode, known
        )
        for form in key_forms:
            if form.replace(" ", "").replace("'", "").isalpha():
                keys.add(plain_words(form))
    return frozenset(keys), frozenset(stems)


def holding_report(
    library: CompiledLibrary, entries: tuple[Entry, ...], verbose: bool, shown: int = 80
) -> dict[str, tuple[Rates, float]]:
    """Rates on real sentences nobody on the project wrote that hold a library word read
    plainly (WordNet's examples, English fortunes, GCIDE's literary quotations): the hard case
    for precision, since random prose rarely holds one. Development half (its false alarms are
    the ones mechanisms are built on; ``-v`` prints them) beside the held-back half (figures
    only), with the terms that flag the development half most."""
    print("Real sentences holding a library word (development half / held-back half, by hash)")
    keys, stems = library_words(entries)
    development: list[str] = []
    held_back: list[str] = []
    for source in holding_prose():
        posts = source.read()
        if not posts:
            print(f"  {source.name}: skipped, not installed (apt-get install {source.packages})")
            continue
        holding = holding_words(posts, keys, stems)
        dev, held = halves(holding)
        print(f"  {source.name}: {len(holding)} of {len(posts)} sentences hold a library word")
        development += dev
        held_back += held
    results: dict[str, tuple[Rates, float]] = {}
    for half, lines in (("dev", development), ("held back", held_back)):
        result = rates(f"holding a library word ({half})", library, lines)
        results[result.name] = (result, DICTIONARY_TARGET)
        print("  " + result.line())
    top = results["holding a library word (dev)"][0].top()
    if top:
        print(f"    most flagged by (dev): {top}")
    if verbose:
        print("\n".join(flagged_examples(library, development, shown)))
    return results


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    entries = tuple(starter_entries())
    library = compile_library(entries)
    if "--positives" in argv:
        print("\n".join(positive_lines(library)))
        return 0
    if "--holding" in argv:
        # Only the hard case, with every false alarm of its development half (never the other).
        holding_report(library, entries, verbose=True, shown=sys.maxsize)
        return 0
    print(f"Precision on clean text ({len(library)} starter entries, held at severity >= 3)")
    everyday = topics("everyday_sentences.txt")
    second = topics("dev_sentences_2.txt")
    third = topics("dev_sentences_3.txt")
    fourth = topics("dev_sentences_4.txt")
    fifth = topics("dev_sentences_5.txt")
    sixth = topics("dev_sentences_6.txt")
    staff_forum = topics(STAFF_FORUM_SET)
    adult_forum = topics(ADULT_FORUM_SET)
    eighth = topics(EIGHTH_SET)
    ninth = topics(NINTH_SET)
    school_platform = topics(SCHOOL_PLATFORM_SET)
    corpora = {
        "project lessons, family pages, docs": project_sentences(),
        "standard library docstrings": stdlib_sentences(),
        "licence texts (Debian)": licence_sentences(),
        "package descriptions (Debian)": debian_sentences(),
        "everyday sentences (ours)": [line for lines in everyday.values() for line in lines],
        "dictionary sentences (ours)": data_lines("dictionary_sentences.txt"),
        "second development set (ours)": [line for lines in second.values() for line in lines],
        "third development set (ours)": [line for lines in third.values() for line in lines],
        "fourth development set (ours)": [line for lines in fourth.values() for line in lines],
        "fifth development set (ours)": [line for lines in fifth.values() for line in lines],
        "sixth development set (ours)": [line for lines in sixth.values() for line in lines],
        "staff-forum set (ours)": [line for lines in staff_forum.values() for line in lines],
        "adults'-forum set (ours)": [line for lines in adult_forum.values() for line in lines],
        "eighth development set (ours)": [line for lines in eighth.values() for line in lines],
        "ninth development set (ours)": [line for lines in ninth.values() for line in lines],
        "school-platform set (ours)": [
            line for lines in school_platform.values() for line in lines
        ],
    }
    total = Rates("all clean text", 0, 0, 0, 0)
    results: dict[str, Rates] = {}
    for name, posts in corpora.items():
        result = rates(name, library, posts)
        results[name] = result
        print("  " + result.line())
        if result.offenders:
            print(f"    most flagged by: {result.top()}")
        by_topic = {
            "everyday": everyday,
            "second": second,
            "third": third,
            "fourth": fourth,
            "fifth": fifth,
            "sixth": sixth,
            "staff-forum": staff_forum,
            "adults'-forum": adult_forum,
            "eighth": eighth,
            "ninth": ninth,
            "school-platform": school_platform,
        }.get(name.split()[0], {})
        for topic, lines in by_topic.items():
            print("    " + rates(f"  {topic}", library, lines).line())
        if verbose:
            print("\n".join(flagged_examples(library, posts, 40)))
        total = Rates(
            total.name,
            total.posts + result.posts,
            total.flagged + result.flagged,
            total.flagged_not_profanity + result.flagged_not_profanity,
            total.held + result.held,
        )
    print("  " + total.line())
    targets = {name: (result, CLEAN_FLAG_TARGET) for name, result in results.items()}
    targets.update(debian_prose_report(library, verbose))
    targets.update(holding_report(library, entries, verbose))
    # The target is for plain prose. Our dictionary and everyday sentences are built
    # from near-misses on purpose, and the lessons are about safeguarding topics, so each is
    # reported against it separately and the verdicts are not merged into one number.
    for name, (result, target) in targets.items():
        if not result.posts:
            print(f"  target flagged <= {target:.1%} on {name}: no text on this machine")
            continue
        share = result.flagged / result.posts
        verdict = "met" if share <= target else "NOT met"
        print(f"  target flagged <= {target:.1%} on {name}: {verdict} ({share:.2%})")

    forum_report(library, verbose)
    third_set_report(library, third)
    fourth_set_report(library, fourth, verbose)
    fifth_set_report(library, fifth, verbose)
    sixth_set_report(library, sixth, verbose)
    staff_forum_report(library, staff_forum, verbose)
    seventh_set_report(library, verbose)
    seventh_set_report(library, verbose, EIGHTH_SET_CONCERNS)
    seventh_set_report(library, verbose, NINTH_SET_CONCERNS)
    seventh_set_report(library, verbose, TENTH_SET_CONCERNS)
    seventh_set_report(library, verbose, ELEVENTH_SET_CONCERNS)
    staff_forum_report(
        library,
        adult_forum,
        verbose,
        ADULT_FORUM_SET,
        ADULT_FORUM_CONCERNS,
        "parents, hobbyists, teachers' lessons and logs, Spanish families",
    )
    staff_forum_report(
        library,
        school_platform,
        verbose,
        SCHOOL_PLATFORM_SET,
        SCHOOL_PLATFORM_CONCERNS,
        "staff quoting pupils, pastoral notes, friends' support, recovery, lessons (en, es)",
    )

    neutral = data_lines("identity_neutral.txt")
    neutral_rates = rates("identity-neutral statements", library, neutral)
    print("  " + neutral_rates.line())
    print(f"  target: 0 flagged: {'met' if neutral_rates.flagged == 0 else 'NOT met'}")
    if neutral_rates.flagged:
        print("\n".join(flagged_examples(library, neutral, 20)))

    print("Recall on the labelled set (ours)")
    rows = labelled_set()
    for language in ("en", "es"):
        positives = [r for r in rows if r.language == language and r.positive]
        negatives = [r for r in rows if r.language == language and not r.positive]
        caught = [r for r in positives if scan_post(library, r.text)]
        false_alarms = [r for r in negatives if scan_post(library, r.text)]
        held_wrongly = [r for r in negatives if _held(library, r.text)]
        recall = len(caught) / len(positives) if positives else 0.0
        print(
            f"  {language}: recall {recall:.2f} ({len(caught)}/{len(positives)} positives caught,"
            f" {sum(_held(library, r.text) for r in positives)} held);"
            f" negatives flagged {len(false_alarms)}/{len(negatives)},"
            f" held {len(held_wrongly)}/{len(negatives)}"
        )
        if verbose or language == "es":
            missed = [r for r in positives if r not in caught]
            for r in missed[:15] if verbose else []:
                print(f"    missed [{r.category}] {r.text}")
            for r in false_alarms[:15] if verbose else []:
                print(f"    false alarm {r.text}")
        if language == "es":
            met = recall >= SPANISH_RECALL_TARGET
            verdict = "met" if met else "NOT met"
            print(f"  target: Spanish recall >= {SPANISH_RECALL_TARGET}: {verdict}")
    rows, misses = disclosures(), disclosure_misses(library)
    for language in ("en", "es"):
        count = sum(r.language == language for r in rows)
        missed = sum(r.language == language for r, _ in misses)
        print(f"  {language} disclosures at their severity: {count - missed}/{count}")
    for row, got in misses:
        print(f"    recorded at {got}, needs {row.severity} [{row.category}] {row.text}")
    hyperbole, intent = hyperbole_and_intent(library)
    print(
        f"  hyperbole held at critical: {hyperbole[0]}/{hyperbole[1]};"
        f" real intent flagged {intent[0]}/{intent[2]}, critical {intent[1]}/{intent[2]}"
    )
    found, total_evasions = evasion_recall(library)
    if total_evasions:
        print(f"  evasion table: {found}/{total_evasions} caught ({found / total_evasions:.2f})")
    print("\n".join(spelling_report(library, verbose)))
    print("\n".join(second_spelling_report(library, verbose)))
    print("\n".join(held_out_report(library)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
