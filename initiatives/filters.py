"""The initiative list's filters. Saved searches store this FilterSet's query string.

Construct as ``InitiativeFilter(data=request.GET, queryset=Initiative.objects.all(),
request=request)``; ``.qs`` is the filtered, sorted queryset and ``.form`` the form.
Due-window filters read "today" from the ``today`` attribute (keyword ``today=``,
default ``timezone.localdate()``).
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
from functools import lru_cache
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import CharField, Exists, F, Func, Model, OuterRef, QuerySet
from django.utils import timezone

from initiatives.choices import choices_of
from initiatives.drawn import Kept
from initiatives.models import (
    Actor,
    ActorRole,
    CooperationArea,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Sector,
    Status,
)
from initiatives.search import (
    MAX_QUERY_CHARS,
    clean_query,
    is_full_text,
    ranked_first,
    search_filter,
)
from initiatives.widgets import KEPT_AS, Checkboxes, FormRenderer, LongSelect
from timeline.models import initiative_due_within_q, initiative_overdue_q

MAX_DUE_WITHIN_DAYS = 3650


class Sort:
    RELEVANCE = "relevance"
    DECIDED = "decided"
    CHANGED = "changed"
    TITLE = "title"
    CHOICES = (
        (RELEVANCE, "Relevance"),
        (DECIDED, "Decision date, newest first"),
        (CHANGED, "Recently changed"),
        (TITLE, "Title, A to Z"),
    )


SORT_ORDERING: dict[str, tuple[Any, ...]] = {
    Sort.DECIDED: (F("decided_on").desc(nulls_last=True), "title", "pk"),
    Sort.CHANGED: ("-updated_at", "pk"),
    Sort.TITLE: ("title", "pk"),
}


class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class PlainChoices(django_filters.fields.ChoiceIterator):
    """The choices of a `SharedChoiceField`, as read: (slug, name) pairs, which Django's
    `normalize_choices` would give back unchanged. django-filter normalised all of them
    again each time they were read (to validate the value, to draw the select): 300
    actors, twice a request."""

    def __iter__(self) -> Any:
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        if self.field.null_label is not None:
            yield (self.field.null_value, self.field.null_label)
        yield from self.choices


class SharedChoiceField(django_filters.fields.ChoiceField):
    """A choice field whose form copies share its choices. Django deep-copies a form's
    fields for every form made, and a choice field its choices with them: for 300 actors
    that was a tenth of the list page's time. These choices are read once per request
    and never changed, so each copy shares them."""

    iterator = PlainChoices

    def __deepcopy__(self, memo: dict[int, Any]) -> SharedChoiceField:
        result = forms.Field.__deepcopy__(self, memo)
        result._choices = self._choices
        return result


class LongChoiceFilter(django_filters.ChoiceFilter):
    """A filter among hundreds of choices: drawn by LongSelect, copied by reference."""

    field_class = SharedChoiceField


# Filter forms are drawn on every list page: through Jinja2 (Django's own form templates,
# ported) they take about half the time the Django engine takes, and their fields' templates
# written in Python (`FormRenderer`) a fraction of that. Admin and the other forms keep
# Django's renderer (admin's widgets exist only as Django templates).
FILTER_FORM_RENDERER = FormRenderer()


class CopiedFilters(dict):
    """A FilterSet's filters, which each FilterSet made deep-copies (django-filter's
    ``copy.deepcopy(self.base_filters)``): their widgets, their choices and every
    argument, a twentieth of the list page's time. A FilterSet sets only its own model,
    parent and choices on its copies, so a copy of each filter with its own arguments
    (``extra``) is enough: the form's fields copy the widgets again, each their own."""

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, django_filters.Filter]:
        copied = {}
        for name, base in self.items():
            filter_ = copy.copy(base)
            filter_.extra = dict(base.extra)
            filter_.__dict__.pop("_field", None)  # a field is made for each copy's choices
            if base.method is not None:
                # Its FilterMethod, which finds the method on the filter's own FilterSet.
                filter_.method = base.method
            copied[name] = filter_
        return copied


