from __future__ import annotations

from django import template

from disclosure_review.reviews.models import Notification

register = template.Library()


@register.simple_tag
def unread_notifications(user) -> int:
    """Unread in-app notifications of the signed-in user (one indexed count)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return (
        Notification.objects.filter(recipient=user, read_at__isnull=True)
        .exclude(kind=Notification.Kind.DIGEST)
        .count()
    )


@register.filter
def percent(value) -> str:
    """0.256 → "26%"; None → "–"."""
    if value is None:
        return "–"
    return f"{value * 100:.0f}%"


@register.simple_tag
def get_count(counts: dict, key: str) -> int:
    return counts.get(key, 0)


@register.filter
def rule_title(rule_id: str) -> str:
    from disclosure_review import rules

    info = rules.RULES.get(rule_id)
    return info.title if info else rule_id


@register.filter
def elided_pages(paginator, number: int):
    return paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)
