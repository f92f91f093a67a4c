from django.urls import path

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("deliverables/", views.deliverables, name="deliverables"),
]
