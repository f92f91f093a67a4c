"""The initiative page's header, kept drawn by each process (`initiatives.drawn`).

Drawing the header (its title, status, decision, the reader's follow button and the feed
links) through Jinja2 at every request was about a third of a kept initiative page's
Python: the page's body is kept drawn (initiatives/detail.py), its one query is 0.2 ms.
The header shows the initiative, the reader's follow state and the page's address (the
follow forms' ``next``), so it is kept under those. The follow state is the notifications
layer's and this is a template library of the pages, above it: the initiatives app's view
knows nothing of follows. A kept header holds a stand-in CSRF input, replaced by the
request's own (`with_csrf`) when it is served.
"""

from __future__ import annotations

from django import template
from django.template.loader import get_template
from django.utils.safestring import SafeString

from initiatives.drawn import CSRF_STAND_IN_INPUT, KeptDrawings, with_csrf
from initiatives.models import Initiative
from initiatives.views import HEADLINE_SHOWN
from notifications.templatetags.follow import follow_state

register = template.Library()

# What the header shows of the follow state (its `choices` are EventFilter's, the same for
# every page); of the initiative it shows what a row of the list does (HEADLINE_SHOWN).
FOLLOW_SHOWN = ("kind", "pk", "following", "events", "authenticated")
HEADS_KEPT = 512
heads = KeptDrawings(size=HEADS_KEPT)


@register.simple_tag(takes_context=True)
def initiative_head(context: template.Context, initiative: Initiative) -> SafeString:
    """The header of ``initiative``'s page for this request's reader and address."""
    request = context["request"]
    state = follow_state(context, initiative)  # read at each request, as it was
    next_url = request.get_full_path()
    shown = (
        *(getattr(initiative, name) for name in HEADLINE_SHOWN),
        *(state[name] for name in FOLLOW_SHOWN),
        next_url,
    )
    drawn = heads.kept(
        shown,
        lambda: get_template("initiatives/_detail_head.html", using="jinja2").render(
            {"initiative": initiative, "state": state, "next_url": next_url,
             "csrf": CSRF_STAND_IN_INPUT},
            request=request,
        ),
    )  # fmt: skip
    return with_csrf(drawn, request)
