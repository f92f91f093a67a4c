"""bench_seed's code words: a search for one selects about as many initiatives in a large
load as in a small one, so that a benchmark of "a selective search" selects the same
number of rows at each scale."""

from __future__ import annotations

from collections import Counter

import pytest
from django.core.management import call_command

from initiatives.management.commands import bench_seed
from initiatives.models import Initiative
from initiatives.search import search_filter

pytestmark = pytest.mark.django_db


def code_words(n: int) -> Counter[str]:
    call_command("bench_seed", initiatives=n, batch=7, verbosity=0)
    return Counter(
        title.split(":")[0].lower() for title in Initiative.objects.values_list("title", flat=True)
    )


@pytest.fixture
def small_vocabulary(monkeypatch: pytest.MonkeyPatch) -> None:
    # 4 words for each 4 × 5 initiatives: a load of 20 draws from 4, one of 80 from 16.
    monkeypatch.setattr(bench_seed, "CODEWORDS", 4)
    monkeypatch.setattr(bench_seed, "WORD_HITS", 5, raising=False)


@pytest.mark.usefixtures("small_vocabulary")
@pytest.mark.parametrize(("load", "vocabulary"), [(20, 4), (80, 16)])
def test_a_code_word_matches_about_as_many_initiatives_whatever_the_load(
    load: int, vocabulary: int
) -> None:
    words = code_words(load)
    # about 5 initiatives a word at both sizes (20 in the larger, were its words the 4)
    assert vocabulary / 2 < len(words) <= vocabulary
    assert load / len(words) < 8
    word, hits = words.most_common(1)[0]
    assert search_filter(Initiative.objects.all(), word).count() == hits


@pytest.mark.usefixtures("small_vocabulary")
def test_each_initiative_draws_from_the_set_of_its_number() -> None:
    words = [bench_seed.codeword(k) for k in range(16)]
    call_command("bench_seed", initiatives=80, batch=7, verbosity=0)
    for slug, title in Initiative.objects.values_list("slug", "title"):
        n = int(slug.removeprefix(bench_seed.SLUG_PREFIX))
        assert words.index(title.split(":")[0].lower()) // 4 == n % 4, slug
