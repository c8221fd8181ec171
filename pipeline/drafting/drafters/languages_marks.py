"""Two matters a question may ask for by name: a language ("In which language should the assessment be held?") and
a pass mark ("What pass mark should learners reach?"). A sentence that names no language, or no share, score or
grade, does not answer them, however close it reads. Like the other topic rules (``topic_rule.AskedTopic``) each
test is one-sided: it turns a sentence away, never admits one.
"""

from __future__ import annotations

import re

from pipeline.drafting.drafters.topic_rule import AskedTopic

_I = re.IGNORECASE

# "In which language(s) ...?" asks for a language: a sentence naming none ("with subtitles", "with a screen reader")
# does not answer it, however close it reads
_ASKS_LANGUAGE = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+){0,2}?languages?\b|\blanguages?\s+of\s+(?:instruction|teaching|assessment)\b", _I
)
_NAMES_LANGUAGE = re.compile(
    # "language" names one only when said whose or of where ("their mother tongue", "the official languages"), not
    # a way of writing ("in plain language", "clear language"); an interpreter names none ("a sign language
    # interpreter in the room" is about access, not the language of a course)
    r"\b(?:(?:mother|native|home|national|official|local|own|first|second|foreign|minority|regional|state|learners?'?|"
    r"candidates?'?|their|country's|working)\s+(?:languages?|tongues?)|languages?\s+of\s+(?:the|their|each|every|"
    r"instruction|the\s+country)|\w*lingual|translat\w+|english|french|german|spanish|portuguese|italian|"
    r"dutch|flemish|danish|swedish|norwegian|icelandic|finnish|estonian|latvian|lithuanian|polish|czech|slovak|"
    r"hungarian|romanian|moldovan|bulgarian|greek|croatian|serbian|bosnian|montenegrin|slovenian|slovene|"
    r"macedonian|albanian|maltese|irish|gaelic|welsh|catalan|basque|galician|luxembourgish|turkish|arabic|hebrew|"
    r"persian|farsi|dari|pashto|kurdish|armenian|georgian|azerbaijani|azeri|kazakh|kyrgyz|uzbek|tajik|turkmen|"
    r"russian|ukrainian|belarusian|romani|amazigh|berber|tamazight|darija|chinese|mandarin|japanese|korean|hindi|"
    r"urdu|bengali|swahili|somali|tigrinya|amharic)\b",
    _I,
)


# "What pass mark should learners reach?" asks for a mark: a share, a score or a grade named, or a mark denied ("pass
# or fail", "no grade"); a ramp in every centre, however close it reads, gives none
_ASKS_MARK = re.compile(
    r"\b(?:pass(?:ing)?\s*(?:mark|score|grade|threshold|rate)|(?:minimum|lowest)\s+(?:score|mark|grade))\b", _I
)
_GIVES_MARK = re.compile(
    r"%|\d|\bper\s*cent\b|\bpercent\b|\b(?:half|two\s+thirds|three\s+quarters|majority)\b|\bpass(?:ed)?\s+or\s+"
    r"(?:fail|not)|\b(?:grades?|marks?|scores?|points)\b",
    _I,
)


LANGUAGE = AskedTopic(_ASKS_LANGUAGE, _NAMES_LANGUAGE)
MARK = AskedTopic(_ASKS_MARK, _GIVES_MARK)
