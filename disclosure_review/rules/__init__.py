"""The disclosure scoring engine: plain Python, no Django, no I/O.

>>> from disclosure_review.rules import DisclosureInput, score
>>> score(DisclosureInput(text="I know exactly how you feel.")).category
'caution'
"""

from .engine import PENALTY, score, score_many, score_mapping
from .metadata import RULE_IDS, RULES, RuleInfo
from .model import (
    CATEGORIES,
    FAMILIES,
    RULESET_VERSION,
    DisclosureInput,
    Evidence,
    Finding,
    InvalidInput,
    Result,
    Thresholds,
)

__all__ = [
    "CATEGORIES",
    "FAMILIES",
    "PENALTY",
    "RULES",
    "RULESET_VERSION",
    "RULE_IDS",
    "DisclosureInput",
    "Evidence",
    "Finding",
    "InvalidInput",
    "Result",
    "RuleInfo",
    "Thresholds",
    "score",
    "score_many",
    "score_mapping",
]
