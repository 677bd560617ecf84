"""Work that may wait runs on Django Tasks: the database queue by default, RQ on Redis at scale."""

import pytest
from django.test import override_settings

from curriculum.models import FamilyResourcePage
from tests.services import redis_url

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_task_queued_on_the_database_backend_is_run_by_the_worker(curriculum_page):
    from django_tasks_db.models import DBTaskResult
    from modelsearch.tasks import insert_or_update_object_task

    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        result = insert_or_update_object_task.enqueue(
            "curriculum", "familyresourcepage", curriculum_page.pk
        )
        assert DBTaskResult.objects.get(id=result.id).status == "READY"
        from django.core.management import call_command

        call_command("db_worker", batch=True, verbosity=0)
        assert DBTaskResult.objects.get(id=result.id).status == "SUCCESSFUL"


@pytest.mark.redis
def test_a_task_queued_on_redis_is_run_by_an_rq_worker(curriculum_page):
    url = redis_url()
    import django_rq
    from django_tasks_rq import Job
    from modelsearch.tasks import insert_or_update_object_task
    from rq import SimpleWorker

    settings = {
        "TASKS": {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
        "RQ_QUEUES": {"default": {"URL": url}},
    }
    with override_settings(**settings):
        queue = django_rq.get_queue("default")
        queue.empty()
        result = insert_or_update_object_task.enqueue(
            "curriculum", "familyresourcepage", curriculum_page.pk
        )
        assert result.status == "READY"
        SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
        result.refresh()
        assert result.status == "SUCCESSFUL"


@pytest.mark.redis
def test_tasks_sent_at_scale_share_the_cache_s_redis_connection_and_are_run(curriculum_page):
    """As base settings configure RQ with REDIS_URL: no new client, pool or connection per task."""
    url = redis_url()
    import django_rq
    from django_tasks_rq import Job
    from modelsearch.tasks import insert_or_update_object_task
    from rq import SimpleWorker

    settings = {
        "CACHES": {"default": {"BACKEND": "upstander.redis_cache.RedisCache", "LOCATION": url}},
        "TASKS": {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
        "RQ_QUEUES": {"default": {"USE_REDIS_CACHE": "default"}},
    }
    with override_settings(**settings):
        from django.core.cache import caches

        queue = django_rq.get_queue("default")
        queue.empty()
        assert queue.connection is django_rq.get_queue("default").connection
        assert queue.connection is caches["default"].get_master_client()
        results = [
            insert_or_update_object_task.enqueue(
                "curriculum", "familyresourcepage", curriculum_page.pk
            )
            for _ in range(2)
        ]
        SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
        for result in results:
            result.refresh()
            assert result.status == "SUCCESSFUL"


@pytest.fixture
def curriculum_page(db):
    from curriculum.importer import ensure_site_tree

    _home, _lessons, families = ensure_site_tree()
    page = FamilyResourcePage(title="Queued", slug="queued", summary="s", body="[]")
    families.add_child(instance=page)
    return page