class SharedFields(dict):
    """A kept filter form class's fields (its ``base_fields``), shared by every form made
    of it. Django deep-copies a form's fields for each form (``copy.deepcopy(
    self.base_fields)``): their widgets, attributes, validators and short choices, some
    sixty copies a form and a twentieth of a filtered list's Python. The filter forms
    never change a field or a widget once the class is made (they are cleaned and drawn,
    nothing more; their choices make another class), so each form gets its own mapping of
    the same fields."""

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, forms.Field]:
        return dict(self)


class DatedFilterSet(django_filters.FilterSet):
    """A FilterSet whose due-date filters read `today`, given or taken once, and whose
    choices come from the database once per request."""

    @classmethod
    def get_filters(cls) -> CopiedFilters:
        return CopiedFilters(super().get_filters())

    def get_form_class(self) -> type[forms.Form]:
        """The form class of this set's kind (`_kind`), made once and kept: django-filter
        made one for every FilterSet, each of its fields built again from its filter,
        though they change only with the choices. Its forms share the class's fields
        (`SharedFields`) rather than copy them."""
        kind = self._kind()
        form = None if kind is None else _form_classes.get(kind)
        if form is None:
            form = super().get_form_class()
            form.default_renderer = FILTER_FORM_RENDERER
            form.base_fields = SharedFields(form.base_fields)
            if kind is not None:
                _form_classes.put(kind, form)
        return form

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet | None = None,
        *,
        request: Any = None,
        prefix: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.today = today or timezone.localdate()
        self.load_choices()

    @property
    def form(self) -> forms.Form:
        form = super().form
        if not hasattr(form, KEPT_AS):
            setattr(form, KEPT_AS, self._kind())
        return form

    @property
    def form_kind(self) -> tuple[type, int] | None:
        """What this set's form is drawn from besides its values (`_kind`), without
        making the form."""
        return self._kind()

    def valid_values(self) -> dict[str, Any] | None:
        """The data's values as the bound form would clean them, or None if the form
        would refuse one. Each field of this kind's form class (`get_form_class`, kept)
        cleans its own value, as the form's ``full_clean`` does (the generated class has
        no ``clean_<field>`` nor ``clean``): a bound form deep-copies its 12 fields,
        and was made on every list page only to be validated. The form is made when it
        is drawn, and when a value is refused (for its errors). Worked out once a set."""
        if "_valid_values" not in self.__dict__:
            self._valid_values = self._clean_values()
        return self._valid_values

    def _clean_values(self) -> dict[str, Any] | None:
        if not self.is_bound:
            return {}
        cleaned = {}
        for name, field in self.get_form_class().base_fields.items():
            # As `Form._clean_fields` (no prefix, no disabled field, no file); cleaning
            # keeps nothing on the field, so the class's own fields serve.
            value = field.widget.value_from_datadict(self.data, {}, name)
            try:
                cleaned[name] = field.clean(value)
            except ValidationError:
                return None
        return cleaned

    def _kind(self) -> tuple[type, int] | None:
        """What this set's form's fields are made and drawn from besides their values: the
        class's filters and their choices, as read for this request (`FormRenderer` keeps
        the field groups of each kind, `get_form_class` the form class). None if a
        filter's choices are not a plain list. Worked out once a set."""
        if "_kind_found" not in self.__dict__:
            self._kind_found = self._find_kind()
        return self._kind_found

    def _find_kind(self) -> tuple[type, int] | None:
        choices = []
        for name, filter_ in self.filters.items():
            chosen = filter_.extra.get("choices")
            if chosen is None:
                continue
            if not isinstance(chosen, list | tuple):
                return None
            choices.append((name, tuple(chosen)))
        return type(self), _choices_seen(tuple(choices))

    def load_choices(self) -> None:
        """Fill the choices of filters declared with `choices=[]`."""

    def set_choices(self, name: str, queryset: QuerySet) -> None:
        # One query per list of choices, however often the form is validated and drawn.
        self.filters[name].extra["choices"] = list(queryset.values_list("slug", "name"))

    def set_choices_of(self, **models: type[Model]) -> None:
        """Fill the choices of these filters, each the (slug, name) of every row of its
        model in the model's order: as this process keeps them while they stay the same
        (`initiatives.choices`), one short query."""
        for name, choices in zip(models, choices_of(tuple(models.values())), strict=True):
            self.filters[name].extra["choices"] = choices


