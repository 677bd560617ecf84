"""The task worker stamps every e-mail the relay took on its notice (`emailed_at`), so a retry
never e-mails it twice. At ten flags a second that stamp is written twenty times a second: its
statement is built once and reused (moderation/flags/inserts.py `update_row`), stamping that
notice and no other."""

from django.db import connection
from django.db.models.sql.compiler import SQLUpdateCompiler
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moderation.flags.actions import record_post
from moderation.flags.inserts import update_row
from moderation.flags.notifications import deliver_notices
from moderation.models import StaffNotification
from tests import personas


def test_each_e_mail_sent_is_stamped_on_its_own_notice_without_the_orm_compiling_it(
    keywords, lead, monkeypatch
):
    personas.safeguarding_lead("osei")  # a second lead: two notices, two e-mails
    record_post("kys", source="api")
    waiting = list(StaffNotification.objects.order_by("pk"))
    assert len(waiting) == 2 and all(n.emailed_at is None for n in waiting)
    compiled, real_as_sql = [], SQLUpdateCompiler.as_sql

    def as_sql(self):
        sql, params = real_as_sql(self)
        compiled.append(sql)
        return sql, params

    monkeypatch.setattr(SQLUpdateCompiler, "as_sql", as_sql)
    with CaptureQueriesContext(connection) as queries:
        assert deliver_notices([n.pk for n in waiting]) == {"sent": 2}
    stamps = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    stamps = [sql for sql in stamps if "emailed_at" in sql]
    assert len(stamps) == 2  # one statement per e-mail, as the relay takes it
    assert not [sql for sql in compiled if "emailed_at" in sql]  # none built by the ORM
    assert all(n.emailed_at is not None for n in StaffNotification.objects.all())


def test_update_row_writes_the_values_a_queryset_update_would(keywords, lead):
    record_post("kys", source="api")
    notice = StaffNotification.objects.get()
    other = StaffNotification.objects.create(recipient=lead, reason="escalated")
    when = timezone.now()
    assert update_row(StaffNotification, notice.pk, emailed_at=when, last_error="") == 1
    assert update_row(StaffNotification, 0, emailed_at=when) == 0  # no such notice
    notice.refresh_from_db()
    other.refresh_from_db()
    assert notice.emailed_at == when and other.emailed_at is None
