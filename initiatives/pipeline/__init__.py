"""The import pipeline's pure stages: read, structure, dates, extract.

Text and dates in, dataclasses out; no database. `initiatives.services.initiative_import`
loads the result.
"""
