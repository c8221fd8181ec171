"""Does a claim say the opposite of the evidence sentence it rests on? A check on negation, not on words.

Word overlap cannot see "should" become "should not": both sentences share every content word. This
module compares where the two sentences negate something. Both are first rewritten into one vocabulary
of polarity: a negative word becomes "not" plus its positive partner ("optional" -> "not required",
"outside" -> "not inside", "no minimum" -> "not minimum"), and synonyms of the positive pole share one
form ("mandatory", "compulsory", "obligatory" -> "required"). Then every negation in one sentence is
looked for in the other next to the same words it negates: a negation whose words are found in the
other sentence but un-negated there is a contradiction. A negation whose words are not found is left
alone (the sentences talk about different things), so the check abstains rather than guesses.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
NEGATORS = frozenset({"not", "no", "never", "cannot", "without", "none", "neither", "nor", "nothing", "nobody"})
# a negative word and the positive form it denies; the positive pole's synonyms map to one form below
NEGATIVE_POLES = {
    "optional": "required",
    "voluntary": "required",
    "outside": "inside",
    "excluded": "included",
    "exclude": "include",
    "excludes": "include",
    "excluding": "include",
    "prohibited": "allowed",
    "forbidden": "allowed",
    "banned": "allowed",
    "prohibit": "allow",
    "prohibits": "allow",
    "unable": "able",
    "impossible": "possible",
    "unnecessary": "necessary",
    "insufficient": "sufficient",
    "lack": "have",
    "lacks": "have",
    "absent": "present",
}
POSITIVE_SYNONYMS = {
    "mandatory": "required",
    "compulsory": "required",
    "obligatory": "required",
    "requires": "required",
    "require": "required",
    "within": "inside",
    "into": "inside",
    "includes": "include",
    "including": "include",
    "permitted": "allowed",
    "permit": "allow",
    "permits": "allow",
    "allows": "allow",
}
# words that carry no content of their own: they never anchor a negation to what it negates
_STOP = frozenset(
    "a an the of to in on at by for with from and or as is are was were be been being it its this that these those "
    "there here which who whom whose what when where how than then so such do does did has have had will would shall "
    "should must may might can could also only just very more most less least any some all each every their they "
    "them he she his her we our us i my you your one ones".split()
)
WINDOW = 4  # words on each side of a negation that tell what it negates


# A reply opening a sentence ("No. Micro-credentials should not count ...", "Yes, employers should ..."): it answers
# the question put to the writer and negates none of the words after it
_REPLY = re.compile(r"^\W*(?:no|yes|nope|not at all|absolutely not|certainly not)\s*[.,;:!\u2013\u2014-]+\s*", re.I)


def _tokens(text: str) -> list[str]:
    """Lower-case words with "n't" and negative poles rewritten into "not" + the positive form; a reply opening the
    sentence ("No. ...") is left out."""
    out: list[str] = []
    for raw in _WORD.findall(_REPLY.sub("", text).lower().replace("’", "'")):
        if raw.endswith("n't"):
            stem = {"can't": "can", "won't": "will", "shan't": "shall"}.get(raw, raw[:-3])
            out += [stem, "not"]
        elif raw in NEGATIVE_POLES:
            out += ["not", _stem(NEGATIVE_POLES[raw])]
        else:
            out.append(
                _stem(POSITIVE_SYNONYMS[raw]) if raw in POSITIVE_SYNONYMS else "not" if raw in NEGATORS else _stem(raw)
            )
    return out


def _stem(word: str) -> str:
    """A light stem so that "included", "includes" and "include" meet; enough for matching a negation's words."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _negations(tokens: list[str]) -> list[tuple[int, set[str]]]:
    """Each negation's position and the content words around it (what it most likely negates)."""
    found = []
    for i, word in enumerate(tokens):
        if word != "not":
            continue
        ahead = tokens[i + 1 : i + 1 + WINDOW]
        if "not" in ahead:  # a second negation starts its own scope
            ahead = ahead[: ahead.index("not")]
        scope = {w for w in ahead if w not in _STOP}
        if scope:
            found.append((i, scope))
    return found


def _negated_in(scope: set[str], tokens: list[str]) -> bool | None:
    """Whether ``tokens`` negate the words of ``scope``: True, False, or None when they are not there."""
    positions = [i for i, w in enumerate(tokens) if w in scope]
    if len({tokens[i] for i in positions}) < max(1, (len(scope) + 1) // 2):
        return None
    # English negates ahead of what it negates ("not included", "no minimum")
    return any("not" in tokens[max(0, i - WINDOW) : i] for i in positions)


def contradicts(claim: str, evidence: str) -> bool:
    """Whether ``claim`` negates what ``evidence`` affirms, or affirms what it negates, about the same words."""
    a, b = _tokens(claim), _tokens(evidence)
    for first, second in ((a, b), (b, a)):
        for _, scope in _negations(first):
            if _negated_in(scope, second) is False:
                return True
    return False