# The form classes of the kinds seen lately (`DatedFilterSet.get_form_class`).
FORM_CLASSES_KEPT = 64
_form_classes: Kept[type[forms.Form]] = Kept(FORM_CLASSES_KEPT)

# Each list of choices seen lately, by a number: a form's kind is then hashed once a
# request, not once a field (the actors and sectors are hundreds of pairs).
_choices_numbers: dict[tuple[Any, ...], int] = {}


def _choices_seen(choices: tuple[Any, ...]) -> int:
    number = _choices_numbers.get(choices)
    if number is None:
        if len(_choices_numbers) > 64:  # edited often: start again
            _choices_numbers.clear()
        number = _choices_numbers.setdefault(choices, next(_choices_count))
    return number


_choices_count = itertools.count()


def status_of_matches(matches: QuerySet, statuses: list[str]) -> QuerySet:
    """Keep the search's matches of these statuses, the status tested on each match.

    A plain ``status IN (…)`` lets PostgreSQL intersect the search's matches with every
    initiative of those statuses, read from the (status, decided_on) index: at 1,000,000
    a code word's 507 matches against 142,946 index entries, 60–170 ms of the page's
    count and again of its rows, where testing the 507 rows it fetches anyway takes a
    few. Compared as ``status || ''``, which no index holds, the status is tested on the
    rows the search's own indexes find. (Without a search the list keeps the plain
    comparison; so do the rows a broad search ranks first, `ranked_first`.)"""
    unindexed = Func(F("status"), template="(%(expressions)s || '')", output_field=CharField())
    return matches.alias(status_of_match=unindexed).filter(status_of_match__in=statuses)


# The area and sector filters' conditions, built once per choice: building a subquery
# through a join was a tenth of a filtered list's Python. Each queryset they filter
# copies them, never changes them.
@lru_cache(maxsize=128)
def _in_areas(slugs: tuple[str, ...]) -> Exists:
    return Exists(InitiativeArea.objects.filter(initiative=OuterRef("pk"), area__slug__in=slugs))


@lru_cache(maxsize=128)
def _in_sector(slug: str) -> Exists:
    return Exists(InitiativeSector.objects.filter(initiative=OuterRef("pk"), sector__slug=slug))


