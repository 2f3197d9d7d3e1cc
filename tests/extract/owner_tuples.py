"""What the owner-statement tests compare: each task of a text as (title, lead, co), read as
written, or with its item number first."""

from policykg.extract.pipeline import extract_text


def owner_tuples(text: str, source: str = "t.txt"):
    return [(t.title, [o.written for o in t.lead], [o.written for o in t.co]) for t in extract_text(source, text).tasks]


def numbered_owner_tuples(text: str):
    return [(t.item_no, t.title, [o.written for o in t.lead], [o.written for o in t.co])
            for t in extract_text("t.txt", text).tasks]
