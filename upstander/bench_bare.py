"""The baseline the benchmark compares the API with: bare Django, one view that validates a
JSON post and inserts one row (once per source and id), served by the same gunicorn.

`gunicorn upstander.bench_bare:application` with DATABASE_URL set; the table (bench_load.BARE_TABLE)
is made by `upstander/bench_load.py`. Nothing else in the project imports this.
"""

from __future__ import annotations

import json
import os

import dj_database_url
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench-bare-" + "x" * 40,
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        ROOT_URLCONF=__name__,
        DATABASES={"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)},
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        USE_TZ=True,
    )

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402


@csrf_exempt
def posts(request: HttpRequest) -> JsonResponse:
    try:
        body = json.loads(request.body)
    except ValueError:
        return JsonResponse({"detail": "not JSON"}, status=400)
    fields = ("source", "external_id", "text")
    if not isinstance(body, dict) or not all(isinstance(body.get(f), str) for f in fields):
        return JsonResponse({"detail": "source, external_id and text are strings"}, status=400)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO bare_post (source, external_id, text) VALUES (%s, %s, %s)"
            " ON CONFLICT (source, external_id) DO NOTHING RETURNING id",
            [body["source"], body["external_id"], body["text"]],
        )
        row = cursor.fetchone()
    return JsonResponse({"id": row[0] if row else None}, status=201 if row else 200)


urlpatterns = [path("api/v1/posts", posts)]
application = get_wsgi_application()
