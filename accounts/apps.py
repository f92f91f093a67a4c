from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Sign-in"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db.models import QuerySet
        from django.db.models.signals import post_delete, post_save

        from accounts.users import KeptRowsQuerySet, user_forgotten

        user_model = get_user_model()
        # A saved or deleted user is read again from the database on their next request.
        post_save.connect(user_forgotten, sender=user_model, dispatch_uid="user-row-saved")
        post_delete.connect(user_forgotten, sender=user_model, dispatch_uid="user-row-deleted")
        # And so is every user after a QuerySet.update() of users, which sends no signal.
        # Set on the manager's class, as its related managers (group.user_set) subclass it.
        manager_class = type(user_model._default_manager)
        if manager_class._queryset_class is QuerySet:
            manager_class._queryset_class = KeptRowsQuerySet