class InitiativeFilter(DatedFilterSet):
    # Set by filter_queryset on a search ranked by relevance: the rows known to come first
    # (search.ranked_first), or None.
    ranked_first: QuerySet | None = None
    q = django_filters.CharFilter(
        label="Search",
        method="filter_nothing",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "e.g. ammunition"}),
        max_length=20_000,
    )
    status = django_filters.MultipleChoiceFilter(
        label="Status",
        choices=Status.choices,
        method="filter_nothing",
        widget=Checkboxes,
        distinct=False,
    )
    area = django_filters.MultipleChoiceFilter(
        label="Cooperation area",
        choices=[],
        method="filter_area",
        distinct=False,
        widget=Checkboxes,
    )
    actor = LongChoiceFilter(
        label="Actor",
        choices=[],
        method="filter_nothing",
        empty_label="Any actor",
        widget=LongSelect,
    )
    role = django_filters.ChoiceFilter(
        label="Actor role",
        choices=ActorRole.choices,
        method="filter_nothing",
        empty_label="Any role",
    )
    sector = LongChoiceFilter(
        label="Sector",
        choices=[],
        method="filter_sector",
        empty_label="Any sector",
        widget=LongSelect,
    )
    decided_after = django_filters.DateFilter(
        label="Decided on or after",
        field_name="decided_on",
        lookup_expr="gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    decided_before = django_filters.DateFilter(
        label="Decided on or before",
        field_name="decided_on",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    overdue = django_filters.BooleanFilter(
        label="Has overdue actions", method="filter_overdue", widget=forms.CheckboxInput
    )
    due_within = IntegerFilter(
        label="Has actions due within (days)",
        method="filter_due_within",
        min_value=1,
        max_value=MAX_DUE_WITHIN_DAYS,
    )
    verified = django_filters.BooleanFilter(
        label="Verified by a curator",
        widget=forms.Select(choices=[("", "Any"), ("true", "Verified"), ("false", "Not verified")]),
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by", choices=Sort.CHOICES, method="filter_nothing", empty_label=None
    )

    class Meta:
        model = Initiative
        fields: list[str] = []

    def load_choices(self) -> None:
        self.set_choices_of(area=CooperationArea, actor=Actor, sector=Sector)

    @property
    def cleaned(self) -> dict[str, Any]:
        """The form's cleaned data (`valid_values`); of a form with errors, its valid
        fields', read from the form."""
        values = self.valid_values()
        if values is not None:
            return values
        self.form.is_valid()  # cleaned_data keeps the valid fields of an invalid form
        return self.form.cleaned_data

    @property
    def has_errors(self) -> bool:
        """Whether the form refuses a value (and so shows errors)."""
        return self.valid_values() is None

    @property
    def query_text(self) -> str:
        cleaned = self.cleaned
        raw = cleaned["q"] if "q" in cleaned else self.data.get("q", "")
        return clean_query(raw or "")[:MAX_QUERY_CHARS]

    @property
    def sort_key(self) -> str:
        sort = self.cleaned.get("sort") or ""
        if sort in SORT_ORDERING:
            return sort
        return Sort.RELEVANCE if self.query_text and is_full_text() else Sort.DECIDED

    @property
    def reads_due_dates(self) -> bool:
        """Filtered by the initiatives' pending due dates (`?overdue=`, `?due_within=`),
        which the list's order index carries: its pages read their keys first."""
        cleaned = self.cleaned
        return bool(cleaned.get("overdue") or cleaned.get("due_within"))

    def filter_nothing(self, queryset: QuerySet, name: str, value: Any) -> QuerySet:
        # Applied together in filter_queryset: search ranks, actor pairs with role, and
        # the status is tested on a search's matches.
        return queryset

    def filter_area(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        return queryset.filter(_in_areas(tuple(value)))

    def filter_sector(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(_in_sector(value))

    def filter_overdue(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        if not value:
            return queryset
        # The initiative's own first pending due date, read in list order from the list's
        # index, which carries it (`initiative_list_order_due`): no action is probed.
        return queryset.filter(initiative_overdue_q(self.today))

    def filter_due_within(self, queryset: QuerySet, name: str, value: int | None) -> QuerySet:
        if not value:
            return queryset
        # The span of the initiative's pending due dates, read from the list's index
        # (`initiative_list_order_due`), rules out the initiatives whose actions are all
        # past or all beyond the window; only the rest are probed in the index of pending
        # actions (`action_pending_initiative_due`): 25 probes for a page at 100,000,
        # where every initiative in list order was probed (7,646).
        return queryset.filter(initiative_due_within_q(self.today, int(value)))

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        actor, role = data.get("actor"), data.get("role")
        if actor or role:
            links = InitiativeActor.objects.filter(initiative=OuterRef("pk"))
            if actor:
                links = links.filter(actor__slug=actor)
            if role:
                links = links.filter(role=role)
            queryset = queryset.filter(Exists(links))
        statuses = data.get("status")
        unsearched = queryset.filter(status__in=statuses) if statuses else queryset
        if self.query_text:
            queryset = search_filter(queryset, self.query_text)
            if statuses:
                queryset = status_of_matches(queryset, statuses)
        else:
            queryset = unsearched
        if self.sort_key == Sort.RELEVANCE:
            # A row whose ranking vector is missing (written by a bulk load that filled
            # search_vector alone) ranks last, not first.
            by_rank = (F("rank").desc(nulls_last=True), "pk")
            first = ranked_first(unsearched, self.query_text)
            self.ranked_first = None if first is None else first.order_by(*by_rank)
            return queryset.order_by(*by_rank)
        return queryset.order_by(*SORT_ORDERING[self.sort_key])
