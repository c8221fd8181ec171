"""The research institute's long Word report for the nineteenth held-out set (eval/heldout19/README.md): the
institute's positions stand among background, method and findings, as in a study written for a ministry.
Written by hand; the institute, its survey and its figures are invented."""

from __future__ import annotations

import datetime as dt

ITALY_REPORT = {
    "file": "report_apennine_institute_lifelong_learning.docx",
    "title": "Micro-credentials in Italian adult learning: a study for the consultation",
    "author": "Ottavio Scarpellini",
    "date": dt.date(2026, 3, 13),
    "blocks": [
        ("title", "Micro-credentials in Italian adult learning: a study for the consultation"),
        "Apennine Institute for Lifelong Learning Research. Report 7/2026. Author: Ottavio Scarpellini.",
        ("h1", "Summary"),
        "This report describes how short courses for adults are offered and certified today, what providers and "
        "learners told us about them, and what we would ask the guidelines to say. Our recommendations are given "
        "in the chapters where the evidence for them is discussed.",
        ("h1", "1. Background"),
        "The Council of the European Union adopted its Recommendation on a European approach to micro-credentials "
        "in June 2022. In its terms, a micro-credential is proof of what a person has learnt in a short course, "
        "assessed against transparent standards.",
        "In Italy, short courses for adults have been offered for decades by regional training centres, chambers "
        "of commerce, universities and private providers. Their certificates differ in form and in content, and "
        "employers often cannot tell what a certificate stands for.",
        "The Institute was founded in 2002 and studies adult learning in four regions. Its staff of 23 includes "
        "statisticians, sociologists and former teachers.",
        ("h1", "2. Method"),
        "Between May 2024 and October 2025 we surveyed 46 providers and 3,900 learners, and we interviewed 58 "
        "people working for employers, trade unions, regions and universities. The survey questionnaire had 34 "
        "questions and took about 20 minutes to answer.",
        "The response rate was 71 per cent among providers and 38 per cent among learners. Answers were weighted "
        "by region and by the size of the provider.",
        ("h1", "3. Levels and the register"),
        "Only 9 of the 46 providers place their short courses at any level, and they do so in three different "
        "ways. Learners rarely know the level of what they have completed.",
        "Every micro-credential should be assigned a level of the National Qualifications Framework before it is "
        "awarded. Without a level, nobody can compare two micro-credentials or build on one.",
        "Only micro-credentials that carry a framework level should be entered in the national register of "
        "qualifications. The register would otherwise fill with entries that nobody can place.",
        ("h1", "4. Workload and learning outcomes"),
        "The courses we studied lasted between 8 and 240 hours; the median was 36 hours. Two providers in three "
        "state the length in hours only.",
        "The workload of each micro-credential should be expressed in ECTS credits as well as in hours, so that "
        "universities and employers read the same figure.",
        "Learning outcomes should be written with an action verb, an object and the context in which the learner "
        "performs, never as a list of topics covered.",
        ("h1", "5. Universities"),
        "Twelve universities took part in our interviews. Four of them already award credit for some external "
        "courses, each under its own rules.",
        "Universities should accept micro-credentials from other providers as credit towards their degrees when "
        "the learning outcomes match.",
        ("h1", "6. Next steps"),
        "The Institute will repeat the survey in 2027 and publish the anonymised data set on its website.",
    ],
}
