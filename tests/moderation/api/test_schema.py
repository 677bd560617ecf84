"""The OpenAPI schema at /api/v1/schema/ is valid and documents exactly our three endpoints."""

import yaml
from django.test import Client
from drf_spectacular.validation import validate_schema


def test_the_schema_validates_and_lists_the_three_endpoints(db):
    response = Client().get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = (
        response.json() if "json" in response["Content-Type"] else yaml.safe_load(response.content)
    )
    validate_schema(schema)
    assert set(schema["paths"]) == {"/api/v1/scan", "/api/v1/posts", "/api/v1/flags"}
    assert set(schema["paths"]["/api/v1/posts"]["post"]["responses"]) >= {
        "200",
        "201",
        "400",
        "413",
    }
    assert schema["components"]["securitySchemes"]["ApiKey"]["in"] == "header"
    flag_params = {p["name"] for p in schema["paths"]["/api/v1/flags"]["get"]["parameters"]}
    assert flag_params >= {"status", "category", "min_severity", "since", "course_ref", "page"}
    assert {"FlagStatusEnum", "PostStatusEnum"} <= set(schema["components"]["schemas"])
