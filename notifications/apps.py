from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = "Following and notifications"

    def ready(self) -> None:
        from notifications import signals  # noqa: F401
