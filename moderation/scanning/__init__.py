"""The scanning core, pure Python on pyahocorasick (no Django); ``moderation.engine`` is its
public face. A reader's map:

- ``entries``: an ``Entry`` (term, category, severity, mode, exceptions) and the CSV format;
- ``keys``: how a term becomes automaton keys (word boundaries, elongated forms, phrases);
- ``compiler``: ``compile_library``, entries in, a ``CompiledLibrary`` out;
- ``scan``: ``CompiledLibrary.scan``, the screening pass and how much normalising a post needs;
- ``exact``: the exact pass over normalised text, mapped back to the student's own text;
- ``elongation``: letters written three times or more;
- ``proof``: showing a post with symbols or text-speak clean without the full normaliser;
- ``forms``: word forms, run-together words and typos derived when compiling;
- ``matches``: the ``Match`` a scan returns, one reading per span, with its context.

Normalisation lives beside it in ``moderation.scanning.normalize`` and
``moderation.scanning.skeleton``.
"""
