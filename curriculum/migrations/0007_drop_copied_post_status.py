"""The copied visibility columns go: a post's or reflection's moderation record (0006) is the
one place that says whether it is shown. A separate migration so that PostgreSQL alters the
tables after 0006's data update has committed."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("curriculum", "0006_moderated_post_link")]

    operations = [
        migrations.RemoveField(model_name="discussionpost", name="status"),
        migrations.RemoveField(model_name="discussionpost", name="moderation_message"),
        migrations.RemoveField(model_name="reflection", name="visible"),
        migrations.RemoveField(model_name="reflection", name="moderation_message"),
    ]
