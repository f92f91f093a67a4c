from django.apps import AppConfig
from django.db.backends.signals import connection_created


class InitiativesConfig(AppConfig):
    name = "initiatives"

    def ready(self) -> None:
        from initiatives.search import sqlite_function_install

        connection_created.connect(sqlite_function_install, dispatch_uid="docket-search-text")
