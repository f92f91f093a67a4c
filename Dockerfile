# Docket's image: one image for web, worker and beat, built from pyproject.toml.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir -p config initiatives timeline accounts notifications \
    && touch config/__init__.py initiatives/__init__.py timeline/__init__.py accounts/__init__.py \
       notifications/__init__.py \
    && pip install . \
    && pip uninstall -y docket

COPY . .
RUN pip install --no-deps . \
    && useradd --system --create-home --uid 1000 docket \
    && mkdir -p /app/var/media /app/var/inbox /app/var/static \
    && DEBUG=0 ALLOWED_HOSTS=build SECRET_KEY=build-time-only-key-never-used-to-serve-requests-0123456789 \
       python manage.py collectstatic --noinput \
    && chown -R docket:docket /app/var

USER docket
EXPOSE 8000
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "2", "--worker-class", "gthread", "--threads", "4", "--access-logfile", "-"]
