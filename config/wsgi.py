import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# Every view and the modules it uses are imported now rather than on the first request,
# and then frozen out of the garbage collector's sight: they live as long as the process,
# yet each full collection walked all of them again, a tenth of a list page's time.
get_resolver().url_patterns  # noqa: B018 (imports the URLconf and every view)
gc.collect()
gc.freeze()
