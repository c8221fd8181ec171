"""The citation check: a verdict per citation, named contributors, quotations and polarity, LLM drops recorded."""

from __future__ import annotations

import pytest

from pipeline.drafting.checking import check_draft, check_sentence
from pipeline.drafting.citation_verdicts import EVIDENCE_CHARS, shorten
from pipeline.drafting.support import SupportChecker
from pipeline.model import DraftResult, Paragraph, Sentence

pytestmark = pytest.mark.unit

PASSAGES = {
    "ge": "Georgia lists micro-credentials in a separate section of its national register of qualifications. "
    "Each entry shows a level indicator that is not a formal NQF level.",
    "ie": "Ireland proposes a new award type for small learning within the National Framework of Qualifications. "
    "Providers must hold quality assurance approval before they issue such awards.",
    "md": "Employers in Moldova help design short courses for the construction sector.",
}
SOURCES = {
    "ge": {"contributor": "Nino Beridze", "organisation": "Georgian Agency", "country": "Georgia"},
    "ie": {"contributor": "Siobhan Kelly", "organisation": "Quality Council of Ireland", "country": "Ireland"},
    "md": {"contributor": "Ion Rusu", "organisation": "Moldovan Ministry", "country": "Moldova"},
}
REGISTER = "Georgia lists micro-credentials in a separate section of its national register of qualifications."


@pytest.fixture(scope="module")
def checker(minilm) -> SupportChecker:
    return SupportChecker(minilm)


def check(text, citations, checker, quote=None):
    return check_sentence(Sentence(text, citations, quote=quote), PASSAGES, checker, SOURCES)


def test_each_citation_gets_its_own_verdict_and_evidence_sentence(checker):
    sentence = check(REGISTER, ("ge", "ie"), checker)
    ge, ie = sentence.check_for("ge"), sentence.check_for("ie")
    assert ge.flags == () and ge.support >= checker.threshold and "separate section" in ge.evidence
    assert ie.flags == ("citation_unsupported",) and ie.support < checker.threshold
    assert "citation_unsupported" in sentence.flags and "weak_support" not in sentence.flags
    assert sentence.citations == ("ge", "ie")  # an extractive or edited draft keeps the citation, flagged


def test_a_sentence_no_citation_supports_is_weak_and_scores_below_the_threshold(checker):
    sentence = check("Employers in Portugal fund individual learning accounts for adults.", ("ge", "md"), checker)
    assert "weak_support" in sentence.flags and sentence.support < checker.threshold
    assert all("citation_unsupported" in c.flags for c in sentence.checks)


def test_an_llm_draft_drops_a_citation_that_another_one_makes_unnecessary_and_says_so(checker):
    draft = DraftResult((Paragraph((Sentence(REGISTER, ("ge", "ie")),)),), backend="llm:fake:model")
    checked = check_draft(draft, PASSAGES, checker, SOURCES)
    sentence = checked.paragraphs[0].sentences[0]
    assert sentence.citations == ("ge",) and "citation_dropped" in sentence.flags
    assert [c.chunk_id for c in sentence.checks] == ["ge"]
    assert any("ie" in note and "does not say" in note for note in checked.notes)


def test_a_named_contributor_whose_passages_do_not_say_it_is_misattributed(checker):
    right = check(
        f"According to Nino Beridze (Georgian Agency, Georgia), {REGISTER[0].lower()}{REGISTER[1:]}", ("ge",), checker
    )
    assert not any(f.startswith("misattributed") for f in right.flags)
    wrong = check(f"According to Siobhan Kelly (Ireland), {REGISTER[0].lower()}{REGISTER[1:]}", ("ge", "ie"), checker)
    assert "misattributed: Siobhan Kelly" in wrong.flags
    uncited = check(f"Ion Rusu holds that {REGISTER[0].lower()}{REGISTER[1:]}", ("ge",), checker)
    assert "misattributed: Ion Rusu" in uncited.flags and uncited.support < checker.threshold
    merged = check(f"Contributors from Georgia and Ireland make the same point: {REGISTER}", ("ge", "ie"), checker)
    assert "misattributed: Ireland" in merged.flags and "misattributed: Georgia" not in merged.flags


