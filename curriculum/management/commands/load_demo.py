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
        self.stdout.write(self.style.SUCCESS("Upstander is ready at http://127.0.0.1:8000/"))
        self.stdout.write(
            "  Public site:      http://127.0.0.1:8000/  (lessons, family guides, search)"
        )
        self.stdout.write("  Staff admin:      http://127.0.0.1:8000/admin/")
        for login in DEMO_LOGINS:
            self.stdout.write(f"  {login.role:17} {login.username} / {login.password}")
        # Where each role starts, as the README's table has it, so nobody scrolls back for it.
        self.stdout.write(
            "  Demo LMS:         http://127.0.0.1:8000/lti/demo/  (teacher and student)"
        )
        self.stdout.write("  Worried student:  http://127.0.0.1:8000/concern/  (no login)")
        adults = ", ".join(trusted_adults())
        if adults:
            self.stdout.write(
                f"  Trusted adults:   {adults}: their concerns at "
                "http://127.0.0.1:8000/admin/moderation/concerns/"
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
