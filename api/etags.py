"""Detail responses with an ETag, answered with 304 when the client has them already."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response
from ninja import Schema
from ninja.responses import NinjaJSONEncoder


def json_with_etag(
    request: HttpRequest, schema: type[Schema], data: dict[str, Any]
) -> HttpResponse:
    """The body is validated by ``schema`` and the ETag is its hash: any change to what a
    client would see gives a new ETag, and nothing else does."""
    # Encoded as ninja encodes every other response, so that dates read the same in lists.
    body = json.dumps(schema.model_validate(data).model_dump(), cls=NinjaJSONEncoder)
    etag = f'"{hashlib.sha256(body.encode()).hexdigest()[:32]}"'
    response = HttpResponse(body, content_type="application/json")
    response["ETag"] = etag
    conditional = get_conditional_response(request, etag=etag, response=response)
    return conditional