def test_a_quotation_must_stand_word_for_word_in_a_passage_of_each_person_it_is_credited_to(checker):
    words = "each entry shows a level indicator that is not a formal NQF level"
    fine = check(f"Nino Beridze writes: “{words}”", ("ge",), checker, quote=words)
    assert "false_quote" not in fine.flags
    shared = check(f"Nino Beridze and Siobhan Kelly write: “{words}.”", ("ge", "ie"), checker, quote=words)
    assert "false_quote" in shared.flags and "misattributed: Siobhan Kelly" in shared.flags
    altered = check(
        'Nino Beridze writes: "each entry shows a level indicator that is a formal NQF level"', ("ge",), checker
    )
    assert "false_quote" in altered.flags


def test_a_claim_that_negates_its_evidence_is_contradicted_and_scores_low(checker):
    sentence = check("Each entry shows a level indicator that is a formal NQF level.", ("ge",), checker)
    assert "contradicted" in sentence.flags and sentence.support < checker.threshold
    assert "contradicted" in sentence.check_for("ge").flags


def test_numbers_and_names_keep_their_flags(checker):
    sentence = check(
        "Georgia lists 40 micro-credentials in a separate section of the Latvian register.", ("ge",), checker
    )
    assert "unknown_number" in sentence.flags and "unknown_name" in sentence.flags


def test_unknown_ids_are_removed_and_a_sentence_left_without_any_is_uncited(checker):
    sentence = check(REGISTER, ("nope",), checker)
    assert sentence.citations == () and set(sentence.flags) == {"unknown_citation", "uncited"}


def test_the_evidence_shown_for_a_citation_is_cut_with_an_ellipsis():
    long = ["word " * 40 + "end.", "second " * 30 + "end."]
    text = shorten(long)
    assert len(text) <= EVIDENCE_CHARS and text.endswith("…")
    assert shorten(["Short sentence."]) == "Short sentence."


def test_a_summary_sentence_gets_a_verdict_per_citation_but_no_support_flags(checker):
    summary = Sentence("Two contributions discuss registers and awards.", ("ge", "ie"), kind="summary")
    checked = check_sentence(summary, PASSAGES, checker, SOURCES)
    assert [c.chunk_id for c in checked.checks] == ["ge", "ie"] and all(c.flags == () for c in checked.checks)
    assert "weak_support" not in checked.flags and "citation_unsupported" not in checked.flags


def test_an_editors_new_sentence_is_checked_against_who_wrote_the_passages(checker):
    from pipeline.drafting.editing import rebuild
    from pipeline.model import Revision

    sources = {c: {**SOURCES[c], "text": PASSAGES[c]} for c in ("ge", "ie")}
    old = Revision(
        "s", 1, (Paragraph((Sentence(REGISTER, ("ge",)),)),), (), "extractive", "drafter", "now", sources=sources
    )
    edited = f"According to Siobhan Kelly, {REGISTER[0].lower()}{REGISTER[1:]}"
    paragraphs, changed = rebuild(old, [[(edited, ("ge",))]], checker)
    assert changed == ["1.1"] and "misattributed: Siobhan Kelly" in paragraphs[0].sentences[0].flags


def test_an_editors_sentence_that_counts_contributors_its_passages_do_not_give_is_flagged(checker):
    sources = {c: {**SOURCES[c], "region": "partner"} for c in SOURCES}
    text = "Three contributors list micro-credentials in a separate section of the national register."
    wrong = check_sentence(Sentence(text, ("ge",)), PASSAGES, checker, sources)
    assert any(f.startswith("wrong_count") for f in wrong.flags), wrong.flags
    assert wrong.support < checker.threshold  # a sentence that miscounts its sources is not supported
    right = "One contributor lists micro-credentials in a separate section of the national register."
    assert not any(
        f.startswith("wrong_count") for f in check_sentence(Sentence(right, ("ge",)), PASSAGES, checker, sources).flags
    )


def test_a_quoted_table_cell_is_judged_against_its_cell_not_its_neighbours(checker):
    row = (
        "Employers in course design | A course is funded only if at least one employer from the region took part "
        "in writing its learning outcomes. | Courses designed without employers placed the fewest learners in jobs."
    )
    passages = {"cz": row}
    sources = {"cz": {"contributor": "Petra Novak", "organisation": "Regional Authority", "country": "Czechia"}}
    quote = (
        "A course is funded only if at least one employer from the region took part in writing its learning outcomes."
    )
    sentence = check_sentence(
        Sentence(f"Petra Novak (Regional Authority, Czechia) writes: “{quote}”", ("cz",), quote=quote),
        passages,
        checker,
        sources,
    )
    assert sentence.flags == () and sentence.check_for("cz").evidence == quote


