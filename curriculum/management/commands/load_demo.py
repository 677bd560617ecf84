from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from curriculum.demo import DEMO_LOGINS, NOT_IN_PRODUCTION, create_demo_users


class Command(BaseCommand):
    help = "Load the curriculum and the demo users (re-runnable), then print the URLs and logins."

    def handle(self, *args, **options):
        # The demo logins have passwords printed below and written in the source: never on a
        # server that anyone else can reach.
        if not settings.DEBUG:
            raise CommandError(NOT_IN_PRODUCTION)
        call_command("load_lessons", stdout=self.stdout, stderr=self.stderr)
        create_demo_users()
        from curriculum.help_contacts_demo import choose_demo_country

        choose_demo_country(self.stdout)
        for hook in demo_hooks():
            hook(self.stdout)
        self.stdout.write("")
        # The address the demo serves (runserver's, unless WAGTAILADMIN_BASE_URL says another),
        # the same one the demo LMS is registered at.
        site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(self.style.SUCCESS(f"Upstander is ready at {site}/"))
        self.stdout.write(f"  Public site:      {site}/  (lessons, family guides, search)")
        self.stdout.write(f"  Staff admin:      {site}/admin/")
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.role:17} {login.username} / {login.password}")
        # Where each role starts, as the README's table has it, so nobody scrolls back for it.
        self.stdout.write(f"  Demo LMS:         {site}/lti/demo/  (teacher and student)")
        self.stdout.write(f"  Worried student:  {site}/concern/  (no login)")
        adults = ", ".join(trusted_adults())
        if adults:
            self.stdout.write(
                f"  Trusted adults:   {adults}: their concerns at {site}/admin/moderation/concerns/"
            )


def trusted_adults() -> list[str]:
    """The adults a student can choose on /concern/, with the login that reads their inbox."""
    from moderation.models import TrustedAdult

    adults = TrustedAdult.objects.filter(active=True).select_related("user")
    return [f"{a.display_name} ({a.user.get_username()})" for a in adults]


def demo_hooks():
    """Other apps add their demo data here (LTI demo platform, moderation samples)."""
    from curriculum.demo import extra_demo_loaders

    return extra_demo_loaders()
