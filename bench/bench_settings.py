"""Docket's settings, with the minimal view of bench_urls beside its pages."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
