"""A violent word in a video game: "respawned and got killed again", "a 12 kill round in
apex", "the npc guard murdered me twice", "my shotgun camo".

Gaming chat is full of kills, headshots, snipers and nukes, told of play that has happened or
is happening. A sentence that names a game, a console or a word only games use ("respawn",
"killstreak", "noob", "lobby", "npc") tells of the game, as long as nothing in it reaches
into the world: no intent ("gonna", "will", "want to"), no reader aimed at (a "you" before
it or as its object; "unless you block" tells a player how the game goes), no one of the
writer's family or friends, no school and no day, and nothing "in real life" ("irl"). Such a
match is no match at all, like an allowed phrase. Trash talk with an intent ("i'm gonna kill
you in fortnite") and a game named beside a real threat ("after the game i'm going to stab
him") are read by the other rules as before. Only violence: a taunt to kill oneself is
bullying wherever it is typed.

A figure right before "kill" or "kills" is a count of a game's kills ("a 12 kill round", "30
kills"), whatever else the sentence says of the game. A weapon's look in a game ("rifle
skin", "knife camo") is a compound that names a thing (``moderation.scanning.homonyms``).

Pure Python, no Django; read by ``moderation.scanning.context``.
"""

from __future__ import annotations

from collections.abc import Collection

# Words that name a video game or its play, and nothing else in everyday English.
_GAMES = frozenset(
    """
    fortnite warzone minecraft roblox valorant skyrim gta overwatch apex pubg halo csgo cs2
    zelda pokemon sims fifa smash splatoon terraria rust destiny dota
    game games gameplay gamer gamers gaming videogame videogames xbox playstation ps4 ps5
    nintendo console consoles controller controllers twitch streamer streaming
    respawn respawned respawning respawns spawn spawned spawning spawns spawnkill spawnkilled
    killstreak killstreaks killcam headshot headshots noob noobs n00b newb npc npcs lobby
    lobbies ranked leaderboard playthrough speedrun speedrunning speedrunner loadout dlc
    multiplayer pvp pve fps mmo rpg hitbox aimbot impostor imposter impostors imposters
    crewmate crewmates permadeath dungeon dungeons teamkill teamkilling gg afk
    """.split()
)
# Two words that name a game or its play together.
_GAME_PAIRS = frozenset(
    {
        ("among", "us"),
        ("call", "of"),
        ("elden", "ring"),
        ("battle", "royale"),
        ("battle", "pass"),
        ("final", "boss"),
        ("boss", "fight"),
        ("save", "file"),
        ("video", "game"),
        ("video", "games"),
        ("team", "kill"),
        ("team", "killed"),
        ("team", "killing"),
        ("friendly", "fire"),
    }
)
# What reaches out of the game into the world.
_REAL = frozenset(
    """
    irl real life school class classroom campus college tomorrow tonight monday tuesday
    wednesday thursday friday saturday sunday
    want wanna gonna going will ll gon finna tryna plan planning ima imma about
    mum mom mam dad mother father brother sister cousin uncle aunt nan gran grandma grandad
    friend friends mate mates bestie boyfriend girlfriend bf gf stepdad stepmum stepmom
    teacher teachers
    """.split()
)
# The reader, before the match or as its object ("you kill", "kill you"); a player told how a
# game goes ("the dragon kills everyone unless you block") is not aimed at.
_READER = frozenset("you u ur your yours youre yourself ya yall".split())
_KILLS = frozenset("kill kills".split())


# A game by its title: what someone is beaten "at" or "in" ("kill him at fortnite").
_TITLES = frozenset(
    """
    fortnite warzone minecraft roblox valorant skyrim gta overwatch apex pubg halo csgo cs2
    zelda pokemon sims fifa smash splatoon terraria destiny dota cod
    """.split()
)
_PLAYED_AT = frozenset("at in on en".split())


def _beaten_at_a_game(own: Collection[str], clause_after: list[str]) -> bool:
    """ "said he'd kill him at fortnite", "te mato en el fifa": the violent word, its object,
    then "at" or "in" a game by its title: to beat someone at it, whatever the sentence says
    of school or family (a parent or a teacher passing on what children said)."""
    words = [*list(own)[1:], *clause_after][:4]
    return any(
        word in _PLAYED_AT and (set(words[at + 1 : at + 3]) & _TITLES)
        for at, word in enumerate(words)
    )


def in_a_game(
    own: Collection[str], clause_before: list[str], clause_after: list[str], sentence: list[str]
) -> bool:
    """Whether a violent word tells of play in a video game: its sentence names a game, and
    nothing in it reaches into the world; or its object is beaten at a game by its title."""
    if not _READER.isdisjoint(clause_before) or not _READER.isdisjoint([*own, *clause_after[:3]]):
        return False
    if _beaten_at_a_game(own, clause_after):
        return True
    if not _REAL.isdisjoint(sentence) or not _REAL.isdisjoint(own):
        return False
    if not _GAMES.isdisjoint(sentence):
        return True
    return any(pair in _GAME_PAIRS for pair in zip(sentence, sentence[1:], strict=False))


def a_count_of_kills(clause_before: list[str], own: list[str]) -> bool:
    """ "a 20 kill game", "dropped 30 kills": a figure right before "kill" or "kills"."""
    return (
        len(own) == 1 and own[0] in _KILLS and bool(clause_before) and clause_before[-1].isdigit()
    )
