from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


def let_leads_edit_help_contacts(sender, using="default", **kwargs) -> None:
    """The school's help contacts are the safeguarding leads' to confirm (and superusers'), given
    to their group once, like its other permissions. Run for the last app, as moderation makes
    its groups: by then every permission exists."""
    if sender.label != list(apps.get_app_configs())[-1].label:
        return
    from moderation.staff.permissions import LEADS_GROUP, product_group

    product_group(LEADS_GROUP, (("curriculum", "change_helpcontactsettings"),), using)


class CurriculumConfig(AppConfig):
    name = "curriculum"
    verbose_name = "Curriculum"

    def ready(self) -> None:
        post_migrate.connect(
            let_leads_edit_help_contacts, dispatch_uid="curriculum-leads-help-contacts"
        )
        # lti asks curriculum, through this hook, what a verified launch opens (lti never
        # imports curriculum).
        from curriculum.launch import LessonLaunchHandler
        from lti.handlers import register_launch_handler

        register_launch_handler(LessonLaunchHandler())

        # moderation reaches the lesson flow's copies of students' words (subject access,
        # erasure, retention) and the lessons its trends suggest through these hooks.
        from curriculum import moderation_hooks

        moderation_hooks.register()

        # The editor's unnamed controls (rich text, tags, list items) get names (axe, issue 12).
        from curriculum import admin_accessibility

        admin_accessibility.register()

        # Publishing (and the other changes public pages show) renews the public page cache.
        from curriculum import public_cache

        public_cache.connect()
