from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete, post_save


class InitiativesConfig(AppConfig):
    name = "initiatives"

    def ready(self) -> None:
        import initiatives.lookups  # noqa: F401  (registers `__any_of`)
        from initiatives.search import sqlite_function_install

        connection_created.connect(sqlite_function_install, dispatch_uid="docket-search-text")

        from initiatives.models import Initiative, InitiativeArea
        from initiatives.summary import counts_changed, initiative_saved

        post_save.connect(initiative_saved, sender=Initiative, dispatch_uid="docket-counts")
        post_delete.connect(counts_changed, sender=Initiative, dispatch_uid="docket-counts")
        for signal in (post_save, post_delete):
            signal.connect(counts_changed, sender=InitiativeArea, dispatch_uid="docket-counts")
