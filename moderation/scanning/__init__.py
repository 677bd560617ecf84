"""The scanning core, pure Python on pyahocorasick (no Django); ``moderation.engine`` is its
public face. A reader's map:

- ``entries``: an ``Entry`` (term, category, severity, mode, exceptions) and the CSV format;
- ``keys``: how a term becomes automaton keys (word boundaries, elongated forms, phrases);
- ``compiler``: ``compile_library``, entries in, a ``CompiledLibrary`` out;
- ``scan``: ``CompiledLibrary.scan``, the screening pass and how much normalising a post needs;
- ``exact``: the exact pass over normalised text, mapped back to the student's own text;
- ``elongation``: letters written three times or more;
- ``matches``: the ``Match`` a scan returns.

Normalisation lives beside it in ``moderation.normalize`` and ``moderation.skeleton``.
"""
