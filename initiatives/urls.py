from django.urls import path

from exports import downloads
from initiatives import views, views_coverage

app_name = "initiatives"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("initiatives/", views.initiative_list, name="list"),
    path("initiatives/export.csv", downloads.initiative_export, name="export"),
    path("coverage/", views_coverage.coverage, name="coverage"),
    path("initiatives/<slug:slug>/", views.initiative_detail, name="detail"),
    path("documents/<int:pk>/", views.document_detail, name="document"),
    path("areas/<slug:slug>/", views.area_detail, name="area"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor"),
]
