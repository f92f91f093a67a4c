from django.urls import path

from exports import views

app_name = "exports"

urlpatterns = [
    path("exports/", views.exports, name="list"),
    path("exports/<str:kind>/new/", views.export_create, name="create"),
    path("exports/<int:pk>/download/", views.export_download, name="download"),
]
