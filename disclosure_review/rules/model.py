"""Frozen value objects the engine takes in and gives back.

Nothing here knows about Django: the app turns its model into a `DisclosureInput` and
stores what `Result.to_dict()` returns.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, NamedTuple

RULESET_VERSION = "2026.3"

DISCLOSURE_TYPES = frozenset(
    {"facts", "feelings", "insight", "strategy", "immediacy", "personal_history", "other"}
)
INTENTS = frozenset(
    {
        "normalize",
        "build_rapport",
        "model_coping",
        "instill_hope",
        "answer_question",
        "repair_rupture",
        "relieve_own_discomfort",
        "seek_support",
        "other",
    }
)
RELEVANCES = frozenset({"direct", "indirect", "none"})
EXPERIENCE_STATUSES = frozenset({"resolved", "partly_resolved", "ongoing"})
CLIENT_RESPONSES = frozenset(
    {
        "engaged",
        "neutral",
        "withdrew",
        "distressed",
        "comforted_therapist",
        "asked_personal_questions",
    }
)
SEVERITIES = ("info", "warn", "high")
FAMILIES = ("brevity", "client_focus", "resolved", "boundary")
CATEGORIES = ("trauma_dumping", "unsafe_sharing", "caution", "safe")


class InvalidInput(ValueError):
    """A disclosure or a thresholds mapping has a missing, unknown or malformed value."""


def _is_number(value: Any) -> bool:
    # bool is an int subclass; a JSON `true` is never a sensible number of minutes.
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _enum(data: Mapping[str, Any], name: str, allowed: frozenset[str]) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or value not in allowed:
        raise InvalidInput(f"{name} must be one of {', '.join(sorted(allowed))}; got {value!r}")
    return value


def _text(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{name} must be a string; got {type(value).__name__}")
    return value


def _non_negative(data: Mapping[str, Any], name: str, *, integer: bool = False) -> Any:
    value = data.get(name)
    if value is None:
        return None
    if not _is_number(value) or value < 0:
        raise InvalidInput(f"{name} must be a non-negative number; got {value!r}")
    if integer:
        if value != int(value):
            raise InvalidInput(f"{name} must be a whole number; got {value!r}")
        return int(value)
    return value


@dataclass(frozen=True, slots=True)
class DisclosureInput:
    """One logged disclosure, as the contract describes it. Only `text` is required."""

    text: str
    id: str | None = None
    disclosure_type: str | None = None
    intent: str | None = None
    intent_note: str | None = None
    relevance: str | None = None
    experience_status: str | None = None
    months_since_experience: float | None = None
    duration_minutes: float | None = None
    returned_focus: bool | None = None
    client_response: str | None = None
    outcome_note: str | None = None
    prior_disclosures_30d: int | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> DisclosureInput:
        """Build an input from a decoded JSON object, validating every known field.

        Unknown keys are ignored so that exports can carry extra columns; a known key with
        a wrong type or an unknown enum value raises `InvalidInput`.
        """
        if not isinstance(data, Mapping):
            raise InvalidInput("a disclosure must be a JSON object")
        if "text" not in data or data["text"] is None:
            raise InvalidInput("missing required field 'text'")
        if not isinstance(data["text"], str):
            raise InvalidInput(f"text must be a string; got {type(data['text']).__name__}")
        raw_id = data.get("id")
        if raw_id is not None and not isinstance(raw_id, str | int):
            raise InvalidInput(f"id must be a string; got {type(raw_id).__name__}")
        returned_focus = data.get("returned_focus")
        if returned_focus is not None and not isinstance(returned_focus, bool):
            raise InvalidInput(f"returned_focus must be true or false; got {returned_focus!r}")
        return cls(
            text=data["text"],
            id=None if raw_id is None else str(raw_id),
            disclosure_type=_enum(data, "disclosure_type", DISCLOSURE_TYPES),
            intent=_enum(data, "intent", INTENTS),
            intent_note=_text(data, "intent_note"),
            relevance=_enum(data, "relevance", RELEVANCES),
            experience_status=_enum(data, "experience_status", EXPERIENCE_STATUSES),
            months_since_experience=_non_negative(data, "months_since_experience"),
            duration_minutes=_non_negative(data, "duration_minutes"),
            returned_focus=returned_focus,
            client_response=_enum(data, "client_response", CLIENT_RESPONSES),
            outcome_note=_text(data, "outcome_note"),
            prior_disclosures_30d=_non_negative(data, "prior_disclosures_30d", integer=True),
        )


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Per-clinic settings. The defaults follow the contract and the research it cites.

    `frequency_warn` and `frequency_high` count disclosures including the current one:
    the defaults warn on the 3rd disclosure to the same client in 30 days and go high
    from the 5th. `phone_region` is the ISO region used to read national phone numbers
    (GB by default; numbers in other national formats are still caught by a lenient
    digit-run check).
    """

    length_warn_words: int = 60
    length_high_words: int = 120
    duration_warn_minutes: float = 2
    duration_high_minutes: float = 5
    frequency_warn: int = 3
    frequency_high: int = 5
    recent_months: float = 6
    flag_score: int = 60
    phone_region: str = "GB"

    @classmethod
    def from_mapping(cls, overrides: Mapping[str, Any] | None) -> Thresholds:
        """Validate a plain dict of overrides (e.g. a clinic's JSON settings).

        Unknown keys, wrong types, negative values and warn levels above high levels are
        rejected with `InvalidInput` naming the offending key.
        """
        if overrides is None:
            return cls()
        if not isinstance(overrides, Mapping):
            raise InvalidInput("thresholds must be a mapping of setting name to value")
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(overrides) - set(known))
        if unknown:
            raise InvalidInput(
                f"unknown threshold(s): {', '.join(map(str, unknown))}; known: {', '.join(known)}"
            )
        values: dict[str, Any] = {}
        for name, value in overrides.items():
            values[name] = _threshold_value(name, _THRESHOLD_TYPES[name], value)
        thresholds = cls(**values)
        thresholds._check_order()
        return thresholds

    def _check_order(self) -> None:
        pairs = [
            ("length_warn_words", "length_high_words"),
            ("duration_warn_minutes", "duration_high_minutes"),
            ("frequency_warn", "frequency_high"),
        ]
        for warn, high in pairs:
            if getattr(self, warn) > getattr(self, high):
                raise InvalidInput(f"{warn} must not be greater than {high}")
        if self.flag_score > 100:
            raise InvalidInput("flag_score must be between 0 and 100")
        if self.frequency_warn < 1:
            raise InvalidInput("frequency_warn must be at least 1 (the disclosure itself)")

    def as_dict(self) -> dict[str, Any]:
        """All settings as a plain dict, suitable for JSON and for `from_mapping`."""
        return asdict(self)

    def ruleset(self) -> str:
        """The ruleset string stored with every result.

        Defaults give the bare version; any change gives the version plus a short hash of
        the settings, so two results are comparable exactly when their ruleset matches.
        """
        settings = self.as_dict()
        if settings == Thresholds().as_dict():
            return RULESET_VERSION
        # 3 and 3.0 minutes are the same setting and must give the same ruleset.
        settings = {
            k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in settings.items()
        }
        canonical = json.dumps(settings, sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256(canonical.encode()).hexdigest()[:8]
        return f"{RULESET_VERSION}+{digest}"


class Evidence(NamedTuple):
    """A quoted span of the original text: `text[start:end] == evidence.text`.

    Findings and their evidence are tuples rather than frozen dataclasses: as immutable,
    and several times cheaper to build, which counts at a dozen of them per entry.
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


class Finding(NamedTuple):
    """One rule that fired, with the reason in words and where in the text it rests."""

    rule: str
    family: str
    severity: str
    message: str
    evidence: tuple[Evidence, ...]
    guideline: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "family": self.family,
            "severity": self.severity,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "guideline": self.guideline,
        }


@dataclass(frozen=True, slots=True)
class Result:
    """The assessment of one disclosure, in the contract's output shape."""

    id: str | None
    ruleset: str
    score: int
    category: str
    flagged: bool
    families: dict[str, int] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object, keys in the contract's order."""
        return {
            "id": self.id,
            "ruleset": self.ruleset,
            "score": self.score,
            "category": self.category,
            "flagged": self.flagged,
            "families": {name: self.families[name] for name in FAMILIES},
            "findings": [f.to_dict() for f in self.findings],
        }


# Declared type of each threshold ("int", "float" or "str"), read once from the dataclass.
_THRESHOLD_TYPES: dict[str, str] = {
    f.name: f.type if isinstance(f.type, str) else f.type.__name__ for f in fields(Thresholds)
}


def _threshold_value(name: str, declared: str, value: Any) -> Any:
    """Check one threshold override against its declared type and return it normalised.

    Numeric settings take int or float (an int is fine where a float is declared; a float
    with no fractional part is fine where an int is declared); bools, strings, NaN,
    infinities and negative values are rejected with a message naming the setting.
    """
    if declared == "str":
        if not (isinstance(value, str) and len(value) == 2 and value.isalpha()):
            raise InvalidInput(f"{name} must be a two-letter region code; got {value!r}")
        return value.upper()
    kind = "a whole number" if declared == "int" else "a number"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput(f"{name} must be {kind}; got {type(value).__name__} {value!r}")
    if not math.isfinite(value):
        raise InvalidInput(f"{name} must be a finite number; got {value!r}")
    if value < 0:
        raise InvalidInput(f"{name} must not be negative; got {value!r}")
    if declared == "int":
        if value != int(value):
            raise InvalidInput(f"{name} must be a whole number; got {value!r}")
        return int(value)
    return float(value)
