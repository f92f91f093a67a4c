"""What a process keeps between requests has one home, `initiatives.drawn.Kept`, and a
bound: the detail page's bodies, the frame's pieces, the filter form's field groups and
every kept drawing forget the value used longest ago."""

from __future__ import annotations

from config import frame
from initiatives import detail
from initiatives.drawn import Kept, KeptDrawings
from initiatives.filters import FILTER_FORM_RENDERER


def test_it_forgets_the_value_used_longest_ago_past_its_bound() -> None:
    kept: Kept[str] = Kept(2)
    kept.put("a", "A")
    kept.put("b", "B")
    assert kept.get("a") == "A"  # "a" used since "b"
    kept.put("c", "C")
    assert (kept.get("a"), kept.get("b"), kept.get("c")) == ("A", None, "C")
    assert len(kept) == 2


def test_a_drawing_is_drawn_once_for_what_it_shows() -> None:
    drawings = KeptDrawings(4)
    drawn: list[str] = []

    def draw(text: str) -> str:
        drawn.append(text)
        return f"<p>{text}</p>"

    assert drawings.kept(("x",), lambda: draw("x")) == "<p>x</p>"
    assert drawings.kept(("x",), lambda: draw("y")) == "<p>x</p>"
    assert drawings.kept(["unhashable"], lambda: draw("z")) == "<p>z</p>"
    assert drawn == ["x", "z"]


def test_every_keeper_of_the_process_is_bounded() -> None:
    for keeper in (detail._recent, frame._kept, FILTER_FORM_RENDERER._kept):
        assert isinstance(keeper, Kept)
        assert 0 < keeper.size <= 1000
