"""What a detector hands back before it becomes a `Finding`."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITY_RANK = {"info": 1, "warn": 2, "high": 3}


@dataclass(slots=True)
class Signal:
    """Accumulates the strongest severity and every supporting span for one rule."""

    severity: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    # Phrases for the message when the finding rests on a structured field.
    reasons: list[str] = field(default_factory=list)

    def add(
        self, severity: str, span: tuple[int, int] | None = None, reason: str | None = None
    ) -> None:
        if self.severity is None or SEVERITY_RANK[severity] > SEVERITY_RANK[self.severity]:
            self.severity = severity
        if span is not None and span not in self.spans:
            self.spans.append(span)
        if reason and reason not in self.reasons:
            self.reasons.append(reason)

    def cap(self, severity: str) -> None:
        """Lower the severity to at most `severity` (a structured field outranks text)."""
        if self.severity and SEVERITY_RANK[self.severity] > SEVERITY_RANK[severity]:
            self.severity = severity

    def __bool__(self) -> bool:
        return self.severity is not None
