"""How two wordings of a title compare: the same title worded otherwise, one that says more, the
same words with a place's name put in. Used by :mod:`.title`."""

from __future__ import annotations

import re


def bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


def same_title(a: str, b: str) -> bool:
    """Two wordings of one title (发展实施方案 / 发展的实施方案, 2025年普陀区… / 2025年上海市普陀区…):
    nearly all bigrams shared, or one is the other with the name of a place put in."""
    x, y = bigrams(a), bigrams(b)
    if bool(x and y) and 2 * len(x & y) / (len(x) + len(y)) >= 0.85:
        return True
    return place_put_in(*sorted((a, b), key=len))


def place_put_in(short: str, long_: str) -> bool:
    """Is ``long_`` ``short`` with a place's name put in (2025年普陀区… / 2025年上海市普陀区…)?"""
    d = len(long_) - len(short)
    return 2 <= d <= 6 and any(long_[:i] + long_[i + d :] == short and long_[i + d - 1] in "省市州县区"
                               for i in range(len(short) + 1))


def covers(full: str, short: str) -> bool:
    """Does ``full`` say everything ``short`` says (nearly all its bigrams), in more words?"""
    x, y = bigrams(full), bigrams(short)
    return bool(y) and len(x & y) >= 0.8 * len(y)


def title_key(text: str) -> str:
    return re.sub(r"[\s〈〉《》<>＜＞]", "", text)


def subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)
