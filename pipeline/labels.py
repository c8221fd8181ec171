"""Words for the codes people never type: kinds, roles, statuses and flags, as every front end shows them.

The stored values stay codes (``policy_brief``, ``in_review``); the app, the Word export and CSV files
show these labels. A code with no entry is turned into words by the same rule (underscores to spaces,
first letter capitalised), so a new role in a metadata sheet still reads as words.
"""

from __future__ import annotations

KIND_LABELS = {
    "policy_brief": "Policy brief",
    "presentation": "Presentation",
    "expert_input": "Expert input",
    "other": "Other",
}

STATUS_LABELS = {
    "draft": "Draft",
    "in_review": "In review",
    "approved": "Approved",
}

FLAG_LABELS = {
    "uncited": "No citation",
    "unknown_citation": "Citation not among the retrieved passages",
    "weak_support": "Weak support",
    "citation_unsupported": "A cited passage does not say this",
    "misattributed": "Credited to someone whose passage does not say this",
    "false_quote": "Quotation not found word for word",
    "contradicted": "The source says the opposite",
    "unknown_number": "Number not in the source",
    "unknown_name": "Name not in the source",
    "wrong_count": "Counts contributors or countries its passages do not give",
    "citation_dropped": "A citation that did not support it was dropped",
    "quoted_words": "Its source quotes these words from someone else",
    "llm_partial": "The LLM check finds it supported only in part",
    "llm_unsupported": "The LLM check finds it unsupported",
}


def words(code: str) -> str:
    """A code written as words: ``quality_assurance_expert`` -> ``Quality assurance expert``."""
    text = " ".join(str(code or "").replace("_", " ").replace("-", " ").split())
    return text[:1].upper() + text[1:]


def kind_label(kind: str) -> str:
    """The contribution kind in words (``policy_brief`` -> ``Policy brief``)."""
    return KIND_LABELS.get(kind, words(kind))


def role_label(role: str) -> str:
    """A contributor's role in words (``quality_assurance_expert`` -> ``Quality assurance expert``)."""
    return words(role)


def status_label(status: str) -> str:
    """A review status in words (``in_review`` -> ``In review``)."""
    return STATUS_LABELS.get(status, words(status))


def flag_label(flag: str) -> str:
    """A check flag in words, for badges, Word comments and tooltips."""
    base, _, detail = flag.partition(":")
    label = FLAG_LABELS.get(base, words(base))
    return f"{label} ({detail.strip()})" if detail.strip() else label


# a point of divergence that no guiding question's sides answer is kept in the register without a section
NO_SECTION = "No guiding question"


def point_heading(section_title: str, topic: str, question: str) -> str:
    """How a point of divergence is headed in the register: its section, its topic, then its question when it
    has one ("Definition and scope: Minimum size: 1 ECTS / 3 ECTS (Is there a minimum size?)")."""
    where = section_title or NO_SECTION
    return f"{where}: {topic}" + (f"  ({question})" if question else "")