def test_an_item_quoted_under_who_should_act_is_supported_and_credited(checker):
    item = "require providers to publish the learning outcomes of every course"
    passages = {"pl": f"In our view the guidelines should:\n- {item};\n- set a minimum workload of 25 hours."}
    sources = {"pl": {"contributor": "Ewa Nowak", "organisation": "PFNTP", "country": "Poland"}}
    text = f"Ewa Nowak (PFNTP, Poland) writes that the guidelines should: “{item}”."
    sentence = check_sentence(Sentence(text, ("pl",), quote=item), passages, checker, sources)
    assert sentence.flags == ()


# a blog post quoting someone else: the Markdown reader keeps the quotation as a "> " line of the passage
QUOTING = {
    "blog": "Our members met at the spring fair in Tartu.\n"
    "> Welders should be assessed on a real weld, not on a written test.\n"
    "We publish a short account of each fair for our readers."
}
QUOTING_SOURCES = {"blog": {"contributor": "Kadri Tamm", "organisation": "Estonian Makers Blog", "country": "Estonia"}}
WELD = "Welders should be assessed on a real weld, not on a written test."


def test_the_quoted_words_of_someone_else_are_never_checked_as_the_authors(checker):
    sentence = Sentence(f"According to Kadri Tamm, {WELD}", ("blog",))
    credited = check_sentence(sentence, QUOTING, checker, QUOTING_SOURCES)
    assert "misattributed: Kadri Tamm" in credited.flags and "quoted_words" in credited.flags
    quoted = f"Kadri Tamm writes: “{WELD[:-1]}”."
    quote = check_sentence(Sentence(quoted, ("blog",), quote=WELD), QUOTING, checker, QUOTING_SOURCES)
    assert "false_quote" in quote.flags or "misattributed: Kadri Tamm" in quote.flags


def test_a_sentence_that_names_nobody_may_rest_on_a_quotation_but_says_whose_words_they_are(checker):
    plain = check_sentence(Sentence(WELD, ("blog",)), QUOTING, checker, QUOTING_SOURCES)
    assert "quoted_words" in plain.flags and not any(f.startswith("misattributed") for f in plain.flags)
    own = check_sentence(
        Sentence("According to Kadri Tamm, members met at the spring fair in Tartu.", ("blog",)),
        QUOTING,
        checker,
        QUOTING_SOURCES,
    )
    assert "quoted_words" not in own.flags and not any(f.startswith("misattributed") for f in own.flags)


def test_a_claim_taken_from_one_half_of_a_semicolon_sentence_is_not_contradicted_by_the_other_half(checker):
    passages = {
        "sk": "Only micro-credentials that form part of a larger qualification should receive a level in the "
        "framework; a stand-alone course certificate should not be given a level at all."
    }
    claim = "Only micro-credentials that form part of a larger qualification should receive a level in the framework."
    sentence = check_sentence(Sentence(claim, ("sk",)), passages, checker)
    assert "contradicted" not in sentence.flags and "citation_unsupported" not in sentence.flags
    negated = "Micro-credentials that form part of a larger qualification should not receive a level in the framework."
    assert "contradicted" in check_sentence(Sentence(negated, ("sk",)), passages, checker).flags


def test_a_joint_passage_is_credited_to_both_its_authors_never_to_one_alone(checker):
    passages = {**PASSAGES, "mt": "Malta lists micro-credentials in a separate section of its national register."}
    sources = {**SOURCES, "mt": {"contributor": "A. Smith and B. Jones", "organisation": "", "country": "Malta"}}
    claim = "Malta lists micro-credentials in a separate section of its national register."

    def flags(text):
        return check_sentence(Sentence(text, ("mt",)), passages, checker, sources).flags

    assert not any(f.startswith("misattributed") for f in flags(f"According to A. Smith and B. Jones, {claim}"))
    assert not any(f.startswith("misattributed") for f in flags(f"A. Smith and B. Jones write: “{claim}”"))
    # one of the two alone, by name or by surname, reads as a single person's view: flagged
    assert "misattributed: A. Smith" in flags(f"According to A. Smith, {claim}")
    assert "misattributed: Jones" in flags(f"According to Jones, {claim}")
