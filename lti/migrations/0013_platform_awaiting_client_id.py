from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0012_tool_key_sets"),
    ]

    operations = [
        migrations.AlterField(
            model_name="platform",
            name="client_id",
            field=models.CharField(
                blank=True,
                help_text=(
                    "The client id the LMS gave this tool. Leave it empty while the LMS "
                    "administrator makes the tool's key from this platform's addresses; fill it "
                    "in to switch it on."
                ),
                max_length=255,
                verbose_name="client ID",
            ),
        ),
        migrations.RemoveConstraint(
            model_name="platform",
            name="lti_platform_unique",
        ),
        migrations.AddConstraint(
            model_name="platform",
            constraint=models.UniqueConstraint(
                condition=models.Q(("client_id", ""), _negated=True),
                fields=("issuer", "client_id"),
                name="lti_platform_unique",
            ),
        ),
    ]
