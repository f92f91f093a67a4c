from django.urls import path

from exports import downloads
from timeline import views, views_triage

app_name = "timeline"

urlpatterns = [
    path("deliverables/", views.deliverables, name="deliverables"),
    path("deliverables/export.csv", downloads.deliverables_export, name="deliverables-export"),
    path("deliverables/board/", views.deliverables_board, name="board"),
    path("triage/", views_triage.triage, name="triage"),
    path("triage/proposals/<int:pk>/", views_triage.proposal_decide, name="proposal-decide"),
    path(
        "triage/documents/<int:pk>/accept/",
        views_triage.document_accept_all,
        name="document-accept-all",
    ),
    path("triage/matches/<int:pk>/", views_triage.match_decide, name="match-decide"),
]
