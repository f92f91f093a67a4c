from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Sign-in"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_delete, post_save

        from accounts.users import user_forgotten

        # A saved or deleted user is read again from the database on their next request.
        post_save.connect(user_forgotten, sender=get_user_model(), dispatch_uid="user-row-saved")
        post_delete.connect(
            user_forgotten, sender=get_user_model(), dispatch_uid="user-row-deleted"
        )
