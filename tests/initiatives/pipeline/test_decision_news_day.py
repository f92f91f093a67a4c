"""The news's day told in the lead by a verb in the past of its own clause, when the
sentence that reports the decision gives none: a signing done "yesterday", a minister who
"told the Senate during her statement last Wednesday that", a spokesman "appearing on
Monday's edition" of a programme, a circular "signed by the Secretary on May 10". Read
against the publication day (a parameter, never the clock). Texts written for these
tests, in several publishers' styles."""

from __future__ import annotations

import datetime as dt

import pytest

from initiatives.pipeline.extract_decision import Decision
from tests.initiatives.pipeline.published import decision_of

PUBLISHED = dt.date(2027, 5, 14)  # a Friday


def _decide(text: str, published: dt.date = PUBLISHED) -> Decision:
    return decision_of(text, published)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (  # a daily paper: the signatories' act in the second paragraph, "yesterday"
            "Ministry, UNICEF sign school meals deals\n\nTwo agreements to feed 40,000 pupils "
            "were signed between the Ministry of Education and UNICEF.\n\nThe minister and "
            "the UNICEF country head put pen to paper at a ceremony in Lusaka yesterday.",
            dt.date(2027, 5, 13),
        ),
        (  # a government news site: a budget speech "last Wednesday"
            "Government to offer apprenticeships to school leavers\n\nThree hundred "
            "apprenticeships will be offered by Government this year.\n\nThe Finance Minister told the Senate during "
            "her budget statement last Wednesday that the scheme will start in September.",
            dt.date(2027, 5, 12),
        ),
        (  # an information service: a programme's edition named by its weekday
            "Government to roll out roof repair grants\n\nThe government is rolling out roof "
            "repair grants for 300 homes, says the Housing Director, appearing on Monday's "
            "edition of the weekly radio programme.",
            dt.date(2027, 5, 10),
        ),
        (  # a weekly: "last Friday" written on a Friday is a week before
            "Council to fund library hours\n\nLibraries will open on Sundays from June.\n\n"
            "The council's finance committee backed the extra hours at its meeting last "
            "Friday, the council has confirmed.",
            dt.date(2027, 5, 7),
        ),
        (  # a news agency: an instrument signed on a day of the week gone by
            "President orders ministries to publish budgets online\n\nThe President has "
            "directed all ministries to publish their budgets online by 2028. Under "
            "Executive Order No. 12, signed by the Chief of Staff on May 10, ministries "
            "must also post monthly spending.",
            dt.date(2027, 5, 10),
        ),
        (  # a wire: the minister's answers in parliament, with its weekday and date
            "Deal to hire 50 more prosecutors\n\nThe Justice Department has reached an "
            "agreement with the Treasury to hire 50 more prosecutors.\n\nThis according to "
            "the Justice Minister, who answered questions in Parliament on Wednesday, 12 May.",
            dt.date(2027, 5, 12),
        ),
    ],
)
def test_a_lead_tells_the_days_news_by_a_past_verbs_day(text: str, day: dt.date) -> None:
    assert _decide(text).decided_on == day


@pytest.mark.parametrize(
    "text",
    [
        # a day ahead, in the future
        "Water deal agreed\n\nThe two councils have reached an agreement on water sharing."
        "\n\nThe mayors will sign it in Bristol on Tuesday.",
        # a day ahead, in a passive infinitive
        "Water deal agreed\n\nThe two councils have reached an agreement on water sharing."
        "\n\nA bill is expected to be tabled on Tuesday that would give it force.",
        # a comment's day
        "Water deal agreed\n\nThe two councils have reached an agreement on water sharing."
        "\n\nA farmers' leader said on Tuesday that growers had not been heard.",
        # a clause with no verb in the past
        "Water deal agreed\n\nThe two councils have reached an agreement on water sharing."
        "\n\nThe debate on the budget continues on Tuesday.",
        # an explicit date long gone by is background
        "Water deal agreed\n\nThe two councils have reached an agreement on water sharing."
        "\n\nThe councils first met on 2 March to discuss it.",
    ],
)
def test_a_day_ahead_a_comment_or_background_does_not_date_the_news(text: str) -> None:
    decision = _decide(text)
    assert decision.decided_on == PUBLISHED
