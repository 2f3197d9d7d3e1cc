"""normalise() is one translation per character (fast); these tests hold it to the rule it
implements, written out as the plain per-character loop it replaced."""

from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.cli.demo import example_files
from policykg.extract.text import _DROP, _PUNCT, _SPACES, normalise


def reference(text: str) -> tuple[str, tuple[int, ...]]:
    out, origin, n = [], [], len(text)
    for i, c in enumerate(text):
        if c in _DROP or (c == "\r" and i + 1 < n and text[i + 1] == "\n"):
            continue
        prev, nxt = (text[i - 1] if i else ""), (text[i + 1] if i + 1 < n else "")
        if c == "\r":
            c = "\n"
        elif c in _SPACES:
            c = " "
        elif c in ",，":
            c = "," if prev.isdigit() and nxt.isdigit() else "，"
        elif c in _PUNCT:
            c = _PUNCT[c]
        elif 0xFF10 <= ord(c) <= 0xFF19 or 0xFF21 <= ord(c) <= 0xFF3A or 0xFF41 <= ord(c) <= 0xFF5A or c in "％＋－＜＞＝／":
            c = chr(ord(c) - 0xFEE0)
        out.append(c)
        origin.append(i)
    return "".join(out), tuple(origin + [n])


ALPHABET = st.sampled_from(sorted(_DROP | _SPACES | set(_PUNCT)) + list("\r\n,，1２３a Ａｚ任务（市）％－²") )


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=40))
def test_normalise_follows_the_per_character_rule(text):
    t = normalise(text)
    assert (t.text, t.origin) == reference(text)


def test_normalise_on_the_seeds():
    for f in example_files():
        text = f.read_text(encoding="utf-8")
        t = normalise(text + "\r\n１,０００，\u200b")
        assert (t.text, t.origin) == reference(text + "\r\n１,０００，\u200b")


def test_thousands_comma_and_crlf():
    t = normalise("投入1,000万元，完成\r\n任务\ufeff")
    assert t.text == "投入1,000万元，完成\n任务"
    assert t.text[13:15] == "任务" and t.original_span(13, 15) == (14, 16)  # (the \\r removed)
