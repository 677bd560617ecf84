from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


def create_product_groups(sender, using="default", **kwargs) -> None:
    """Every database gets the groups the product defines after each migrate (or flush), each
    permission the product gives a group given once (permissions.give_once), so what a school
    takes away stays away. Run once, for the last app: by then every app's permissions exist."""
    if sender.label != list(apps.get_app_configs())[-1].label:
        return
    from moderation.staff.permissions import (
        editors_manage_libraries,
        leads_group,
        trusted_adults_group,
    )

    leads_group(using=using)
    trusted_adults_group(using=using)
    editors_manage_libraries(using=using)


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        post_migrate.connect(create_product_groups, dispatch_uid="moderation-product-groups")
        from moderation.concerns import trusted_adults

        trusted_adults.connect()
        from moderation.flags import checks  # noqa: F401 - registers the deploy check
