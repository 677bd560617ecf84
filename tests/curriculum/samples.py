"""Small, valid content files that tests copy and break."""

GOOD_LESSON = """---
title: Strong Passwords
slug: strong-passwords
strand: online-safety
grade_band: "3-5"
duration: 40
summary: Why long passphrases beat short words.
objectives:
  - Explain why a passphrase is hard to guess.
standards: [iste-1.2d, digital-hygiene]
tags: [passwords]
---

Passwords keep our accounts ours.

::: callout warm-up Secrets
What makes a secret easy to guess?
:::

::: activity Password makeover
Work in pairs.
1. Write a weak password.
2. Make it stronger.
:::

::: discussion
Why do people reuse passwords?
:::

::: quiz
? Which is strongest?
- fluffy2015 >> Pet names are easy to find.
* purple-bicycle-under-rain >> Yes: long and unrelated words.
? Should you share your password with a friend?
* No >> Right: only a trusted adult at home may need it.
- Yes >> Friends can fall out; keep it private.
? Where can you keep passwords safe?
- On a sticky note on the screen >> Anyone walking by can read it.
* In a password manager >> Yes: it remembers long passwords for you.
:::

::: mindfulness Calm breath
20 | Breathe in slowly.
20 | Breathe out slowly.
:::

::: reflection
Which account will you make safer?
:::

::: family-tip Passphrase game
Make up silly passphrases together.
:::
"""

GOOD_FAMILY_PAGE = """---
title: Privacy Settings Together
slug: privacy-together
summary: Sit down with your child and check who can see what.
grade_bands: ["6-8"]
tags: [privacy]
---

Most apps keep privacy choices under Settings.

::: callout tip Start with curiosity
Ask your child to show you their favourite app first.
:::

::: family-tip Make it a habit
Check settings together after every big app update.
:::
"""
