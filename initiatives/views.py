"""Public pages. The analyst UI (issue 4) builds on these."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from initiatives.models import Actor, CooperationArea, Document, Initiative


def dashboard(request: HttpRequest) -> HttpResponse:
    return render(request, "initiatives/list.html", {"initiatives": Initiative.objects.all()[:50]})


def initiative_list(request: HttpRequest) -> HttpResponse:
    return render(request, "initiatives/list.html", {"initiatives": Initiative.objects.all()[:50]})


def initiative_detail(request: HttpRequest, slug: str) -> HttpResponse:
    initiative = get_object_or_404(Initiative, slug=slug)
    return render(request, "initiatives/detail.html", {"initiative": initiative})


def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    return render(request, "initiatives/document.html", {"document": document})


def area_detail(request: HttpRequest, slug: str) -> HttpResponse:
    area = get_object_or_404(CooperationArea, slug=slug)
    return render(request, "initiatives/list.html", {"initiatives": area.initiatives.all()})


def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor, slug=slug)
    return render(request, "initiatives/list.html", {"initiatives": actor.initiatives.distinct()})
